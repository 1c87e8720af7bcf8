import { Decimal, controlledRound, unitExponent, type MoneyUnit } from '../money/index.js';
import type { TableModel, TableRow } from '../engine/index.js';
import type { MeasureCell, MeasureRow, MeasureTable } from './measure-table.js';
import type { ReportTable } from './report.js';
import { additive } from './_cell.js';

/**
 * Display rounding: money in the formats for people shown to a number of decimals in the unit, rounded
 * so that every total is still the sum of the figures shown (controlled rounding, {@link controlledRound}),
 * each figure and total within one unit of the last digit of its exact value. Only the formats for people
 * use it; the data formats print the exact tables.
 *
 * Which tables, and how:
 * - a pivot of money: its cells, its row totals, its column totals and its grand total, together;
 * - a pivot of positions (starting, closing, change by partner): since starting = closing + change, the
 *   closing and change rows are rounded with starting as their column totals, so the three still agree;
 *   where they do not agree exactly (a position given only as a total), each row is rounded with its own total;
 * - a table of measures whose money is a plain sum: the columns before a `Total` column that is their sum
 *   in every row, with at most one total row, last, that is the sum of the rows above; other money
 *   columns of it (a rate) are shown exact;
 * - any other table with money (cash flows with cumulative positions and present values, NPV, payback):
 *   shown exact, and said so in a note, since rounding its figures one by one would break the relations
 *   between them (net = benefits − costs + funding, cumulative = the running sum).
 */
export interface DisplayRounding {
  readonly tables: readonly ReportTable[];
  /** Whether any figure shown differs from its exact value. */
  readonly changed: boolean;
  /** Titles of the tables with money left exact. */
  readonly exact: readonly string[];
}

/** The step, in pounds, of `decimals` digits after the point in `unit`: 0.1 in £m is £100,000. */
export function displayStep(unit: MoneyUnit, decimals: number): Decimal {
  return new Decimal(10).pow(unitExponent(unit) - decimals);
}

const ZERO = new Decimal(0);
const sum = (xs: readonly (Decimal | null)[]): Decimal => xs.reduce<Decimal>((a, x) => (x === null ? a : a.plus(x)), ZERO);
const same = (a: readonly (Decimal | null)[], b: readonly (Decimal | null)[]): boolean => a.length === b.length && a.every((x, i) => (x === null ? b[i] === null : b[i] !== null && x.equals(b[i]!)));

/** Whether a pivot's totals are the sums of its cells (always so for a pivot the engine made). */
function addsUp(t: TableModel): boolean {
  const columnSums = t.columns.map((_, j) => sum(t.rows.map((r) => r.values[j] ?? null)));
  return t.rows.every((r) => r.total.equals(sum(r.values))) && same(columnSums, t.columnTotals) && t.grandTotal.equals(sum(t.columnTotals));
}

/** A pivot rounded as one table: cells, row totals, column totals, grand total. */
function roundWhole(t: TableModel, step: Decimal): TableModel {
  const r = controlledRound(t.rows.map((row) => row.values), { step });
  return { ...t, rows: t.rows.map((row, i) => ({ ...row, values: r.cells[i]!, total: r.rowTotals[i]! })), columnTotals: r.columnTotals, grandTotal: r.grandTotal };
}

/**
 * A pivot with rounded rows and the sums of them down each column: a table whose rows do not add (positions)
 * prints no such sums, but every figure it holds must be one of those shown.
 */
function withRows(t: TableModel, rows: readonly TableRow[]): TableModel {
  const columnTotals = t.columns.map((_, j) => sum(rows.map((r) => r.values[j] ?? null)));
  return { ...t, rows, columnTotals, grandTotal: sum(columnTotals) };
}

/** Each row rounded with its own total (a table whose rows do not add up to anything). */
function roundRows(t: TableModel, step: Decimal): TableModel {
  const rows = t.rows.map((row): TableRow => {
    const r = controlledRound([row.values], { step });
    return { ...row, values: r.cells[0]!, total: r.rowTotals[0]! };
  });
  return withRows(t, rows);
}

/** Positions: starting = closing + change in every column, so closing and change are rounded with starting as their sum. */
function roundPositions(t: TableModel, step: Decimal): TableModel | undefined {
  const at = (key: string): number => t.rows.findIndex((r) => r.key === key);
  const [s, c, d] = [at('starting'), at('closing'), at('change')];
  if (t.rows.length !== 3 || s < 0 || c < 0 || d < 0) return undefined;
  const [start, close, change] = [t.rows[s]!, t.rows[c]!, t.rows[d]!];
  const agrees = (x: Decimal | null, y: Decimal | null, z: Decimal | null): boolean => (x === null ? y === null && z === null : x.equals(sum([y, z])));
  if (!start.values.every((v, j) => agrees(v, close.values[j] ?? null, change.values[j] ?? null)) || !agrees(start.total, close.total, change.total)) return undefined;
  const r = controlledRound([close.values, change.values], { step });
  const rows = [...t.rows];
  rows[c] = { ...close, values: r.cells[0]!, total: r.rowTotals[0]! };
  rows[d] = { ...change, values: r.cells[1]!, total: r.rowTotals[1]! };
  rows[s] = { ...start, values: start.values.map((v, j) => (v === null ? null : r.columnTotals[j]!)), total: r.grandTotal };
  return withRows(t, rows);
}

