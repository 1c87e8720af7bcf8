/**
 * Contributions from a scenario file as written: driver values by year, a schedule with a dated step,
 * a membership that begins inside a year, gross and income, stand-alone costs by year.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluationToJSON, parseScenario } from '../../../src/index.js';

const file = {
  version: 1,
  title: 'Shared HR',
  settings: { unit: '£', quantum: '1', firstYear: '2022/23', years: 3 },
  partners: [
    { id: 'sh', name: 'South', metrics: { posts: { '2022/23': '512', '2023/24': '495', '2024/25': '500' } } },
    { id: 'wd', name: 'West', metrics: { posts: { '2022/23': '110', '2023/24': '104', '2024/25': '100' } } },
    { id: 'nc', name: 'New Council (illustrative)', metrics: { posts: { '2022/23': '0', '2023/24': '0', '2024/25': '400' } }, membership: { from: '2024-10-01' } },
  ],
  lines: [],
  agreements: [
    {
      id: 'hr',
      name: 'Human resources',
      costs: [
        { year: '2022/23', net: '730000' },
        { year: '2023/24', gross: '1000000', income: '100000' },
        { year: '2024/25', net: '1000000' },
      ],
      attribution: {
        rule: 'schedule',
        steps: [
          { year: '2022/23', attribution: { rule: 'shares', shares: { sh: '0.74', wd: '0.26', nc: '0' } } },
          { year: '2022/23', from: '2022-10-03', attribution: { rule: 'metric', metric: 'posts', precision: '0.01', tolerance: '0.03' } },
        ],
      },
      standAlone: { wd: { '2022/23': '200000', '2023/24': '250000' } },
    },
  ],
};

describe('contributions from a scenario file', () => {
  const e = evaluate(parseScenario(file));
  const years = e.contributions![0]!.years;
  const nets = (i: number): Record<string, string> => Object.fromEntries(years[i]!.cells.map((c) => [c.partner, c.net.toFixed()]));

  it('blends 2022/23 by days around 3 October: 185 days at 74/26, 180 at 82/18', () => {
    // SH (185 × 74 + 180 × 82) / 36,500 = 28,450 / 36,500 = 569/730 of 730,000 = 569,000; WD 161,000.
    expect(nets(0)).toEqual({ sh: '569000', wd: '161000' });
  });

  it('keeps 82/18 in 2023/24 (495/599 = 82.64%, 0.64 points) and splits gross and income by it', () => {
    const p = years[1]!.split.periods[0]!;
    expect(p.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    // gross 1,000,000 → 820,000 / 180,000; income 100,000 → 82,000 / 18,000; net 738,000 / 162,000
    expect(nets(1)).toEqual({ sh: '738000', wd: '162000' });
    expect(years[1]!.cells[1]!.saving!.toFixed()).toBe('88000');
  });

  it('resets when the new council joins on 1 October 2024, and splits the year by days', () => {
    // 1 Apr – 30 Sep 2024, 183 days: SH 500 / WD 100 = 83.33 → 83/17, kept from 82/18 (1.33 points).
    // 1 Oct 2024 – 31 Mar 2025, 182 days: 500 / 100 / 400 of 1,000 → 50/10/40, reset: membership changed.
    const [before, after] = years[2]!.split.periods;
    expect([before!.days, before!.decision.decision, before!.stated.weights]).toEqual([183, 'kept', [82n, 18n, 0n]]);
    expect([after!.days, after!.decision]).toEqual([182, { decision: 'reset', reason: 'membership changed' }]);
    // SH (183 × 82 + 182 × 50) / 36,500 = (15,006 + 9,100) / 36,500 = 24,106/36,500 → 660,438.356…
    // WD (183 × 18 + 182 × 10) / 36,500 = 5,114/36,500 → 140,109.589…; NC 182 × 40 / 36,500 = 7,280/36,500 → 199,452.054…
    // Floors 660,438 + 140,109 + 199,452 = 999,999: the odd £1 to the largest remainder, WD's .589.
    expect(nets(2)).toEqual({ sh: '660438', wd: '140110', nc: '199452' });
  });

  it('writes the year of the join to JSON with its periods, dates and decisions', () => {
    const y = (evaluationToJSON(e).contributions![0]!.years as Record<string, unknown>[])[2] as { periods: Record<string, unknown>[] };
    expect(y.periods.map((p) => [p.from, p.until, p.days, p.decision, p.reason ?? null])).toEqual([
      ['2024-04-01', '2024-09-30', 183, 'kept', 'within tolerance'],
      ['2024-10-01', '2025-03-31', 182, 'reset', 'membership changed'],
    ]);
  });
});
