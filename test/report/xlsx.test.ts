import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  Decimal,
  buildView,
  evaluate,
  fromPounds,
  isReconciliationTable,
  parseScenario,
  pivot,
  reconcile,
  reconciliationTable,
  safeParseScenario,
  VERDICT_WORDS,
  VIEW_NAMES,
  type Evaluation,
  type TableModel,
} from '../../src/index.js';
import {
  renderXlsx,
} from '../../src/report/full.js';
import { WRITER_FORMULA } from './_formulas.js';

const SCENARIO = JSON.parse(readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const MONEY_FORMAT = '"£"#,##0.000"m";("£"#,##0.000"m")';
const FTE_FORMAT = '#,##0.00;(#,##0.00)';

type Sheet = ExcelJS.Worksheet;

/** The workbook's bytes read back with exceljs. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A read-back number as the exact decimal its shortest form states. */
const exact = (n: unknown): Decimal => {
  expect(typeof n).toBe('number');
  return new Decimal(String(n));
};

/** A column's letters from its number. */
function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnNumber(text: string): number {
  return [...text].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Every formula cell of a sheet. */
function formulas(sheet: Sheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => (cell.type === ExcelJS.ValueType.Formula ? out.push(cell) : undefined)));
  return out;
}

/** The exact sum of the numbers in a SUM range, refusing a range that holds anything but numbers and blanks. */
function evaluateSum(sheet: Sheet, formula: string): Decimal {
  const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
  expect(m, formula).not.toBeNull();
  const [c1, r1, c2, r2] = [columnNumber(m![1]!), Number(m![2]), columnNumber(m![3]!), Number(m![4])];
  let total = new Decimal(0);
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const cell = sheet.getCell(r, c);
      if (cell.type === ExcelJS.ValueType.Null) continue;
      // A formula adds its stored result (exceljs reads a stored 0 back as undefined).
      if (cell.type === ExcelJS.ValueType.Formula) {
        total = total.plus(cell.result === undefined ? 0 : exact(cell.result));
        continue;
      }
      expect(cell.type, `${cell.address} in ${formula}`).toBe(ExcelJS.ValueType.Number);
      total = total.plus(exact(cell.value));
    }
  }
  return total;
}

/** The row whose first cell is `text` (or, with `prefix`, starts with it), searching down from `from`. */
function findRow(sheet: Sheet, text: string, from = 1, prefix = false): number {
  for (let r = from; r <= sheet.rowCount; r++) {
    const v = sheet.getCell(r, 1).value;
    if (v === text || (prefix && typeof v === 'string' && v.startsWith(text))) return r;
  }
  throw new Error(`no row "${text}" on ${sheet.name} from row ${from}`);
}

/**
 * Checks one pivot table on a sheet against the library's table: every value exactly, every total a SUM
 * over exactly its row's or column's cells whose exact sum and stored result are the library's total.
 * Returns the row after the table.
 */
function checkPivot(sheet: Sheet, table: TableModel, from: number, numFmt: string): number {
  const unit = table.measure === 'money' ? '£m' : table.measure === 'fte' ? 'FTE' : 'headcount';
  const inUnit = (v: Decimal): Decimal => (table.measure === 'money' ? fromPounds(v, '£m') : v);
  const titleRow = findRow(sheet, `${table.title} (${unit})`, from);
  const first = titleRow + 2;
  const last = first + table.rows.length - 1;
  const n = table.columns.length;
  const totalColumn = table.columnDimension !== 'position';
  const totalRow = table.rowDimension !== 'position';
  expect(sheet.getRow(titleRow + 1).values).toEqual([undefined, expect.any(String), ...table.columns.map((c) => c.label), ...(totalColumn ? ['Total'] : [])]);

  const checkTotal = (r: number, c: number, range: string, expected: Decimal): void => {
    const cell = sheet.getCell(r, c);
    expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toBe(`SUM(${range})`);
    expect(cell.numFmt).toBe(numFmt);
    expect(exact(cell.result).equals(expected), `${sheet.name}!${cell.address} result`).toBe(true);
    expect(evaluateSum(sheet, cell.formula).equals(expected), `${sheet.name}!${cell.address} summed`).toBe(true);
  };

  table.rows.forEach((row, i) => {
    const r = first + i;
    expect(sheet.getCell(r, 1).value).toBe(row.label);
    row.values.forEach((v, j) => {
      const cell = sheet.getCell(r, j + 2);
      if (v === null) return expect(cell.type).toBe(ExcelJS.ValueType.Null);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.numFmt).toBe(numFmt);
      expect(exact(cell.value).equals(inUnit(v)), `${sheet.name}!${cell.address}`).toBe(true);
    });
    if (totalColumn) checkTotal(r, n + 2, `B${r}:${letters(n + 1)}${r}`, inUnit(row.total));
    else expect(sheet.getCell(r, n + 2).type).toBe(ExcelJS.ValueType.Null);
  });
  if (!totalRow) {
    expect(sheet.getCell(last + 1, 1).value).not.toBe('Total');
    return last + 1;
  }
  expect(sheet.getCell(last + 1, 1).value).toBe('Total');
  table.columnTotals.forEach((t, j) => checkTotal(last + 1, j + 2, `${letters(j + 2)}${first}:${letters(j + 2)}${last}`, inUnit(t)));
  if (totalColumn) checkTotal(last + 1, n + 2, `B${first}:${letters(n + 1)}${last}`, inUnit(table.grandTotal));
  return last + 2;
}

