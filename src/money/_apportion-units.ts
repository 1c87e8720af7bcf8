/**
 * The integer heart of apportionment: split `units` (a whole number of quanta, non-negative) among
 * non-negative integer weights. Every comparison is exact: remainders share the denominator
 * `sum(weights)`, so comparing them as integers compares the exact fractional parts.
 *
 * When `(units + 1) × sum(weights)` is a safe integer, every product, quotient and remainder is too, and
 * the split runs on JavaScript numbers, exactly; otherwise it runs on BigInts. Both give the same result.
 */

/** How the quanta left after flooring are handed out. */
export type AllocationMode = 'largestRemainder' | 'firstPartners' | 'largestWeights';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether {@link apportionSafeUnits} may be used: `(units + 1) × sum` is at most `Number.MAX_SAFE_INTEGER`.
 *
 * @param units - total in quanta, ≥ 0
 * @param sum - sum of the weights, > 0
 */
export function fitsSafeIntegers(units: number, sum: number): boolean {
  // Exact when the true product is safe; at least 2^53 (so refused) when it is not.
  return Number.isSafeInteger(units) && Number.isSafeInteger(sum) && (units + 1) * sum <= Number.MAX_SAFE_INTEGER;
}

/**
 * {@link apportionUnits} on safe integers. The caller guarantees {@link fitsSafeIntegers}`(units, sum)`.
 *
 * @param units - total in quanta, ≥ 0
 * @param weights - integer weights, ≥ 0
 * @param sum - their sum, > 0
 * @param rank - priority of each index for ties (lower goes first); a permutation of 0..n-1
 * @param mode - how leftovers are handed out
 */
export function apportionSafeUnits(units: number, weights: readonly number[], sum: number, rank: readonly number[], mode: AllocationMode): number[] {
  const n = weights.length;
  const out = new Array<number>(n);
  const remainders = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i]!;
    let q = Math.floor(product / sum);
    let r = product - q * sum;
    // For operands below 2^53 the rounding error of the quotient is below 1 / sum, so the floor is already
    // exact; the remainder check keeps that from resting on the argument alone.
    if (r < 0) {
      q -= 1;
      r += sum;
    } else if (r >= sum) {
      q += 1;
      r -= sum;
    }
    out[i] = q;
    remainders[i] = r;
    given += q;
  }
  let left = units - given; // fewer than the number of partners with a remainder (the fractions add up to it)
  if (left === 0) return out;

  // Zero weight gets zero. A partner whose share is a whole number of quanta keeps it exact, so every
  // share is within one quantum of its exact value; except in largestWeights, which hands out leftovers
  // exactly as dinero.js allocate does, to the largest weights whatever their remainder.
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (weights[i]! > 0 && (remainders[i]! > 0 || mode === 'largestWeights')) candidates.push(i);
  if (mode === 'largestRemainder') candidates.sort((a, b) => remainders[b]! - remainders[a]! || rank[a]! - rank[b]!);
  else if (mode === 'largestWeights') candidates.sort((a, b) => weights[b]! - weights[a]! || rank[a]! - rank[b]!);
  else candidates.sort((a, b) => rank[a]! - rank[b]!);
  for (let j = 0; left > 0; j++, left--) out[candidates[j]!]! += 1;
  return out;
}

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
  if ((units + 1n) * sum <= MAX_SAFE) {
    const safe = new Array<number>(n);
    for (let i = 0; i < n; i++) safe[i] = Number(weights[i]!);
    const parts = apportionSafeUnits(Number(units), safe, Number(sum), rank, mode);
    const out = new Array<bigint>(n);
    for (let i = 0; i < n; i++) out[i] = BigInt(parts[i]!);
    return out;
  }
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
  let left = Number(units - given); // fewer than the number of partners with a remainder, so a small integer
  if (left === 0) return out;

  // Who may receive a leftover quantum: as in apportionSafeUnits.
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (weights[i]! > 0n && (remainders[i]! > 0n || mode === 'largestWeights')) candidates.push(i);
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
