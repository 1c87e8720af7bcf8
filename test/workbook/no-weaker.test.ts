/**
 * The same checks as JSON, no weaker: each bad input of test/bad-inputs is written into a workbook as it
 * is (no check first), read back, and refused with the same problems, by code and JSON path (each now
 * named by its cell). The few a workbook cannot hold are listed with the reason.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { safeParseScenario } from '../../src/index.js';
import { safeParseScenarioWorkbook } from '../../src/workbook/index.js';
import { writeWorkbook } from '../../src/workbook/_write.js';

const DIR = new URL('../bad-inputs/', import.meta.url);

/** Bad inputs a workbook cannot state, and why. */
const NOT_IN_A_WORKBOOK: Readonly<Record<string, string>> = {
  'duplicate-key.json': 'a key twice in one JSON object: a workbook row states a setting once (twice is refused at the second row)',
  'nesting-too-deep.json': 'nesting is JSON’s: the workbook’s cells are flat',
  'phasing-empty.json': 'an empty phasing is no Phasing rows, which is no phasing',
  'proto-as-key.json': 'a top-level key the format does not define: the Settings sheet refuses an unknown setting at its row',
  'unknown-top-level-key.json': 'the same',
  'several-schema-problems.json': 'the same, and a number of years written as text ("5" in a cell is the number 5)',
  'years-as-string.json': 'a whole number typed as text in a cell is read as the number',
  'text-noncharacter.json': 'a noncharacter cannot be written into the workbook’s XML',
  'duplicate-partner-id.json': 'rows naming a partner by an id two partners share all go to the first: more problems, the same first ones',
  'several-reference-problems.json': 'the same',
  'closing-combined-rule-not-a-rule.json': 'a combined closing position’s rule is a word from its list (or a JSON cell for a blend): a bare number in its place cannot be written',
};
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();

async function asWorkbook(input: Record<string, unknown>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  writeWorkbook(book, input);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const key = (i: { code: string; path: readonly (string | number)[] }): string => `${i.code} ${JSON.stringify(i.path)}`;
/** The codes a JSON file gives for a value the workbook reads as text: an amount written as `true` or with more digits than a number holds. */
const sameWords = (k: string): string => k.replace(/^E_(SCHEMA|NUMBER) (\["lines",0,"amount"\])$/, 'E_AMOUNT $2');

describe.each(files.filter((f) => !(f in NOT_IN_A_WORKBOOK)))('the bad input %s in a workbook', (file) => {
  it('is refused with the problems of the JSON file', async () => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return; // Not JSON: nothing a workbook could hold.
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
    const json = safeParseScenario(text);
    const wb = await safeParseScenarioWorkbook(await asWorkbook(input as Record<string, unknown>));
    expect(json.success).toBe(false);
    expect(wb.success ? [] : wb.error.issues.map(key)).toEqual(json.success ? [] : json.error.issues.map(key).map(sameWords));
    if (!wb.success) for (const i of wb.error.issues) expect(i.message).toMatch(/^('[^']+'|\w+)![A-Z]+\d+/);
  });
});

describe('the bad inputs a workbook cannot hold', () => {
  it('are each a file of test/bad-inputs', () => {
    expect(Object.keys(NOT_IN_A_WORKBOOK).filter((f) => !files.includes(f))).toEqual([]);
  });
});
