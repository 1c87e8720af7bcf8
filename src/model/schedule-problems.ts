/**
 * The checks of a schedule against its memberships and drivers, made once: the reader maps each problem
 * to the input path it came from, and the time kernel refuses a schedule with any.
 */
import { assertNever } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { financialYearStart, type Day } from './days.js';
import { yearPeriods } from './periods.js';
import { usesFteRemoved } from './_rules.js';
import { driverYearOf, metricsOf } from './rule-reads.js';
import type { ScheduleInput } from './schedule-input.js';
import type { Rule } from './types.js';

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
  /** Part of a year has no members at all, from the day `from` (the first such day of the step and year). */
  | { readonly kind: 'no-members'; readonly step: number; readonly year: number; readonly from: Day }
  /** The members' weights are all zero, so there is nothing to split by (`members`: those of the first such period of the step and year). */
  | { readonly kind: 'all-zero-weights'; readonly step: number; readonly year: number; readonly members: readonly number[] };

/**
 * Whether a rule gives every member a weight of zero, read from the rule's inputs as ruleWeights reads
 * them: equal weighs each member 1; metric, shares and FTE removed weigh by the members' values; a blend
 * leaves out the parts whose weights are all zero. A part's own precision or prior is not consulted:
 * both keep a total above zero. Every value read must be stated.
 */
function weighsNothing(rule: Rule, input: ScheduleInput, members: readonly number[], driverYear: number): boolean {
  switch (rule.kind) {
    case 'equal':
      return members.length === 0;
    case 'metric':
      return members.every((j) => input.drivers?.(j, rule.metric, driverYear)?.isZero() ?? true);
    case 'shares':
      return members.every((j) => rule.shares.get(input.partners[j]!.id)?.isZero() ?? true);
    case 'fte-removed': {
      const fte = input.fteRemoved?.(driverYear);
      return members.every((j) => (fte?.[j] ?? 0n) === 0n);
    }
    case 'blend':
      return rule.parts.every((part) => part.weight.isZero() || weighsNothing(part.rule, input, members, driverYear));
    default:
      return assertNever(rule, 'attribution rule');
  }
}

/**
 * Every problem with a schedule at once (none: an empty list); splitYears refuses a schedule with any.
 * Each year is cut into periods ({@link yearPeriods}); a period must have a step and members, its step
 * must read a year with driver values, every member must state each metric read for that year, and the
 * members' weights must not all be zero. A problem is reported once per step and year (and partner,
 * for a missing value).
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
export function checkSchedule(input: ScheduleInput): ScheduleProblem[] {
  const out: ScheduleProblem[] = [];
  const seen = new Set<string>();
  const once = (p: ScheduleProblem): void => {
    // A period's first day and members say where, not what: the same problem in a later period is not new.
    const key = JSON.stringify({ ...p, from: undefined, members: undefined });
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  const lastEnd = financialYearStart(input.firstYear + input.years);
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
    for (const p of yearPeriods(input, year)) {
      if (p.step === -1) {
        once({ kind: 'no-rule', year });
        continue;
      }
      const step = input.schedule[p.step]!;
      if (p.members.length === 0) {
        once({ kind: 'no-members', step: p.step, year, from: p.from });
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
      if (usesFteRemoved(step.rule) && input.fteRemoved?.(driverYear) === undefined) {
        once({ kind: 'missing-fte-removed', step: p.step, year, driverYear });
        readable = false;
      }
      if (readable && weighsNothing(step.rule, input, p.members, driverYear)) once({ kind: 'all-zero-weights', step: p.step, year, members: p.members });
    }
  }
  return out;
}
