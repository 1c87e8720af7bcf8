/**
 * Cutting a financial year into periods: a new period starts on 1 April, on every step's first day and
 * on every day membership changes (a join, or the day after a leave), so within a period neither the
 * rule nor the members change.
 */
import { financialYearStart, type Day } from './days.js';
import type { ScheduleInput } from './schedule-input.js';
import type { Membership, ScheduleStep } from './types.js';

/**
 * A stretch of days within a financial year over which the schedule's step and the members do not change.
 *
 * @example
 * ```ts
 * const period: Period = { from: financialYearStart(2021), until: financialYearStart(2022) - 1, days: 365, step: 0, members: [0, 1] };
 * ```
 */
export interface Period {
  /** The first day of the period. */
  readonly from: Day;
  /** The last day of the period (inclusive). */
  readonly until: Day;
  /** How many days the period has. */
  readonly days: number;
  /** The index of the schedule step in effect; -1 where no step has started yet. */
  readonly step: number;
  /** The partner indexes that are members throughout the period, in partner order. */
  readonly members: readonly number[];
}

/** Whether a partner is a member on a day (both ends of a membership count). */
function isMember(m: Membership | undefined, day: Day): boolean {
  return (m?.from === undefined || m.from <= day) && (m?.until === undefined || day <= m.until);
}

/**
 * The step in effect on a day: the one with the latest `from` on or before it (the later entry on a
 * tie). Read this way rather than by list position so that an out-of-order schedule still gives
 * periods that checkSchedule can report on.
 */
function stepOn(schedule: readonly ScheduleStep[], day: Day): number {
  let best = -1;
  schedule.forEach((s, i) => {
    if (s.from <= day && (best === -1 || s.from >= schedule[best]!.from)) best = i;
  });
  return best;
}

/**
 * The periods of one financial year, in date order: a new one on 1 April, on each step's first day and
 * on each change of membership. Their days add up to the year's.
 *
 * @param input - the schedule and memberships (drivers are not read)
 * @param year - the year index (0 for the first year)
 * @returns the periods, each with its step and members
 *
 * @example
 * ```ts
 * const periods = yearPeriods({ partners: [{ id: 'a' }, { id: 'b' }], firstYear: 2022, years: 1, schedule: [{ from: financialYearStart(2022), rule: { kind: 'equal' } }], memberships: [undefined, { from: dayFromDate(2022, 10, 3) }] }, 0);
 * periods.map((p) => [dateFromDay(p.from), p.days, p.members]);
 * //=> [['2022-04-01', 185, [0]], ['2022-10-03', 180, [0, 1]]]
 * ```
 */
export function yearPeriods(input: ScheduleInput, year: number): Period[] {
  const start = financialYearStart(input.firstYear + year);
  const end = financialYearStart(input.firstYear + year + 1);
  const cuts = new Set<Day>([start]);
  const inside = (d: Day | undefined): void => {
    if (d !== undefined && d > start && d < end) cuts.add(d);
  };
  for (const s of input.schedule) inside(s.from);
  for (const m of input.memberships ?? []) {
    inside(m?.from);
    if (m?.until !== undefined) inside(m.until + 1);
  }
  const starts = [...cuts].sort((a, b) => a - b);
  return starts.map((from, k) => {
    const next = starts[k + 1] ?? end;
    const members = input.partners.flatMap((_, j) => (isMember(input.memberships?.[j], from) ? [j] : []));
    return { from, until: next - 1, days: next - from, step: stepOn(input.schedule, from), members };
  });
}
