/**
 * The checks the time kernel (attribution/time, checkSchedule) makes of a schedule, made here on the
 * scenario as read so that each problem names the input path it comes from. The model may not import
 * the kernel (it comes later in the flow), so these few checks are written out again over the same
 * definitions: periods cut at each step and each change of membership, a step's members, the driver
 * year it reads, and whether the members' weights are all zero. A test holds the two to the same
 * answer on every bad input and on random schedules.
 */
import { assertNever, formatPath, type InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import type { Collector } from './_collector.js';
import { yearBoundsOf, yearLabelOf } from './_dates.js';
import { dateFromDay, type Day } from './days.js';
import { driverValueOf, driverYearsOf } from './drivers.js';
import type { Membership, Partner, Rule, ScheduleStep } from './types.js';

/** What the checks read of the scenario. */
export interface ScheduleContext {
  readonly c: Collector;
  readonly years: readonly string[];
  readonly partners: readonly Partner[];
}

/** Where a step was written: the path of its rule, and its index in `steps` (none for a plain rule). */
export interface StepPaths {
  readonly rule: InputPath;
  readonly index?: number;
}

const isMember = (m: Membership | undefined, day: Day): boolean => (m?.from === undefined || m.from <= day) && (m?.until === undefined || day <= m.until);

/** The periods of a year: a new one on 1 April, each step's first day and each change of membership. */
function periodsOf(ctx: ScheduleContext, steps: readonly ScheduleStep[], year: number): { from: Day; step: number; members: number[] }[] {
  const { start, end } = yearBoundsOf(ctx.years, year);
  const cuts = new Set<Day>([start]);
  const inside = (d: Day | undefined): void => {
    if (d !== undefined && d > start && d < end) cuts.add(d);
  };
  for (const s of steps) inside(s.from);
  for (const p of ctx.partners) {
    inside(p.membership?.from);
    if (p.membership?.until !== undefined) inside(p.membership.until + 1);
  }
  return [...cuts]
    .sort((a, b) => a - b)
    .map((from) => ({
      from,
      // Steps are in strictly increasing order here (the reader refuses any other), so the last that has started applies.
      step: steps.reduce((best, s, i) => (s.from <= from ? i : best), -1),
      members: ctx.partners.flatMap((p, j) => (isMember(p.membership, from) ? [j] : [])),
    }));
}

/** The metrics a rule reads, each once. */
function metricsOf(rule: Rule, out = new Set<string>()): Set<string> {
  switch (rule.kind) {
    case 'metric':
      out.add(rule.metric);
      return out;
    case 'blend':
      for (const p of rule.parts) metricsOf(p.rule, out);
      return out;
    case 'equal':
    case 'shares':
    case 'fte-removed':
      return out;
    default:
      return assertNever(rule, 'attribution rule');
  }
}

/** Whether a rule gives every member a weight of zero (so there is nothing to split by), as ruleWeights would. */
function allZero(rule: Rule, members: readonly Partner[], value: (p: Partner, metric: string) => Decimal | undefined): boolean {
  switch (rule.kind) {
    case 'equal':
      return members.length === 0;
    case 'metric':
      return members.every((p) => value(p, rule.metric)?.isZero() ?? true);
    case 'shares':
      return members.every((p) => rule.shares.get(p.id)?.isZero() ?? true);
    case 'blend':
      // A blend leaves out the parts whose weights are all zero.
      return rule.parts.every((part) => part.weight.isZero() || allZero(part.rule, members, value));
    case 'fte-removed':
      return false;
    default:
      return assertNever(rule, 'attribution rule');
  }
}

/**
 * Checks an agreement's schedule (already in order, its first step from the first day) against the
 * partners' memberships and driver values, year by year: the year each step reads must have values,
 * every party must state each metric read for that year, a period must have parties, and their
 * weights must not all be zero. Each problem is reported once, at the path it comes from.
 */
export function checkAgreementSchedule(ctx: ScheduleContext, path: InputPath, steps: readonly ScheduleStep[], paths: readonly StepPaths[]): void {
  const { c, years, partners } = ctx;
  const range = driverYearsOf(partners, years.length);
  const reported = new Set<string>();
  const once = (key: string, report: () => void): void => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };
  const label = (y: number): string => yearLabelOf(years, y);
  for (let year = 0; year < years.length; year++) {
    for (const period of periodsOf(ctx, steps, year)) {
      const step = steps[period.step];
      if (step === undefined) continue;
      const at = paths[period.step]!.rule;
      if (period.members.length === 0) {
        once('members', () => c.addText('E_MISSING', ['partners'], `at least one partner a party to ${formatPath(path)} on every day`, `none from ${dateFromDay(period.from)} (${label(year)})`));
        continue;
      }
      const dy = step.driverYear === undefined ? year : 'offset' in step.driverYear ? year + step.driverYear.offset : step.driverYear.year;
      if (dy < range.first || dy > range.last) {
        once(`driver-year ${period.step}`, () =>
          c.addText('E_YEAR', [...at, 'driverYear'], `a year with driver values, from ${label(range.first)} to ${label(range.last)}`, `${label(dy)} (read for ${label(year)})`),
        );
        continue;
      }
      let readable = true;
      for (const metric of metricsOf(step.rule)) {
        for (const j of period.members) {
          const p = partners[j]!;
          if (driverValueOf(p, metric, dy) !== undefined) continue;
          readable = false;
          const stated = p.metricsByYear.get(metric);
          const where = ['partners', j, 'metrics', metric];
          if (stated === undefined) {
            // Not stated at all: one problem, not one a year.
            once(`metric ${j} ${metric}`, () => c.addText('E_MISSING', where, `a metric "${metric}" (read by ${formatPath(path)} from ${label(dy)})`, 'none'));
            continue;
          }
          const found = stated.size === 0 ? 'no values' : `values for ${[...stated.keys()].map(label).join(', ')} only`;
          once(`value ${j} ${metric} ${dy}`, () => c.addText('E_MISSING', where, `a value for ${label(dy)} (read by ${formatPath(path)} in ${label(year)})`, found));
        }
      }
      const members = period.members.map((j) => partners[j]!);
      if (readable && allZero(step.rule, members, (p, m) => driverValueOf(p, m, dy))) {
        once(`zero ${period.step} ${year}`, () =>
          c.addText('E_WEIGHTS', at, `weights above zero for at least one party in ${label(year)}`, `every party's weight zero (${members.map((p) => p.id).join(', ')})`),
        );
      }
    }
  }
}
