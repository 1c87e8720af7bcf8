import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { Decimal, tryParseAmount } from '../money/index.js';
import { TIERS } from '../schema/index.js';
import type { Scenario, Tier } from '../model/index.js';
import type { AppraiseOptions } from './appraise-types.js';
import { discountSchedule, readRate, scheduleForRate, type DiscountSchedule } from './discount-schedule.js';

/** The appraisal options as `appraise` uses them: each given option checked, else the scenario's setting, else the default. */
export interface ResolvedAppraiseOptions {
  readonly schedule: DiscountSchedule;
  /** The appraisal period, in years. */
  readonly n: number;
  /** The financial years of the period, e.g. `'2011/12'`. */
  readonly years: readonly string[];
  readonly weight: (tier: Tier) => Decimal;
  readonly bias: Decimal;
  readonly mitigation: Decimal;
  /** What one-off costs are multiplied by: 1 + bias × (1 − mitigation). */
  readonly uplift: Decimal;
  readonly includeUnconfirmed: boolean;
  readonly indirectRange: NonNullable<AppraiseOptions['indirect']>;
}

function yearLabels(first: string, n: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: n }, (_, i) => `${start + i}/${String((start + i + 1) % 100).padStart(2, '0')}`);
}

/** Reads a numeric option, refusing what cannot be used with the option's name as the path. */
function option(value: unknown, name: string, expected: string, ok: (d: Decimal) => boolean): Decimal | undefined {
  if (value === undefined) return undefined;
  const d = tryParseAmount(value);
  if (d === undefined || !ok(d)) throw new InputError(makeIssue(ErrorCode.OPTION, name.split('.'), expected, value));
  return d;
}

/**
 * The discount schedule: the call's schedule, else the call's rate, else the scenario's rate, else the
 * standard Green Book schedule. A rate stands for a schedule as {@link scheduleForRate} reads it; with
 * `'flat'` it is the flat rate; beside a named or stated schedule it must be that schedule's first rate
 * (a rate that says otherwise is refused rather than quietly ignored).
 */
function resolveSchedule(s: Scenario, options: AppraiseOptions): DiscountSchedule {
  // The call's schedule, else the call's rate, else the scenario's schedule, else its rate, else the standard schedule.
  const rate = options.discountRate === undefined ? undefined : readRate(options.discountRate, ['discountRate']);
  const stated = s.appraisal.discountSchedule;
  if (options.discountSchedule === undefined) {
    if (rate !== undefined || stated === undefined) return scheduleForRate(rate ?? s.appraisal.discountRate ?? '0.035');
    return discountSchedule(stated, { rate: s.appraisal.discountRate ?? '0.035', path: ['appraisal', 'discountSchedule'] });
  }
  const schedule = discountSchedule(options.discountSchedule, { rate: rate ?? s.appraisal.discountRate ?? '0.035' });
  const first = schedule.steps[0]!.rate;
  if (rate !== undefined && !rate.equals(first)) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['discountRate'], `the first rate of the discount schedule (${first.toString()}), or no rate`, options.discountRate));
  }
  return schedule;
}

/**
 * Checks the options in a fixed order (rate and schedule, period, risk weights, bias, mitigation), so the first option
 * that cannot be used is the one reported, and fills each gap from the scenario, then the default.
 */
export function resolveAppraiseOptions(s: Scenario, options: AppraiseOptions): ResolvedAppraiseOptions {
  const set = s.appraisal;
  const inUnitInterval = (d: Decimal): boolean => !d.isNegative() && d.lessThanOrEqualTo(1);
  const schedule = resolveSchedule(s, options);
  const n = options.years ?? set.years ?? s.settings.years.length;
  if (!Number.isInteger(n) || n < 1 || n > 125) throw new InputError(makeIssue(ErrorCode.OPTION, ['years'], 'a whole number of years from 1 to 125', n));
  const years = yearLabels(s.settings.firstYear, n);
  const given: Partial<Record<Tier, Decimal>> = {};
  for (const t of TIERS) {
    // Above 1 is allowed: a tier may be realised beyond plan (as simulations draw).
    const w = option(options.riskWeights?.[t], `riskWeights.${t}`, 'a non-negative weight such as "0.5"', (d) => !d.isNegative());
    if (w !== undefined) given[t] = w;
  }
  const weight = (t: Tier): Decimal => given[t] ?? set.riskWeights?.[t] ?? new Decimal(1);
  // Below 0 is an expected underrun; below −1 would make a cost negative.
  const bias = option(options.optimismBias, 'optimismBias', 'a bias of at least -1, such as "0.2"', (d) => d.greaterThanOrEqualTo(-1)) ?? set.optimismBias ?? new Decimal(0);
  const mitigation = option(options.mitigation, 'mitigation', 'a share mitigated from 0 to 1', inUnitInterval) ?? set.mitigation ?? new Decimal(0);
  const uplift = new Decimal(1).plus(bias.times(new Decimal(1).minus(mitigation)));
  const includeUnconfirmed = options.includeUnconfirmedFunding ?? set.includeUnconfirmedFunding ?? false;
  const indirectRange = options.indirect ?? 'central';
  return { schedule, n, years, weight, bias, mitigation, uplift, includeUnconfirmed, indirectRange };
}
