/**
 * Every example's every report view in md, csv and json, and its whole HTML report (every view), is
 * byte-identical from the JSON file and from its workbook (JSON → workbook → report), through the command
 * line's own loading of both.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run.js';
import { VIEW_NAMES } from '../../src/report/index.js';
import { scenarioWorkbook } from '../../src/workbook/index.js';
import { memoryIO } from './_memory-io.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter((name) => {
  try {
    readFileSync(new URL(`${name}/scenario.json`, EXAMPLES));
    return true;
  } catch {
    return false;
  }
});
const FORMATS = ['md', 'csv', 'json', 'html'] as const;

describe.each(examples)('the example %s', (name) => {
  it('reports every view in md, csv, json and html byte for byte the same from its workbook', async () => {
    const json = readFileSync(new URL(`${name}/scenario.json`, EXAMPLES), 'utf8');
    const xlsx = await scenarioWorkbook(json);
    const io = (): ReturnType<typeof memoryIO> => memoryIO({ 'scenario.json': json, 'scenario.xlsx': xlsx });
    const validate = io();
    expect(await runCli(['validate', 'scenario.xlsx'], validate), validate.err).toBe(0);
    let compared = 0;
    for (const format of FORMATS) {
      // The HTML report holds every view in one file (and each view alone is the same renderer): written once.
      for (const view of format === 'html' ? [undefined] : [undefined, ...VIEW_NAMES]) {
        const args = (file: string): string[] => ['report', file, '--format', format, ...(view === undefined ? [] : ['--view', view])];
        const [a, b] = [io(), io()];
        const [codeA, codeB] = [await runCli(args('scenario.json'), a), await runCli(args('scenario.xlsx'), b)];
        expect({ code: codeB, out: b.out, err: b.err }, `${format} ${view ?? 'all'}`).toEqual({ code: codeA, out: a.out, err: a.err });
        compared += a.out.length > 0 ? 1 : 0;
      }
    }
    expect(compared).toBeGreaterThan(FORMATS.length);
  }, 120_000);
});
