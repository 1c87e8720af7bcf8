/** checkSchedule reports every problem at once, as data a reader can attach input paths to. */
import { describe, expect, it } from 'vitest';
import { checkSchedule, dayFromDate, financialYearStart, splitYears, type TimeInput } from '../../../src/attribution/index.js';
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
    ['a period with no members', { memberships: [{ from: dayFromDate(2021, 6, 1) }, { from: dayFromDate(2021, 6, 1) }] }, [{ kind: 'no-members', step: 0, year: 0 }]],
    ['all-zero weights among the members', { drivers: table({ calls: { 0: [0, 0], 1: [3, 4] } }) }, [{ kind: 'all-zero-weights', step: 0, year: 0 }]],
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
});
