import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import { Decimal, fromScaledBigInt, scaledBigInt, tryParseAmount, type AmountInput } from '../../money/index.js';
import type { Tier } from '../../model/index.js';
import { TIERS, isTier } from '../../schema/index.js';
import { ceilDiv, largestRemainder, type Rational } from './_game.js';

/** Refuses an option the fairness analysis cannot use, naming it. */
export function badOption(name: string, expected: string, received: unknown): never {
  throw new InputError(makeIssue(ErrorCode.OPTION, [name], expected, received));
}

/** A positive precision that divides 1 exactly, e.g. "0.0001". */
export function readPrecision(value: AmountInput | undefined, fallback: string): Decimal {
  if (value === undefined) return new Decimal(fallback);
  const p = tryParseAmount(value);
  if (p === undefined || !p.isPositive() || p.isZero() || !new Decimal(1).mod(p).isZero()) {
    badOption('sharePrecision', 'a positive amount that divides 1 exactly, such as "0.0001"', value);
  }
  return p;
}

/** A whole number from `min` to `max`. */
export function readInteger(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) badOption(name, `a whole number from ${min} to ${max}`, value);
  return value;
}

/** The tiers counted, checked. */
export function readTiers(value: readonly Tier[] | undefined): readonly Tier[] {
  if (value === undefined) return TIERS;
  value.forEach((t, i) => {
    if (!isTier(t)) throw new InputError(makeIssue(ErrorCode.OPTION, ['tiers', i], `one of ${TIERS.map((x) => JSON.stringify(x)).join(', ')}`, t));
  });
  return value;
}

/** Decimal places enough to write every amount (and the quantum) as an integer. */
export function commonPlaces(amounts: readonly Decimal[]): number {
  return amounts.reduce((p, d) => Math.max(p, d.decimalPlaces()), 0);
}

/** Amounts as BigInts on a common scale. */
export function scale(amounts: readonly Decimal[], places: number): bigint[] {
  return amounts.map((d) => scaledBigInt(d, places));
}

/**
 * Each amount's share of their total, exact, rounded to `precision` by largest remainder so the shares
 * sum to exactly 1; null when the total is zero.
 */
export function shareOf(amounts: readonly Decimal[], precision: Decimal, rank: readonly number[]): (Decimal | null)[] {
  const places = commonPlaces(amounts);
  const scaled = scale(amounts, places);
  const total = scaled.reduce((a, b) => a + b, 0n);
  if (total === 0n) return amounts.map(() => null);
  const pPlaces = precision.decimalPlaces();
  const p = scaledBigInt(precision, pPlaces); // precision = p / 10^pPlaces
  const sign = total < 0n ? -1n : 1n;
  // share / precision = a·10^pPlaces / (T·p), in whole quanta of the precision.
  const inQuanta: Rational[] = scaled.map((a) => ({ num: sign * a * 10n ** BigInt(pPlaces), den: sign * total * p }));
  const units = largestRemainder(inQuanta, 10n ** BigInt(pPlaces) / p, rank);
  return units.map((u) => fromScaledBigInt(u * p, pPlaces));
}

/**
 * Rounds ratios in scaled units (10^-places pounds) to the quantum by largest remainder, so they sum to
 * `total`; falls back to the scale's own unit when `total` is not on the quantum. Returns the amounts and
 * the quantum used.
 */
export function roundToQuantum(values: readonly Rational[], total: bigint, places: number, quantum: Decimal, rank: readonly number[]): { amounts: Decimal[]; quantum: Decimal } {
  let q = scaledBigInt(quantum, places);
  let used = quantum;
  if (total % q !== 0n) {
    q = 1n;
    used = fromScaledBigInt(1n, places);
  }
  const units = largestRemainder(values.map((r) => ({ num: r.num, den: r.den * q })), total / q, rank);
  return { amounts: units.map((u) => fromScaledBigInt(u * q, places)), quantum: used };
}

/** A ratio in scaled units (10^-places pounds) as a Decimal rounded up to `quantum` (on the scale). */
export function ceilToQuantum(r: Rational, places: number, quantum: Decimal): Decimal {
  const q = scaledBigInt(quantum, places);
  return fromScaledBigInt(ceilDiv(r.num, r.den * q) * q, places);
}
