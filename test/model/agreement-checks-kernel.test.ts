/**
 * The reader checks an agreement's schedule with the same checkSchedule the time kernel refuses a schedule
 * by, mapping each problem to a path and leaving some kinds to the places that read them (the steps' order
 * and years, the rule, the membership). So the mapping must drop no problem: on random agreements (drivers
 * by year with gaps and zeros, memberships with gaps, dated steps, driver years), a scenario is accepted
 * exactly when checkSchedule finds no problem with the same schedule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule, type TimeInput } from '../../src/attribution/index.js';
import { Decimal } from '../../src/money/index.js';
import { dateFromDay, dayFromDate, financialYearLabel, financialYearStart, safeParseScenario, type Rule, type ScheduleStep } from '../../src/model/index.js';

const FIRST = 2021;
type StepRule = { kind: 'equal' } | { kind: 'metric'; driverYear?: number | 'fixed' } | { kind: 'shares'; to: number };

const caseArb = fc
  .record({ partners: fc.integer({ min: 1, max: 3 }), years: fc.integer({ min: 1, max: 3 }) })
  .chain(({ partners, years }) => {
    const span = financialYearStart(FIRST + years) - financialYearStart(FIRST);
    const value = fc.option(fc.integer({ min: 0, max: 3 }), { freq: 5 });
    const metric = fc.oneof(fc.integer({ min: 0, max: 3 }).map((v) => ({ once: v })), fc.array(value, { minLength: years + 1, maxLength: years + 1 }).map((byYear) => ({ byYear })));
    const day = fc.integer({ min: 0, max: span - 1 });
    const membership = fc.option(fc.tuple(fc.option(day), fc.option(day)).map(([a, b]): readonly [number | null, number | null] => (a !== null && b !== null && a > b ? [b, a] : [a, b])), { freq: 2 });
    const rule: fc.Arbitrary<StepRule> = fc.oneof(
      fc.constant({ kind: 'equal' as const }),
      fc.record({ kind: fc.constant('metric' as const), driverYear: fc.option(fc.constantFrom(-1, 0, 'fixed' as const), { nil: undefined }) }),
      fc.record({ kind: fc.constant('shares' as const), to: fc.integer({ min: 0, max: partners - 1 }) }),
    );
    return fc.record({
      partners: fc.constant(partners),
      years: fc.constant(years),
      metrics: fc.array(metric, { minLength: partners, maxLength: partners }),
      memberships: fc.array(membership, { minLength: partners, maxLength: partners }),
      starts: fc.uniqueArray(fc.integer({ min: 1, max: span - 1 }), { maxLength: 2 }).map((xs) => [0, ...xs.sort((a, b) => a - b)]),
      rules: fc.array(rule, { minLength: 3, maxLength: 3 }),
    });
  });

describe('the reader refuses every schedule the time kernel would', () => {
  it('accepts an agreement exactly when checkSchedule finds no problem', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const start = financialYearStart(FIRST);
        const ids = Array.from({ length: k.partners }, (_, j) => `p${j}`);
        const yearOf = (d: number): number => Array.from({ length: k.years }, (_, y) => y).filter((y) => financialYearStart(FIRST + y) <= start + d).pop()!;
        const stepRule = (r: StepRule): { input: object; rule: Rule; driverYear?: ScheduleStep['driverYear'] } => {
          if (r.kind === 'equal') return { input: { rule: 'equal' }, rule: { kind: 'equal' } };
          if (r.kind === 'shares') return { input: { rule: 'shares', shares: { [ids[r.to]!]: '1' } }, rule: { kind: 'shares', shares: new Map([[ids[r.to]!, new Decimal(1)]]) } };
          const dy = r.driverYear === 'fixed' ? { input: financialYearLabel(FIRST), model: { year: 0 } } : r.driverYear === undefined ? undefined : { input: r.driverYear, model: { offset: r.driverYear } };
          return { input: { rule: 'metric', metric: 'm', ...(dy === undefined ? {} : { driverYear: dy.input }) }, rule: { kind: 'metric', metric: 'm' }, ...(dy === undefined ? {} : { driverYear: dy.model }) };
        };
        const steps = k.starts.map((d, i) => ({ d, ...stepRule(k.rules[i]!) }));
        const file = {
          version: 1,
          title: 't',
          settings: { firstYear: financialYearLabel(FIRST), years: k.years },
          partners: ids.map((id, j) => {
            const m = k.metrics[j]!;
            const metric = 'once' in m ? String(m.once) : Object.fromEntries(m.byYear.flatMap((v, y) => (v === null ? [] : [[financialYearLabel(FIRST + y - 1), String(v)]])));
            const ms = k.memberships[j];
            const membership = ms === null || ms === undefined ? undefined : { ...(ms[0] === null ? {} : { from: dateFromDay(start + ms[0]) }), ...(ms[1] === null ? {} : { until: dateFromDay(start + ms[1]) }) };
            return { id, name: id.toUpperCase(), metrics: { m: metric }, ...(membership === undefined ? {} : { membership }) };
          }),
          agreements: [
            {
              id: 'x',
              name: 'X',
              attribution: {
                rule: 'schedule',
                steps: steps.map((s) => ({ year: financialYearLabel(FIRST + yearOf(s.d)), ...(s.d === 0 ? {} : { from: dateFromDay(start + s.d) }), attribution: s.input })),
              },
            },
          ],
        };
        const input: TimeInput = {
          partners: ids.map((id) => ({ id })),
          firstYear: FIRST,
          years: k.years,
          schedule: steps.map((s) => ({ from: start + s.d, rule: s.rule, ...(s.driverYear === undefined ? {} : { driverYear: s.driverYear }) })),
          memberships: k.memberships.map((ms) => (ms === null || ms === undefined ? undefined : { ...(ms[0] === null ? {} : { from: start + ms[0] }), ...(ms[1] === null ? {} : { until: start + ms[1] }) })),
          drivers: (j, metric, y) => {
            const m = k.metrics[j]!;
            if (metric !== 'm') return undefined;
            if ('once' in m) return new Decimal(m.once);
            const v = m.byYear[y + 1];
            return v === null || v === undefined ? undefined : new Decimal(v);
          },
          // The years before the first that have values stated (here the year before, where any partner states it).
          driverYears: { first: k.metrics.some((m) => 'byYear' in m && m.byYear[0] !== null) ? -1 : 0, last: k.years - 1 },
        };
        const problems = checkSchedule(input);
        const parsed = safeParseScenario(file);
        expect(parsed.success, JSON.stringify({ problems, issues: parsed.success ? [] : parsed.error.issues.map((i) => i.message) })).toBe(problems.length === 0);
      }),
      {
        numRuns: 300,
        examples: [
          [{ partners: 2, years: 1, metrics: [{ byYear: [null, null] }, { byYear: [null, null] }], memberships: [null, [null, 0]], starts: [0, 1], rules: [{ kind: 'equal' }, { kind: 'shares', to: 1 }, { kind: 'shares', to: 0 }] }],
          [{ partners: 3, years: 2, metrics: [{ byYear: [null, null, null] }, { once: 0 }, { once: 1 }], memberships: [[204, null], null, null], starts: [0, 1], rules: [{ kind: 'metric', driverYear: -1 }, { kind: 'shares', to: 1 }, { kind: 'equal' }] }],
          [{ partners: 2, years: 2, metrics: [{ once: 1 }, { byYear: [null, null, null] }], memberships: [null, [1, null]], starts: [0, 1], rules: [{ kind: 'metric', driverYear: -1 }, { kind: 'shares', to: 0 }, { kind: 'metric', driverYear: undefined }] }],
        ],
      },
    );
  });

  it('holds the dates it builds to real days', () => {
    expect(dateFromDay(dayFromDate(2022, 10, 3))).toBe('2022-10-03');
  });
});
