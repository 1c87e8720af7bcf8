/** Exact integer and rational helpers for the time kernel: every comparison and sum stays in bigint. */
import { scaledBigInt, type Decimal } from '../../money/index.js';
import type { ExactSplit, Fraction } from './result.js';

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** `n / d` in lowest terms, with a positive denominator (`d` must not be 0). */
export function fraction(n: bigint, d: bigint): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { numerator: n / g, denominator: d / g };
}

/** Whether `a > b`, exactly (cross-multiplied; both denominators are positive). */
export function greaterThan(a: Fraction, b: Fraction): boolean {
  return a.numerator * b.denominator > b.numerator * a.denominator;
}

/** A finite decimal as an exact fraction. */
export function decimalFraction(d: Decimal): Fraction {
  const places = d.decimalPlaces();
  return fraction(scaledBigInt(d, places), 10n ** BigInt(places));
}

/** Finite decimals as integers on one common scale, so their proportions are exact. */
export function decimalsToIntegers(values: readonly Decimal[]): bigint[] {
  const places = values.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return values.map((d) => scaledBigInt(d, places));
}

/** A split with weights and total divided by their common factor: the same shares, smallest numbers. */
export function lowestTerms(split: ExactSplit): ExactSplit {
  const g = split.weights.reduce((a, w) => gcd(a, w), split.total) || 1n;
  return { weights: split.weights.map((w) => w / g), total: split.total / g };
}

/** Each partner's share as a fraction (a split with total 0 has no shares; callers never pass one). */
export function sharesOf(split: ExactSplit): Fraction[] {
  return split.weights.map((w) => fraction(w, split.total));
}
