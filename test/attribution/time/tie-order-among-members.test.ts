import { describe, expect, it } from 'vitest';
import { dayFromDate, financialYearStart, splitYears } from '../../../src/attribution/index.js';
import { d, written } from './_helpers.js';

describe('a tie order among the members alone', () => {
  // Four partners, tie order c, d, a, b; c has left before the year starts. An equal split stated to whole
  // percent among the three members a, b and d gives 33 units each and one unit left over, which goes to the
  // first member in the tie order: d (c, ranked first, is not a member). Ignoring the tie order would give it
  // to a, the first member in partner order.
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
