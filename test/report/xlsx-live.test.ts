import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { appraise, Decimal, evaluate, parseScenario, partnerHeading, type AppraiseOptions, type Evaluation, type PartnerAppraisal } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';

const SCENARIO = JSON.parse(readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')) as unknown;
const CHANGED: AppraiseOptions = { discountRate: '0.05', riskWeights: { projected: '0.8', possible: '0.5' }, optimismBias: '0.2', mitigation: '0.25' };
const HEADER = ['Year', 'Assured, unweighted', 'Projected, unweighted', 'Possible, unweighted', 'Benefits', 'Costs before optimism bias', 'Costs', 'Funding', 'Net benefit', 'Cumulative', 'Discount factor', 'Present value before rounding', 'Present value'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** A cell's figure: its value, or a formula's stored result (exceljs reads a stored 0 back as undefined). */
function figure(cell: ExcelJS.Cell): number {
  const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? 0) : cell.value;
  expect(typeof v, cell.address).toBe('number');
  return v as number;
}

/** Money in £m as the exact double of the library's figure. */
const m = (pounds: Decimal): number => Number(pounds.div(1e6).toString());

function findText(sheet: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  return -1;
}

function rowOf(sheet: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === text) return r;
  throw new Error(`no row ${text}`);
}

/** Checks a years table's figures against the library's: every stored result exact (a factor, an unrounded present value, to a double's digits). */
function checkYears(sheet: ExcelJS.Worksheet, title: string, p: PartnerAppraisal): number {
  const top = rowOf(sheet, `${title} (£m)`);
  expect(sheet.getRow(top + 1).values).toEqual([undefined, ...HEADER]);
  p.years.forEach((y, t) => {
    const r = top + 2 + t;
    const at = (column: number): number => figure(sheet.getCell(r, column));
    expect(sheet.getCell(r, 1).value).toBe(y.year);
    expect([at(5), at(7), at(8), at(9), at(10), at(13)]).toEqual([y.benefits, y.costs, y.funding, y.net, y.cumulative, y.presentValue].map(m));
    expect(at(11)).toBe(Number(y.discountFactor.toString()));
    expect(Math.abs(at(12) - m(y.net.times(y.discountFactor)))).toBeLessThan(1e-12);
  });
  const total = top + 2 + p.years.length;
  expect(sheet.getCell(total, 1).value).toBe('Total');
  expect(figure(sheet.getCell(total, 13))).toBe(m(p.npv));
  expect(sheet.getCell(total, 13).formula).toBe(`SUM(M${top + 2}:M${total - 1})`);
  return top;
}

