/**
 * What the time kernel needs to split a schedule's years (an agreement's, a savings line's or a one-off
 * cost's): the partners in scenario order, the years, the schedule, each partner's membership and its
 * driver values by year, read as the scenario's checks read them (so a schedule they accept is one the
 * kernel can split).
 */
import type { TimeInput } from '../attribution/index.js';
import { driverValueOf, driverYearsOf, startYearOf, type ScheduleStep, type Scenario } from '../model/index.js';

/** The kernel's input for one schedule, with the tie order that applies to it. */
export function timeInput(scenario: Scenario, schedule: readonly ScheduleStep[], rank: readonly number[]): TimeInput {
  const partners = scenario.partners;
  const years = scenario.settings.years.length;
  return {
    partners: partners.map((p) => ({ id: p.id })),
    firstYear: startYearOf(scenario.settings.firstYear),
    years,
    schedule,
    memberships: partners.map((p) => p.membership),
    drivers: (j, metric, year) => driverValueOf(partners[j]!, metric, year),
    driverYears: driverYearsOf(partners, years),
    rank,
  };
}
