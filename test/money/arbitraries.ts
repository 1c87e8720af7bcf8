/**
 * fast-check arbitraries for money: amounts are BigInts with a scale, written as decimal strings, so every
 * generated value is exact and the tests never do arithmetic on money in binary floating point.
 */
import fc from 'fast-check';
import { Decimal, type AllocationMode } from '../../src/index.js';

/** Writes `n / 10^scale` as a plain decimal string, e.g. `(-1234n, 2)` as `'-12.34'`. */
export function render(n: bigint, scale: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  if (scale === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** A decimal amount as a string: an integer in [min, max] divided by 10^(0..maxScale). */
export function decimalString(min: bigint, max: bigint, maxScale: number): fc.Arbitrary<string> {
  return fc.tuple(fc.bigInt({ min, max }), fc.integer({ min: 0, max: maxScale })).map(([n, s]) => render(n, s));
}

/** An amount together with its integer form, so properties can check values exactly without the library. */
export interface ScaledAmount {
  readonly n: bigint;
  readonly scale: number;
  readonly text: string;
}

export function scaledAmount(min: bigint, max: bigint, maxScale: number): fc.Arbitrary<ScaledAmount> {
  return fc.tuple(fc.bigInt({ min, max }), fc.integer({ min: 0, max: maxScale })).map(([n, scale]) => ({ n, scale, text: render(n, scale) }));
}

/** Quanta as councils use them and some odd ones: 1, 2, 2.5 or 5 times a power of ten from 1e-6 to 1e3, in exponent form. */
export const quantum: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('1', '2', '2.5', '5', '25'), fc.integer({ min: -6, max: 3 }))
  .map(([m, e]) => `${m}e${e}`);

/** A weight: often zero, otherwise a small integer or an integer up to 10^18 divided by 10^(0..6). */
export const weight: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant('0'), weight: 1 },
  { arbitrary: decimalString(0n, 1000n, 0), weight: 3 },
  { arbitrary: decimalString(0n, 1_000_000_000_000_000_000n, 6), weight: 3 },
);

/** One to `max` weights with at least one above zero. */
export function weights(max = 12): fc.Arbitrary<string[]> {
  return fc.array(weight, { minLength: 1, maxLength: max }).filter((ws) => ws.some((w) => !new Decimal(w).isZero()));
}

/** A total that is a whole number of quanta (up to 10^15 of them, either sign), with its quantum. */
export const totalAtQuantum: fc.Arbitrary<{ total: string; quantum: string }> = fc
  .tuple(fc.bigInt({ min: -1_000_000_000_000_000n, max: 1_000_000_000_000_000n }), quantum)
  .map(([units, q]) => ({ total: new Decimal(q).times(units.toString()).toString(), quantum: q }));

export const mode: fc.Arbitrary<AllocationMode> = fc.constantFrom('largestRemainder', 'firstPartners', 'largestWeights');

/** A permutation of 0..n-1. */
export function permutation(n: number): fc.Arbitrary<number[]> {
  const identity = Array.from({ length: n }, (_, i) => i);
  return fc.shuffledSubarray(identity, { minLength: n, maxLength: n });
}

/** Weights with a permutation of their indexes to use as the tie order. */
export const weightsWithTieOrder: fc.Arbitrary<{ weights: string[]; tieOrder: number[] }> = weights().chain((ws) =>
  permutation(ws.length).map((tieOrder) => ({ weights: ws, tieOrder })),
);

/** Sums Decimals exactly (the shares and weights generated here stay far inside 80 digits). */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
