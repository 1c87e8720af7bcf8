import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, apportion, type AllocationMode } from '../../src/index.js';
import { checkApportionment } from '../../src/testing/index.js';
import { mode, permutation, sum, totalAtQuantum, weights, weightsWithTieOrder } from '../money/arbitraries.js';

const RUNS = { numRuns: 1000 };
const str = (parts: readonly Decimal[]): string[] => parts.map((p) => p.toString());

describe('apportion: properties', () => {
  it('shares sum exactly to the total, and pass checkApportionment', () => {
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, ({ total, quantum: q }, { weights: ws, tieOrder }) => {
        const parts = apportion(total, ws, { quantum: q, tieOrder });
        expect(parts).toHaveLength(ws.length);
        expect(sum(parts).equals(total)).toBe(true);
        expect(checkApportionment(total, ws, parts, q)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('each share is within one quantum of its exact value (largestWeights: at most one), checked without division', () => {
    fc.assert(
      fc.property(totalAtQuantum, weights(), mode, ({ total, quantum: q }, ws, m) => {
        const parts = apportion(total, ws, { quantum: q, mode: m });
        const t = new Decimal(total);
        const W = sum(ws.map((w) => new Decimal(w)));
        const bound = new Decimal(q).times(W);
        parts.forEach((share, i) => {
          // |share − t·w/W| < q  ⇔  |share·W − t·w| < q·W. largestWeights, as dinero.js, may round up a
          // share that divides exactly, to exactly one quantum above it.
          const gap = share.times(W).minus(t.times(ws[i]!)).abs();
          expect(m === 'largestWeights' ? gap.lessThanOrEqualTo(bound) : gap.lessThan(bound)).toBe(true);
          // and it is a whole number of quanta
          expect(share.mod(q).isZero()).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('a zero weight gets zero, in every mode and whatever the tie order', () => {
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, mode, ({ total, quantum: q }, { weights: ws, tieOrder }, m) => {
        const parts = apportion(total, ws, { quantum: q, tieOrder, mode: m });
        ws.forEach((w, i) => {
          if (new Decimal(w).isZero()) expect(parts[i]!.isZero()).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('permuting the weights and the tie order together permutes the shares', () => {
    const arb = weightsWithTieOrder.chain((wt) => permutation(wt.weights.length).map((perm) => ({ ...wt, perm })));
    fc.assert(
      fc.property(totalAtQuantum, arb, mode, ({ total, quantum: q }, { weights: ws, tieOrder, perm }, m) => {
        const parts = str(apportion(total, ws, { quantum: q, tieOrder, mode: m }));
        // Position j of the permuted input holds original index perm[j].
        const where = new Array<number>(ws.length);
        perm.forEach((original, j) => {
          where[original] = j;
        });
        const permutedWeights = perm.map((i) => ws[i]!);
        const permutedTieOrder = tieOrder.map((i) => where[i]!);
        const permuted = str(apportion(total, permutedWeights, { quantum: q, tieOrder: permutedTieOrder, mode: m }));
        expect(permuted).toEqual(perm.map((i) => parts[i]!));
      }),
      RUNS,
    );
  });

  it('without a tie order, permuting is the same as listing the original order as the tie order', () => {
    fc.assert(
      fc.property(
        totalAtQuantum,
        weights().chain((ws) => permutation(ws.length).map((perm) => ({ ws, perm }))),
        ({ total, quantum: q }, { ws, perm }) => {
          const parts = str(apportion(total, ws, { quantum: q }));
          const where = new Array<number>(ws.length);
          perm.forEach((original, j) => {
            where[original] = j;
          });
          const tieOrder = ws.map((_, i) => where[i]!);
          expect(str(apportion(total, perm.map((i) => ws[i]!), { quantum: q, tieOrder }))).toEqual(perm.map((i) => parts[i]!));
        },
      ),
      RUNS,
    );
  });

  it('scaling every weight by the same positive factor, integer or decimal, changes nothing', () => {
    const factor = fc.oneof(
      fc.bigInt({ min: 1n, max: 1_000_000n }).map(String),
      fc.tuple(fc.bigInt({ min: 1n, max: 10_000_000_000n }), fc.integer({ min: 1, max: 12 })).map(([n, s]) => new Decimal(n.toString()).dividedBy(new Decimal(10).pow(s)).toString()),
    );
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, factor, mode, ({ total, quantum: q }, { weights: ws, tieOrder }, f, m) => {
        const options = { quantum: q, tieOrder, mode: m };
        const scaled = ws.map((w) => new Decimal(w).times(f).toString());
        expect(str(apportion(total, scaled, options))).toEqual(str(apportion(total, ws, options)));
      }),
      RUNS,
    );
  });

  it('a negative total gives exactly the negated shares of the positive total', () => {
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, mode, ({ total, quantum: q }, { weights: ws, tieOrder }, m) => {
        const t = new Decimal(total).abs();
        const positive = apportion(t, ws, { quantum: q, tieOrder, mode: m });
        const negative = apportion(t.negated(), ws, { quantum: q, tieOrder, mode: m });
        expect(str(negative)).toEqual(str(positive.map((p) => p.negated())));
      }),
      RUNS,
    );
  });

  it('is deterministic: the same inputs twice give the same strings', () => {
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, mode, ({ total, quantum: q }, { weights: ws, tieOrder }, m) => {
        const options = { quantum: q, tieOrder, mode: m };
        expect(str(apportion(total, [...ws], options))).toEqual(str(apportion(total, [...ws], options)));
      }),
      RUNS,
    );
  });

  it('firstPartners and largestWeights also sum exactly, stay on the quantum, give a zero weight zero and stay within a quantum', () => {
    const other = fc.constantFrom<AllocationMode>('firstPartners', 'largestWeights');
    fc.assert(
      fc.property(totalAtQuantum, weightsWithTieOrder, other, ({ total, quantum: q }, { weights: ws, tieOrder }, m) => {
        const parts = apportion(total, ws, { quantum: q, tieOrder, mode: m });
        expect(sum(parts).equals(total)).toBe(true);
        const violations = checkApportionment(total, ws, parts, q);
        if (m === 'firstPartners') expect(violations).toEqual([]);
        else {
          // largestWeights, as dinero.js: a share that divides exactly may still take a leftover quantum,
          // which puts it exactly one quantum above its exact value; nothing else may be off.
          expect(violations.filter((v) => v.rule !== 'bound')).toEqual([]);
          const W = sum(ws.map((w) => new Decimal(w)));
          parts.forEach((p, i) => {
            const exact = new Decimal(total).times(ws[i]!).dividedBy(W);
            expect(p.minus(exact).abs().lessThanOrEqualTo(q)).toBe(true);
          });
        }
      }),
      RUNS,
    );
  });

  it('largest remainder: a partner given a leftover quantum had a remainder at least as large as any partner not given one', () => {
    const positiveTotal = totalAtQuantum.map(({ total, quantum: q }) => ({ total: new Decimal(total).abs().toString(), quantum: q }));
    fc.assert(
      fc.property(positiveTotal, weightsWithTieOrder, ({ total, quantum: q }, { weights: ws, tieOrder }) => {
        const parts = apportion(total, ws, { quantum: q, tieOrder });
        const t = new Decimal(total);
        const W = sum(ws.map((w) => new Decimal(w)));
        const qW = new Decimal(q).times(W);
        // Scaled by W: exact value t·w and share·W; a partner got a leftover when share·W > t·w.
        const exact = ws.map((w) => t.times(w));
        const scaledShare = parts.map((p) => p.times(W));
        const got = parts.map((_, i) => scaledShare[i]!.greaterThan(exact[i]!));
        // Remainder, times W: exact − floor = exact − (share − q) for those given one, exact − share for the rest.
        const remainder = parts.map((_, i) => exact[i]!.minus(scaledShare[i]!).plus(got[i] ? qW : 0));
        const rank = new Array<number>(ws.length);
        tieOrder.forEach((index, position) => {
          rank[index] = position;
        });
        for (let i = 0; i < ws.length; i++) {
          if (!got[i]) continue;
          for (let j = 0; j < ws.length; j++) {
            if (got[j] || new Decimal(ws[j]!).isZero()) continue;
            const cmp = remainder[i]!.comparedTo(remainder[j]!);
            expect(cmp > 0 || (cmp === 0 && rank[i]! < rank[j]!)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('record weights split as the array of their values, ties by id as by index', () => {
    const ids = fc.uniqueArray(fc.constantFrom('hf', 'rbkc', 'cow', '__proto__', 'constructor', 'toString', 'a b', '0', '1x', 'oldham'), { minLength: 1, maxLength: 10 });
    const arb = ids.chain((keys) =>
      fc.tuple(fc.array(fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 1000n }).map(String)), { minLength: keys.length, maxLength: keys.length }), permutation(keys.length)).map(([ws, tie]) => ({
        keys,
        ws: ws.some((w) => w !== '0') ? ws : ws.map(() => '1'),
        tie,
      })),
    );
    fc.assert(
      fc.property(totalAtQuantum, arb, mode, ({ total, quantum: q }, { keys, ws, tie }, m) => {
        const record: Record<string, string> = {};
        keys.forEach((k, i) => {
          Object.defineProperty(record, k, { value: ws[i], enumerable: true, writable: true, configurable: true });
        });
        // Object.keys puts integer-like ids first; the array form follows that order.
        const order = Object.keys(record);
        const byIndex = apportion(total, order.map((k) => record[k]!), { quantum: q, mode: m, tieOrder: tie.map((i) => order.indexOf(keys[i]!)) });
        const byId = apportion(total, record, { quantum: q, mode: m, tieOrder: tie.map((i) => keys[i]!) });
        expect(Object.keys(byId)).toEqual(order);
        expect(order.map((k) => byId[k]!.toString())).toEqual(str(byIndex));
        expect(Object.getPrototypeOf(byId)).toBe(Object.prototype);
      }),
      RUNS,
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('hf');
  });

  it('number weights split as their shortest round-trip strings', () => {
    const num = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || x >= 1e-30));
    fc.assert(
      fc.property(
        totalAtQuantum,
        fc.array(num, { minLength: 1, maxLength: 8 }).filter((ws) => ws.some((w) => w > 0)),
        ({ total, quantum: q }, ws) => {
          expect(str(apportion(total, ws, { quantum: q }))).toEqual(str(apportion(total, ws.map(String), { quantum: q })));
        },
      ),
      RUNS,
    );
  });

  it('a quantum written in exponent form or plainly gives the same split', () => {
    fc.assert(
      fc.property(totalAtQuantum, weights(), ({ total, quantum: q }, ws) => {
        const plain = new Decimal(q).toString();
        expect(q).toMatch(/e/);
        expect(str(apportion(total, ws, { quantum: q }))).toEqual(str(apportion(total, ws, { quantum: plain })));
      }),
      RUNS,
    );
  });
});
