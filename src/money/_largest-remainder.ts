/**
 * The one floor-and-remainder kernel. Apportionment (`apportion`, the engine's one-shot splits) and the
 * engine's grid rounding start the same way: the exact share a × w / W of each weight, floored, with its
 * remainder a × w − floor × W. Remainders share the denominator W, so comparing them as integers compares
 * the exact fractional parts, and every decision below is exact. The quanta left over then go one each in
 * one documented order: the largest key (remainder, or weight) first, ties by rank, then by index.
 *
 * The kernel is written on BigInts, and once more on JavaScript numbers for where every product, floor
 * and remainder is a safe integer: there the number form gives the same result about 1.5 to 3 times
 * faster (`bench/README.md`), and both `apportion` and the engine's grids take it.
 */

/** How the quanta left after flooring are handed out. */
export type AllocationMode = 'largestRemainder' | 'firstPartners' | 'largestWeights';

/** Floors and remainders of a split; `given` is the sum of the floors. */
export interface FloorShares<T extends bigint | number = bigint> {
  readonly floors: T[];
  readonly remainders: T[];
  readonly given: T;
}

/**
 * For each weight w, floor(a × w / W) and the remainder a × w − floor × W (0 ≤ remainder < W for W > 0).
 * `a` and the weights may be of either sign (a grid's partners can have amounts of both signs): the
 * floor is taken towards −∞, not towards zero as BigInt division does.
 */
export function floorShares(a: bigint, weights: readonly bigint[], W: bigint): FloorShares {
  const n = weights.length;
  const floors = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = a * weights[i]!;
    let q = product / W;
    let r = product - q * W;
    if (r < 0n) {
      q -= 1n;
      r += W;
    }
    floors[i] = q;
    remainders[i] = r;
    given += q;
  }
  return { floors, remainders, given };
}

/**
 * {@link floorShares} on numbers, the same floors and remainders, for callers that have checked that
 * |a| × max |w| + W is a safe integer (at most 2^53 − 1), so that every product is exact. For such
 * operands the floor of the quotient of doubles is already exact (a non-integer quotient lies at least
 * 1 / W below the next integer, and the double errs by less); the remainder check keeps that from
 * resting on the argument alone.
 */
export function floorSharesSafe(a: number, weights: readonly number[], W: number): FloorShares<number> {
  const n = weights.length;
  const floors = new Array<number>(n);
  const remainders = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = a * weights[i]!;
    let q = Math.floor(product / W);
    let r = product - q * W;
    if (r < 0) {
      q -= 1;
      r += W;
    } else if (r >= W) {
      q += 1;
      r -= W;
    }
    floors[i] = q;
    remainders[i] = r;
    given += q;
  }
  return { floors, remainders, given };
}

/**
 * Sorts `indexes` (ascending on entry) so that the largest `keys[k]` comes first; equal keys by `tie`,
 * then by index (the sort is stable).
 */
export function largestFirst(indexes: number[], keys: readonly bigint[] | readonly number[] | Float64Array, tie: (a: number, b: number) => number): number[] {
  return indexes.sort((a, b) => (keys[a]! > keys[b]! ? -1 : keys[a]! < keys[b]! ? 1 : tie(a, b)));
}

/**
 * Splits `units` (whole quanta, ≥ 0) by integer weights (≥ 0, sum > 0): every share floored, then the
 * quanta left over one each, never to a zero weight. `largestRemainder` and `firstPartners` give one only
 * to a share that is not whole, so every share is within one quantum of its exact value;
 * `largestWeights` gives them to the largest weights whatever their remainder, as dinero.js does.
 *
 * @param rank - priority of each index for ties (lower goes first); a permutation of 0..n-1
 */
export function apportionUnits(units: bigint, weights: readonly bigint[], rank: readonly number[], mode: AllocationMode): bigint[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  if ((units + 1n) * sum <= MAX_SAFE) {
    const safe = weights.map(Number);
    return handOut(floorSharesSafe(Number(units), safe, Number(sum)), Number(units), safe, rank, mode).map(BigInt);
  }
  return handOut(floorShares(units, weights, sum), units, weights, rank, mode);
}

/**
 * Whether {@link apportionSafeUnits} may be used: `(units + 1) × sum` is at most 2^53 − 1, so that every
 * product units × w, and it plus the sum, is a safe integer.
 */
export function fitsSafeIntegers(units: number, sum: number): boolean {
  // Exact when the true product is safe; at least 2^53 (so refused) when it is not.
  return Number.isSafeInteger(units) && Number.isSafeInteger(sum) && (units + 1) * sum <= Number.MAX_SAFE_INTEGER;
}

/** {@link apportionUnits} on numbers, for a caller that has checked {@link fitsSafeIntegers}. */
export function apportionSafeUnits(units: number, weights: readonly number[], sum: number, rank: readonly number[], mode: AllocationMode): number[] {
  return handOut(floorSharesSafe(units, weights, sum), units, weights, rank, mode);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Gives the quanta left after flooring, one each, in the order of the mode. */
function handOut<T extends bigint | number>(shares: FloorShares<T>, units: T, weights: readonly T[], rank: readonly number[], mode: AllocationMode): T[] {
  const { floors, remainders } = shares;
  // Fewer than the number of partners with a remainder (the fractions add up to it), so a small integer.
  let left = typeof units === 'bigint' ? Number(units - (shares.given as bigint)) : (units as number) - (shares.given as number);
  if (left === 0) return floors;
  const candidates: number[] = [];
  for (let i = 0; i < weights.length; i++) if (weights[i]! > 0 && (remainders[i]! > 0 || mode === 'largestWeights')) candidates.push(i);
  const byRank = (a: number, b: number): number => rank[a]! - rank[b]!;
  const keys = mode === 'largestRemainder' ? remainders : weights;
  const order = mode === 'firstPartners' ? candidates.sort(byRank) : largestFirst(candidates, keys as readonly bigint[], byRank);
  // One quantum in the representation at hand (the casts only let TypeScript add a T to a T).
  const one = (typeof units === 'bigint' ? 1n : 1) as number;
  for (let j = 0; left > 0; j++, left--) floors[order[j]!] = ((floors[order[j]!] as number) + one) as T;
  return floors;
}

/** Ranks from a priority list of indexes: listed first in order, then the rest in input order. */
export function rankFromPriority(n: number, priority: readonly number[]): number[] {
  const rank = new Array<number>(n).fill(-1);
  let next = 0;
  for (const i of priority) if (rank[i] === -1) rank[i] = next++;
  for (let i = 0; i < n; i++) if (rank[i] === -1) rank[i] = next++;
  return rank;
}

/** The identity ranking: input order, earliest first. */
export function inputOrderRank(n: number): number[] {
  // A loop: Array.from with a function is several times slower, and this runs on every apportion call.
  const rank = new Array<number>(n);
  for (let i = 0; i < n; i++) rank[i] = i;
  return rank;
}
