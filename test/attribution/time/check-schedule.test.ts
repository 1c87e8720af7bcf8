/** checkSchedule reports every problem at once, as data a reader can attach input paths to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule, dayFromDate, financialYearStart, ruleWeights, splitYears, type TimeInput } from '../../../src/attribution/index.js';
import { driverYearOf, metricsOf, yearPeriods, type Partner, type Rule } from '../../../src/model/index.js';
import { timeInput } from './_arbitraries.js';
import { d, table } from './_helpers.js';

const start = financialYearStart(2021);
const base: TimeInput = {
  partners: [{ id: 'a' }, { id: 'b' }],
  firstYear: 2021,
  years: 2,
  schedule: [{ from: start, rule: { kind: 'metric', metric: 'calls' } }],
  drivers: table({ calls: { 0: [1, 2], 1: [3, 4] } }),
};
const calls = { kind: 'metric', metric: 'calls' } as const;

describe('checkSchedule', () => {
  it('finds nothing wrong with a sound schedule', () => {
    expect(checkSchedule(base)).toEqual([]);
  });

  it.each<[string, Partial<TimeInput>, unknown[]]>([
    ['a member with no value in a year a rule reads', { drivers: table({ calls: { 0: [1, 2], 1: [3, null] } }) }, [{ kind: 'missing-driver-value', step: 0, year: 1, partner: 1, metric: 'calls', driverYear: 1 }]],
    ['no value needed where no rule of that year reads it', { drivers: table({ calls: { 0: [1, 2] } }), schedule: [{ from: start, rule: calls }, { from: financialYearStart(2022), rule: { kind: 'equal' } }] }, []],
    ['no value needed from a partner who is not a member', { drivers: table({ calls: { 0: [1, 2], 1: [3, null] } }), memberships: [undefined, { until: financialYearStart(2022) - 1 }] }, []],
    ['two steps from the same day', { schedule: [{ from: start, rule: calls }, { from: start, rule: { kind: 'equal' } }] }, [{ kind: 'overlapping-rules', step: 1 }]],
    ['steps out of order', { schedule: [{ from: start, rule: calls }, { from: start + 100, rule: calls }, { from: start + 50, rule: calls }] }, [{ kind: 'steps-out-of-order', step: 2 }]],
    ['a step after the last year', { schedule: [{ from: start, rule: calls }, { from: financialYearStart(2023), rule: calls }] }, [{ kind: 'step-after-last-year', step: 1 }]],
    ['a stated prior not adding up to 1', { schedule: [{ from: start, rule: { ...calls, prior: new Map([['a', d('0.5')], ['b', d('0.4')]]) } }] }, [{ kind: 'prior-not-whole', step: 0 }]],
    ['a stated prior naming only some partners, adding up to 1', { schedule: [{ from: start, rule: { ...calls, prior: new Map([['a', d('1')]]) } }] }, []],
    ['a schedule starting late', { schedule: [{ from: start + 1, rule: calls }] }, [{ kind: 'no-rule', year: 0 }]],
    ['an empty schedule', { schedule: [] }, [{ kind: 'no-rule', year: 0 }, { kind: 'no-rule', year: 1 }]],
    ['a join after a leave', { memberships: [undefined, { from: dayFromDate(2021, 6, 1), until: dayFromDate(2021, 5, 31) }] }, [{ kind: 'join-after-leave', partner: 1 }]],
    ['a period with no members', { memberships: [{ from: dayFromDate(2021, 6, 1) }, { from: dayFromDate(2021, 6, 1) }] }, [{ kind: 'no-members', step: 0, year: 0, from: start }]],
    ['all-zero weights among the members', { drivers: table({ calls: { 0: [0, 0], 1: [3, 4] } }) }, [{ kind: 'all-zero-weights', step: 0, year: 0, members: [0, 1] }]],
    ['all-zero weights once a leaver goes, named with the first such period\'s members', { drivers: table({ calls: { 0: [0, 5], 1: [0, 4] } }), memberships: [undefined, { until: start + 99 }] }, [
      { kind: 'all-zero-weights', step: 0, year: 0, members: [0] },
      { kind: 'all-zero-weights', step: 0, year: 1, members: [0] },
    ]],
    ['fixed shares only for a partner who has left', { schedule: [{ from: start, rule: { kind: 'shares', shares: new Map([['b', d('1')]]) } }], memberships: [undefined, { until: financialYearStart(2022) - 1 }] }, [{ kind: 'all-zero-weights', step: 0, year: 1, members: [0] }]],
    ['a blend whose only weighted part weighs nothing', { drivers: table({ calls: { 0: [0, 0], 1: [3, 4] } }), schedule: [{ from: start, rule: { kind: 'blend', parts: [{ weight: d(0), rule: { kind: 'equal' } }, { weight: d(1), rule: calls }] } }] }, [{ kind: 'all-zero-weights', step: 0, year: 0, members: [0, 1] }]],
    ['a blend with a weighted part that weighs something', { drivers: table({ calls: { 0: [0, 0], 1: [3, 4] } }), schedule: [{ from: start, rule: { kind: 'blend', parts: [{ weight: d(1), rule: { kind: 'equal' } }, { weight: d(1), rule: calls }] } }] }, []],
    ['FTE removed all zero', { schedule: [{ from: start, rule: { kind: 'fte-removed' } }], fteRemoved: (y) => (y === 0 ? [0n, 0n] : [1n, 0n]) }, [{ kind: 'all-zero-weights', step: 0, year: 0, members: [0, 1] }]],
    ['a driver year before the stated ones', { schedule: [{ from: start, rule: calls, driverYear: { offset: -1 } }] }, [{ kind: 'driver-year-outside', step: 0, year: 0, driverYear: -1 }]],
    ['a fixed driver year after them', { schedule: [{ from: start, rule: calls, driverYear: { year: 2 } }] }, [
      { kind: 'driver-year-outside', step: 0, year: 0, driverYear: 2 },
      { kind: 'driver-year-outside', step: 0, year: 1, driverYear: 2 },
    ]],
    ['FTE removed not known for a year', { schedule: [{ from: start, rule: { kind: 'fte-removed' } }], fteRemoved: (y) => (y === 0 ? [1n, 1n] : undefined) }, [{ kind: 'missing-fte-removed', step: 0, year: 1, driverYear: 1 }]],
  ])('%s', (_, change, problems) => {
    expect(checkSchedule({ ...base, ...change })).toEqual(problems);
  });

  it('reports every problem at once, each once', () => {
    const input: TimeInput = {
      ...base,
      schedule: [{ from: start + 10, rule: calls }, { from: start + 10, rule: calls }],
      memberships: [{ from: start + 200, until: start + 100 }],
      drivers: table({ calls: { 0: [1, null] } }),
    };
    expect(checkSchedule(input).map((p) => p.kind)).toEqual(['overlapping-rules', 'join-after-leave', 'no-rule', 'missing-driver-value', 'missing-driver-value']);
  });

  it('splitYears refuses a schedule with problems', () => {
    expect(() => splitYears({ ...base, schedule: [] })).toThrow(/no-rule/);
  });

  it('finds all-zero weights exactly where ruleWeights gives the members nothing to split by', () => {
    // The check reads the rule's inputs; ruleWeights computes the weights. Every period the check can read
    // is worked by ruleWeights (without the step's own modifiers, which the period's decision applies), and
    // the first period of each step and year found to weigh nothing must be the one reported.
    const bare = (r: Rule): Rule => (r.kind === 'shares' ? r : ({ kind: r.kind, ...('metric' in r ? { metric: r.metric } : {}), ...('parts' in r ? { parts: r.parts } : {}) } as Rule));
    fc.assert(
      fc.property(timeInput(), (input) => {
        const problems = checkSchedule(input);
        const expected = new Map<string, object>();
        for (let year = 0; year < input.years; year++) {
          for (const p of yearPeriods(input, year)) {
            if (p.step === -1 || p.members.length === 0) continue;
            const step = input.schedule[p.step]!;
            const dy = driverYearOf(step, year);
            const stated = dy >= input.driverYears!.first && dy <= input.driverYears!.last && metricsOf(step.rule).every((m) => p.members.every((j) => input.drivers!(j, m, dy) !== undefined));
            if (!stated) continue;
            const parties: Partner[] = p.members.map((j) => ({ id: input.partners[j]!.id, name: '', metrics: new Map(metricsOf(step.rule).map((m) => [m, input.drivers!(j, m, dy)!])), metricsByYear: new Map() }));
            const total = ruleWeights(bare(step.rule), parties).reduce((x, y) => x + y, 0n);
            const key = `${p.step} ${year}`;
            if (total === 0n && !expected.has(key)) expected.set(key, { kind: 'all-zero-weights', step: p.step, year, members: p.members });
          }
        }
        expect(problems.filter((p) => p.kind === 'all-zero-weights')).toEqual([...expected.values()]);
      }),
      { numRuns: 400 },
    );
  });
});
