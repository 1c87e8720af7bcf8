import type { Decimal } from '../money/index.js';
import type { Partner } from './types.js';

/**
 * A partner's value of a metric for a year index: the value stated for that year, or the value stated
 * once (which applies to every year); `undefined` where neither is stated.
 *
 * @param partner - the partner, as parsed
 * @param metric - the metric's name
 * @param year - the year index (0 for the scenario's first year; -1 the year before)
 * @returns the value, or undefined
 *
 * @example
 * ```ts
 * const p: Partner = { id: 'a', name: 'A', metrics: new Map(), metricsByYear: new Map([['calls', new Map([[0, new Decimal(120)]])]]) };
 * driverValueOf(p, 'calls', 0)?.toString();
 * //=> '120'
 * driverValueOf(p, 'calls', 1);
 * //=> undefined
 * ```
 */
export function driverValueOf(partner: Partner, metric: string, year: number): Decimal | undefined {
  return partner.metricsByYear.get(metric)?.get(year) ?? partner.metrics.get(metric);
}

/**
 * The year indexes (inclusive) a rule may read driver values from: the scenario's years, and the years
 * before them for which any partner states a metric by year (last year's actuals for the first year).
 * A value stated once applies within this range only.
 *
 * @param partners - the partners, as parsed
 * @param years - how many years the scenario covers
 * @returns the first and last year index
 *
 * @example
 * ```ts
 * const p: Partner = { id: 'a', name: 'A', metrics: new Map(), metricsByYear: new Map([['calls', new Map([[-1, new Decimal(90)]])]]) };
 * driverYearsOf([p], 3);
 * //=> { first: -1, last: 2 }
 * ```
 */
export function driverYearsOf(partners: readonly Partner[], years: number): { first: number; last: number } {
  let first = 0;
  for (const p of partners) for (const byYear of p.metricsByYear.values()) for (const y of byYear.keys()) first = Math.min(first, y);
  return { first, last: years - 1 };
}