const SHEETS: Readonly<Record<string, string>> = {
  partners: 'Partners',
  services: 'Services',
  lines: 'Lines',
  tiers: 'Tiers',
  years: 'Years',
  staffing: 'Staffing',
  costs: 'Costs',
  appraisal: 'Appraisal',
  context: 'Context',
  fairness: 'Fairness',
  reconcile: 'Reconciliation',
};

describe('renderXlsx: the tri-borough workbook', () => {
  let e: Evaluation;
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    e = evaluate(parseScenario(SCENARIO));
    bytes = await renderXlsx(e);
    book = await load(bytes);
  });

  it('has the Notes sheet, the Inputs sheet, then a sheet per view, in order (contributions only where there are agreements; cells only when asked for)', () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual(['Notes', 'Inputs', ...VIEW_NAMES.filter((v) => v !== 'contributions' && v !== 'cells').map((v) => SHEETS[v] ?? v)]);
    for (const required of ['Partners', 'Services', 'Lines', 'Tiers', 'Years', 'Staffing', 'Reconciliation']) expect(names).toContain(required);
  });

  it('writes every pivot table exactly, money in a £m format and FTE to 2 decimals, totals as SUM formulas', () => {
    let checked = 0;
    for (const view of VIEW_NAMES) {
      const sheet = book.getWorksheet(SHEETS[view]!)!;
      let from = 1;
      for (const table of buildView(e, view).tables) {
        if (isReconciliationTable(table) || (table as { kind?: string }).kind === 'measures') continue;
        const t = table as TableModel;
        from = checkPivot(sheet, t, from, t.measure === 'money' ? MONEY_FORMAT : FTE_FORMAT);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('shows the all-tiers grand total, 11.816 (£m), and the assured H&F total, 3.910, as SUMs of their cells', () => {
    const sheet = book.getWorksheet('Partners')!;
    const allTiers = findRow(sheet, 'All tiers (£m)');
    const total = findRow(sheet, 'Total', allTiers);
    const grand = sheet.getCell(total, 5);
    expect(grand.formula).toBe(`SUM(B${allTiers + 2}:D${total - 1})`);
    expect(evaluateSum(sheet, grand.formula).toString()).toBe('11.816');
    expect(grand.result).toBe(11.816);
    expect(pivot(e, { rows: 'tier', columns: 'partner' }).grandTotal.toString()).toBe('11816000');

    const assured = findRow(sheet, 'Assured savings (£m)');
    const assuredTotal = findRow(sheet, 'Total', assured);
    const hf = sheet.getCell(assuredTotal, 2);
    expect(sheet.getCell(assured + 1, 2).value).toBe('H&F');
    expect(hf.formula).toBe(`SUM(B${assured + 2}:B${assuredTotal - 1})`);
    expect(evaluateSum(sheet, hf.formula).toFixed(3)).toBe('3.910');
    expect(exact(hf.result).equals('3.91')).toBe(true);
    expect(pivot(e, { rows: 'line', columns: 'partner', filter: { tier: 'assured' } }).columnTotals[0]!.toString()).toBe('3910000');
  });

  it('makes every formula on every sheet a SUM over numbers whose exact sum is its stored result (the Appraisal and Inputs sheets\' other formulas: see xlsx-live)', () => {
    let count = 0;
    for (const sheet of book.worksheets) {
      for (const cell of formulas(sheet)) {
        expect(cell.formula).toMatch(WRITER_FORMULA);
        if (!/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(cell.formula)) {
          expect(['Appraisal', 'Inputs'], `${sheet.name}!${cell.address}: ${cell.formula}`).toContain(sheet.name);
          continue;
        }
        const sum = evaluateSum(sheet, cell.formula);
        const result = cell.result === undefined ? new Decimal(0) : exact(cell.result); // exceljs reads a stored 0 back as undefined
        // Present values before rounding are the nearest doubles of exact products: their sum agrees to the last digits a double holds.
        const unrounded = sheet.name === 'Appraisal' && String(sheet.getCell(findRow(sheet, 'Year', 1), Number(cell.col)).value) === 'Present value before rounding';
        const agrees = unrounded ? sum.minus(result).abs().lessThan(1e-12) : sum.equals(result);
        expect(agrees, `${sheet.name}!${cell.address}: ${cell.formula} = ${sum.toString()}, stored ${String(cell.result)}`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(150);
  });

  it('writes the one-off costs with SUM totals, and the unquantified ICT cost with no figure at all', () => {
    const sheet = book.getWorksheet('Costs');
    if (sheet === undefined) return; // the costs view is not built yet
    const row = findRow(sheet, 'Costs of new ICT (a common record system)');
    sheet.getRow(row).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Number));
    const title = findRow(sheet, 'One-off costs by partner (£m)');
    const total = findRow(sheet, 'Total', title, true);
    const corner = sheet.getCell(total, 6);
    expect(corner.formula).toBe(`SUM(C${title + 2}:E${total - 1})`);
    expect(corner.result).toBe(2.5);
    expect(sheet.getCell(title + 2, 6).formula).toBe(`SUM(C${title + 2}:E${title + 2})`);
  });

  it('lists the conventions, the ICT integration cost as unquantified, and the reconciliation counts on the Notes sheet', () => {
    const notes = book.getWorksheet('Notes')!;
    const text: string[] = [];
    notes.eachRow((row) => row.eachCell((cell) => (typeof cell.value === 'string' ? text.push(cell.value) : undefined)));
    expect(text[0]).toBe(e.scenario.title);
    expect(text).toContain(e.scenario.source);
    expect(text.find((t) => t.startsWith('£1000 (0.001 in £m)'))).toBeDefined();
    expect(text).toContain('Royal Borough of Kensington and Chelsea, London Borough of Hammersmith & Fulham, City of Westminster: who receives the odd quantum when remainders tie.');
    expect(text).toContain('0.035');
    const ict = text.filter((t) => t.includes('Costs of new ICT'));
    expect(ict.some((t) => t.startsWith('Unquantified cost, not included: Costs of new ICT (a common record system)'))).toBe(true);

    const counts = reconcile(e).counts;
    const verdicts = findRow(notes, 'Verdict');
    const read = [1, 2, 3, 4, 5, 6, 7].map((i) => [notes.getCell(verdicts + i, 1).value, notes.getCell(verdicts + i, 2).value]);
    expect(read).toEqual([
      ['Discrepancy', counts.discrepancy],
      ['Not modelled', counts['not-modelled']],
      ['Within rounding of parts', counts['rounding-of-parts']],
      ['Within stated bound', counts['within-bound']],
      ['Round figure', counts['round-figure']],
      ['Within printed rounding', counts.rounding],
      ['Exact', counts.exact],
    ]);
    const total = notes.getCell(verdicts + 8, 2);
    expect(total.formula).toBe(`SUM(B${verdicts + 1}:B${verdicts + 7})`);
    expect(total.result).toBe(reconcile(e).rows.length);
  });

  it('writes the reconciliation in its groups’ order: printed and model values as numbers in their own units, verdicts in words', () => {
    const sheet = book.getWorksheet('Reconciliation')!;
    const header = findRow(sheet, '#');
    const rows = reconciliationTable(reconcile(e)).rows;
    rows.forEach((r, i) => {
      const at = header + 1 + i;
      expect(sheet.getCell(at, 1).value).toBe(r.index + 1);
      expect(sheet.getCell(at, 2).value).toBe(r.label);
      if (r.unit !== 'year') expect(exact(sheet.getCell(at, 4).value).equals(r.printed)).toBe(true);
      if (r.computed !== null && r.unit !== 'year') expect(exact(sheet.getCell(at, 5).value).equals(r.computed)).toBe(true);
      expect(sheet.getCell(at, 7).value).toBe(VERDICT_WORDS[r.verdict].label.replace(/^./, (c) => c.toUpperCase()));
      if (r.unit === '£m') expect(sheet.getCell(at, 4).numFmt).toMatch(/^"£"#,##0(\.0+)?"m";/);
    });
  });

  it('fixes the workbook properties', () => {
    expect(book.creator).toBe('shared-services-model');
    expect(book.lastModifiedBy).toBe('shared-services-model');
    expect(book.created.getTime()).toBe(0);
    expect(book.modified.getTime()).toBe(0);
  });
});

describe('renderXlsx: deterministic output', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes for the same input, whatever the clock says', async () => {
    const e = evaluate(parseScenario(SCENARIO));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2001-02-03T04:05:06Z'));
    const first = await renderXlsx(e, { views: ['partners', 'reconcile'] });
    vi.setSystemTime(new Date('2024-11-12T13:14:15Z'));
    const second = await renderXlsx(evaluate(parseScenario(SCENARIO)), { views: ['partners', 'reconcile'] });
    vi.useRealTimers();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // Every zip entry is stamped 1980-01-01 00:00 (DOS date 0x0021, time 0).
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    let stamps = 0;
    for (let at = 0; at + 4 <= first.length; at++) {
      if (view.getUint32(at, true) === 0x04034b50) {
        expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([0, 0x21]);
        stamps += 1;
      }
    }
    expect(stamps).toBeGreaterThan(5);
  });
});

describe('renderXlsx: bad input never reaches the workbook', () => {
  const e = evaluate(parseScenario(SCENARIO));

  it.each([
    ['not an evaluation', {}, undefined, ['evaluation']],
    ['a scenario, not evaluated', SCENARIO, undefined, ['evaluation']],
    ['an unknown view', 'e', { views: ['partners', 'nope'] }, ['views', 1]],
    ['a view twice', 'e', { views: ['lines', 'lines'] }, ['views', 1]],
    ['no views', 'e', { views: [] }, ['views']],
    ['an unknown unit', 'e', { unit: 'USD' }, ['unit']],
    ['fractional decimals', 'e', { decimals: 1.5 }, ['decimals']],
    ['negative FTE decimals', 'e', { fteDecimals: -1 }, ['fteDecimals']],
  ] as const)('refuses %s (E_OPTION, naming the path)', async (_name, input, options, path) => {
    const evaluation = (input === 'e' ? e : input) as unknown as Evaluation;
    await expect(renderXlsx(evaluation, options as never)).rejects.toMatchObject({ name: 'InputError', code: 'E_OPTION', issues: [{ path }] });
  });

  it('gets no evaluation from a broken scenario: parsing refuses it first, naming the path', () => {
    const broken = structuredClone(SCENARIO) as { lines: { amount?: unknown }[] };
    broken.lines[0]!.amount = 'NaN';
    const result = safeParseScenario(broken);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path[0])).toContain('lines');
  });

  it('writes a label that looks like a formula as text, never as a formula', async () => {
    const injected = structuredClone(SCENARIO) as { lines: { name: string }[] };
    injected.lines[0]!.name = '=HYPERLINK("http://example.com","click")';
    const book = await load(await renderXlsx(evaluate(parseScenario(injected)), { views: ['lines'] }));
    const sheet = book.getWorksheet('Lines')!;
    const row = findRow(sheet, '=HYPERLINK("http://example.com","click")');
    expect(sheet.getCell(row, 1).type).toBe(ExcelJS.ValueType.String);
    for (const cell of formulas(sheet)) expect(cell.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
  });
});
