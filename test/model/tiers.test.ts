import { describe, expect, it } from 'vitest';
import { TIERS, isTier, perTier, scenarioJsonSchema } from '../../src/schema/index.js';

describe('tiers, one list', () => {
  it('are assured, projected, possible, in that order', () => {
    expect(TIERS).toEqual(['assured', 'projected', 'possible']);
  });

  it.each([
    ['assured', true],
    ['possible', true],
    ['Assured', false],
    ['likely', false],
    [undefined, false],
  ])('isTier(%j) is %s', (value, expected) => {
    expect(isTier(value)).toBe(expected);
  });

  it('perTier makes one entry per tier, in order', () => {
    expect(Object.entries(perTier((t) => t.length))).toEqual([
      ['assured', 7],
      ['projected', 9],
      ['possible', 8],
    ]);
  });

  it('the JSON schema lists the same tiers wherever a tier is named', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    const enums = [...text.matchAll(/"enum":\[("assured"[^\]]*)\]/g)].map((m) => JSON.parse(`[${m[1]}]`));
    expect(enums.length).toBeGreaterThanOrEqual(3);
    for (const e of enums) expect(e).toEqual([...TIERS]);
    const weights = text.match(/"riskWeights":\{[^{]*"properties":\{"assured":.*?"projected":.*?"possible":/);
    expect(weights).not.toBeNull();
  });
});
