import { fromPounds, type Decimal, type MoneyUnit } from '../money/index.js';
import { assertNever } from '../errors/index.js';
import type { Measure } from '../model/index.js';
import { largest } from './_largest.js';

/**
 * How cells are written: for people (as papers print them: plain figures grouped in thousands, the unit in
 * the title, negatives in brackets or with a minus) or as plain numbers for data tools.
 */
export type CellStyle = 'display' | 'plain';

/** How a negative is written for people: in brackets, `(2,890)`, or with a minus sign, `-2,890`. */
export type Negatives = 'brackets' | 'minus';

/** What a renderer needs to write a cell: the unit and the decimals, resolved from options and report. */
export interface CellContext {
  readonly unit: MoneyUnit;
  readonly decimals: number;
  readonly fteDecimals: number;
  /** How a cell for people writes a negative. @defaultValue `'brackets'` */
  readonly negatives?: Negatives;
}

/** Digits after the point that show `value` exactly, and at least `min`. Never rounds a value away. */
function places(value: Decimal, min: number): number {
  return Math.max(min, value.decimalPlaces());
}

/** A plain number: exact, a minus sign for negatives, never `-0`. */
export function plainNumber(value: Decimal, min: number): string {
  const text = value.toFixed(places(value, min));
  return value.isZero() ? text.replace(/^-/, '') : text;
}

/** Digits grouped in thousands with commas: `1234567.5` → `1,234,567.5`. */
function grouped(digits: string): string {
  const [whole = '', fraction] = digits.split('.');
  const body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? body : `${body}.${fraction}`;
}

/**
 * A figure for people, as papers print it: exact to `min` decimals or more, grouped in thousands, no
 * unit (the table's title or heading carries it), a negative in brackets or with a minus sign, never
 * `-0`. Every cell for people (money, FTE, headcount) is written by this one function.
 */
export function displayNumber(value: Decimal, min: number, negatives: Negatives = 'brackets'): string {
  const text = grouped(value.abs().toFixed(places(value, min)));
  if (!value.isNegative() || value.isZero()) return text;
  return negatives === 'brackets' ? `(${text})` : `-${text}`;
}

/**
 * One cell: money (given in pounds) in the context's unit, or a count. Exact always: decimals are a
 * minimum, never a rounding.
 */
export function cellText(value: Decimal, measure: Measure, ctx: CellContext, style: CellStyle): string {
  const shown = measure === 'money' ? fromPounds(value, ctx.unit) : value;
  const min = measure === 'money' ? ctx.decimals : measure === 'fte' ? ctx.fteDecimals : 0;
  return style === 'plain' ? plainNumber(shown, min) : displayNumber(shown, min, ctx.negatives);
}

/**
 * A share of a whole (`0.4499`) for people, as a percentage exact to the places it needs (`44.99%`), a
 * negative written as `negatives` says; data formats keep the fraction itself.
 */
export function shareText(value: Decimal, negatives: Negatives = 'brackets'): string {
  return `${displayNumber(value.times(100), 0, negatives)}%`;
}

/**
 * The context raised so that every value of one table prints exactly with the same number of decimals
 * (a column of `0.501` and `0.5` prints `0.500`).
 */
export function tableContext(values: readonly Decimal[], measure: Measure, ctx: CellContext): CellContext {
  const needed = values.map((v) => (measure === 'money' ? fromPounds(v, ctx.unit) : v).decimalPlaces());
  const most = largest(needed, 0);
  return measure === 'money' ? { ...ctx, decimals: Math.max(ctx.decimals, most) } : { ...ctx, fteDecimals: Math.max(ctx.fteDecimals, most) };
}

/** The unit a table's values are in, for its title and for JSON. */
export function unitLabel(measure: Measure, unit: MoneyUnit): string {
  switch (measure) {
    case 'money':
      return unit;
    case 'fte':
      return 'FTE';
    case 'headcount':
      return 'headcount';
    default:
      return assertNever(measure, 'measure');
  }
}

/** Whether summing along a dimension means anything: positions (starting, closing, change) do not add. */
export function additive(dimension: string): boolean {
  return dimension !== 'position';
}

/** The heading of a table's row labels, from its row dimension. */
export function dimensionHeading(dimension: string): string {
  return dimension === '' ? '' : dimension[0]!.toUpperCase() + dimension.slice(1);
}
