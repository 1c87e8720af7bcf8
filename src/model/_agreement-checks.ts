/**
 * An agreement's schedule checked by the one check the time kernel also makes (checkSchedule), each
 * problem mapped to the input path it comes from.
 */
import { assertNever, formatPath, type InputPath } from '../errors/index.js';
import type { Collector } from './_collector.js';
import { yearLabelOf } from './_dates.js';
import { startYearOf } from './days.js';
import { dateFromDay } from './days.js';
import { driverValueOf, driverYearsOf } from './drivers.js';
import { checkSchedule } from './schedule-problems.js';
import type { Partner, ScheduleStep } from './types.js';

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

/**
 * Checks an agreement's schedule (already in order, its first step from the first day) against the
 * partners' memberships and driver values, year by year. Each problem is reported once, at the path it
 * comes from: a period with no parties once for the agreement, a driver year outside the stated ones
 * once per step, a metric not stated at all once per partner (else once per year it lacks).
 */
export function checkAgreementSchedule(ctx: ScheduleContext, path: InputPath, steps: readonly ScheduleStep[], paths: readonly StepPaths[]): void {
  const { c, years, partners } = ctx;
  const range = driverYearsOf(partners, years.length);
  const problems = checkSchedule({
    partners,
    firstYear: startYearOf(years[0]!),
    years: years.length,
    schedule: steps,
    memberships: partners.map((p) => p.membership),
    drivers: (j, metric, y) => driverValueOf(partners[j]!, metric, y),
    driverYears: range,
  });
  const reported = new Set<string>();
  const once = (key: string, report: () => void): void => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };
  const label = (y: number): string => yearLabelOf(years, y);
  for (const p of problems) {
    switch (p.kind) {
      case 'no-members':
        once('members', () => c.addText('E_MISSING', ['partners'], `at least one partner a party to ${formatPath(path)} on every day`, `none from ${dateFromDay(p.from)} (${label(p.year)})`));
        break;
      case 'driver-year-outside':
        once(`driver-year ${p.step}`, () =>
          c.addText('E_YEAR', [...paths[p.step]!.rule, 'driverYear'], `a year with driver values, from ${label(range.first)} to ${label(range.last)}`, `${label(p.driverYear)} (read for ${label(p.year)})`),
        );
        break;
      case 'missing-driver-value': {
        const { partner: j, metric, driverYear: dy } = p;
        const stated = partners[j]!.metricsByYear.get(metric);
        const where = ['partners', j, 'metrics', metric];
        if (stated === undefined) {
          // Not stated at all: one problem, not one a year.
          once(`metric ${j} ${metric}`, () => c.addText('E_MISSING', where, `a metric "${metric}" (read by ${formatPath(path)} from ${label(dy)})`, 'none'));
          break;
        }
        const found = stated.size === 0 ? 'no values' : `values for ${[...stated.keys()].map(label).join(', ')} only`;
        once(`value ${j} ${metric} ${dy}`, () => c.addText('E_MISSING', where, `a value for ${label(dy)} (read by ${formatPath(path)} in ${label(p.year)})`, found));
        break;
      }
      case 'all-zero-weights': {
        const members = p.members.map((j) => partners[j]!.id);
        once(`zero ${p.step} ${p.year}`, () => c.addText('E_WEIGHTS', paths[p.step]!.rule, `weights above zero for at least one party in ${label(p.year)}`, `every party's weight zero (${members.join(', ')})`));
        break;
      }
      // Reported where they are read (the steps' order and years, the rule, the membership), or not possible here.
      case 'overlapping-rules':
      case 'steps-out-of-order':
      case 'step-after-last-year':
      case 'no-rule':
      case 'prior-not-whole':
      case 'join-after-leave':
      case 'missing-fte-removed':
        break;
      default:
        assertNever(p, 'schedule problem');
    }
  }
}
