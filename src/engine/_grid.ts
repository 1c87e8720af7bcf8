import { InvariantError } from '../errors/index.js';
import { roundGridNumbers } from './_grid-numbers.js';
import { placeQuanta } from './_grid-placement.js';

/**
 * Controlled rounding of a years × partners grid, in whole quanta. The weights sum to W > 0 (or all are
 * zero); a weight, a margin and so a cell may be negative (partners' amounts of both signs).
 *
 * Given the year totals `rows` and the partner totals `cols` (each already rounded, with equal sums) and
 * the exact cell values `rows[i] · w[j] / W`, finds integer cells, each the floor or the ceiling of its
 * exact value, whose rows and columns add up exactly to the given totals. A partner's share of a line is
 * then the same whether read per year or over all years.
 *
 * Cells start at their floors; the quanta still owed are placed greedily on the largest exact
 * remainders (ties: partner rank, then year), and any left along augmenting paths (`placeQuanta`), which
 * finds such a rounding whenever one exists; where none does, a few cells go a quantum further.
 *
 * Runs on JavaScript numbers where every value it computes is a safe integer (`_grid-numbers.ts`: the
 * same grid, faster, and this is called once per line), and on BigInts otherwise.
 */
export function roundGrid(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): bigint[][] {
  return roundGridNumbers(rows, cols, weights, rank) ?? roundGridBigInt(rows, cols, weights, rank);
}

/** `roundGrid` on BigInts, for margins and weights of any size. */
export function roundGridBigInt(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): bigint[][] {
  const W = weights.reduce((a, b) => a + b, 0n);
  const nr = rows.length;
  const nc = cols.length;
  const cells: bigint[][] = [];
  const rem: bigint[][] = [];
  const rowNeed: number[] = new Array(nr).fill(0);
  const colNeed: number[] = new Array(nc).fill(0);
  const colGiven: bigint[] = new Array(nc).fill(0n);
  for (let i = 0; i < nr; i++) {
    const row: bigint[] = new Array(nc);
    const r: bigint[] = new Array(nc);
    let given = 0n;
    for (let j = 0; j < nc; j++) {
      const product = rows[i]! * weights[j]!;
      let q = W === 0n ? 0n : product / W;
      if (W !== 0n && product - q * W < 0n) q -= 1n; // the floor, also below zero
      row[j] = q;
      r[j] = W === 0n ? 0n : product - q * W;
      given += q;
      colGiven[j] = colGiven[j]! + q;
    }
    cells.push(row);
    rem.push(r);
    rowNeed[i] = Number(rows[i]! - given);
  }
  for (let j = 0; j < nc; j++) colNeed[j] = Number(cols[j]! - colGiven[j]!);
  if (colNeed.some((n) => n < 0) || rowNeed.some((n) => n < 0)) throw new InvariantError('grid rounding: a margin is below the floor of its exact value');

  const candidates: [number, number][] = [];
  for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) if (rem[i]![j]! > 0n) candidates.push([i, j]);
  candidates.sort(([ai, aj], [bi, bj]) => {
    const ra = rem[ai]![aj]!;
    const rb = rem[bi]![bj]!;
    if (ra !== rb) return ra > rb ? -1 : 1;
    return rank[aj]! - rank[bj]! || ai - bi;
  });
  const fractional = Uint8Array.from(rem.flat(), (r) => (r > 0n ? 1 : 0));
  const bumps = placeQuanta(nr, nc, candidates.map(([i, j]) => i * nc + j), fractional, rowNeed, colNeed);
  for (let i = 0; i < nr; i++) for (let j = 0; j < nc; j++) cells[i]![j]! += BigInt(bumps[i * nc + j]!);
  return cells;
}
