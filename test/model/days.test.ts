/** Calendar days as integers, and the UK financial year (1 April – 31 March). */
import { describe, expect, it } from 'vitest';
import { dateFromDay, dayFromDate, financialYearLabel, financialYearStart } from '../../src/model/index.js';

describe('days', () => {
  it.each([
    [1970, 1, 1, 0, '1970-01-01'],
    [1970, 1, 2, 1, '1970-01-02'],
    [2022, 10, 3, 19268, '2022-10-03'],
    [2024, 2, 29, 19782, '2024-02-29'],
    [1969, 12, 31, -1, '1969-12-31'],
  ])('%i-%i-%i is day %i', (y, m, d, day, iso) => {
    expect(dayFromDate(y, m, d)).toBe(day);
    expect(dateFromDay(day)).toBe(iso);
  });

  it.each([
    [2021, '2021/22', 365],
    [2023, '2023/24', 366], // 29 February 2024
    [2099, '2099/00', 365],
  ])('financial year %i is %s with %i days', (start, label, days) => {
    expect(financialYearLabel(start)).toBe(label);
    expect(dateFromDay(financialYearStart(start))).toBe(`${start}-04-01`);
    expect(financialYearStart(start + 1) - financialYearStart(start)).toBe(days);
  });
});
