/**
 * Exact shares for reports: a weight over a total as a fraction in lowest terms, its text, and the
 * percentage it is, cut (never rounded) to enough places that rounding it for display to 6 places or
 * fewer gives what rounding the exact value would.
 */
import { fromScaledBigInt, type Decimal } from '../money/index.js';
import type { Fraction } from '../attribution/index.js';

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `n / d` in lowest terms (`d` positive). */
export function fractionOf(n: bigint, d: bigint): Fraction {
  const g = gcd(n, d) || 1n;
  return { numerator: n / g, denominator: d / g };
}

/** A fraction as text: `'77297/109455'`, or a whole number alone (`'1'`, `'0'`). */
export function fractionText(f: Fraction): string {
  return f.denominator === 1n ? f.numerator.toString() : `${f.numerator.toString()}/${f.denominator.toString()}`;
}

/**
 * Places a percentage is cut to. Cutting keeps a value on the same side of every point of fewer
 * places (x.xx5 is at or above itself cut, and a value below it stays below), so rounding the cut
 * value half-up to 2 or 6 places rounds the exact one.
 */
const CUT = 20;

/** `100 × f` cut to {@link CUT} places, towards zero (f is never negative here). */
export function percentOf(f: Fraction): Decimal {
  const scaled = (f.numerator * 100n * 10n ** BigInt(CUT)) / f.denominator;
  return fromScaledBigInt(scaled, CUT);
}
