import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { apportion, formatMoney, fromPounds, parseAmount, percentage, reviewShares, shares, toPounds } from '../../src/index.js';
import { checkApportionment } from '../../src/testing/index.js';
import { decimalString, mode, totalAtQuantum, weightsWithTieOrder } from '../money/arbitraries.js';

const RUNS = { numRuns: 1000 };
const SETTINGS = ['precision', 'rounding', 'toExpNeg', 'toExpPos', 'minE', 'maxE', 'modulo', 'crypto'] as const;
const settings = (): Record<string, unknown> => Object.fromEntries(SETTINGS.map((k) => [k, GlobalDecimal[k]]));

afterEach(() => {
  GlobalDecimal.set({ defaults: true });
});

const globalSettings = fc.record({
  precision: fc.integer({ min: 1, max: 30 }),
  rounding: fc.constantFrom<GlobalDecimal.Rounding>(0, 1, 2, 3, 4, 5, 6, 7, 8),
  toExpNeg: fc.integer({ min: -30, max: 0 }),
  toExpPos: fc.integer({ min: 0, max: 30 }),
  modulo: fc.constantFrom<GlobalDecimal.Modulo>(0, 1, 3, 6, 9),
});

const inputs = fc.record({
  split: totalAtQuantum,
  weights: weightsWithTieOrder,
  mode,
  amount: decimalString(-(10n ** 30n), 10n ** 30n, 12),
  part: decimalString(-(10n ** 12n), 10n ** 12n, 4),
  whole: decimalString(1n, 10n ** 12n, 4),
});

type Inputs = typeof inputs extends fc.Arbitrary<infer T> ? T : never;

function results(x: Inputs): string {
  const parts = apportion(x.split.total, x.weights.weights, { quantum: x.split.quantum, tieOrder: x.weights.tieOrder, mode: x.mode });
  const review = reviewShares(x.weights.weights, { precision: '0.0001', prior: shares(x.weights.weights, { precision: '0.01' }).map(String), tolerance: '0.005' });
  return JSON.stringify({
    parts: parts.map(String),
    check: checkApportionment(x.split.total, x.weights.weights, parts, x.split.quantum),
    shares: shares(x.weights.weights).map(String),
    review: [review.keptPrior, review.largestMovement.toString(), review.shares.map(String)],
    amount: [parseAmount(x.amount).toString(), toPounds(x.amount, '£m').toString(), fromPounds(x.amount, '£m').toString()],
    format: [formatMoney(x.amount), formatMoney(x.amount, { unit: '£000', decimals: 3 }), formatMoney(x.amount, { unit: '£m', decimals: 20, negative: 'minus' })],
    percentage: [percentage(x.part, x.whole).toString(), percentage(x.part, x.whole, { decimals: 15 }).toString()],
  });
}

describe('the global decimal.js Decimal: properties', () => {
  it('is left as it was by every money function', () => {
    fc.assert(
      fc.property(inputs, globalSettings, (x, g) => {
        GlobalDecimal.set(g);
        const before = settings();
        results(x);
        expect(settings()).toEqual(before);
        GlobalDecimal.set({ defaults: true });
      }),
      RUNS,
    );
  });

  it('does not change any result, whatever it is set to', () => {
    fc.assert(
      fc.property(inputs, globalSettings, (x, g) => {
        GlobalDecimal.set({ defaults: true });
        const baseline = results(x);
        GlobalDecimal.set(g);
        expect(results(x)).toBe(baseline);
        GlobalDecimal.set({ defaults: true });
      }),
      RUNS,
    );
  });
});
