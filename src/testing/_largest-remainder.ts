import type { Decimal } from '../money/index.js';
import type { Partner } from '../model/index.js';
import { exact } from './_exact.js';

/**
 * Largest remainder (Hamilton), written out here independently of the engine: floors, then one quantum
 * each to the largest remainders, ties to the lowest `rank`; zero weight gets zero; a negative total
 * splits as the mirror of the positive one.
 */
export function hamilton(total: Decimal, weights: readonly bigint[], quantum: Decimal, rank: readonly number[]): Decimal[] {
  const units = BigInt(exact(total).dividedBy(exact(quantum)).toFixed(0));
  const sign = units < 0n ? -1n : 1n;
  const n = units * sign;
  const W = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (W === 0n ? 0n : (n * w) / W));
  let left = n - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, j) => ({ j, w, r: W === 0n ? 0n : (n * w) % W }))
    .filter((x) => x.w > 0n)
    .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : rank[a.j]! - rank[b.j]!));
  for (let k = 0; left > 0n; k++, left--) parts[order[k]!.j]! += 1n;
  return parts.map((p) => exact(quantum).times((p * sign).toString()) as Decimal);
}

/** Ranks from a tie order: those listed first, in order, then the rest in partner order. */
export function ranks(order: readonly string[], partners: readonly Partner[]): number[] {
  const listed = order.map((id) => partners.findIndex((p) => p.id === id)).filter((i) => i >= 0);
  const sequence = [...new Set([...listed, ...partners.map((_, j) => j)])];
  const rank: number[] = [];
  sequence.forEach((j, k) => (rank[j] = k));
  return rank;
}
