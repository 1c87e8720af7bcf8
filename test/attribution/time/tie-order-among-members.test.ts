import { describe, expect, it } from 'vitest';
import { dayFromDate, financialYearStart, splitYears } from '../../../src/attribution/index.js';
import { d, written } from './_helpers.js';

describe('a tie order among the members alone', () => {
  // Three partners, tie order c, a, b (ranks a=1, b=2, c=0); c has left before the year starts, so a and b
  // split equally at whole percent... in thirds: 1/3 each of 100 units is not whole, so precision 0.01 over
  // two members gives 50/50 with no tie. Use a 3-way equal rule at precision 0.01 among a, b and a member d:
  // 100 units over 3 members = 33 each, 1 left over, which goes first in the tie order among the members.
  const partners = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const input = {
    partners,
    firstYear: 2021,
    years: 1,
    schedule: [{ from: financialYearStart(2021), rule: { kind: 'equal' as const, precision: d('0.01') } }],
    memberships: [{}, {}, { until: dayFromDate(2021, 3, 31) }, {}],
    // Ranks: c first (but not a member), then d, then a, then b: the leftover unit goes to d.
    rank: [2, 3, 0, 1],
  };

  it('gives the leftover to the first member in the tie order, skipping a partner who has left', () => {
    const [year] = splitYears(input);
    expect(written(year!.shares)).toEqual(['33/100', '33/100', '0/1', '17/50']);
  });
});
