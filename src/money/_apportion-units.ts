/**
 * The integer heart of apportionment: split `units` (a whole number of quanta, non-negative) among
 * non-negative integer weights. Every comparison is exact: remainders share the denominator
 * `sum(weights)`, so comparing them as BigInts compares the exact fractional parts.
 */

/** How the quanta left after flooring are handed out. */
export type AllocationMode = 'largestRemainder' | 'firstPartners' | 'largestWeights';

/**
 * @param units - total in quanta, ≥ 0
 * @param weights - integer weights, ≥ 0, sum > 0
 * @param rank - priority of each index for ties (lower goes first); a permutation of 0..n-1
 * @param mode - how leftovers are handed out
 */
export function apportionUnits(units: bigint, weights: readonly bigint[], rank: readonly number[], mode: AllocationMode): bigint[] {
  const n = weights.length;
  let sum = 0n;
  for (let i = 0; i < n; i++) sum += weights[i]!;
  const out = new Array<bigint>(n);
  const remainders = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i]!;
    const q = product / sum;
    out[i] = q;
    remainders[i] = product - q * sum;
    given += q;
  }
  let left = Number(units - given); // fewer than the number of positive weights, so a small integer
  if (left === 0) return out;

  // Only partners with a positive weight may receive a leftover quantum (zero weight gets zero).
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (weights[i]! > 0n) candidates.push(i);
  const byRank = (a: number, b: number): number => rank[a]! - rank[b]!;
  let order: number[];
  if (mode === 'largestRemainder') {
    order = candidates.sort((a, b) => (remainders[a]! > remainders[b]! ? -1 : remainders[a]! < remainders[b]! ? 1 : byRank(a, b)));
  } else if (mode === 'largestWeights') {
    order = candidates.sort((a, b) => (weights[a]! > weights[b]! ? -1 : weights[a]! < weights[b]! ? 1 : byRank(a, b)));
  } else {
    order = candidates.sort(byRank);
  }
  for (let j = 0; left > 0; j++, left--) out[order[j]!]! += 1n;
  return out;
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
  const rank = new Array<number>(n);
  for (let i = 0; i < n; i++) rank[i] = i;
  return rank;
}
