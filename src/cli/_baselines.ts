import { basename } from 'node:path';
import { isSharedServicesError } from '../errors/index.js';
import { parseBaselinesCsv } from '../model/index.js';
import type { CliIO } from './io.js';

const problems = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;

/**
 * Puts the services of a baselines CSV file into a scenario's text, before the scenario is checked. A
 * scenario that already states services is refused rather than merged or overwritten: either would
 * silently lose or double baselines. Returns the scenario to check (an object, or the text itself when
 * it is not JSON, so that the scenario's own check reports where), or undefined after saying why not.
 * `csv` is the text of the file at `csvPath`.
 */
export function withBaselines(io: CliIO, path: string, text: string, csvPath: string, csv: string): unknown {
  let services;
  try {
    services = parseBaselinesCsv(csv, { file: basename(csvPath) });
  } catch (error) {
    if (!isSharedServicesError(error)) throw error;
    io.stderr(`invalid: ${csvPath} has ${problems(error.issues.length)}:\n${error.issues.map((i) => `${i.message}\n`).join('')}`);
    return undefined;
  }
  let scenario: unknown;
  try {
    scenario = JSON.parse(text);
  } catch {
    return text;
  }
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) return scenario;
  const stated = (scenario as { services?: unknown }).services;
  if (stated !== undefined && !(Array.isArray(stated) && stated.length === 0)) {
    io.stderr(`cannot use --baselines ${csvPath}: ${path} already states "services". Take them out of the scenario file, or leave out --baselines.\n`);
    return undefined;
  }
  return { ...scenario, services };
}
