/**
 * Any change an analyst can make to a workbook's cells gives a scenario or problems named by cell, never
 * anything else: cells of the template set to text, numbers in any format, dates, TRUE/FALSE, errors or
 * blanks, headings and sheets renamed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { isScenarioError } from '../../src/index.js';
import { safeParseScenarioWorkbook, scenarioWorkbookTemplate } from '../../src/workbook/index.js';

const template = await scenarioWorkbookTemplate();
const book = new ExcelJS.Workbook();
await book.xlsx.load(template as unknown as ArrayBuffer);
const sheets = book.worksheets.map((w) => w.name).filter((n) => n !== 'README');

const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('assured', 'likely', 'metric', 'shares', 'north', 'south', 'hr-merge', '2025/26', '[{"weight": "1"}]', '{', '__proto__', 'constructor', '0.5', '1,000', 'TRUE'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constant(null),
  fc.constant({ error: '#N/A' }),
);
/** A change to a cell of a sheet's headings, its worked rows or the row below them. */
const change = fc.constantFrom(...sheets).chain((sheet) => {
  const ws = book.getWorksheet(sheet)!;
  return fc.record({
    sheet: fc.constant(sheet),
    row: fc.integer({ min: 1, max: Math.min(ws.actualRowCount + 1, 40) }),
    column: fc.integer({ min: 1, max: Math.max(ws.actualColumnCount, 1) + 1 }),
    value,
    numFmt: fc.constantFrom(undefined, 'General', '0', '0.00', '#,##0.0#', '0.0%', '0.00E+00', 'dd/mm/yyyy', '@'),
  });
});

describe('a workbook changed cell by cell', () => {
  it('gives a scenario or problems named by cell, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), fc.boolean(), async (changes, renameSheet) => {
        const copy = new ExcelJS.Workbook();
        await copy.xlsx.load(template as unknown as ArrayBuffer);
        for (const c of changes) {
          const cell = copy.getWorksheet(c.sheet)!.getRow(c.row).getCell(c.column);
          cell.value = c.value as ExcelJS.CellValue;
          if (c.numFmt !== undefined) cell.numFmt = c.numFmt;
        }
        if (renameSheet) copy.getWorksheet(changes[0]!.sheet)!.name = `${changes[0]!.sheet} (2)`;
        const bytes = new Uint8Array((await copy.xlsx.writeBuffer()) as ArrayBuffer);
        let result: Awaited<ReturnType<typeof safeParseScenarioWorkbook>>;
        try {
          result = await safeParseScenarioWorkbook(bytes);
        } catch (error) {
          throw new Error(`threw ${String(error)} for ${JSON.stringify(changes)}`);
        }
        if (!result.success) {
          expect(isScenarioError(result.error)).toBe(true);
          for (const issue of result.error.issues) expect(issue.message).toMatch(/^(('[^']+'|\w+)![A-Z]+\d+|the file)/);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
