/**
 * Cutting a financial year into periods: a new period starts on 1 April, on every step's first day and
 * on every day membership changes (a join, or the day after a leave), so within a period neither the
 * rule nor the members change.
 */
import { financialYearStart, type Day } from '../../model/index.js';
import type { Membership, ScheduleStep } from '../../model/index.js';
import type { TimeInput } from './input.js';

/** A period before its split is worked out. `step` is -1 where no step has started yet. */
export interface RawPeriod {
  readonly from: Day;
  readonly until: Day;
  readonly days: number;
  readonly step: number;
  readonly members: readonly number[];
}

/** A year's first day and the first day of the next year (exclusive end). */
export function yearBounds(input: TimeInput, year: number): { start: Day; end: Day } {
  return { start: financialYearStart(input.firstYear + year), end: financialYearStart(input.firstYear + year + 1) };
}

/** Whether a partner is a member on a day (both ends of a membership count). */
export function isMember(m: Membership | undefined, day: Day): boolean {
  return (m?.from === undefined || m.from <= day) && (m?.until === undefined || day <= m.until);
}

/**
 * The step in effect on a day: the one with the latest `from` on or before it (the later entry on a
 * tie). Read this way rather than by list position so that an out-of-order schedule still gives
 * periods that checkSchedule can report on.
 */
export function stepOn(schedule: readonly ScheduleStep[], day: Day): number {
  let best = -1;
  schedule.forEach((s, i) => {
    if (s.from <= day && (best === -1 || s.from >= schedule[best]!.from)) best = i;
  });
  return best;
}

/** The periods of one year, in date order; their days add up to the year's. */
export function periodsOf(input: TimeInput, year: number): RawPeriod[] {
  const { start, end } = yearBounds(input, year);
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
