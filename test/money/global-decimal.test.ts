import { afterEach, describe, expect, it, vi } from 'vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import {
  Decimal,
  apportion,
  formatMoney,
  fromPounds,
  parseAmount,
  percentage,
  reviewShares,
  shares,
  toDecimal,
  toPounds,
  tryParseAmount,
  unitExponent,
} from '../../src/index.js';
import { checkApportionment } from '../../src/testing/index.js';

const SETTINGS = ['precision', 'rounding', 'toExpNeg', 'toExpPos', 'minE', 'maxE', 'modulo', 'crypto'] as const;
const settings = (): Record<string, unknown> => Object.fromEntries(SETTINGS.map((k) => [k, GlobalDecimal[k]]));
const DEFAULTS = settings();

afterEach(() => {
  GlobalDecimal.set({ defaults: true });
});

/** Calls every money function with values that a short precision or early exponent notation would change. */
function everything(): unknown {
  const s = (d: Decimal): string => d.toString();
  const long = '12345678901234567890.123456789';
  return {
    parse: [s(parseAmount(long)), s(parseAmount('1e-20')), s(parseAmount(0.1)), s(parseAmount(new GlobalDecimal('123456.789')))],
    tryParse: tryParseAmount('1234567.891')?.toString(),
    toDecimal: s(toDecimal('0.000000123456789', 'x')),
    units: [unitExponent('£m'), s(toPounds('1.23456789', '£m')), s(fromPounds('123456789', '£m')), s(fromPounds('1', '£m'))],
    format: [formatMoney(long), formatMoney('-1234567.895', { unit: '£000', decimals: 3 }), formatMoney('1314999.995', { unit: '£m', decimals: 8 })],
    apportion: [
      apportion('1000000.00', [1, 1, 1]).map(s),
      apportion('-1234567.89', ['0.1', '0.2', '0.3', '0.4'], { mode: 'largestWeights' }).map(s),
      apportion('100', [3, 5, 2], { quantum: 1, mode: 'firstPartners' }).map(s),
      Object.values(apportion('1.000', { hf: 1, rbkc: 1, cow: 1 }, { quantum: '0.001', tieOrder: ['rbkc'] })).map(s),
    ],
    shares: shares([1, 1, 1]).map(s),
    review: (() => {
      const r = reviewShares([56, 26, 18], { prior: ['0.5', '0.3', '0.2'], tolerance: '0.03', precision: '0.000001' });
      return [r.keptPrior, s(r.largestMovement), r.shares.map(s)];
    })(),
    percentage: [s(percentage('185', '17317', { decimals: 10 })), s(percentage('1', '3', { decimals: 20 }))],
    check: checkApportionment('1000000.00', [1, 1, 1], ['333333.34', '333333.33', '333333.33']),
    arithmetic: [s(new Decimal(long).times(long)), s(new Decimal(1).dividedBy(3))],
  };
}

describe('the global decimal.js Decimal', () => {
  it('has the same settings before and after every money function', () => {
    const before = settings();
    everything();
    expect(settings()).toEqual(before);
    expect(settings()).toEqual(DEFAULTS);
  });

  it('does not change the results when set to precision 5, rounding down', () => {
    const baseline = everything();
    expect(JSON.stringify(baseline)).toContain('12345678901234567890.123456789');
    GlobalDecimal.set({ precision: 5, rounding: GlobalDecimal.ROUND_DOWN, toExpNeg: -1, toExpPos: 2, modulo: GlobalDecimal.EUCLID });
    // The global really is changed.
    expect(new GlobalDecimal(1).dividedBy(3).toString()).toBe('3.3333e-1');
    const after = everything();
    expect(after).toEqual(baseline);
    expect(GlobalDecimal.precision).toBe(5);
  });

  it('is not read by the library clone, even when changed before the library loads', async () => {
    GlobalDecimal.set({ precision: 5, rounding: GlobalDecimal.ROUND_DOWN, maxE: 10, minE: -10, toExpNeg: -1, modulo: GlobalDecimal.EUCLID });
    vi.resetModules();
    const fresh = await import('../../src/index.js');
    // A fresh copy of the library, built on the same global constructor.
    expect(fresh.Decimal).not.toBe(Decimal);
    expect(fresh.Decimal.maxE).toBe(9e15);
    expect(fresh.Decimal.minE).toBe(-9e15);
    expect(fresh.Decimal.modulo).toBe(GlobalDecimal.ROUND_DOWN);
    expect(fresh.Decimal.precision).toBe(80);
    expect(fresh.parseAmount('1e20').toString()).toBe('100000000000000000000');
    expect(fresh.parseAmount('1e-20').toString()).toBe('0.00000000000000000001');
    expect(fresh.apportion('1e20', [1, 1, 1], { quantum: 1 }).map(String)).toEqual(['33333333333333333334', '33333333333333333333', '33333333333333333333']);
    GlobalDecimal.set({ defaults: true });
    expect(JSON.stringify(everything())).toBe(JSON.stringify(everything()));
  });
});
