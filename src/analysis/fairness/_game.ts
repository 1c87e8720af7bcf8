/**
 * The coalition game behind {@link fairness}, in exact integer arithmetic: values are BigInts on one
 * common decimal scale, Shapley values are exact rationals, and rounding to a quantum is largest
 * remainder so that rounded values still add up to the whole.
 */

/** An exact ratio `num / den`, `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** A stated group: its players as a bitmask (bit i is player i), its value, where it was stated. */
export interface StatedGroup {
  readonly mask: bigint;
  readonly value: bigint;
  readonly index: number;
}

/**
 * A game on `n` players in scaled integer units. A player alone is worth `singles[i]`; the whole group
 * `grand`; a stated group its value; any other group the sum of its members' singles.
 */
export interface Game {
  readonly n: number;
  readonly singles: readonly bigint[];
  /** Stated groups other than the whole group; stated singles appear here too, with their `singles` value. */
  readonly groups: readonly StatedGroup[];
  readonly grand: bigint;
}

/** A group whose allocation falls short of what it would get on its own. */
export interface Shortfall {
  readonly mask: bigint;
  readonly value: bigint;
  readonly allocated: Rational;
  /** value − allocated, positive. */
  readonly shortfall: Rational;
  /** -1 for a single player whose value was not stated. */
  readonly index: number;
}

/** The value function: v(∅) = 0, v(N) = grand, stated groups as stated, else the sum of the singles. */
export function valueOf(game: Game): (mask: bigint) => bigint {
  const full = (1n << BigInt(game.n)) - 1n;
  const stated = new Map(game.groups.map((g) => [g.mask, g.value]));
  return (mask) => {
    if (mask === full) return game.grand;
    const s = stated.get(mask);
    if (s !== undefined) return s;
    let sum = 0n;
    for (let i = 0; i < game.n; i++) if ((mask >> BigInt(i)) & 1n) sum += game.singles[i]!;
    return sum;
  };
}

/**
 * The exact Shapley value: φᵢ = Σ over groups S without i of |S|!(n−|S|−1)!/n! × (v(S∪{i}) − v(S)).
 * Every φᵢ is returned over the common denominator n!. Cost: n × 2ⁿ BigInt steps.
 */
export function exactShapley(game: Game): Rational[] {
  const n = game.n;
  const size = 1 << n;
  const table = new Array<bigint>(size);
  table[0] = 0n;
  // The additive fill, built up one lowest bit at a time, then the stated groups and the whole.
  for (let mask = 1; mask < size; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    table[mask] = table[mask & (mask - 1)]! + game.singles[low]!;
  }
  for (const g of game.groups) table[Number(g.mask)] = g.value;
  table[size - 1] = game.grand;
  const factorial = [1n];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * BigInt(k));
  const weight = Array.from({ length: n }, (_, s) => factorial[s]! * factorial[n - s - 1]!);
  const acc = new Array<bigint>(n).fill(0n);
  for (let mask = 0; mask < size; mask++) {
    const w = weight[popcount(mask)];
    if (w === undefined) continue;
    const v = table[mask]!;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((mask & bit) === 0) acc[i] = acc[i]! + w * (table[mask | bit]! - v);
    }
  }
  return acc.map((num) => ({ num, den: factorial[n]! }));
}

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y !== 0; y &= y - 1) c++;
  return c;
}

/**
 * Every stated group, and every player alone, whose allocation is below its value: the core check. With
 * unstated groups valued at the sum of their members' singles, these cover every group: if no player
 * alone falls short, no unstated group can.
 */
export function coreShortfalls(game: Game, allocation: readonly Rational[]): Shortfall[] {
  const stated = new Map(game.groups.map((g) => [g.mask, g.index]));
  const candidates: { mask: bigint; value: bigint; index: number }[] = [
    ...game.singles.map((value, i) => ({ mask: 1n << BigInt(i), value, index: stated.get(1n << BigInt(i)) ?? -1 })),
    ...game.groups.filter((g) => g.mask & (g.mask - 1n)),
  ];
  const out: Shortfall[] = [];
  for (const c of candidates) {
    let allocated: Rational = { num: 0n, den: 1n };
    for (let i = 0; i < game.n; i++) if ((c.mask >> BigInt(i)) & 1n) allocated = add(allocated, allocation[i]!);
    const shortfall = add({ num: c.value, den: 1n }, { num: -allocated.num, den: allocated.den });
    if (shortfall.num > 0n) out.push({ mask: c.mask, value: c.value, allocated, shortfall, index: c.index });
  }
  return out;
}

/** a + b, reduced. */
export function add(a: Rational, b: Rational): Rational {
  return reduce({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
}

/** The ratio in lowest terms. */
export function reduce(r: Rational): Rational {
  const g = gcd(r.num < 0n ? -r.num : r.num, r.den);
  return g <= 1n ? r : { num: r.num / g, den: r.den / g };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** ⌊a / b⌋ for b > 0 (BigInt division truncates towards zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** ⌈a / b⌉ for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/**
 * Rounds ratios, given in quanta, to whole quanta by largest remainder: each is floored, then the quanta
 * left over go one each to the largest exact remainders, ties to the lowest `rank`. The ratios must sum
 * exactly to the whole number `total`, which the results then sum to.
 */
export function largestRemainder(values: readonly Rational[], total: bigint, rank: readonly number[]): bigint[] {
  const floors = values.map((r) => floorDiv(r.num, r.den));
  const rems = values.map((r, i) => r.num - floors[i]! * r.den);
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const order = values
    .map((_, i) => i)
    .sort((a, b) => {
      const x = rems[a]! * values[b]!.den;
      const y = rems[b]! * values[a]!.den;
      return x > y ? -1 : x < y ? 1 : rank[a]! - rank[b]!;
    });
  for (let j = 0; left > 0n; j++, left--) floors[order[j % order.length]!]! += 1n;
  return floors;
}
