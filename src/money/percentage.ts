import { ErrorCode, InputError, issueWithText } from '../errors/index.js';
import type { AmountInput } from './decimal.js';
import { Decimal } from './decimal.js';
import { toDecimal } from './amount.js';
import { scaledBigInt, fromScaledBigInt } from './_integers.js';

/**
 * Options for {@link percentage}.
 *
 * @example
 * ```ts
 * const options: PercentageOptions = { decimals: 0 };
 * ```
 */
export interface PercentageOptions {
  /**
   * Digits after the point of the percentage; rounding is half-up (away from zero at exactly half),
   * computed exactly.
   * @defaultValue 2
   */
  readonly decimals?: number;
}

/**
 * `part` as a percentage of `whole`, rounded exactly (in integer arithmetic, never through a rounded
 * quotient) to the stated decimals. Used for budget context: a reduction as a share of controllable
 * expenditure or of FTE.
 *
 * @param part - the reduction, saving or count
 * @param whole - what it is a percentage of; must not be zero
 * @param options - decimals of the result
 * @returns the percentage (e.g. `1.07` for 1.07%)
 * @throws {@link InputError} with code `E_AMOUNT` when `whole` is zero
 *
 * @example
 * ```ts
 * percentage('185', '17317').toString();
 * //=> '1.07'
 * percentage('185', '17317', { decimals: 0 }).toString();
 * //=> '1'
 * ```
 */
export function percentage(part: AmountInput, whole: AmountInput, options: PercentageOptions = {}): Decimal {
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new InputError(issueWithText(ErrorCode.OPTION, ['decimals'], 'a whole number from 0 to 20', String(decimals)));
  }
  const p = toDecimal(part, 'part');
  const w = toDecimal(whole, 'whole');
  if (w.isZero()) throw new InputError(issueWithText(ErrorCode.AMOUNT, ['whole'], 'a non-zero amount', '0'));
  const places = Math.max(p.decimalPlaces(), w.decimalPlaces());
  // percent × 10^decimals = part × 100 × 10^decimals / whole, rounded half away from zero.
  let numerator = scaledBigInt(p, places) * 100n * 10n ** BigInt(decimals);
  let denominator = scaledBigInt(w, places);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  if ((n - q * denominator) * 2n >= denominator) q += 1n;
  return fromScaledBigInt(negative ? -q : q, decimals).plus(new Decimal(0));
}
