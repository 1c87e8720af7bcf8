import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, reviewShares, shares } from '../../src/index.js';
import { sum, weights } from '../money/arbitraries.js';

const RUNS = { numRuns: 1000 };
const str = (parts: readonly Decimal[]): string[] => parts.map((p) => p.toString());

/** Precisions that divide 1: 1/(2^a·5^b) for small a, b, plus the default. */
const precision = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 })).map(([a, b]) => new Decimal(1).dividedBy(new Decimal(2).pow(a).times(new Decimal(5).pow(b))).toString()),
  fc.constantFrom('0.01', '0.001', '1e-12', '1'),
);

describe('shares: properties', () => {
  it('sum exactly to 1, each on the precision, each within one precision of its exact proportion', () => {
    fc.assert(
      fc.property(weights(), precision, (ws, p) => {
        const out = shares(ws, { precision: p });
        expect(sum(out).toString()).toBe('1');
        const W = sum(ws.map((w) => new Decimal(w)));
        const bound = new Decimal(p).times(W);
        out.forEach((s, i) => {
          expect(s.mod(p).isZero()).toBe(true);
          expect(s.isNegative()).toBe(false);
          expect(s.lessThanOrEqualTo(1)).toBe(true);
          // |s − w/W| < p  ⇔  |s·W − w| < p·W
          expect(s.times(W).minus(ws[i]!).abs().lessThan(bound)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('sum exactly to 1 at the default precision and in whole percent', () => {
    fc.assert(
      fc.property(weights(30), (ws) => {
        expect(sum(shares(ws)).toString()).toBe('1');
        expect(sum(shares(ws, { precision: '0.01' })).toString()).toBe('1');
      }),
      RUNS,
    );
  });

  it('keep a prior that is the rounded split itself when the tolerance is the precision', () => {
    fc.assert(
      fc.property(weights(), precision, (ws, p) => {
        const fresh = shares(ws, { precision: p });
        const r = reviewShares(ws, { precision: p, prior: fresh.map(String), tolerance: p });
        expect(r.keptPrior).toBe(true);
        expect(str(r.shares)).toEqual(str(fresh));
        expect(r.largestMovement.lessThan(p)).toBe(true);
      }),
      RUNS,
    );
  });

  it('with no tolerance, keep a prior only when it is exactly the proportions', () => {
    fc.assert(
      fc.property(weights(), precision, (ws, p) => {
        const fresh = shares(ws, { precision: p });
        const W = sum(ws.map((w) => new Decimal(w)));
        const exact = fresh.every((s, i) => s.times(W).equals(ws[i]!));
        const r = reviewShares(ws, { precision: p, prior: fresh.map(String) });
        expect(r.keptPrior).toBe(exact);
        expect(r.largestMovement.isZero()).toBe(exact);
        expect(str(r.shares)).toEqual(str(fresh));
      }),
      RUNS,
    );
  });

  it('record weights give the shares of the array of their values', () => {
    fc.assert(
      fc.property(weights(8), precision, (ws, p) => {
        const record = Object.fromEntries(ws.map((w, i) => [`p${i}`, w]));
        const byId = shares(record, { precision: p });
        expect(Object.values(byId).map(String)).toEqual(str(shares(ws, { precision: p })));
      }),
      RUNS,
    );
  });
});
