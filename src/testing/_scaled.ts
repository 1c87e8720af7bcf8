import { Decimal } from '../money/index.js';

// Every amount the arbitraries make is an integer count of some quantum, held as a BigInt with a decimal
// scale and only written out as a decimal string at the end, so nothing is ever computed in binary
// floating point.

/** An exact decimal as `n / 10^scale`. */
export interface Scaled {
  readonly n: bigint;
  readonly scale: number;
}

/** Writes `n / 10^scale` as a plain decimal string, e.g. `(-1234n, 2)` as `'-12.34'`. */
export function render(n: bigint, scale: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  if (scale === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** Reads a decimal string as `n / 10^scale`, e.g. `'-12.34'` as `(-1234n, 2)`. */
export function scaled(text: string): Scaled {
  const d = new Decimal(text);
  const scale = d.decimalPlaces();
  const fixed = d.toFixed(scale);
  return { n: BigInt(scale === 0 ? fixed : fixed.replace('.', '')), scale };
}

/** `count` quanta written as a decimal string. */
export function times(q: Scaled, count: bigint): string {
  return render(count * q.n, q.scale);
}

/** Splits `total` (≥ 0) into `parts` non-negative integers summing to it, from raw cut points. */
export function cutInto(total: bigint, raw: readonly bigint[]): bigint[] {
  const cuts = raw.map((r) => (r < 0n ? -r : r) % (total + 1n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: bigint[] = [];
  let previous = 0n;
  for (const c of cuts) {
    out.push(c - previous);
    previous = c;
  }
  out.push(total - previous);
  return out;
}
