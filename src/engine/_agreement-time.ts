/**
 * What the time kernel needs to split an agreement's years: the partners in scenario order, the years,
 * the agreement's schedule, each partner's membership and its driver values by year, read as the
 * scenario's checks read them (so a schedule they accept is one the kernel can split).
 */
import type { TimeInput } from '../attribution/index.js';
import { driverValueOf, driverYearsOf, type Agreement, type Scenario } from '../model/index.js';

/** The calendar year a financial year label starts in: 2021 for "2021/22". */
export function startYearOf(label: string): number {
  return Number(label.slice(0, 4));
}

/** The kernel's input for one agreement, with the tie order the scenario states. */
export function agreementTimeInput(scenario: Scenario, agreement: Agreement, rank: readonly number[]): TimeInput {
  const partners = scenario.partners;
  const years = scenario.settings.years.length;
  return {
    partners: partners.map((p) => ({ id: p.id })),
    firstYear: startYearOf(scenario.settings.firstYear),
    years,
    schedule: agreement.schedule,
    memberships: partners.map((p) => p.membership),
    drivers: (j, metric, year) => driverValueOf(partners[j]!, metric, year),
    driverYears: driverYearsOf(partners, years),
    rank,
  };
}
