/**
 * A change "with effect from 3 October 2022" inside 2022/23: the year's split is the exact blend of the
 * two rules' splits, weighted by the days each applied.
 */
import { describe, expect, it } from 'vitest';
import { dayFromDate, financialYearStart, splitYears, type TimeInput } from '../../../src/attribution/index.js';
import { d, outline, table, written } from './_helpers.js';

// 2022/23 runs 1 April 2022 – 31 March 2023: 365 days. Before the change, 1 April – 2 October:
// April 30 + May 31 + June 30 + July 31 + August 31 + September 30 = 183, plus 1–2 October = 185 days.
// From 3 October to 31 March: 365 − 185 = 180 days (October 29 + November 30 + December 31 +
// January 31 + February 28 + March 31 = 180). (183/182 would be a change from 1 October.)
const input: TimeInput = {
  partners: [{ id: 'a' }, { id: 'b' }],
  firstYear: 2022,
  years: 1,
  schedule: [
    { from: financialYearStart(2022), rule: { kind: 'equal' } },
    { from: dayFromDate(2022, 10, 3), rule: { kind: 'metric', metric: 'posts' } },
  ],
  drivers: table({ posts: { 0: [1, 3] } }),
};

describe('a change with effect from 3 October 2022', () => {
  const [year] = splitYears(input);

  it('cuts 2022/23 into 185 days before and 180 after', () => {
    expect(outline(year!)).toEqual([
      ['2022-04-01', '2022-10-02', 185, 'as-calculated'],
      ['2022-10-03', '2023-03-31', 180, 'as-calculated'],
    ]);
    expect(year!.periods.map((p) => p.step)).toEqual([0, 1]);
  });

  it('blends equal halves and posts (1 : 3) by days, exactly', () => {
    // A: (185 · 1/2 + 180 · 1/4) / 365 = (92.5 + 45) / 365 = 137.5/365 = 55/146
    // B: (185 · 1/2 + 180 · 3/4) / 365 = (92.5 + 135) / 365 = 227.5/365 = 91/146
    // Over L = lcm(2, 4) = 4: A 185·1·2 + 180·1·1 = 550, B 370 + 540 = 910, total 365·4 = 1460;
    // divided by 10: 55, 91 over 146.
    expect(year!.split).toEqual({ weights: [55n, 91n], total: 146n });
    expect(written(year!.shares)).toEqual(['55/146', '91/146']);
  });

  it('reports the driver values the second rule read, from the same year', () => {
    expect(year!.periods[0]!.drivers).toEqual([]);
    expect(year!.periods[1]!.drivers).toEqual([{ metric: 'posts', year: 0, values: [d(1), d(3)] }]);
  });

  it("reads last year's actuals, or a fixed year's, when the step says so", () => {
    // 2021/22 (year −1) posts 1 : 1, 2022/23 posts 1 : 3, 2023/24 posts 1 : 4.
    const drivers = table({ posts: { [-1]: [1, 1], 0: [1, 3], 1: [1, 4] } });
    const lastYear = splitYears({ ...input, years: 2, drivers, driverYears: { first: -1, last: 1 }, schedule: [{ from: financialYearStart(2022), rule: { kind: 'metric', metric: 'posts' }, driverYear: { offset: -1 } }] });
    expect(lastYear.map((y) => y.split)).toEqual([{ weights: [1n, 1n], total: 2n }, { weights: [1n, 3n], total: 4n }]);
    expect(lastYear[1]!.periods[0]!.drivers[0]!.year).toBe(0);
    const fixed = splitYears({ ...input, years: 2, drivers, schedule: [{ from: financialYearStart(2022), rule: { kind: 'metric', metric: 'posts' }, driverYear: { year: 1 } }] });
    expect(fixed.map((y) => y.split)).toEqual([{ weights: [1n, 4n], total: 5n }, { weights: [1n, 4n], total: 5n }]);
  });

  it('the period after a change chains its prior from the period before it', () => {
    // Whole percent with a 3-point tolerance: 50, 50 until 2 October; posts 25, 75 moved 25 points → reset.
    const schedule = [
      { from: financialYearStart(2022), rule: { kind: 'equal', precision: d('0.01'), tolerance: d('0.03') } as const },
      { from: dayFromDate(2022, 10, 3), rule: { kind: 'metric', metric: 'posts', precision: d('0.01'), tolerance: d('0.03') } as const },
    ];
    const [y] = splitYears({ ...input, schedule });
    expect(outline(y!)).toEqual([
      ['2022-04-01', '2022-10-02', 185, 'reset', 'no prior'],
      ['2022-10-03', '2023-03-31', 180, 'reset', 'moved beyond tolerance'],
    ]);
    expect(y!.periods[1]!.prior).toEqual({ weights: [50n, 50n], total: 100n });
  });
});