function roundPivot(t: TableModel, step: Decimal): TableModel | undefined {
  if (!addsUp(t)) return undefined;
  if (additive(t.rowDimension) && additive(t.columnDimension)) return roundWhole(t, step);
  if (!additive(t.columnDimension)) return undefined;
  return roundPositions(t, step) ?? roundRows(t, step);
}

/** The columns of a measure table that are a plain sum: parts, then a `Total` column equal to their sum in every row. */
function sumColumns(t: MeasureTable): { parts: number[]; total: number } | undefined {
  const total = t.columns.findIndex((c) => c.kind === 'money' && c.label === 'Total');
  const parts: number[] = [];
  for (let j = total - 1; j >= 0 && t.columns[j]!.kind === 'money'; j--) parts.unshift(j);
  if (total < 0 || parts.length === 0) return undefined;
  const money = (v: MeasureCell | undefined): v is Decimal | null => v === null || Decimal.isDecimal(v);
  const adds = (r: MeasureRow): boolean => {
    const given = r.values[total];
    const parts_ = parts.map((j) => r.values[j] as Decimal | null);
    // A row with no figures (an unquantified cost) has no total either.
    if (given === null) return parts_.every((v) => v === null);
    return Decimal.isDecimal(given) && given.equals(sum(parts_));
  };
  const ok = t.rows.every((r) => parts.every((j) => money(r.values[j])) && adds(r));
  return ok ? { parts, total } : undefined;
}

function roundMeasures(t: MeasureTable, step: Decimal): MeasureTable | undefined {
  const cols = sumColumns(t);
  if (cols === undefined) return undefined;
  const totals = t.rows.filter((r) => r.role === 'total');
  const last = t.rows[t.rows.length - 1];
  if (totals.length > 1 || (totals.length === 1 && totals[0] !== last)) return undefined;
  const body = totals.length === 1 ? t.rows.slice(0, -1) : t.rows;
  const cell = (r: MeasureRow, j: number): Decimal | null => r.values[j] as Decimal | null;
  if (last !== undefined && totals.length === 1 && ![...cols.parts, cols.total].every((j) => cell(last, j)?.equals(sum(body.map((r) => cell(r, j)))) === true)) return undefined;
  const r = controlledRound(body.map((row) => cols.parts.map((j) => cell(row, j))), { step });
  const place = (row: MeasureRow, parts: readonly (Decimal | null)[], total: Decimal): MeasureRow => {
    const values = [...row.values];
    cols.parts.forEach((j, k) => (values[j] = parts[k] ?? null));
    values[cols.total] = row.values[cols.total] === null ? null : total;
    return { ...row, values };
  };
  const rows = body.map((row, i) => place(row, r.cells[i]!, r.rowTotals[i]!));
  if (totals.length === 1) rows.push(place(last!, r.columnTotals, r.grandTotal));
  return { ...t, rows };
}

/** Every money value of a table, to tell whether rounding changed it and whether it has money at all. */
function moneyValues(t: ReportTable): Decimal[] {
  if (t.kind === 'pivot') return t.measure === 'money' ? [...t.rows.flatMap((r) => [...r.values, r.total]), ...t.columnTotals, t.grandTotal].filter((v): v is Decimal => v !== null) : [];
  if (t.kind === 'measures') return t.rows.flatMap((r) => r.values.filter((v, j): v is Decimal => t.columns[j]!.kind === 'money' && Decimal.isDecimal(v)));
  return [];
}

/**
 * One table as the formats for people show it with money to `decimals` digits in `unit` (see
 * {@link DisplayRounding}): rounded, or the table itself where it is left exact or has no money to round.
 */
export function roundTableForDisplay(table: ReportTable, unit: MoneyUnit, decimals: number): { table: ReportTable; exact: boolean } {
  const step = displayStep(unit, decimals);
  const values = moneyValues(table);
  if (values.every((v) => v.mod(step).isZero())) return { table, exact: false };
  const rounded = table.kind === 'pivot' ? roundPivot(table, step) : table.kind === 'measures' ? roundMeasures(table, step) : table;
  return rounded === undefined ? { table, exact: true } : { table: rounded, exact: false };
}

/**
 * Every table of a report (or one table) as the formats for people show it with money to `decimals`
 * digits in `unit`, with whether any figure changed and which tables were left exact.
 */
export function roundForDisplay(tables: readonly ReportTable[], unit: MoneyUnit, decimals: number): DisplayRounding {
  const exact: string[] = [];
  let changed = false;
  const out = tables.map((t) => {
    const r = roundTableForDisplay(t, unit, decimals);
    if (r.exact) exact.push(t.title);
    if (r.table !== t && !same(moneyValues(r.table), moneyValues(t))) changed = true;
    return r.table;
  });
  return { tables: out, changed, exact };
}

/** The note a report for people carries when its money is rounded for display. */
export function displayRoundingNotes(unit: MoneyUnit, decimals: number, result: DisplayRounding): string[] {
  const places = `${decimals} decimal place${decimals === 1 ? '' : 's'}`;
  const notes = result.changed ? [`Money is shown to ${places} in ${unit}, rounded so that every total is the sum of the figures shown; exact figures are in the CSV and JSON.`] : [];
  if (result.exact.length > 0) notes.push(`Shown exact, since their figures are not plain sums (rounding them one by one would break how they follow from each other): ${result.exact.join('; ')}.`);
  return notes;
}
