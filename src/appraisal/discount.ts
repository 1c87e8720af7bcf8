import { Decimal } from '../money/index.js';
import { scheduleForRate, type DiscountSchedule } from './discount-schedule.js';

/** A schedule, or a bare rate read as {@link scheduleForRate} reads it. */
const asSchedule = (s: Decimal | DiscountSchedule): DiscountSchedule => (Decimal.isDecimal(s) ? scheduleForRate(s) : s);

/**
 * The discount rate that applies in year `t` (year 0 is the first, undiscounted year): the rate of the
 * schedule's last step from `t` or earlier. A bare rate stands for a schedule: 3.5% the Green Book's
 * standard, 1.5% its reduced, any other rate flat.
 *
 * @param schedule - a schedule from {@link discountSchedule}, or a bare rate
 * @param t - the year, 0 for the first
 * @returns the rate of year `t`
 *
 * @example
 * ```ts
 * rateInYear(new Decimal('0.035'), 31).toString();
 * //=> '0.03'
 * rateInYear(new Decimal('0.05'), 31).toString();
 * //=> '0.05'
 * ```
 */
export function rateInYear(schedule: Decimal | DiscountSchedule, t: number): Decimal {
  const { steps } = asSchedule(schedule);
  let r = steps[0]!.rate;
  for (const step of steps) if (t >= step.fromYear) r = step.rate;
  return r;
}

/**
 * Discount factors for years 0 … n−1: year 0 is undiscounted; the factor of year t is the product over
 * years k = 1 … t of 1 / (1 + r_k), r_k being the rate of year k, so a step in the rate from year 31
 * first divides year 31 by the new rate (the standard schedule's year 30 is 1.035^−30 ≈ 0.3563 and its
 * year 31 that ÷ 1.03). Factors are exact to the library's 80 significant digits; money is rounded only
 * when a present value is stated.
 *
 * @param schedule - a schedule from {@link discountSchedule}, or a bare rate (3.5% the Green Book's
 *   standard schedule, 1.5% its reduced schedule, any other rate flat)
 * @param n - the number of years
 * @returns the factors of years 0 … n−1
 *
 * @example
 * ```ts
 * discountFactors(new Decimal('0.035'), 2)[1].toFixed(6);
 * //=> '0.966184'
 * ```
 */
export function discountFactors(schedule: Decimal | DiscountSchedule, n: number): Decimal[] {
  const s = asSchedule(schedule);
  const out: Decimal[] = [];
  let f = new Decimal(1);
  for (let t = 0; t < n; t++) {
    if (t > 0) f = f.dividedBy(new Decimal(1).plus(rateInYear(s, t)));
    out.push(f);
  }
  return out;
}
