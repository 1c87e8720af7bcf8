/**
 * The same scenario gives the same workbook, byte for byte: fixed dates in the document properties and in
 * the zip entries. A workbook read and written again is the same file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readScenarioWorkbook, scenarioWorkbook, scenarioWorkbookTemplate } from '../../src/workbook/index.js';

const tri = readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8');

describe('the input workbook', () => {
  it('is byte-identical for the same input, written at different times', async () => {
    const first = await scenarioWorkbook(tri);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await scenarioWorkbook(JSON.parse(tri) as never);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await scenarioWorkbookTemplate()).equals(Buffer.from(await scenarioWorkbookTemplate()))).toBe(true);
  });

  it('states fixed dates in its properties', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await scenarioWorkbook(tri)) as unknown as ArrayBuffer);
    expect([book.created.toISOString(), book.modified.toISOString(), book.creator, book.title]).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
      'shared-services-model',
      "Tri-Borough Children's Services: service plans and proposals (H&F, RBKC, Westminster, 2011)",
    ]);
  });

  it('is written again the same from what it reads back', async () => {
    const bytes = await scenarioWorkbook(tri);
    const { input } = await readScenarioWorkbook(bytes);
    expect(Buffer.from(await scenarioWorkbook(input as never)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('leaves its input as it was', async () => {
    const input = JSON.parse(tri) as Record<string, unknown>;
    const frozen = structuredClone(input);
    await scenarioWorkbook(input as never);
    expect(input).toEqual(frozen);
  });
});
