import { Decimal } from '../../money/index.js';
import { driverYearOf, exactSplit, metricsOf, readsFteRemoved } from './_exact.js';
import { periodsOf, yearBounds } from './_periods.js';
import type { TimeInput } from './input.js';

/**
 * A problem with a schedule, as data: which step, year (index) and partner (index) it concerns, so a
 * reader can name the input path it came from. The kinds are a closed list.
 *
 * @example
 * ```ts
 * const problem: ScheduleProblem = { kind: 'missing-driver-value', step: 0, year: 1, partner: 2, metric: 'calls', driverYear: 0 };
 * ```
 */
export type ScheduleProblem =
  /** A member partner has no value of a metric the step reads, in the year it reads. */
  | { readonly kind: 'missing-driver-value'; readonly step: number; readonly year: number; readonly partner: number; readonly metric: string; readonly driverYear: number }
  /** A step reads a year for which no driver values may be stated. */
  | { readonly kind: 'driver-year-outside'; readonly step: number; readonly year: number; readonly driverYear: number }
  /** A step splits by FTE removed, which is not known for the year it reads. */
  | { readonly kind: 'missing-fte-removed'; readonly step: number; readonly year: number; readonly driverYear: number }
  /** Two steps start on the same day ("overlapping rules"). */
  | { readonly kind: 'overlapping-rules'; readonly step: number }
  /** A step starts before the step listed ahead of it. */
  | { readonly kind: 'steps-out-of-order'; readonly step: number }
  /** A step's stated prior shares do not add up to exactly 1. */
  | { readonly kind: 'prior-not-whole'; readonly step: number }
  /** A step starts after the last year ends. */
  | { readonly kind: 'step-after-last-year'; readonly step: number }
  /** Some of the years have no rule: the schedule is empty or its first step starts after 1 April of the first year. */
  | { readonly kind: 'no-rule'; readonly year: number }
  /** A partner joins after it leaves. */
  | { readonly kind: 'join-after-leave'; readonly partner: number }
  /** Part of a year has no members at all. */
  | { readonly kind: 'no-members'; readonly step: number; readonly year: number }
  /** The members' weights are all zero, so there is nothing to split by. */
  | { readonly kind: 'all-zero-weights'; readonly step: number; readonly year: number };

/**
 * Every problem with a schedule at once (none: an empty list). {@link splitYears} refuses a schedule
 * with any. A problem is reported once per step and year (and partner, for a missing value).
 *
 * @param input - the schedule, memberships and drivers
 * @returns the problems, in the order the schedule, the memberships and then the years meet them
 *
 * @example
 * ```ts
 * checkSchedule({ partners: [{ id: 'a' }], firstYear: 2021, years: 1, schedule: [] });
 * //=> [{ kind: 'no-rule', year: 0 }]
 * ```
 */
export function checkSchedule(input: TimeInput): ScheduleProblem[] {
  const out: ScheduleProblem[] = [];
  const seen = new Set<string>();
  const once = (p: ScheduleProblem): void => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  const lastEnd = yearBounds(input, input.years - 1).end;
  input.schedule.forEach((s, i) => {
    const before = input.schedule[i - 1];
    if (before !== undefined && s.from === before.from) once({ kind: 'overlapping-rules', step: i });
    if (before !== undefined && s.from < before.from) once({ kind: 'steps-out-of-order', step: i });
    if (s.from >= lastEnd) once({ kind: 'step-after-last-year', step: i });
    const prior = s.rule.kind === 'shares' ? undefined : s.rule.prior;
    if (prior !== undefined && ![...prior.values()].reduce((a, b) => a.plus(b), new Decimal(0)).equals(1)) once({ kind: 'prior-not-whole', step: i });
  });
  input.memberships?.forEach((m, j) => {
    if (m?.from !== undefined && m.until !== undefined && m.from > m.until) once({ kind: 'join-after-leave', partner: j });
  });
  const range = input.driverYears ?? { first: 0, last: input.years - 1 };
  for (let year = 0; year < input.years; year++) {
    for (const p of periodsOf(input, year)) {
      if (p.step === -1) {
        once({ kind: 'no-rule', year });
        continue;
      }
      const step = input.schedule[p.step]!;
      if (p.members.length === 0) {
        once({ kind: 'no-members', step: p.step, year });
        continue;
      }
      const driverYear = driverYearOf(step, year);
      if (driverYear < range.first || driverYear > range.last) {
        once({ kind: 'driver-year-outside', step: p.step, year, driverYear });
        continue;
      }
      let readable = true;
      for (const metric of metricsOf(step.rule)) {
        for (const partner of p.members) {
          if (input.drivers?.(partner, metric, driverYear) === undefined) {
            once({ kind: 'missing-driver-value', step: p.step, year, partner, metric, driverYear });
            readable = false;
          }
        }
      }
      if (readsFteRemoved(step.rule) && input.fteRemoved?.(driverYear) === undefined) {
        once({ kind: 'missing-fte-removed', step: p.step, year, driverYear });
        readable = false;
      }
      if (readable && exactSplit(input, p.step, year, p.members).exact.total === 0n) once({ kind: 'all-zero-weights', step: p.step, year });
    }
  }
  return out;
}
