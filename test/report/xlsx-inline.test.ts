import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appraise, evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';

/** Two councils, pence as the quantum; every figure below is worked out by hand. */
function scenario(amount = '100.01'): Record<string, unknown> {
  return {
    version: 1,
    title: 'Alpha and Beta: shared back office',
    source: 'A hand-made test case',
    settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 2 },
    partners: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ],
    lines: [
      // 100.01 split equally: 50.005 each; the odd penny goes to Alpha, first in the tie order.
      { id: 'team', name: 'Shared team', amount, attribution: { rule: 'equal' } },
      { id: 'it', name: 'IT', tier: 'projected', amount: '30', attribution: { rule: 'equal' } },
      // A recurring cost is negative: the mirror of 10.01 split equally. Alpha 50.01 + 15 − 5.01 = 60, Beta 50 + 15 − 5 = 60.
      { id: 'ops', name: 'Running cost', kind: 'cost', tier: 'possible', amount: '10.01', attribution: { rule: 'equal' } },
    ],
    costs: [{ id: 'ict', name: 'New finance system', type: 'ict', unquantified: true }],
  };
}

const evaluation = (amount?: string): Evaluation => evaluate(parseScenario(scenario(amount)));

async function sheetOf(bytes: Uint8Array, name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book.getWorksheet(name)!;
}

/** A row as [value or =formula→result, …], with each number's format after it where given. */
function row(sheet: ExcelJS.Worksheet, r: number): unknown[] {
  const out: unknown[] = [];
  sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) out.push(`=${cell.formula}→${String(cell.result)}`);
    else out.push(cell.value);
  });
  return out;
}

