/**
 * The arbitraries of shared-services-model/testing keep their promises: amounts on their quantum and in
 * range, weights with one above zero, shares summing exactly to 1, and scenarios that exercise every
 * feature the brief lists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { amountArbitrary, scenarioArbitrary, sharesArbitrary, weightsArbitrary } from '../../src/testing/arbitraries.js';

const sum = (xs: readonly string[]): Decimal => xs.reduce((a, b) => a.plus(b), new Decimal(0));

describe('amountArbitrary', () => {
  it('gives decimal strings on the quantum, between min and max', () => {
    const options = fc.record({
      quantum: fc.constantFrom('0.01', '1', '0.25', '1000', '0.001', '5e-3'),
      min: fc.constantFrom('-1000000', '0', '-0.5', '3'),
      max: fc.constantFrom('1000000', '10', '3.75'),
    });
    fc.assert(
      fc.property(options.filter((o) => new Decimal(o.max).div(o.quantum).floor().gte(new Decimal(o.min).div(o.quantum).ceil())).chain((o) => amountArbitrary(o).map((a) => ({ o, a }))), ({ o, a }) => {
        expect(a).toMatch(/^-?\d+(\.\d+)?$/);
        const d = new Decimal(a);
        expect(d.mod(o.quantum).isZero()).toBe(true);
        expect(d.greaterThanOrEqualTo(o.min) && d.lessThanOrEqualTo(o.max)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses bounds with no multiple of the quantum between them', () => {
    expect(() => amountArbitrary({ quantum: '1', min: '0.2', max: '0.8' })).toThrow(RangeError);
  });
});

describe('weightsArbitrary and sharesArbitrary', () => {
  it('weights: exactly n, non-negative, at least one above zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => weightsArbitrary(n).map((ws) => ({ n, ws }))), ({ n, ws }) => {
        expect(ws).toHaveLength(n);
        expect(ws.every((w) => !new Decimal(w).isNegative())).toBe(true);
        expect(ws.some((w) => !new Decimal(w).isZero())).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('shares: exactly n, non-negative, summing exactly to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => sharesArbitrary(n).map((ss) => ({ n, ss }))), ({ n, ss }) => {
        expect(ss).toHaveLength(n);
        expect(ss.every((s) => !new Decimal(s).isNegative())).toBe(true);
        expect(sum(ss).equals(1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every feature a sample of scenarios uses, by name. */
function features(file: Record<string, any>): Set<string> {
  const out = new Set<string>([`unit ${file.settings.unit ?? '£'}`, `partners ${file.partners.length}`]);
  const rule = (r: any): void => {
    out.add(`rule ${r.rule}`);
    if (r.precision !== undefined) out.add('precision');
    if (r.prior !== undefined) out.add('prior');
    if (r.tolerance !== undefined) out.add('tolerance');
    for (const p of r.parts ?? []) rule(p.attribution);
    const signs = r.rule === 'actual' ? Object.values(r.amounts as Record<string, string>).map((v) => new Decimal(v).comparedTo(0)) : [];
    if (signs.includes(1) && signs.includes(-1)) out.add('mixed-sign actual amounts');
  };
  for (const s of file.services ?? []) {
    for (const b of s.budgets ?? []) {
      out.add(`budget ${b.measure}`);
      if ('combined' in b.starting) out.add('starting total only');
      if (b.closing?.attribution) (out.add('closing combined and apportioned'), rule(b.closing.attribution));
      else if (b.closing && 'combined' in b.closing) out.add('closing total only');
      else if (b.closing) out.add('closing per partner');
    }
  }
  for (const l of file.lines ?? []) {
    if (l.from) out.add('derived line');
    if (l.attribution) rule(l.attribution);
    if (l.quantum) out.add('line quantum');
    if (l.tieOrder) out.add('line tie order');
    if (l.phasing?.[0]?.amount !== undefined) out.add('phasing by amounts');
    if (l.phasing?.[0]?.share !== undefined) out.add('phasing by shares');
    if ((l.phasing?.length ?? 0) > 1) out.add('phased over several years');
    if (l.fte?.from) out.add('fte derived');
    if (l.fte?.amount !== undefined) out.add('fte amount');
    if (l.fte?.attribution?.rule === 'actual') out.add('fte actual');
    if (l.amount?.startsWith('-')) out.add('negative line');
    if (l.kind === 'cost') out.add('cost line');
  }
  if (file.settings.tieOrder) out.add('scenario tie order');
  for (const p of file.published ?? []) if (p.sumOf) out.add('published sumOf');
  return out;
}

describe('scenarioArbitrary', () => {
  it('covers every feature within a few hundred scenarios', () => {
    const seen = new Set<string>();
    for (const file of fc.sample(scenarioArbitrary(), { numRuns: 400, seed: 7 })) for (const f of features(file as Record<string, any>)) seen.add(f);
    for (const f of [
      'unit £', 'unit £000', 'unit £m', 'partners 1', 'partners 6',
      'rule equal', 'rule metric', 'rule actual', 'rule shares', 'rule blend', 'precision', 'prior', 'tolerance', 'mixed-sign actual amounts',
      'budget money', 'budget fte', 'budget headcount', 'starting total only', 'closing combined and apportioned', 'closing total only', 'closing per partner',
      'derived line', 'line quantum', 'line tie order', 'phasing by amounts', 'phasing by shares', 'phased over several years',
      'fte derived', 'fte amount', 'fte actual', 'negative line', 'cost line', 'scenario tie order', 'published sumOf',
    ]) {
      expect(seen, f).toContain(f);
    }
  });

  it('respects its options', () => {
    for (const file of fc.sample(scenarioArbitrary({ minPartners: 2, maxPartners: 3, minLines: 2, maxLines: 2, maxYears: 2, maxServices: 0, published: false, mixedSigns: false }), { numRuns: 100, seed: 3 })) {
      expect(file.partners.length).toBeGreaterThanOrEqual(2);
      expect(file.partners.length).toBeLessThanOrEqual(3);
      expect(file.lines).toHaveLength(2);
      expect(file.settings.years).toBeLessThanOrEqual(2);
      expect(file.services).toEqual([]);
      expect(file.published).toBeUndefined();
      expect(features(file as Record<string, any>).has('mixed-sign actual amounts')).toBe(false);
    }
  });

  it('is reproducible from a seed', () => {
    const a = fc.sample(scenarioArbitrary(), { numRuns: 20, seed: 11 });
    const b = fc.sample(scenarioArbitrary(), { numRuns: 20, seed: 11 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
