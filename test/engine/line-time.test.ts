/**
 * Savings lines and one-off costs split year by year where partners join or leave, or where the rule
 * changes from a date: each year's total split by that year's day-weighted split among its members.
 * Figures worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario } from '../../src/index.js';
import type { ScenarioInput } from '../../src/schema/index.js';

/** The value of each (partner, year) cell of a line's money, and each partner's total, as strings. */
function cellsOf(file: ScenarioInput, id: string, key: 'lineCells' | 'costCells' = 'lineCells'): { cells: Record<string, string>; totals: Record<string, string> } {
  const e = evaluate(parseScenario(file));
  const cells: Record<string, string> = {};
  const totals: Record<string, import('../../src/index.js').Decimal> = {};
  for (const c of e[key] as readonly { line?: string; cost?: string; partner: string; year: string; value: import('../../src/index.js').Decimal; measure?: string }[]) {
    if ((c.line ?? c.cost) !== id || (c.measure !== undefined && c.measure !== 'money')) continue;
    cells[`${c.partner} ${c.year}`] = c.value.toFixed(2);
    totals[c.partner] = totals[c.partner] === undefined ? c.value : totals[c.partner]!.plus(c.value);
  }
  return { cells, totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toFixed(2)])) };
}

const joining = (attribution?: NonNullable<ScenarioInput['lines']>[number]['attribution']): ScenarioInput => ({
  version: 1,
  title: 'A partner joining',
  settings: { unit: '£', quantum: '0.01', firstYear: '2023/24', years: 2 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C', membership: { from: '2024-10-01' } },
  ],
  lines: [{ id: 'team', name: 'Shared team', amount: '2000', phasing: [{ year: '2023/24', amount: '1000' }, { year: '2024/25', amount: '1000' }], ...(attribution === undefined ? {} : { attribution }) }],
  costs: [{ id: 'it', name: 'IT', amountPerYear: '1000', years: 2, attribution: { rule: 'equal' } }],
});

describe('a line split among the partners who are parties each year', () => {
  // 2024/25 has 365 days: 1 April to 30 September (183 days) a and b alone, 1 October to 31 March (182)
  // all three. Equal: a = b = (183/2 + 182/3) / 365 = 913/2190, c = (182/3) / 365 = 364/2190.
  // £1,000.00 = 100,000p: a and b 41,689.4977p, c 16,621.0046p; floors add up to 99,999p, the last
  // penny to the larger remainder, a and b tied (1,090/2,190 each), a first in the tie order.
  const expected = {
    cells: { 'a 2023/24': '500.00', 'b 2023/24': '500.00', 'c 2023/24': '0.00', 'a 2024/25': '416.90', 'b 2024/25': '416.89', 'c 2024/25': '166.21' },
    totals: { a: '916.90', b: '916.89', c: '166.21' },
  };

  it('gives a partner joining on 1 October of year 2 nothing in year 1 and its days of year 2', () => {
    expect(cellsOf(joining(), 'team')).toEqual(expected);
  });

  it('splits a one-off cost the same way', () => {
    expect(cellsOf(joining(), 'it', 'costCells')).toEqual(expected);
  });

  it('gives the same cells to an equal rule with a precision, stated to it first (halves and thirds exactly at 0.5)', () => {
    // At a precision of 0.5: a period's halves stay halves; thirds become 0.5/0.5/0 with a, b first. Year 2:
    // a = b = (183 × 0.5 + 182 × 0.5) / 365 = 1/2, c = 0.
    expect(cellsOf(joining({ rule: 'equal', precision: '0.5' }), 'team').totals).toEqual({ a: '1000.00', b: '1000.00', c: '0.00' });
  });
});

describe('a line whose split changes from a date', () => {
  const file: ScenarioInput = {
    version: 1,
    title: 'A split from 3 October 2022',
    settings: { unit: '£', quantum: '0.01', firstYear: '2022/23', years: 2 },
    partners: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    lines: [
      {
        id: 'hr',
        name: 'HR',
        amount: '20000',
        phasing: [{ year: '2022/23', share: '0.5' }, { year: '2023/24', share: '0.5' }],
        attribution: {
          rule: 'schedule',
          steps: [
            { year: '2022/23', attribution: { rule: 'shares', shares: { a: '0.74', b: '0.26' } } },
            { year: '2022/23', from: '2022-10-03', attribution: { rule: 'shares', shares: { a: '0.82', b: '0.18' } } },
          ],
        },
      },
    ],
  };

  it('blends the year of the change by days and keeps the new split after it', () => {
    // 2022/23: 1 April to 2 October 185 days at 74/26, 3 October to 31 March 180 days at 82/18.
    // a = (185 × 0.74 + 180 × 0.82) / 365 = 284.5/365, b = 80.5/365. £10,000.00 = 1,000,000p:
    // a 779,452.05p, b 220,547.95p; floors 999,999p, the last penny to b (0.95 > 0.05).
    expect(cellsOf(file, 'hr')).toEqual({
      cells: { 'a 2022/23': '7794.52', 'b 2022/23': '2205.48', 'a 2023/24': '8200.00', 'b 2023/24': '1800.00' },
      totals: { a: '15994.52', b: '4005.48' },
    });
  });

  it('refuses a step dated outside its year, at its path', () => {
    const bad = structuredClone(file);
    (bad.lines![0]!.attribution as { steps: { from?: string }[] }).steps[1]!.from = '2023-10-03';
    expect(() => parseScenario(bad)).toThrow(/lines\[0\]\.attribution\.steps\[1\]\.from/);
  });
});

describe('a line reading a metric stated by year', () => {
  it('splits each year by that year’s values', () => {
    const file: ScenarioInput = {
      version: 1,
      title: 'Drivers by year',
      settings: { unit: '£', quantum: '1', firstYear: '2022/23', years: 2 },
      partners: [
        { id: 'a', name: 'A', metrics: { calls: { '2022/23': '3', '2023/24': '1' } } },
        { id: 'b', name: 'B', metrics: { calls: { '2022/23': '1', '2023/24': '1' } } },
      ],
      lines: [{ id: 'calls', name: 'Calls', amount: '200', attribution: { rule: 'metric', metric: 'calls' }, phasing: [{ year: '2022/23', share: '0.5' }, { year: '2023/24', share: '0.5' }] }],
    };
    expect(cellsOf(file, 'calls').cells).toEqual({ 'a 2022/23': '75.00', 'b 2022/23': '25.00', 'a 2023/24': '50.00', 'b 2023/24': '50.00' });
  });
});
