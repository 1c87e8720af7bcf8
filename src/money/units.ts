import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { toDecimal } from './amount.js';

/**
 * The units council papers state money in: pounds, thousands of pounds, millions of pounds.
 *
 * @example
 * ```ts
 * const unit: MoneyUnit = '£000';
 * ```
 */
export type MoneyUnit = '£' | '£000' | '£m';

/**
 * Every unit, in ascending size.
 *
 * @example
 * ```ts
 * MONEY_UNITS.includes('£m');
 * //=> true
 * ```
 */
export const MONEY_UNITS: readonly MoneyUnit[] = ['£', '£000', '£m'];

const SCALE: Readonly<Record<MoneyUnit, number>> = { '£': 0, '£000': 3, '£m': 6 };

// Exact powers of ten for the units' exponents, made once (a conversion is made per printed figure).
const POWERS_OF_TEN: Readonly<Record<number, Decimal>> = { 3: new Decimal(1000), 6: new Decimal(1_000_000) };

/**
 * How many pounds one of the unit is, as a power of ten (0, 3, 6).
 *
 * @param unit - the unit
 * @returns the exponent of ten
 *
 * @example
 * ```ts
 * unitExponent('£000');
 * //=> 3
 * ```
 */
export function unitExponent(unit: MoneyUnit): number {
  // Own keys only: names such as "toString" or "__proto__" must not reach Object.prototype.
  const e = Object.hasOwn(SCALE, unit) ? SCALE[unit] : undefined;
  if (e === undefined) throw new InputError(makeIssue(ErrorCode.OPTION, ['unit'], 'one of £, £000, £m', unit));
  return e;
}

/**
 * Converts an amount stated in a unit to pounds, exactly (a shift of the decimal point).
 *
 * @param amount - the amount as stated
 * @param unit - the unit it was stated in
 * @returns the amount in pounds
 *
 * @example
 * ```ts
 * toPounds('1.314', '£m').toString();
 * //=> '1314000'
 * ```
 */
export function toPounds(amount: AmountInput, unit: MoneyUnit): Decimal {
  const exponent = unitExponent(unit);
  const d = toDecimal(amount, 'amount');
  // d holds at most 40 significant digits (toDecimal's bound), so times(1) would give d's own value back.
  return exponent === 0 ? d : d.times(POWERS_OF_TEN[exponent] ?? new Decimal(10).pow(exponent));
}

/**
 * Converts pounds to an amount in a unit, exactly; `fromPounds(toPounds(x, u), u)` equals `x`.
 *
 * @param pounds - the amount in pounds
 * @param unit - the unit wanted
 * @returns the amount in that unit, unrounded
 *
 * @example
 * ```ts
 * fromPounds('185000', '£000').toString();
 * //=> '185'
 * ```
 */
export function fromPounds(pounds: AmountInput, unit: MoneyUnit): Decimal {
  const exponent = unitExponent(unit);
  const d = toDecimal(pounds, 'pounds');
  return exponent === 0 ? d : d.dividedBy(POWERS_OF_TEN[exponent] ?? new Decimal(10).pow(exponent));
}
