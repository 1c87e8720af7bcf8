// The fast paths of apportionment (safe-integer arithmetic, Decimals built from words) against the
// general ones.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, apportion, type AllocationMode } from '../../src/index.js';
import { fromSafeInteger, fromScaledBigInt } from '../../src/money/_integers.js';
import { apportionSafeUnits, apportionUnits, fitsSafeIntegers } from '../../src/money/_largest-remainder.js';
import { mode, permutation, render, totalAtQuantum } from '../money/arbitraries.js';

const RUNS = { numRuns: 1000 };
const fields = (d: Decimal): unknown => Object.entries(d);
const str = (parts: readonly Decimal[]): string[] => parts.map((p) => p.toString());

/**
 * Largest remainder and the other two modes, written as plainly as possible on BigInts, from their
 * documented rules: largest remainder and first partners give a leftover quantum only to a partner whose
 * exact share is not whole (a remainder above zero); largest weights to any partner with a weight.
 */
function reference(units: bigint, weights: readonly bigint[], rank: readonly number[], m: AllocationMode): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const floors = weights.map((w) => (units * w) / sum);
  const rems = weights.map((w, i) => units * w - floors[i]! * sum);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((_, i) => i)
    .filter((i) => weights[i]! > 0n && (m === 'largestWeights' || rems[i]! > 0n))
    .sort((a, b) => {
      const key = m === 'largestRemainder' ? rems : m === 'largestWeights' ? weights : null;
      if (key !== null && key[a]! !== key[b]!) return key[a]! > key[b]! ? -1 : 1;
      return rank[a]! - rank[b]!;
    });
  const out = [...floors];
  for (let j = 0; left > 0n; j++, left--) out[order[j]!]! += 1n;
  return out;
}

describe('the reference follows the documented rules', () => {
  // Found by a fresh seed: first partners once gave the quantum to a partner whose share was already whole.
  it('first partners: 63 units by 314 : 80 : 866 with the second first in the tie order', () => {
    // 63 × 80 / 1260 = 4 exactly, so the second partner receives no leftover; the third (rank 2) does not
    // come before the first (rank 1).
    expect(reference(63n, [314n, 80n, 866n], [1, 0, 2], 'firstPartners')).toEqual([16n, 4n, 43n]);
    expect(apportionUnits(63n, [314n, 80n, 866n], [1, 0, 2], 'firstPartners')).toEqual([16n, 4n, 43n]);
  });
});

describe('fast paths: properties', () => {
  it('fromScaledBigInt builds exactly what decimal.js parses', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: 0, max: 50 }), (n, places) => {
        const d = fromScaledBigInt(n, places);
        expect(fields(d)).toEqual(fields(new Decimal(render(n, places))));
      }),
      RUNS,
    );
  });

  it('fromSafeInteger builds exactly what decimal.js parses', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 40 }), (v, places) => {
        expect(fields(fromSafeInteger(v, places))).toEqual(fields(new Decimal(render(BigInt(v), places))));
      }),
      RUNS,
    );
  });

  it('apportionUnits, on numbers or BigInts, matches a plain BigInt implementation', () => {
    const weights = fc.array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 10n ** 12n })), { minLength: 1, maxLength: 12 }).filter((ws) => ws.some((w) => w > 0n));
    const units = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 2n ** 40n }), fc.bigInt({ min: 0n, max: 10n ** 20n }));
    const arb = weights.chain((ws) => permutation(ws.length).map((rank) => ({ ws, rank })));
    fc.assert(
      fc.property(units, arb, mode, (u, { ws, rank }, m) => {
        const expected = reference(u, ws, rank, m);
        expect(apportionUnits(u, ws, rank, m)).toEqual(expected);
        const sum = ws.reduce((a, b) => a + b, 0n);
        if (u <= BigInt(Number.MAX_SAFE_INTEGER) && sum <= BigInt(Number.MAX_SAFE_INTEGER) && fitsSafeIntegers(Number(u), Number(sum))) {
          expect(apportionSafeUnits(Number(u), ws.map(Number), Number(sum), rank, m).map(BigInt)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it('apportion gives the same split for weights as numbers, digit strings and Decimals', () => {
    const total = fc.oneof(
      totalAtQuantum,
      // Totals around and past 2^53 quanta, where the number path hands over to BigInts.
      fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom('0.01', '1', '1e-6')).map(([units, q]) => ({ total: new Decimal(q).times(units.toString()).toString(), quantum: q })),
    );
    const weights = fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.maxSafeInteger().map((x) => Math.abs(x))), { minLength: 1, maxLength: 10 })
      .filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(total, weights, mode, ({ total: t, quantum: q }, ws, m) => {
        const options = { quantum: q, mode: m };
        const general = str(apportion(t, ws.map((w) => new Decimal(w)), options));
        expect(str(apportion(t, ws, options))).toEqual(general);
        expect(str(apportion(t, ws.map(String), options))).toEqual(general);
        expect(str(apportion(new Decimal(t), ws, { ...options, quantum: new Decimal(q) }))).toEqual(general);
      }),
      RUNS,
    );
  });
});
