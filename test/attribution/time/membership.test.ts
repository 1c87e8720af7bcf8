/** Partners joining and leaving on a date: no share outside membership, the year of the change by days. */
import { describe, expect, it } from 'vitest';
import { dayFromDate, financialYearStart, splitYears, type TimeInput } from '../../../src/attribution/index.js';
import { d, one, outline, table } from './_helpers.js';

const partners = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('a partner joining on 1 January 2022, inside 2021/22', () => {
  // 1 April – 31 December 2021: 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 275 days (A, B);
  // 1 January – 31 March 2022: 31 + 28 + 31 = 90 days (A, B, C). 275 + 90 = 365.
  const input: TimeInput = {
    partners,
    firstYear: 2021,
    years: 2,
    schedule: [{ from: financialYearStart(2021), rule: { kind: 'equal' } }],
    memberships: [undefined, undefined, { from: dayFromDate(2022, 1, 1) }],
  };
  const [y1, y2] = splitYears(input);

  it('has no share before joining, and its days after', () => {
    expect(outline(y1!)).toEqual([
      ['2021-04-01', '2021-12-31', 275, 'as-calculated'],
      ['2022-01-01', '2022-03-31', 90, 'as-calculated'],
    ]);
    expect(y1!.periods.map((p) => p.members)).toEqual([[0, 1], [0, 1, 2]]);
    expect(y1!.periods[0]!.exact.weights[2]).toBe(0n);
    // A, B: (275 · 1/2 + 90 · 1/3) / 365 = 167.5/365 = 67/146; C: 90 · 1/3 / 365 = 30/365 = 12/146.
    expect(y1!.split).toEqual({ weights: [67n, 67n, 12n], total: 146n });
    expect(y2!.split).toEqual({ weights: [1n, 1n, 1n], total: 3n });
  });

  it('a prior stated among other members is not applicable: reset, and the next year chains again', () => {
    const rule = { kind: 'equal', precision: d('0.01'), tolerance: d('0.03') } as const;
    const [a, b] = splitYears({ ...input, schedule: [{ from: financialYearStart(2021), rule }] });
    // 50, 50 (no prior); then 100/3 each → floors 33 × 3 = 99, equal remainders, tie order → A: 34, 33, 33.
    expect(outline(a!)).toEqual([
      ['2021-04-01', '2021-12-31', 275, 'reset', 'no prior'],
      ['2022-01-01', '2022-03-31', 90, 'reset', 'membership changed'],
    ]);
    expect(a!.periods[1]!.movement).toBeUndefined();
    // Blend: A 275·50 + 90·34 = 16810, B 13750 + 2970 = 16720, C 90·33 = 2970 over 365·100 = 36500 (÷10).
    expect(a!.split).toEqual({ weights: [1681n, 1672n, 297n], total: 3650n });
    // 2022/23: exact thirds vs 34, 33, 33: |1/3 − 34/100| = 2/300 = 1/150 ≤ 3/100 → kept.
    expect(one(b!.periods[0]!.movement)).toBe('1/150');
    expect(b!.periods[0]!.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
  });
});

describe('a partner leaving after 30 September 2022, inside 2022/23', () => {
  // Population 2 : 3 : 5 every year. 2022/23: 1 April – 30 September = 183 days (A, B, C), then
  // 1 October – 31 March = 182 days (A, B). 2023/24 has 366 days (29 February 2024).
  const input: TimeInput = {
    partners,
    firstYear: 2021,
    years: 3,
    schedule: [{ from: financialYearStart(2021), rule: { kind: 'metric', metric: 'population' } }],
    memberships: [{}, undefined, { until: dayFromDate(2022, 9, 30) }],
    drivers: table({ population: { 0: [2, 3, 5], 1: [2, 3, 5], 2: [2, 3, 5] } }),
  };
  const [y1, y2, y3] = splitYears(input);

  it('splits by days in the year it leaves and gives it nothing after', () => {
    expect(y1!.split).toEqual({ weights: [2n, 3n, 5n], total: 10n });
    expect(outline(y2!)).toEqual([
      ['2022-04-01', '2022-09-30', 183, 'as-calculated'],
      ['2022-10-01', '2023-03-31', 182, 'as-calculated'],
    ]);
    // A: 183 · 2/10 + 182 · 2/5 = 36.6 + 72.8 = 109.4; B: 54.9 + 109.2 = 164.1; C: 183 · 5/10 = 91.5;
    // each over 365. Over L = lcm(10, 5) = 10: 1094, 1641, 915 over 3650 (no common factor).
    expect(y2!.split).toEqual({ weights: [1094n, 1641n, 915n], total: 3650n });
    expect(y2!.periods[1]!.drivers[0]!.values).toEqual([d(2), d(3), undefined]);
    expect(y3!.days).toBe(366);
    expect(y3!.split).toEqual({ weights: [2n, 3n, 0n], total: 5n });
  });

  it('a stated prior applies only where it names exactly the members', () => {
    // From 2023/24 (A, B only) with whole percent, a 3-point tolerance and a stated prior.
    const withPrior = (prior: Map<string, ReturnType<typeof d>>): TimeInput => ({
      ...input,
      schedule: [...input.schedule, { from: financialYearStart(2023), rule: { kind: 'metric', metric: 'population', precision: d('0.01'), tolerance: d('0.03'), prior } }],
    });
    // Exact 40, 60 against 41, 59: moved 1 point → kept.
    const named = splitYears(withPrior(new Map([['a', d('0.41')], ['b', d('0.59')]])))[2]!.periods[0]!;
    expect(named.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    expect(named.stated).toEqual({ weights: [41n, 59n, 0n], total: 100n });
    // The same prior naming C (who has left), even at zero, was agreed among other members → reset.
    const withC = splitYears(withPrior(new Map([['a', d('0.41')], ['b', d('0.59')], ['c', d('0')]])))[2]!.periods[0]!;
    expect(withC.decision).toEqual({ decision: 'reset', reason: 'membership changed' });
    expect(withC.stated).toEqual({ weights: [40n, 60n, 0n], total: 100n });
  });
});
