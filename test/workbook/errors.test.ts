/**
 * A workbook's problems are named by sheet and cell, all in one pass: the workbook's own (a word not in
 * its list, text in an amount cell, a number shown rounded, an unknown sheet or heading, a missing
 * column) with the scenario's (a phasing that does not add up, a driver a partner does not state).
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run.js';
import { safeParseScenarioWorkbook, scenarioWorkbookTemplate } from '../../src/workbook/index.js';
import { memoryIO } from './_memory-io.js';

/** The template, changed by `edit` (given each sheet by name). */
async function edited(edit: (sheet: (name: string) => ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await scenarioWorkbookTemplate()) as unknown as ArrayBuffer);
  edit((name) => book.getWorksheet(name)!, book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The cell under a heading in a data row (row 2 is the first). */
function cell(ws: ExcelJS.Worksheet, heading: string, row = 2): ExcelJS.Cell {
  const headings = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const column = headings.indexOf(heading);
  if (column < 1) throw new Error(`no heading ${heading} on ${ws.name}`);
  return ws.getRow(row).getCell(column);
}

/** Blanks every data row `which` picks. */
function clearRows(ws: ExcelJS.Worksheet, which: (row: ExcelJS.Row) => boolean): void {
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (which(row)) row.eachCell((c) => void (c.value = null));
  }
}

async function messages(bytes: Uint8Array): Promise<string[]> {
  const result = await safeParseScenarioWorkbook(bytes);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('a workbook with problems', () => {
  it('the template itself is valid', async () => {
    expect(await messages(await scenarioWorkbookTemplate())).toEqual([]);
  });

  it('gives four errors for a wrong tier, a missing driver, a phasing that does not add up and a text in an amount cell, each at its cell; exit 2', async () => {
    const bytes = await edited((sheet) => {
      cell(sheet('Lines'), 'Tier').value = 'likely';
      cell(sheet('Lines'), 'Amount').value = '120,000';
      // The line is split by population, which South does not state.
      cell(sheet('Lines'), 'Attribution: rule').value = 'metric';
      cell(sheet('Lines'), 'Attribution: metric').value = 'population';
      clearRows(sheet('Line shares'), () => true);
      clearRows(sheet('Metrics'), (row) => row.getCell(1).value === 'south' && row.getCell(2).value === 'population');
      cell(sheet('Phasing'), 'Share', 3).value = 0.4;
      cell(sheet('Phasing'), 'Share', 3).numFmt = '0.0';
    });
    const found = await messages(bytes);
    expect(found).toHaveLength(4);
    for (const m of found) expect(m).toMatch(/^('[^']+'|\w+)![A-Z]+\d+ \([^)]+\)( at \S+)?: expected .+, found .+$/);
    expect(found).toMatchInlineSnapshot(`
      [
        "Lines!E2 (Tier): expected one of "assured", "projected", "possible", found "likely"",
        "Lines!I2 (Amount): expected a decimal amount such as "1234.56" (a number, or text), found "120,000"",
        "Metrics!A5 (Partner) at population: expected a metric "population" (read by Lines!T2 (FTE: attribution) from 2025/26), found none",
        "Phasing!A2 (Line): expected shares summing to exactly 1, found shares summing to 0.9",
      ]
    `);
    const io = memoryIO({ 'bad.xlsx': bytes });
    expect(await runCli(['validate', 'bad.xlsx'], io)).toBe(2);
    expect(io.err).toBe(`invalid: bad.xlsx has 4 problems:\n${found.map((m) => `${m}\n`).join('')}`);
  });

  it('names the workbook\'s own problems with the scenario\'s, in one pass: a number shown rounded, an unknown sheet and heading, a missing column, a row naming no line', async () => {
    const bytes = await edited((sheet, book) => {
      const amount = cell(sheet('Lines'), 'Amount');
      amount.value = 120000.456;
      amount.numFmt = '#,##0.00';
      book.addWorksheet('Notes').getCell('A1').value = 'my notes';
      sheet('Costs').getRow(1).getCell(40).value = 'Owner';
      const funding = sheet('Funding');
      funding.getRow(1).eachCell((c) => {
        if (c.value === 'Offsets') c.value = null;
      });
      cell(sheet('Phasing'), 'Line', 3).value = 'hr-merger';
    });
    const found = await messages(bytes);
    expect(found).toMatchInlineSnapshot(`
      [
        "Notes!A1: expected one of the sheets of the input workbook (Settings, Partners, Metrics, Services, Budgets, Budget positions, Budget shares, Lines, Phasing, Line shares, Costs, Cost phasing, Cost shares, Funding, Indirect, Staffing, Staffing reductions, Context, Published, Agreements, Agreement costs, Agreement shares, Stand-alone costs, Variants, Variant changes, Coalitions), found a sheet named "Notes"",
        "Lines!I2 (Amount): expected the figure as the cell shows it (120000.46, to 2 decimals): type it so, or show more decimals, found 120000.456, which the cell shows rounded",
        "Phasing!A3 (Line): expected the id of a row of the Lines sheet (hr-merge), found "hr-merger"",
        "Costs!AN1 (Owner): expected one of the headings of the Costs sheet (Id, Name, Type, Heads, Cost per head, Amount per year, Years, Start, Amount, Unquantified, Attribution: rule, Attribution: precision, Attribution: tolerance, Attribution: metric, Attribution: driver year, Attribution: parts, Attribution: steps, Note), found "Owner"",
        "Funding!H1 (Offsets): expected a column headed "Offsets" (required), found no such column",
        "Phasing!A2 (Line): expected shares summing to exactly 1, found shares summing to 0.5",
      ]
    `);
  });

  it('reads a number at the decimals its cell shows, and text as written', async () => {
    const bytes = await edited((sheet) => {
      const amount = cell(sheet('Lines'), 'Amount');
      amount.value = 120000.5;
      amount.numFmt = '"£"#,##0.00';
      cell(sheet('Costs'), 'Cost per head').value = '25000.000';
    });
    const result = await safeParseScenarioWorkbook(bytes);
    expect(result.success && [(result.input.lines as { amount: unknown }[])[0]!.amount, (result.input.costs as { costPerHead: unknown }[])[0]!.costPerHead]).toEqual(['120000.50', '25000.000']);
  });
});