describe('renderXlsx on a small scenario typed by hand', () => {
  it('lays out a table: title with unit, header, rows, Total column and Total row as SUM formulas', async () => {
    const sheet = await sheetOf(await renderXlsx(evaluation(), { views: ['lines'] }), 'Lines');
    expect(sheet.getCell('A1').value).toBe('Alpha and Beta: shared back office: lines');
    expect(row(sheet, 3)).toEqual(['Savings by line (£)']);
    expect(row(sheet, 4)).toEqual(['Line', 'Alpha', 'Beta', 'Total']);
    expect(row(sheet, 5)).toEqual(['Shared team', 50.01, 50, '=SUM(B5:C5)→100.01']);
    expect(row(sheet, 6)).toEqual(['IT', 15, 15, '=SUM(B6:C6)→30']);
    expect(row(sheet, 7)).toEqual(['Running cost', -5.01, -5, '=SUM(B7:C7)→-10.01']);
    expect(row(sheet, 8)).toEqual(['Total', '=SUM(B5:B7)→60', '=SUM(C5:C7)→60', '=SUM(B5:C7)→120']);
    for (const address of ['B5', 'C7', 'D5', 'B8', 'D8']) expect(sheet.getCell(address).numFmt).toBe('"£"#,##0.00;("£"#,##0.00)');
    expect(sheet.getCell('B8').font?.bold).toBe(true);
  });

  it('uses the appraisal options it is given on the Appraisal sheet and in the Notes, as the other formats do', async () => {
    const options = { discountRate: '0.1', riskWeights: { projected: '0.5' } } as const;
    const bytes = await renderXlsx(evaluation(), { views: ['appraisal'], appraisal: options });
    const numbers = (sheet: ExcelJS.Worksheet): number[] => {
      const out: number[] = [];
      sheet.eachRow((r) => r.eachCell((c) => (typeof c.value === 'number' ? out.push(c.value) : c.type === ExcelJS.ValueType.Formula ? out.push(Number(c.result)) : undefined)));
      return out;
    };
    // Each partner nets 52.50 a year (IT's 15 at half weight): 52.50 + 52.50 ÷ 1.1 = 100.2272…, so
    // 200.4545… in all, rounded half-up once to 200.45 (rounding 47.7272… per partner first gave 200.46);
    // at the scenario's own 3.5% and full weights it is 2 × (60 + 60 ÷ 1.035) = 235.942… → 235.94.
    const npv = Number(appraise(evaluation(), options).total.npv.toString());
    const defaultNpv = Number(appraise(evaluation()).total.npv.toString());
    expect([npv, defaultNpv]).toEqual([200.45, 235.94]);
    expect(numbers(await sheetOf(bytes, 'Appraisal'))).toContain(npv);
    expect(numbers(await sheetOf(bytes, 'Appraisal'))).not.toContain(defaultNpv);
    const notes = await sheetOf(bytes, 'Notes');
    const rate = notes.getColumn(1).values.indexOf('Discount rate');
    expect(notes.getCell(rate, 2).value).toBe('0.1');
  });

  it('writes £000 as bare numbers under a £000 title, to every decimal the pennies need', async () => {
    const sheet = await sheetOf(await renderXlsx(evaluation(), { views: ['lines'], unit: '£000' }), 'Lines');
    expect(row(sheet, 3)).toEqual(['Savings by line (£000)']);
    expect(row(sheet, 5)).toEqual(['Shared team', 0.05001, 0.05, '=SUM(B5:C5)→0.10001']);
    expect(row(sheet, 8)).toEqual(['Total', '=SUM(B5:B7)→0.06', '=SUM(C5:C7)→0.06', '=SUM(B5:C7)→0.12']);
    expect(sheet.getCell('B5').numFmt).toBe('#,##0.00000;(#,##0.00000)');
  });

  it('writes £m with an m after the number', async () => {
    const sheet = await sheetOf(await renderXlsx(evaluation(), { views: ['tiers'], unit: '£m' }), 'Tiers');
    expect(row(sheet, 3)).toEqual(['Savings by tier (£m)']);
    expect(row(sheet, 5)).toEqual(['Assured', 0.00005001, 0.00005, '=SUM(B5:C5)→0.00010001']);
    expect(sheet.getCell('B5').numFmt).toBe('"£"#,##0.00000000"m";("£"#,##0.00000000"m")');
  });

  it('states the unquantified cost on the Notes sheet as a caveat, not as zero', async () => {
    const notes = await sheetOf(await renderXlsx(evaluation(), { views: ['lines'] }), 'Notes');
    const text: unknown[] = [];
    notes.eachRow((r) => r.eachCell((c) => text.push(c.value)));
    expect(text).toContain('Unquantified cost, not included: New finance system');
    expect(text).toContain('£0.01 (0.01 in £). Each amount is apportioned once, to this quantum; every total is a sum of rounded cells and is never rounded again.');
    expect(text).toContain('The scenario carries no published figures.');
    expect(text).toContain('Alpha, Beta: who receives the odd quantum when remainders tie.');
  });

  it('writes an amount a spreadsheet number cannot hold as its exact text, and the totals of its table as figures, never rounded', async () => {
    // Within what a scenario may state (15 digits before the point), but each half, 100000000000000.01, has 17 significant digits.
    const sheet = await sheetOf(await renderXlsx(evaluation('200000000000000.02'), { views: ['lines'] }), 'Lines');
    const cells: unknown[] = [];
    sheet.eachRow((r) => r.eachCell((c) => cells.push(c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : c.value)));
    expect(cells).toContain('100000000000000.01');
    expect(cells).toContain('200000000000000.02');
    // A SUM would leave a figure written as text out: the table has none.
    expect(cells.filter((c) => typeof c === 'string' && c.startsWith('=SUM'))).toEqual([]);
    // No number in the sheet is the rounded neighbour of a figure.
    expect(cells).not.toContain(Number('100000000000000.01'));
    expect(cells).not.toContain(Number('200000000000000.02'));
    // Other tables keep their formulas: a scenario of ordinary amounts is unchanged.
    const plain = await sheetOf(await renderXlsx(evaluation(), { views: ['lines'] }), 'Lines');
    const formulas: string[] = [];
    plain.eachRow((r) => r.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(c.formula))));
    expect(formulas.length).toBeGreaterThan(0);
  });
});
