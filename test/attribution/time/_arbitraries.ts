/**
 * Random schedules for the time kernel's properties: 1–4 partners, 1–4 years, 1–3 steps (the first on or
 * before 1 April of the first year), rules of every kind with and without precision, prior and
 * tolerance, driver years of every form, joins and leaves, and drivers now and then not stated.
 */
import fc from 'fast-check';
import { financialYearStart, type DriverYear, type Membership, type ScheduleStep, type TimeInput } from '../../../src/attribution/index.js';
import { Decimal, apportionUnits, inputOrderRank } from '../../../src/money/index.js';
import type { Rule, RuleModifiers } from '../../../src/model/index.js';

const METRICS = ['m1', 'm2'] as const;

/** Shares summing to exactly 1, to whole percent (a prior as a paper states it). */
function percentShares(ids: readonly string[]): fc.Arbitrary<Map<string, Decimal>> {
  return fc.array(fc.nat(50), { minLength: ids.length, maxLength: ids.length }).filter((w) => w.some((x) => x > 0)).map((w) => {
    const units = apportionUnits(100n, w.map(BigInt), inputOrderRank(w.length), 'largestRemainder');
    return new Map(ids.map((id, j) => [id, new Decimal(units[j]!.toString()).dividedBy(100)]));
  });
}

export function modifiers(ids: readonly string[]): fc.Arbitrary<RuleModifiers> {
  return fc.record(
    {
      precision: fc.constantFrom('0.01', '0.001', '0.5', '0.25', '0.2').map((x) => new Decimal(x)),
      tolerance: fc.constantFrom('0', '0.01', '0.03', '0.1').map((x) => new Decimal(x)),
      prior: percentShares(ids),
    },
    { requiredKeys: [] },
  );
}

export function baseRule(ids: readonly string[]): fc.Arbitrary<Rule> {
  const metric = fc.constantFrom(...METRICS).map((m): Rule => ({ kind: 'metric', metric: m }));
  return fc.oneof(
    fc.constant<Rule>({ kind: 'equal' }),
    metric,
    percentShares(ids).map((shares): Rule => ({ kind: 'shares', shares })),
    fc.tuple(fc.integer({ min: 1, max: 9 }), metric).map(([w, m]): Rule => ({ kind: 'blend', parts: [{ weight: new Decimal(w), rule: { kind: 'equal' } }, { weight: new Decimal(10 - w), rule: m }] })),
  );
}

export function rule(ids: readonly string[]): fc.Arbitrary<Rule> {
  return fc.tuple(baseRule(ids), modifiers(ids)).map(([r, m]) => (r.kind === 'shares' ? r : ({ ...r, ...m } as Rule)));
}

const driverYear = (years: number): fc.Arbitrary<DriverYear | undefined> =>
  fc.option(fc.oneof(fc.constant({ offset: -1 }), fc.constant({ offset: 0 }), fc.integer({ min: 0, max: years - 1 }).map((y) => ({ year: y }))), { nil: undefined });

export interface ScheduleOptions {
  /** At most this many steps. @defaultValue 3 */
  readonly maxSteps?: number;
  /** Draw joins and leaves. @defaultValue true */
  readonly memberships?: boolean;
  /** Draw rules with modifiers. @defaultValue true */
  readonly modifiers?: boolean;
}

/** A TimeInput, not necessarily free of problems (filter with checkSchedule). */
export function timeInput(options: ScheduleOptions = {}): fc.Arbitrary<TimeInput> {
  return fc
    .record({ n: fc.integer({ min: 1, max: 4 }), firstYear: fc.integer({ min: 2019, max: 2027 }), years: fc.integer({ min: 1, max: 4 }) })
    .chain(({ n, firstYear, years }) => {
      const ids = Array.from({ length: n }, (_, j) => `p${j}`);
      const start = financialYearStart(firstYear);
      const span = financialYearStart(firstYear + years) - start;
      const day = fc.integer({ min: 0, max: span - 1 }).map((x) => start + x);
      const membership: fc.Arbitrary<Membership | undefined> = options.memberships === false
        ? fc.constant(undefined)
        : fc.option(fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })).map(([a, b]) => (a !== undefined && b !== undefined && a > b ? { from: b, until: a } : { from: a, until: b })), { nil: undefined, freq: 2 });
      const value = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 99999 }).map((x) => x / 100)), { nil: null, freq: 40 });
      const values = fc.array(fc.array(fc.array(value, { minLength: n, maxLength: n }), { minLength: years + 1, maxLength: years + 1 }), { minLength: 2, maxLength: 2 });
      const ruleArb = options.modifiers === false ? baseRule(ids) : rule(ids);
      const step = (from: number): fc.Arbitrary<ScheduleStep> => fc.record({ rule: ruleArb, driverYear: driverYear(years) }).map(({ rule: r, driverYear: dy }) => (dy === undefined ? { from, rule: r } : { from, rule: r, driverYear: dy }));
      const later = fc.uniqueArray(fc.integer({ min: 1, max: span - 1 }), { maxLength: (options.maxSteps ?? 3) - 1 }).map((xs) => xs.sort((a, b) => a - b).map((x) => start + x));
      return fc.record({
        first: fc.nat(30).map((back) => start - back),
        later,
        memberships: fc.array(membership, { minLength: n, maxLength: n }),
        values,
        rank: fc.shuffledSubarray(inputOrderRank(n), { minLength: n, maxLength: n }),
      }).chain(({ first, later: laterDays, memberships, values: v, rank }) =>
        fc.tuple(...[first, ...laterDays].map(step)).map((schedule): TimeInput => ({
          partners: ids.map((id) => ({ id })),
          firstYear,
          years,
          schedule,
          memberships,
          rank,
          driverYears: { first: -1, last: years - 1 },
          // values[metric][year + 1][partner]: year −1 (last year's actuals for the first) included.
          drivers: (j, metric, y) => {
            const x = v[METRICS.indexOf(metric as (typeof METRICS)[number])]?.[y + 1]?.[j];
            return x === undefined || x === null ? undefined : new Decimal(x);
          },
        })),
      );
    });
}
