/**
 * ruleWeights: integer weights per partner from an attribution rule, exact for every rule, so that
 * apportioning by them apportions by the exact shares the rule defines.
 */
import { describe, expect, it } from 'vitest';
import { ruleWeights } from '../../src/attribution/index.js';
import { Decimal, apportion, parseScenario, type Partner, type Rule } from '../../src/index.js';

const d = (x: string | number): Decimal => new Decimal(x);
const partners: Partner[] = [
  { id: 'a', name: 'A', metrics: new Map([['population', d(1)], ['posts', d('0.5')], ['calls', d(0)]]), metricsByYear: new Map() },
  { id: 'b', name: 'B', metrics: new Map([['population', d(2)], ['posts', d('1.25')], ['calls', d(3)]]), metricsByYear: new Map() },
  { id: 'c', name: 'C', metrics: new Map([['population', d(7)], ['posts', d('0.25')], ['calls', d(1)]]), metricsByYear: new Map() },
];

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
/** Weights in lowest terms, so two weightings compare as the same shares. */
const lowest = (ws: readonly bigint[]): bigint[] => {
  const g = ws.reduce((a, b) => gcd(a, b), 0n);
  return ws.map((w) => w / g);
};

const equal: Rule = { kind: 'equal' };
const population: Rule = { kind: 'metric', metric: 'population' };

describe('ruleWeights: the plain rules', () => {
  it.each([
    ['equal', equal, [1n, 1n, 1n]],
    ['metric, integers', population, [1n, 2n, 7n]],
    ['metric, decimals (scaled to a common denominator)', { kind: 'metric', metric: 'posts' } as Rule, [2n, 5n, 1n]],
    ['metric with a zero', { kind: 'metric', metric: 'calls' } as Rule, [0n, 3n, 1n]],
    ['shares', { kind: 'shares', shares: new Map([['a', d('0.25')], ['b', d('0.5')], ['c', d('0.25')]]) } as Rule, [1n, 2n, 1n]],
  ])('%s', (_, rule, expected) => {
    expect(lowest(ruleWeights(rule, partners))).toEqual(expected);
  });

  it('a partner the rule does not mention gets zero weight', () => {
    expect(ruleWeights({ kind: 'metric', metric: 'nothing' }, partners)).toEqual([0n, 0n, 0n]);
  });
});

describe('ruleWeights: blends are exact', () => {
  it('half equal, half by population gives exactly 1/6 + p/20: 13/60, 16/60, 31/60', () => {
    const blend: Rule = { kind: 'blend', parts: [{ weight: d('0.5'), rule: equal }, { weight: d('0.5'), rule: population }] };
    expect(lowest(ruleWeights(blend, partners))).toEqual([13n, 16n, 31n]);
    // So apportioning £60 by them gives exactly £13, £16 and £31, with nothing left to round.
    expect(apportion('60', ruleWeights(blend, partners).map(String), { quantum: '1' }).map(String)).toEqual(['13', '16', '31']);
  });

  it('the blend weights need only be in proportion: 1 and 1, or 50 and 50, give the same shares as 0.5 and 0.5', () => {
    const as = (x: string, y: string): Rule => ({ kind: 'blend', parts: [{ weight: d(x), rule: equal }, { weight: d(y), rule: population }] });
    expect(lowest(ruleWeights(as('1', '1'), partners))).toEqual([13n, 16n, 31n]);
    expect(lowest(ruleWeights(as('50', '50'), partners))).toEqual([13n, 16n, 31n]);
  });

  it('a quarter equal, three quarters by posts: 1/12 + (3/4)·(2, 5, 1)/8', () => {
    const blend: Rule = { kind: 'blend', parts: [{ weight: d('0.25'), rule: equal }, { weight: d('0.75'), rule: { kind: 'metric', metric: 'posts' } }] };
    // 1/12 + 3·(2,5,1)/32 = (8 + 18, 8 + 45, 8 + 9)/96 = 26/96, 53/96, 17/96
    expect(lowest(ruleWeights(blend, partners))).toEqual([26n, 53n, 17n]);
  });

  it('a part with zero weight drops out; a blend of one part is that part', () => {
    const blend: Rule = { kind: 'blend', parts: [{ weight: d(0), rule: equal }, { weight: d(3), rule: population }] };
    expect(lowest(ruleWeights(blend, partners))).toEqual([1n, 2n, 7n]);
    expect(lowest(ruleWeights({ kind: 'blend', parts: [{ weight: d(1), rule: equal }] }, partners))).toEqual([1n, 1n, 1n]);
  });

  it('nested blends combine exactly', () => {
    const inner: Rule = { kind: 'blend', parts: [{ weight: d(1), rule: equal }, { weight: d(1), rule: population }] };
    const outer: Rule = { kind: 'blend', parts: [{ weight: d(1), rule: inner }, { weight: d(1), rule: equal }] };
    // (13/60 + 1/3)/2, … = (33, 36, 51)/120 = (11, 12, 17)/40
    expect(lowest(ruleWeights(outer, partners))).toEqual([11n, 12n, 17n]);
  });

  it('the same through a scenario file: a line split half equally, half by population', () => {
    const scenario = parseScenario({
      version: 1,
      title: 'Blend',
      settings: { firstYear: '2011/12', years: 1 },
      partners: partners.map((p) => ({ id: p.id, name: p.name, metrics: { population: p.metrics.get('population')!.toString() } })),
      lines: [{ id: 'l', name: 'L', amount: '600', attribution: { rule: 'blend', parts: [{ weight: '0.5', attribution: { rule: 'equal' } }, { weight: '0.5', attribution: { rule: 'metric', metric: 'population' } }] } }],
    });
    const line = scenario.lines[0]!;
    if (line.money.kind !== 'rule') throw new Error('expected a rule split');
    expect(lowest(ruleWeights(line.money.rule, scenario.partners))).toEqual([13n, 16n, 31n]);
  });
});

