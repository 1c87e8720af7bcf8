import { formatMoney, fromPounds, type Decimal, type MoneyUnit } from '../money/index.js';
import { assertNever } from '../errors/index.js';
import type { Measure } from '../model/index.js';
import { largest } from './_largest.js';

/** How cells are written: for people (£ signs, grouping, negatives in parentheses) or as plain numbers. */
export type CellStyle = 'display' | 'plain';

/** What a renderer needs to write a cell: the unit and the decimals, resolved from options and report. */
export interface CellContext {
  readonly unit: MoneyUnit;
  readonly decimals: number;
  readonly fteDecimals: number;
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

/** A count (FTE, headcount) for people: negatives in parentheses, as councils print them. */
function displayCount(value: Decimal, min: number): string {
  const text = value.abs().toFixed(places(value, min));
  return value.isNegative() && !value.isZero() ? `(${text})` : text;
}

/**
 * One cell: money (given in pounds) in the context's unit, or a count. Exact always: decimals are a
 * minimum, never a rounding.
 */
export function cellText(value: Decimal, measure: Measure, ctx: CellContext, style: CellStyle): string {
  if (measure === 'money') {
    const inUnit = fromPounds(value, ctx.unit);
    return style === 'plain' ? plainNumber(inUnit, ctx.decimals) : formatMoney(value, { unit: ctx.unit, decimals: places(inUnit, ctx.decimals) });
  }
  const min = measure === 'fte' ? ctx.fteDecimals : 0;
  return style === 'plain' ? plainNumber(value, min) : displayCount(value, min);
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
