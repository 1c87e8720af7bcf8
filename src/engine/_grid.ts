import { InvariantError } from '../errors/index.js';
import { floorShares, floorSharesSafe, largestFirst } from '../money/index.js';
import { placeQuanta } from './_grid-placement.js';
import type { Units } from './_blocks.js';

/**
 * Controlled rounding of a years × partners grid, in whole quanta. The weights sum to W > 0 (or all are
 * zero); a weight, a margin and so a cell may be negative (partners' amounts of both signs).
 *
 * Given the year totals `rows` and the partner totals `cols` (each already rounded, with equal sums) and
 * the exact cell values `rows[i] · w[j] / W`, finds integer cells, each the floor or the ceiling of its
 * exact value, whose rows and columns add up exactly to the given totals. A partner's share of a line is
 * then the same whether read per year or over all years.
 *
 * Cells start at their floors (the kernel `apportion` uses, a row at a time, on numbers where every
 * value is a safe integer); the quanta still owed are placed greedily on the largest exact remainders
 * (ties: partner rank, then year, then partner index), and any left along augmenting paths
 * (`placeQuanta`), which finds such a rounding whenever one exists; where none does, a few cells go a
 * quantum further.
 *
 * @param options - `numbers: false` keeps to BigInts, so that tests can hold the number path to them
 * @returns the cells, row-major: year `i`, partner `j` at `i · cols.length + j`; as doubles (each a safe
 * integer, so exact) where the rounding ran on numbers, else as BigInts
 */
export function roundGrid(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[], options: { readonly numbers?: boolean } = {}): Units {
  const W = weights.reduce((a, b) => a + b, 0n);
  const nc = cols.length;
  const g = options.numbers !== false && gridFitsNumbers(rows, cols, weights) ? floorGridSafe(rows, cols, weights, Number(W)) : floorGrid(rows, cols, weights, W);
  if (g.colNeed.some((n) => n < 0) || g.rowNeed.some((n) => n < 0)) throw new InvariantError('grid rounding: a margin is below the floor of its exact value');
  const { floors, remainders } = g;
  const candidates: number[] = [];
  const fractional = new Uint8Array(floors.length);
  for (let k = 0; k < floors.length; k++) {
    if (remainders[k]! > 0) {
      candidates.push(k);
      fractional[k] = 1;
    }
  }
  const order = largestFirst(candidates, remainders, (a, b) => rank[a % nc]! - rank[b % nc]! || Math.floor(a / nc) - Math.floor(b / nc));
  const bumps = placeQuanta(rows.length, nc, order, fractional, g.rowNeed, g.colNeed);
  if (floors instanceof Float64Array) {
    for (let k = 0; k < floors.length; k++) floors[k] = floors[k]! + bumps[k]!;
  } else {
    for (let k = 0; k < floors.length; k++) if (bumps[k] !== 0) floors[k] = floors[k]! + BigInt(bumps[k]!);
  }
  return floors;
}

/** A grid at its floors, row-major, with the remainders and what each row and column is still owed. */
interface FloorGrid<T extends Float64Array | bigint[]> {
  readonly floors: T;
  readonly remainders: T;
  readonly rowNeed: number[];
  readonly colNeed: number[];
}

function floorGrid(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], W: bigint): FloorGrid<bigint[]> {
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  const rowNeed: number[] = [];
  const colGiven = cols.map(() => 0n);
  for (const row of rows) {
    // Where every weight is zero, so is every floor and remainder: the quanta owed are the margins.
    const r = W === 0n ? { floors: cols.map(() => 0n), remainders: cols.map(() => 0n), given: 0n } : floorShares(row, weights, W);
    for (let j = 0; j < cols.length; j++) {
      floors.push(r.floors[j]!);
      remainders.push(r.remainders[j]!);
      colGiven[j] = colGiven[j]! + r.floors[j]!;
    }
    rowNeed.push(Number(row - r.given));
  }
  return { floors, remainders, rowNeed, colNeed: cols.map((c, j) => Number(c - colGiven[j]!)) };
}

/** {@link floorGrid} on numbers, for a grid whose every value is a safe integer ({@link gridFitsNumbers}). */
function floorGridSafe(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], W: number): FloorGrid<Float64Array> {
  const nc = cols.length;
  const w = weights.map(Number);
  const floors = new Float64Array(rows.length * nc);
  const remainders = new Float64Array(rows.length * nc);
  const rowNeed: number[] = [];
  const colNeed = cols.map(Number);
  rows.forEach((big, i) => {
    const row = Number(big);
    if (W === 0) return void rowNeed.push(row); // every floor and remainder zero, as above
    const r = floorSharesSafe(row, w, W);
    floors.set(r.floors, i * nc);
    remainders.set(r.remainders, i * nc);
    for (let j = 0; j < nc; j++) colNeed[j] = colNeed[j]! - r.floors[j]!;
    rowNeed.push(row - r.given);
  });
  return { floors, remainders, rowNeed, colNeed };
}

/** The largest magnitude among `xs`, and the sum of their magnitudes. */
function magnitudes(xs: readonly bigint[]): [max: bigint, sum: bigint] {
  let max = 0n;
  let sum = 0n;
  for (const x of xs) {
    const a = x < 0n ? -x : x;
    sum += a;
    if (a > max) max = a;
  }
  return [max, sum];
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether every value the grid computes is a safe integer, so that it may run on numbers. With R the
 * largest |row|, S their sum, M the largest |weight|, A their sum, C the largest |column| and W > 0: a
 * product row × weight is at most R·M, and a floor times W at most R·M + W. A floor is at most
 * |product| / W + 1, so a year's floors add up to at most R·A / W + (number of partners), and a
 * partner's to at most S·M / W + (number of years). What a year is still owed is small (each floor is
 * within 1 of its exact value); what a partner is owed is at most C plus its floors.
 */
export function gridFitsNumbers(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[]): boolean {
  const W = weights.reduce((a, b) => a + b, 0n);
  const [maxRow, sumRow] = magnitudes(rows);
  const [maxWeight, sumWeight] = magnitudes(weights);
  const [maxCol] = magnitudes(cols);
  // A negative W is outside the grid's terms (W > 0, or all weights zero): left to the BigInt code.
  if (weights.length !== cols.length || W < 0n || maxRow > MAX_SAFE || maxWeight > MAX_SAFE || maxCol > MAX_SAFE) return false;
  if (W === 0n) return true;
  return maxRow * maxWeight + W <= MAX_SAFE && (maxRow * sumWeight) / W + BigInt(cols.length) <= MAX_SAFE && maxCol + (sumRow * maxWeight) / W + BigInt(rows.length) <= MAX_SAFE;
}
