import { Decimal } from '../money/index.js';

// Products of cells and weights can exceed the library's 80 digits; these operations are exact here.
const Exact = Decimal.clone({ precision: 1e9 });
type Exact = Decimal;

// Sums start from an Exact zero, so they are computed (and held) at the exact precision.
export const sum = (values: readonly Decimal[]): Decimal => values.reduce((a, b) => a.plus(b), new Exact(0) as Decimal);
export const exact = (d: Decimal | bigint): Exact => new Exact(d.toString());

/** Exact decimals as integers on one common scale (their ratios unchanged). */
export function integers(values: readonly Decimal[]): bigint[] {
  const places = values.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return values.map((d) => BigInt(d.toFixed(places).replace('.', '')));
}

/** The largest quantum that divides both (Euclid on the exact decimals). */
export function commonDivisor(a: Decimal, b: Decimal): Decimal {
  while (!b.isZero()) [a, b] = [b, a.mod(b)];
  return a;
}
