/**
 * Contributions to cost-sharing agreements, with figures worked by hand: a chain of priors (kept, then
 * reset twice), a change of rule with effect from a date inside a year, and a partner joining.
 */
import { describe, expect, it } from 'vitest';
import { evaluationToJSON } from '../../../src/index.js';
import type { Evaluation } from '../../../src/engine/index.js';
import { agreementScenario, cost, d, day, evaluated, shares, step } from './_agreements.js';

/** Each year's contributions, partner → net, as text. */
const nets = (e: Evaluation, agreement = 0): Record<string, Record<string, string>> =>
  Object.fromEntries(e.contributions![agreement]!.years.map((y) => [y.year, Object.fromEntries(y.cells.map((c) => [c.partner, c.net.toFixed()]))]));

describe('a chain of priors: planning enforcement cases, 3-point tolerance, whole percent', () => {
  // Cases SH / WD: 2021/22 439 / 155; 2022/23 372 / 150; 2023/24 382 / 118. Stated prior 75/25.
  const e = evaluated(
    agreementScenario(
      '2021/22',
      3,
      [
        { id: 'sh', byYear: { cases: { 0: '439', 1: '372', 2: '382' } } },
        { id: 'wd', byYear: { cases: { 0: '155', 1: '150', 2: '118' } } },
      ],
      [
        {
          id: 'enforcement',
          name: 'Planning enforcement',
          schedule: [step('2021-04-01', { kind: 'metric', metric: 'cases', precision: d('0.01'), prior: shares({ sh: '0.75', wd: '0.25' }), tolerance: d('0.03') })],
          costs: [cost(0, { net: '100000' }), cost(1, { gross: '120000', income: '20000' }), cost(2, { net: '100001' })],
        },
      ],
    ),
  );
  const years = e.contributions![0]!.years;

  it('keeps 75/25 in 2021/22: 439/594 = 73.91%, 1.09 points from 75', () => {
    const p = years[0]!.split.periods[0]!;
    // |439/594 − 3/4| = |1756 − 1782| / 2376 = 26/2376 = 13/1188 ≈ 0.0109 ≤ 0.03
    expect(p.movement).toEqual({ numerator: 13n, denominator: 1188n });
    expect(p.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    expect(years[0]!.split.shares.map((f) => `${f.numerator}/${f.denominator}`)).toEqual(['3/4', '1/4']);
  });

  it('resets to 71/29 in 2022/23: 372/522 = 71.26%, 3.74 points from the 75 kept the year before', () => {
    const p = years[1]!.split.periods[0]!;
    // 372/522 = 62/87; |62/87 − 3/4| = |248 − 261| / 348 = 13/348 ≈ 0.0374 > 0.03; 71.26 → 71, 28.74 → 29
    expect(p.prior).toEqual({ weights: [75n, 25n], total: 100n });
    expect(p.movement).toEqual({ numerator: 13n, denominator: 348n });
    expect(p.decision).toEqual({ decision: 'reset', reason: 'moved beyond tolerance' });
    expect(p.stated).toEqual({ weights: [71n, 29n], total: 100n });
  });

  it('resets to 76/24 in 2023/24 from the 71 stated in 2022/23: 382/500 = 76.40%, 5.40 points', () => {
    const p = years[2]!.split.periods[0]!;
    expect(p.prior).toEqual({ weights: [71n, 29n], total: 100n });
    expect(p.movement).toEqual({ numerator: 27n, denominator: 500n });
    expect(p.stated).toEqual({ weights: [76n, 24n], total: 100n });
  });

  it('apportions each year by its stated split, gross and income each, net = gross − income', () => {
    // 2021/22: 100,000 × 75% / 25%. 2022/23: gross 120,000 → 85,200 / 34,800; income 20,000 → 14,200 / 5,800.
    // 2023/24: 100,001 × 76% = 76,000.76 and × 24% = 24,000.24: floors 76,000 + 24,000, the odd £1 to the
    // larger remainder (.76), so 76,001 / 24,000.
    expect(nets(e)).toEqual({ '2021/22': { sh: '75000', wd: '25000' }, '2022/23': { sh: '71000', wd: '29000' }, '2023/24': { sh: '76001', wd: '24000' } });
    const [sh, wd] = years[1]!.cells;
    expect([sh!.gross!.toFixed(), sh!.income!.toFixed(), wd!.gross!.toFixed(), wd!.income!.toFixed()]).toEqual(['85200', '14200', '34800', '5800']);
  });
});

describe('a change of rule with effect from 3 October 2022 (HR: 74/26, then posts 512 / 110)', () => {
  const e = evaluated(
    agreementScenario(
      '2022/23',
      1,
      [
        { id: 'sh', byYear: { posts: { 0: '512' } } },
        { id: 'wd', byYear: { posts: { 0: '110' } } },
      ],
      [
        {
          id: 'hr',
          name: 'Human resources',
          schedule: [step('2022-04-01', { kind: 'shares', shares: shares({ sh: '0.74', wd: '0.26' }) }), step('2022-10-03', { kind: 'metric', metric: 'posts', precision: d('0.01') })],
          costs: [cost(0, { net: '730000' })],
        },
      ],
    ),
  );
  const year = e.contributions![0]!.years[0]!;

  it('cuts the year at 3 October: 185 days before (1 April – 2 October), 180 after, of 365', () => {
    expect(year.split.days).toBe(365);
    expect(year.split.periods.map((p) => [p.from, p.until, p.days])).toEqual([
      [day('2022-04-01'), day('2022-10-02'), 185],
      [day('2022-10-03'), day('2023-03-31'), 180],
    ]);
    // 512/622 = 82.32% → 82/18
    expect(year.split.periods[1]!.stated).toEqual({ weights: [82n, 18n], total: 100n });
  });

  it('blends by days: SH (185 × 74 + 180 × 82) / 36,500 = 569/730, WD 161/730', () => {
    // 185 × 0.74 = 136.9; 180 × 0.82 = 147.6; 284.5 / 365 = 569/730. WD: (48.1 + 32.4) / 365 = 161/730.
    expect(year.split.shares).toEqual([
      { numerator: 569n, denominator: 730n },
      { numerator: 161n, denominator: 730n },
    ]);
    expect(nets(e)).toEqual({ '2022/23': { sh: '569000', wd: '161000' } });
  });
});

describe('a partner joining on 1 October 2024, equal shares', () => {
  const e = evaluated(
    agreementScenario(
      '2023/24',
      2,
      [{ id: 'a' }, { id: 'b' }, { id: 'c', membership: { from: day('2024-10-01') } }],
      [{ id: 'legal', name: 'Legal', schedule: [step('2023-04-01', { kind: 'equal' })], costs: [cost(0, { net: '100000' }), cost(1, { net: '219000' })] }],
    ),
  );

  it('gives nothing before it joins: 2023/24 is split between the two parties', () => {
    expect(nets(e)['2023/24']).toEqual({ a: '50000', b: '50000' });
  });

  it('apportions the year of the join by days: 183 days in halves, 182 in thirds', () => {
    // A: (183/2 + 182/3) / 365 = (549 + 364) / 2190 = 913/2190; C: (182/3) / 365 = 364/2190.
    // 219,000 × 913/2190 = 91,300; × 364/2190 = 36,400.
    const year = e.contributions![0]!.years[1]!;
    expect(year.split.periods.map((p) => [p.days, p.members])).toEqual([
      [183, [0, 1]],
      [182, [0, 1, 2]],
    ]);
    expect(nets(e)['2024/25']).toEqual({ a: '91300', b: '91300', c: '36400' });
  });

  it('serialises the split and contributions as exact fractions and strings', () => {
    const json = evaluationToJSON(e).contributions!;
    const y = (json[0]!.years as Record<string, unknown>[])[1]!;
    expect(y.shares).toEqual({ a: '913/2190', b: '913/2190', c: '182/1095' });
    expect(y.contributions).toEqual([
      { partner: 'a', net: '91300' },
      { partner: 'b', net: '91300' },
      { partner: 'c', net: '36400' },
    ]);
  });
});
