import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyVariant, compare, evaluate, isScenarioError, parseScenario } from '../../../src/index.js';

const triBorough = parseScenario(readFileSync(new URL('../../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8'));

describe('applyVariant', () => {
  it('removes a leaving partner everywhere and the scenario still evaluates', () => {
    const without = applyVariant(triBorough, { name: 'cow-leaves', removePartners: ['cow'] });
    expect(without.partners.map((p) => p.id)).toEqual(['hf', 'rbkc']);
    const e = evaluate(without);
    expect(new Set(e.lineCells.map((c) => c.partner))).toEqual(new Set(['hf', 'rbkc']));
    // H&F's share of the management team: 1.122 − 1.314 / 2 = 0.465 once the team is shared by two.
    const mgmt = e.lineCells.filter((c) => c.line === 'single-management-team' && c.partner === 'hf' && c.measure === 'money');
    expect(mgmt.map((c) => c.value.toString())).toEqual(['465000']);
  });

  it('sets a value by path, addressing array items by id, without changing the original', () => {
    const v = applyVariant(triBorough, { name: 'half-possible', set: [{ path: 'appraisal.riskWeights.possible', value: '0.5' }] });
    expect(v.appraisal.riskWeights?.possible?.toString()).toBe('0.5');
    expect(triBorough.appraisal.riskWeights?.possible).toBeUndefined();
    const bigger = applyVariant(triBorough, { name: 'more', set: [{ path: 'lines[fostering-trading].amount', value: '0.300' }] });
    const cells = evaluate(bigger).lineCells.filter((c) => c.line === 'fostering-trading' && c.measure === 'money');
    expect(cells.map((c) => c.value.toString())).toEqual(['100000', '100000', '100000']);
  });

  it('refuses an unknown variant or a path that names nothing, saying where', () => {
    expect(() => applyVariant(triBorough, 'no-such')).toThrow(/variants: expected the name of a variant/);
    try {
      applyVariant(triBorough, { name: 'x', set: [{ path: 'lines[nope].amount', value: '1' }] });
      expect.unreachable();
    } catch (e) {
      expect(isScenarioError(e)).toBe(true);
      expect((e as { issues: { message: string }[] }).issues[0]!.message).toContain('variant.set[0].path');
    }
  });
});

describe('compare', () => {
  it('gives the differences per partner, per year, in NPV and payback', () => {
    const a = evaluate(triBorough);
    const b = evaluate(applyVariant(triBorough, { name: 'cow-leaves', removePartners: ['cow'] }));
    const c = compare(a, b);
    expect(c.savings.map((d) => d.key)).toEqual(['hf', 'rbkc', 'cow', 'total']);
    const cow = c.savings.find((d) => d.key === 'cow')!;
    expect(cow.b).toBeNull();
    expect(cow.difference.equals(cow.a!.negated())).toBe(true);
    const sumOfParts = c.savings.filter((d) => d.key !== 'total').reduce((s, d) => s.plus(d.difference), c.savings[0]!.difference.times(0));
    expect(sumOfParts.equals(c.savings.find((d) => d.key === 'total')!.difference)).toBe(true);
    expect(c.npv.at(-1)!.key).toBe('total');
    expect(c.netByYear.map((d) => d.key)).toEqual(['2011/12', '2012/13', '2013/14', '2014/15']);
  });
});
