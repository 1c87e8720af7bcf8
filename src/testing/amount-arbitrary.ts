import fc from 'fast-check';
import { Decimal } from '../money/index.js';
import { scaled, times } from './_scaled.js';

/**
 * Options for {@link amountArbitrary}.
 *
 * @example
 * ```ts
 * const options: AmountArbitraryOptions = { quantum: '0.001', min: '0', max: '10' };
 * ```
 */
export interface AmountArbitraryOptions {
  /** Every amount is a whole number of this quantum. @defaultValue `'0.01'` */
  readonly quantum?: string;
  /** The smallest amount. @defaultValue `'-1000000'` */
  readonly min?: string;
  /** The largest amount. @defaultValue `'1000000'` */
  readonly max?: string;
}

/**
 * Decimal amounts as strings, each a whole number of `quantum` between `min` and `max` (inclusive). Built
 * from `fc.bigInt` and the quantum's scale, so values are exact and shrink towards zero (or the bound
 * nearest it).
 *
 * @param options - quantum and bounds, as decimal strings
 * @returns an arbitrary of decimal strings such as `'1234.56'`
 * @throws `RangeError` when no whole number of quanta lies between `min` and `max`
 *
 * @example
 * ```ts
 * fc.sample(amountArbitrary({ quantum: '0.25', min: '0', max: '2' }), 3);
 * //=> e.g. ['1.75', '0.00', '0.50']
 * ```
 */
export function amountArbitrary(options: AmountArbitraryOptions = {}): fc.Arbitrary<string> {
  const quantum = options.quantum ?? '0.01';
  const q = new Decimal(quantum);
  if (!q.isPositive() || q.isZero()) throw new RangeError(`amountArbitrary: quantum must be positive, got ${quantum}`);
  const lo = new Decimal(options.min ?? '-1000000').dividedBy(q).ceil();
  const hi = new Decimal(options.max ?? '1000000').dividedBy(q).floor();
  if (lo.greaterThan(hi)) throw new RangeError(`amountArbitrary: no multiple of ${quantum} between ${options.min} and ${options.max}`);
  const qs = scaled(quantum);
  return fc.bigInt({ min: BigInt(lo.toFixed(0)), max: BigInt(hi.toFixed(0)) }).map((k) => times(qs, k));
}
