import { apportionUnits, rankFromPriority, scaledBigInt, fromScaledBigInt, type Decimal } from '../money/index.js';
import type { Partner } from '../model/index.js';

/** A quantum as an integer over a power of ten, so amounts become BigInt counts of it. */
export interface Scale {
  readonly quantum: Decimal;
  readonly places: number;
  readonly q: bigint;
}

export function scaleOf(quantum: Decimal): Scale {
  const places = quantum.decimalPlaces();
  return { quantum, places, q: scaledBigInt(quantum, places) };
}

/** `d` as a whole number of quanta; undefined where it is not on the quantum. */
export function toUnits(d: Decimal, s: Scale): bigint | undefined {
  const places = Math.max(s.places, d.decimalPlaces());
  const scaled = scaledBigInt(d, places);
  const q = s.q * 10n ** BigInt(places - s.places);
  return scaled % q === 0n ? scaled / q : undefined;
}

export function fromUnits(units: bigint, s: Scale): Decimal {
  return fromScaledBigInt(units * s.q, s.places);
}

/** Splits `units` (signed) by weights, mirroring negatives. */
export function splitUnits(units: bigint, weights: readonly bigint[], rank: readonly number[]): bigint[] {
  const negative = units < 0n;
  const parts = apportionUnits(negative ? -units : units, weights, rank, 'largestRemainder');
  return negative ? parts.map((p) => -p) : parts;
}

/** Each partner's rank in a tie order (0 first), for the rounding to settle ties by. */
export function rankFor(order: readonly string[], partners: readonly Partner[]): number[] {
  return rankFromPriority(partners.length, order.map((id) => partners.findIndex((p) => p.id === id)));
}
