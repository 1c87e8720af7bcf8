import { Decimal } from '../../money/index.js';

/**
 * An amount as a workbook holds it: a number, or, for an amount no spreadsheet number holds exactly,
 * the exact figure as text (right-aligned, so it reads as a figure). Never a rounded number.
 */
export type SheetAmount = number | string;

/**
 * An exact decimal at the boundary of the workbook.
 *
 * A spreadsheet holds an IEEE double, so each value is written as `Number(d.toFixed(dp))` when that
 * double's shortest decimal form is the value itself (true of anything up to 15 significant digits).
 * A value beyond that (a scenario may state amounts of up to 27 significant digits, which every other
 * format prints exactly) is written as its exact text instead: a number would round it in silence.
 *
 * @param value - the exact value, in the unit the sheet shows
 * @param dp - digits after the point; at least the value's own, so `toFixed` never rounds
 * @returns the number (`0`, never `-0`, for zero), or the exact text
 */
export function sheetNumber(value: Decimal, dp: number): SheetAmount {
  const text = value.toFixed(Math.max(dp, value.decimalPlaces()));
  const n = Number(text);
  if (!Number.isFinite(n) || !new Decimal(String(n)).equals(value)) return text;
  return n === 0 ? 0 : n;
}

/**
 * Whether every amount of a table is a spreadsheet number. A SUM over a figure written as text would
 * leave it out, so a table that holds one writes its totals as figures, never as formulas.
 */
export function allNumbers(values: readonly Decimal[], dp: number): boolean {
  return values.every((v) => typeof sheetNumber(v, dp) === 'number');
}

const digits = (dp: number): string => (dp > 0 ? `.${'0'.repeat(dp)}` : '');

/**
 * The number format of money in a unit: `"£"#,##0.00` for pounds, `#,##0` under a `£000` heading,
 * `"£"#,##0.000"m"` for millions; negatives in parentheses, as councils print them.
 */
export function moneyFormat(unit: string, dp: number): string {
  const n = `#,##0${digits(dp)}`;
  if (unit === '£000') return `${n};(${n})`;
  const body = unit === '£m' ? `"£"${n}"m"` : `"£"${n}`;
  return `${body};(${body})`;
}

/** The number format of a count (FTE, headcount, a percentage figure): grouped, negatives in parentheses. */
export function countFormat(dp: number): string {
  const n = `#,##0${digits(dp)}`;
  return `${n};(${n})`;
}

/** A percentage as the views state it (`1.07` is 1.07%): a literal `%`, not Excel's scaling by 100. */
export function percentFormat(dp: number): string {
  const n = `#,##0${digits(dp)}"%"`;
  return `${n};(${n})`;
}

/** The format for values in a unit named by a published figure (`£`, `£000`, `£m`, `fte`, …). */
export function unitFormat(unit: string, dp: number): string {
  return unit === '£' || unit === '£000' || unit === '£m' ? moneyFormat(unit, dp) : countFormat(dp);
}

/** A column's letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A SUM formula over a rectangle of cells, rows and columns from 1: `SUM(B5:D5)`. */
export function sumFormula(row1: number, col1: number, row2: number, col2: number): string {
  return `SUM(${columnLetters(col1)}${row1}:${columnLetters(col2)}${row2})`;
}
