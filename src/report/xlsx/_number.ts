import { Decimal } from '../../money/index.js';
import { ErrorCode, InputError, makeIssue, type InputPath } from '../../errors/index.js';

/**
 * An exact decimal as a spreadsheet number, at the boundary of the workbook.
 *
 * The workbook is for display and audit; the library's exact values are its Decimals (and the JSON
 * output). A spreadsheet holds an IEEE double, so each value is written as `Number(d.toFixed(dp))` and
 * kept only if that double's shortest decimal form is the value itself (true of anything up to 15
 * significant digits). A value the spreadsheet could not hold exactly is refused, never written rounded.
 *
 * @param value - the exact value, in the unit the sheet shows
 * @param dp - digits after the point; at least the value's own, so `toFixed` never rounds
 * @param path - where the value sits, for the error
 * @returns the number; `0`, never `-0`, for zero
 * @throws {@link InputError} (`E_AMOUNT`) for a value a spreadsheet number cannot hold exactly
 */
export function sheetNumber(value: Decimal, dp: number, path: InputPath): number {
  const text = value.toFixed(Math.max(dp, value.decimalPlaces()));
  const n = Number(text);
  if (!Number.isFinite(n) || !new Decimal(String(n)).equals(value)) {
    throw new InputError(makeIssue(ErrorCode.AMOUNT, path, 'an amount a spreadsheet number holds exactly (at most 15 significant digits); use the JSON or CSV output', text));
  }
  return n === 0 ? 0 : n;
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