describe('ruleWeights: shares stated to a precision', () => {
  it.each([
    ['equal to whole percent: 34 / 33 / 33 (largest remainder, partner order on ties)', { kind: 'equal', precision: d('0.01') } as Rule, [34n, 33n, 33n]],
    ['equal to quarters: 2 / 1 / 1', { kind: 'equal', precision: d('0.25') } as Rule, [2n, 1n, 1n]],
    ['population to whole percent: 10 / 20 / 70 (already exact)', { kind: 'metric', metric: 'population', precision: d('0.01') } as Rule, [10n, 20n, 70n]],
    ['posts to tenths: 2.5 / 6.25 / 1.25 → 3 / 6 / 1', { kind: 'metric', metric: 'posts', precision: d('0.1') } as Rule, [3n, 6n, 1n]],
    ['precision 1: everything to the largest share', { kind: 'metric', metric: 'population', precision: d(1) } as Rule, [0n, 0n, 1n]],
  ])('%s', (_, rule, expected) => {
    expect(ruleWeights(rule, partners)).toEqual(expected);
  });

  it('the stated shares always add up to 1 / precision units', () => {
    for (const p of ['0.01', '0.001', '0.05', '0.2', '0.5']) {
      const w = ruleWeights({ kind: 'metric', metric: 'posts', precision: d(p) }, partners);
      expect(w.reduce((a, b) => a + b, 0n)).toBe(BigInt(d(1).dividedBy(p).toFixed(0)));
    }
  });
});

describe('ruleWeights: an agreed prior split and a tolerance', () => {
  // By population the shares are 0.1, 0.2, 0.7.
  const prior = new Map([['a', d('0.12')], ['b', d('0.2')], ['c', d('0.68')]]);

  it('keeps the prior when no share moved by more than the tolerance (0.02 against 0.03)', () => {
    expect(ruleWeights({ kind: 'metric', metric: 'population', prior, tolerance: d('0.03') }, partners)).toEqual([12n, 20n, 68n]);
  });

  it('keeps the prior when a share moved by exactly the tolerance', () => {
    expect(ruleWeights({ kind: 'metric', metric: 'population', prior, tolerance: d('0.02') }, partners)).toEqual([12n, 20n, 68n]);
  });

  it('replaces the prior when a share moved beyond the tolerance (0.02 against 0.01)', () => {
    expect(lowest(ruleWeights({ kind: 'metric', metric: 'population', prior, tolerance: d('0.01') }, partners))).toEqual([1n, 2n, 7n]);
  });

  it('with no tolerance, keeps only an identical prior', () => {
    expect(lowest(ruleWeights({ kind: 'metric', metric: 'population', prior, tolerance: d(0) }, partners))).toEqual([1n, 2n, 7n]);
    const same = new Map([['a', d('0.1')], ['b', d('0.2')], ['c', d('0.7')]]);
    expect(ruleWeights({ kind: 'metric', metric: 'population', prior: same, tolerance: d(0) }, partners)).toEqual([1n, 2n, 7n]);
  });

  it('a replaced prior gives way to the new shares stated to the precision; a kept one is used as it is', () => {
    const equalPrior = new Map([['a', d('0.3')], ['b', d('0.3')], ['c', d('0.4')]]);
    // Equal shares are 1/3 each: at most 0.4 − 1/3 = 0.0666… from the prior, within 0.07, so the prior stays.
    expect(ruleWeights({ kind: 'equal', prior: equalPrior, tolerance: d('0.07'), precision: d('0.01') }, partners)).toEqual([3n, 3n, 4n]);
    // Within 0.05 it does not: the equal shares, to whole percent.
    expect(ruleWeights({ kind: 'equal', prior: equalPrior, tolerance: d('0.05'), precision: d('0.01') }, partners)).toEqual([34n, 33n, 33n]);
  });

  it('compares exactly: a move of 0.4 − 1/3 = 0.0666… is beyond a tolerance of 0.0666 but within 0.0667', () => {
    const equalPrior = new Map([['a', d('0.3')], ['b', d('0.3')], ['c', d('0.4')]]);
    expect(ruleWeights({ kind: 'equal', prior: equalPrior, tolerance: d('0.0666') }, partners)).toEqual([1n, 1n, 1n]);
    expect(ruleWeights({ kind: 'equal', prior: equalPrior, tolerance: d('0.0667') }, partners)).toEqual([3n, 3n, 4n]);
  });
});

describe('ruleWeights: a prior stated among other partners', () => {
  // Population 1 : 2 among a and b alone is a third and two thirds; a prior of a half each among a, b
  // and c (or among a alone) was agreed among others and is not kept, however wide the tolerance.
  const ab = partners.slice(0, 2);
  it.each([
    ['naming a partner who is not a party', new Map([['a', d('0.5')], ['b', d('0.25')], ['c', d('0.25')]])],
    ['leaving out a partner who is', new Map([['a', d('1')]])],
  ])('is not applicable when %s', (_, prior) => {
    const rule = { kind: 'metric', metric: 'population', prior, tolerance: d(1) } as Rule;
    expect(lowest(ruleWeights(rule, ab))).toEqual([1n, 2n]);
  });

  it('is kept when it names exactly the parties', () => {
    const rule = { kind: 'metric', metric: 'population', prior: new Map([['a', d('0.5')], ['b', d('0.5')]]), tolerance: d(1) } as Rule;
    expect(lowest(ruleWeights(rule, ab))).toEqual([1n, 1n]);
  });
});