describe('renderXlsx: the live Appraisal sheet and its Inputs', () => {
  let e: Evaluation;
  let book: ExcelJS.Workbook;
  let changed: ExcelJS.Workbook;

  beforeAll(async () => {
    e = evaluate(parseScenario(SCENARIO));
    book = await load(await renderXlsx(e));
    changed = await load(await renderXlsx(e, { appraisal: CHANGED }));
  });

  it('names each input on the Inputs sheet, holding the appraisal\'s option', () => {
    const c = appraise(e).conventions;
    const value = (name: string): ExcelJS.Cell => {
      const [where] = book.definedNames.getRanges(name).ranges;
      const [sheet, address] = where!.split('!') as [string, string];
      expect(sheet).toBe('Inputs');
      return book.getWorksheet(sheet)!.getCell(address.replace(/\$/g, ''));
    };
    expect(value('DiscountRate').value).toBe(0.035);
    expect([value('RiskWeightAssured').value, value('RiskWeightProjected').value, value('RiskWeightPossible').value]).toEqual([1, 1, 1]);
    expect([value('OptimismBias').value, value('Mitigation').value]).toEqual([Number(c.optimismBias), Number(c.mitigation)]);
    expect(value('CostUplift').formula).toBe('1+OptimismBias*(1-Mitigation)');
    // Inputs are blue and validated as the library validates the options.
    expect(value('DiscountRate').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1], showErrorMessage: true });
    expect(value('OptimismBias').dataValidation).toMatchObject({ operator: 'greaterThanOrEqual', formulae: [-1] });
    expect(value('RiskWeightPossible').font.color).toEqual({ argb: 'FF0000FF' });
    expect(value('CostUplift').dataValidation).toBeUndefined();
    expect(book.definedNames.getRanges('DiscountFactors').ranges).toEqual(['Inputs!$D$17:$D$20']);
    const inputs = book.getWorksheet('Inputs')!;
    expect(inputs.getCell('C18').formula).toBe('DiscountRate');
    expect(inputs.getCell('D18').formula).toBe('D17/(1+C18)');
    expect(inputs.getCell('D20').result).toBe(Number(appraise(e).total.years[3]!.discountFactor.toString()));
  });

  it.each([
    ['as made', {}],
    ['with other options', CHANGED],
  ] as const)('stores the library\'s figures as the results of its formulas (%s)', (_name, options) => {
    const sheet = (options === CHANGED ? changed : book).getWorksheet('Appraisal')!;
    const a = appraise(e, options);
    checkYears(sheet, 'Cash flows by year: Total', a.total);
    const names = new Map(e.scenario.partners.map((p) => [p.id, partnerHeading(p)]));
    for (const p of a.partners) checkYears(sheet, `Cash flows by year: ${names.get(p.partner)!}`, p);
    const summary = rowOf(sheet, 'Partner');
    [...a.partners, a.total].forEach((p, j) => {
      const r = summary + 1 + j;
      expect([2, 3, 4].map((c) => figure(sheet.getCell(r, c)))).toEqual([p.npv, p.pvBenefits, p.pvCosts].map(m));
      expect(figure(sheet.getCell(r, 5))).toBe(Number(p.benefitCostRatio!.toString()));
    });
  });

  it('makes every derived figure a formula over the cells it derives from, and keeps the rounded present values as the library\'s', () => {
    const sheet = book.getWorksheet('Appraisal')!;
    const top = checkYears(sheet, 'Cash flows by year: H&F', appraise(e).partners[0]!);
    const r = top + 3;
    const f = (column: string): string => sheet.getCell(`${column}${r}`).formula;
    expect(f('E')).toBe(`B${r}*RiskWeightAssured+C${r}*RiskWeightProjected+D${r}*RiskWeightPossible`);
    expect(f('G')).toBe(`F${r}*CostUplift`);
    expect(f('I')).toBe(`E${r}-G${r}+H${r}`);
    expect(f('J')).toBe(`J${r - 1}+I${r}`);
    expect(f('K')).toBe('Inputs!$D$18');
    expect(f('L')).toBe(`I${r}*K${r}`);
    expect(sheet.getCell(`M${r}`).type).toBe(ExcelJS.ValueType.Number);
    const summary = rowOf(sheet, 'Partner');
    const total = rowOf(sheet, 'Total', summary);
    const totalTable = rowOf(sheet, 'Cash flows by year: Total (£m)');
    expect(sheet.getCell(total, 2).formula).toBe(`ROUND(L${totalTable + 6},3)`);
    expect(sheet.getCell(summary + 1, 2).formula).toBe(`M${top + 6}`);
    expect(sheet.getCell(totalTable + 2, 13).formula).toBe(`M${top + 2}+M${top + 10}+M${top + 18}`);
  });

  it('gives the same bytes for the same input, the Inputs sheet, its names and validations included', async () => {
    const [first, second] = [await renderXlsx(e, { views: ['appraisal'] }), await renderXlsx(evaluate(parseScenario(SCENARIO)), { views: ['appraisal'] })];
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('describes on the Notes sheet which cells are formulas and which keep the library\'s rounding', () => {
    const text: string[] = [];
    book.getWorksheet('Notes')!.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? text.push(cell.value) : undefined)));
    expect(text).toContain('The Appraisal sheet: formulas and figures');
    expect(text.some((t) => t.includes('largest remainder'))).toBe(true);
  });

  it('writes the appraisal as figures, with no Inputs sheet, where an amount has more digits than a spreadsheet number holds', async () => {
    // Split equally, each half, 100000000000000.01, has 17 significant digits.
    const big = {
      version: 1,
      title: 'Alpha and Beta',
      settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 2 },
      partners: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }],
      lines: [{ id: 'team', name: 'Shared team', amount: '200000000000000.02', attribution: { rule: 'equal' } }],
    };
    const book = await load(await renderXlsx(evaluate(parseScenario(big)), { views: ['appraisal'] }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Notes', 'Appraisal']);
    const sheet = book.getWorksheet('Appraisal')!;
    const formulas: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas.push(c.formula))));
    // No formula refers to inputs that are not there.
    expect(formulas).toEqual([]);
    // The total NPV, exact, as text.
    const e2 = evaluate(parseScenario(big));
    expect(sheet.getCell(findText(sheet, 'Total'), 2).value).toBe(appraise(e2).total.npv.toFixed(2));
  });

  it('writes the appraisal as figures, with no Inputs sheet, where the appraisal is not among the views', async () => {
    const only = await load(await renderXlsx(e, { views: ['partners'] }));
    expect(only.worksheets.map((s) => s.name)).toEqual(['Notes', 'Partners']);
  });
});

describe('renderXlsx: frozen headers, filters and printing', () => {
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    book = await load(await renderXlsx(evaluate(parseScenario(SCENARIO))));
  });

  it('freezes the reconciliation\'s header, filters its rows and repeats its header on every printed page', () => {
    const sheet = book.getWorksheet('Reconciliation')!;
    const header = rowOf(sheet, '#');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: header });
    const rows = [...Array(sheet.rowCount).keys()].filter((i) => typeof sheet.getCell(i + 1, 1).value === 'number').length;
    expect(rows).toBeGreaterThan(250);
    expect(sheet.autoFilter).toBe(`A${header}:K${header + rows}`);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
  });

  it('prints every sheet on A4 fitted to the page width; sheets of several tables freeze their label column', () => {
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.getColumn(1).width, sheet.name).toBeGreaterThanOrEqual(10);
    }
    expect(book.getWorksheet('Appraisal')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 0 });
    expect(book.getWorksheet('Appraisal')!.pageSetup.orientation).toBe('landscape');
    expect(book.getWorksheet('Notes')!.pageSetup.orientation).toBe('landscape');
  });
});
