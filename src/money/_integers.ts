import { Decimal } from './decimal.js';

/** Number of digits after the point needed to write `d` exactly (0 for integers). */
export function decimalPlaces(d: Decimal): number {
  return d.decimalPlaces();
}

/** `d × 10^places` as an exact BigInt; `places` must be at least `decimalPlaces(d)`. */
export function scaledBigInt(d: Decimal, places: number): bigint {
  const fixed = d.toFixed(places);
  return BigInt(places === 0 ? fixed : fixed.replace('.', ''));
}

/** The Decimal `n / 10^places`, built from digits so that no arithmetic rounds. */
export function fromScaledBigInt(n: bigint, places: number): Decimal {
  if (places === 0) return new Decimal(n.toString());
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(places + 1, '0');
  const text = `${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return new Decimal(text);
}

/** Powers of ten as BigInt, cached. */
const POWERS: bigint[] = [1n];
export function pow10(n: number): bigint {
  while (POWERS.length <= n) POWERS.push(POWERS[POWERS.length - 1]! * 10n);
  return POWERS[n]!;
}
