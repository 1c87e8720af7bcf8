import { basename } from 'node:path';
import { formatPath, isSharedServicesError, type Issue } from '../errors/index.js';
import { parseBaselinesCsv, type ServicesInput } from '../model/index.js';
import { csvPlaces, type CsvCell } from './_csv-places.js';
import type { CliIO } from './io.js';

const problems = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;

/** A cell of a CSV file as a person looks for it: `baselines.csv row 4, column amount`. */
export function csvCellText(file: string, cell: { readonly row?: number; readonly column?: string }): string {
  if (cell.row === undefined) return file;
  return `${file} row ${cell.row}${cell.column === undefined ? '' : `, column ${cell.column}`}`;
}

/** One problem of a file, naming the file and the place in it: `FILE PLACE: expected …, found …`. */
export const problemLine = (where: string, issue: Issue): string => `${where}: expected ${issue.expected}, found ${issue.received}\n`;

/** A scenario to check with the services of a CSV file in it, and where in that file each service came from. */
export interface WithBaselines {
  readonly input: unknown;
  /** The row and column of the CSV file a problem at a path under `services` came from, if it did. */
  readonly place: (path: Issue['path'], code: string) => CsvCell | undefined;
}

/**
 * Puts the services of a baselines CSV file into a scenario's text, before the scenario is checked. A
 * scenario that already states services is refused rather than merged or overwritten: either would
 * silently lose or double baselines. Returns the scenario to check (an object, or the text itself when
 * it is not JSON, so that the scenario's own check reports where) with where each service's values are
 * in the CSV file, or undefined after saying why not. `csv` is the text of the file at `csvPath`.
 */
export function withBaselines(io: CliIO, path: string, text: string, csvPath: string, csv: string): WithBaselines | undefined {
  let services: ServicesInput;
  try {
    services = parseBaselinesCsv(csv, { file: basename(csvPath) });
  } catch (error) {
    if (!isSharedServicesError(error)) throw error;
    // Paths are [file, row, column]: written as the row and column, with the file as the user gave it.
    const line = (i: Issue): string => problemLine(csvCellText(csvPath, { row: i.path[1] as number | undefined, column: i.path[2] as string | undefined }), i);
    io.stderr(`invalid: ${csvPath} has ${problems(error.issues.length)}:\n${error.issues.map(line).join('')}`);
    return undefined;
  }
  const none = { input: text, place: () => undefined };
  let scenario: unknown;
  try {
    scenario = JSON.parse(text);
  } catch {
    return none;
  }
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) return { ...none, input: scenario };
  const stated = (scenario as { services?: unknown }).services;
  if (stated !== undefined && !(Array.isArray(stated) && stated.length === 0)) {
    io.stderr(`cannot use --baselines ${csvPath}: ${path} already states "services". Take them out of the scenario file, or leave out --baselines.\n`);
    return undefined;
  }
  return { input: { ...scenario, services }, place: csvPlaces(csv, services) };
}

/**
 * Writes the problems of a scenario checked with the services of a CSV file, each naming its file: a
 * problem under `services` at the CSV file's row and column, any other at its path in the scenario file.
 */
export function baselinesProblems(path: string, csvPath: string, issues: readonly Issue[], place: WithBaselines['place']): string {
  const lines = issues.map((issue) => {
    const cell = issue.path[0] === 'services' ? place(issue.path, issue.code) : undefined;
    // A services problem the CSV file cannot place is still the CSV file's, at its path among the services.
    if (cell === undefined && issue.path[0] === 'services') return problemLine(`${csvPath} (${formatPath(issue.path)})`, issue);
    return problemLine(cell === undefined ? `${path} ${formatPath(issue.path)}` : csvCellText(csvPath, cell), issue);
  });
  return `invalid: ${path} with baselines ${csvPath} has ${problems(issues.length)}:\n${lines.join('')}`;
}
