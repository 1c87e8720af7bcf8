/**
 * Priors chain year to year: the split stated for one year is the prior of the next, compared with the
 * new exact shares at a 3-point tolerance, stated to whole percent. Worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { financialYearStart, splitYears, type TimeInput } from '../../../src/attribution/index.js';
import type { Rule } from '../../../src/model/index.js';
import { d, one, outline, table } from './_helpers.js';

// Calls handled for partners A, B, C in 2021/22, 2022/23, 2023/24 (each year totals 10,000).
const calls = table({ calls: { 0: [4123, 3456, 2421], 1: [4300, 3300, 2400], 2: [4510, 3090, 2400] } });
const byCalls: Rule = { kind: 'metric', metric: 'calls', precision: d('0.01'), tolerance: d('0.03') };
const input: TimeInput = {
  partners: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  firstYear: 2021,
  years: 3,
  schedule: [{ from: financialYearStart(2021), rule: byCalls }],
  drivers: calls,
};

describe('a chain of priors over three years (whole percent, 3-point tolerance)', () => {
  const [y1, y2, y3] = splitYears(input);

  it('2021/22: no prior, so the exact shares are stated to whole percent', () => {
    // Exact: 41.23%, 34.56%, 24.21%. Floors 41 + 34 + 24 = 99; the one percent left goes to the largest
    // remainder, B's .56 → 41, 35, 24.
    const p = y1!.periods[0]!;
    expect(p.exact).toEqual({ weights: [4123n, 3456n, 2421n], total: 10000n });
    expect(p.stated).toEqual({ weights: [41n, 35n, 24n], total: 100n });
    expect(p.decision).toEqual({ decision: 'reset', reason: 'no prior' });
    expect(p.prior).toBeUndefined();
    expect(y1!.split).toEqual({ weights: [41n, 35n, 24n], total: 100n });
  });

  it("2022/23: exact 43, 33, 24 moved at most 2 points from last year's 41, 35, 24, so the prior is kept", () => {
    // |43 − 41| = 2, |33 − 35| = 2, |24 − 24| = 0: the movement is 2/100 = 1/50 ≤ 3/100.
    const p = y2!.periods[0]!;
    expect(p.prior).toEqual({ weights: [41n, 35n, 24n], total: 100n });
    expect(one(p.movement)).toBe('1/50');
    expect(p.tolerance?.toString()).toBe('0.03');
    expect(p.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    expect(p.stated).toEqual({ weights: [41n, 35n, 24n], total: 100n });
  });

  it('2023/24: compared with the kept 41, 35, 24 (not with the exact 43, 33, 24), A moved 4.1 points: reset', () => {
    // Exact 45.1, 30.9, 24. |45.1 − 41| = 4.1 > 3 → reset (against last year's exact it would be 2.1 and
    // kept: the prior is the split stated, not the one calculated). Movement 4.1/100 = 41/1000.
    // Whole percent: floors 45 + 30 + 24 = 99; remainders .1, .9, 0 → B → 45, 31, 24.
    const p = y3!.periods[0]!;
    expect(p.prior).toEqual({ weights: [41n, 35n, 24n], total: 100n });
    expect(one(p.movement)).toBe('41/1000');
    expect(p.decision).toEqual({ decision: 'reset', reason: 'moved beyond tolerance' });
    expect(p.stated).toEqual({ weights: [45n, 31n, 24n], total: 100n });
    expect(outline(y3!)).toEqual([['2023-04-01', '2024-03-31', 366, 'reset', 'moved beyond tolerance']]);
  });

  it('a step that states its own prior compares its first period with that, not with the chain', () => {
    // From 2022/23 the scenario states a prior of 44, 32, 24: exact 43, 33, 24 is within 1 point → kept
    // at 44, 32, 24. 2023/24 chains from that: |45.1 − 44| = 1.1, |30.9 − 32| = 1.1 → kept again.
    const prior = new Map([['a', d('0.44')], ['b', d('0.32')], ['c', d('0.24')]]);
    const [, b, c] = splitYears({ ...input, schedule: [...input.schedule, { from: financialYearStart(2022), rule: { ...byCalls, prior } }] });
    expect(b!.periods[0]!.prior).toEqual({ weights: [44n, 32n, 24n], total: 100n });
    expect(b!.periods[0]!.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    expect(one(c!.periods[0]!.movement)).toBe('11/1000');
    expect(c!.split).toEqual({ weights: [11n, 8n, 6n], total: 25n }); // 44, 32, 24 in lowest terms
  });

  it('a prior alone (no tolerance) is kept only if nothing moved at all', () => {
    const prior = new Map([['a', d('0.43')], ['b', d('0.33')], ['c', d('0.24')]]);
    const [, , c] = splitYears({ ...input, schedule: [{ from: financialYearStart(2021), rule: { kind: 'metric', metric: 'calls', precision: d('0.01'), prior } }] });
    // 2021/22: 41.23 vs 43 moved → reset to 41, 35, 24; 2022/23: exact 43, 33, 24 vs 41, 35, 24 → reset
    // to 43, 33, 24; 2023/24: 45.1 vs 43 → reset to 45, 31, 24.
    expect(c!.periods[0]!.decision).toEqual({ decision: 'reset', reason: 'moved beyond tolerance' });
    expect(c!.split).toEqual({ weights: [45n, 31n, 24n], total: 100n });
  });

  it('a rule without precision, prior or tolerance states its exact shares', () => {
    const [a] = splitYears({ ...input, years: 1, schedule: [{ from: financialYearStart(2021), rule: { kind: 'metric', metric: 'calls' } }] });
    expect(a!.periods[0]!.decision).toEqual({ decision: 'as-calculated' });
    expect(a!.split).toEqual({ weights: [4123n, 3456n, 2421n], total: 10000n });
  });
});
