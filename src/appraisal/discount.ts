import { Decimal } from '../money/index.js';

/**
 * HM Treasury Green Book long-term discount schedule, as reductions of the standard rate: the standard
 * rate to year 30, then 3.0% for years 31–75 and 2.5% for 76–125 when the standard 3.5% is used. When a
 * different rate is given, the later steps fall by the same 0.5 and 1.0 points (never below zero).
 */
const STEPS: readonly { readonly from: number; readonly less: string }[] = [
  { from: 31, less: '0.005' },
  { from: 76, less: '0.01' },
];

/**
 * The discount rate that applies in year `t` (year 0 is the first, undiscounted year).
 *
 * @example
 * ```ts
 * rateInYear(new Decimal('0.035'), 40).toString();
 * //=> '0.03'
 * ```
 */
export function rateInYear(rate: Decimal, t: number): Decimal {
  let r = rate;
  for (const step of STEPS) if (t >= step.from) r = rate.minus(step.less);
  return Decimal.max(r, 0);
}

/**
 * Discount factors for years 0 … n−1: year 0 is undiscounted; each later year divides by (1 + r) for the
 * rate of that year. Factors are exact to the library's 80 significant digits; money is rounded only
 * when a present value is stated.
 *
 * @example
 * ```ts
 * discountFactors(new Decimal('0.035'), 2)[1].toFixed(6);
 * //=> '0.966184'
 * ```
 */
export function discountFactors(rate: Decimal, n: number): Decimal[] {
  const out: Decimal[] = [];
  let f = new Decimal(1);
  for (let t = 0; t < n; t++) {
    if (t > 0) f = f.dividedBy(new Decimal(1).plus(rateInYear(rate, t)));
    out.push(f);
  }
  return out;
}
