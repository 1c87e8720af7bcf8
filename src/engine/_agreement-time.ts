/**
 * What the time kernel needs to split an agreement's years: the partners in scenario order, the years,
 * the agreement's schedule, each partner's membership and its driver values by year.
 */
import type { TimeInput } from '../attribution/index.js';
import type { Agreement, Partner, Scenario } from '../model/index.js';

/** The calendar year a financial year label starts in: 2021 for "2021/22". */
export function startYearOf(label: string): number {
  return Number(label.slice(0, 4));
}

/**
 * A partner's value of a metric for a year index: the value stated for that year, or the value stated
 * once (which applies to every year). A metric is stated one way or the other, never both.
 */
export function driverValue(partner: Partner, metric: string, year: number): ReturnType<NonNullable<TimeInput['drivers']>> {
  return partner.metricsByYear.get(metric)?.get(year) ?? partner.metrics.get(metric);
}

/**
 * The year indexes driver values may be read from: the scenario's years, widened to any year stated
 * by year (a year before the first is stated as last year's actuals).
 */
function driverYears(scenario: Scenario): { first: number; last: number } {
  let first = 0;
  let last = scenario.settings.years.length - 1;
  for (const p of scenario.partners) {
    for (const byYear of p.metricsByYear.values()) {
      for (const y of byYear.keys()) {
        if (y < first) first = y;
        if (y > last) last = y;
      }
    }
  }
  return { first, last };
}

/** The kernel's input for one agreement, with the tie order the scenario states. */
export function agreementTimeInput(scenario: Scenario, agreement: Agreement, rank: readonly number[]): TimeInput {
  const partners = scenario.partners;
  return {
    partners: partners.map((p) => ({ id: p.id })),
    firstYear: startYearOf(scenario.settings.firstYear),
    years: scenario.settings.years.length,
    schedule: agreement.schedule,
    memberships: partners.map((p) => p.membership),
    drivers: (j, metric, year) => driverValue(partners[j]!, metric, year),
    driverYears: driverYears(scenario),
    rank,
  };
}
