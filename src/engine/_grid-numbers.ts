/**
 * The grid rounding of `_grid.ts` on JavaScript numbers. It is called once per line, and its BigInt
 * arithmetic and its sort through a comparison function were most of its time; where every value it
 * computes is a safe integer (at most 2^53 − 1), the same steps on numbers give the very same grid.
 *
 * This is the one place money is counted in numbers: whole quanta only, and only after a check, made on
 * BigInts, that no product, quotient, remainder or running total can leave the safe integers. Adding,
 * subtracting and multiplying integers gives the exact result whenever that result is below 2^53, so
 * every step here is exact integer arithmetic; the one division is floored exactly (see below).
 */
import { InvariantError } from '../errors/index.js';
import { placeQuanta } from './_grid-placement.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

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

/**
 * Whether every value {@link roundGridNumbers} computes is a safe integer, checked on BigInts. With R the
 * largest |row|, S their sum, M the largest |weight|, A their sum, C the largest |column| and W > 0: a
 * product row × weight is at most R·M, and a floor times W at most R·M + W. A floor is at most
 * |product| / W + 1, so a year's floors add up to at most R·A / W + (number of partners), and a
 * partner's to at most S·M / W + (number of years). What a year is still owed is small (each floor is
 * within 1 of its exact value, and those add up to the year); what a partner is owed is at most C plus
 * its floors.
 */
function fitsSafeIntegers(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], W: bigint): boolean {
  // The BigInt code reads weights[j] for each column: on a mismatch leave it to that code, error and all.
  if (weights.length !== cols.length) return false;
  const [maxRow, sumRow] = magnitudes(rows);
  const [maxWeight, sumWeight] = magnitudes(weights);
  const [maxCol] = magnitudes(cols);
  // A negative W is outside roundGrid's terms (W > 0, or all weights zero): left to the BigInt code.
  if (W < 0n || maxRow > MAX_SAFE || maxWeight > MAX_SAFE || maxCol > MAX_SAFE) return false;
  if (W === 0n) return true; // every floor and remainder is zero: the quanta owed are the margins themselves
  return (
    maxRow * maxWeight + W <= MAX_SAFE &&
    (maxRow * sumWeight) / W + BigInt(cols.length) <= MAX_SAFE &&
    maxCol + (sumRow * maxWeight) / W + BigInt(rows.length) <= MAX_SAFE
  );
}

/**
 * `roundGrid` on safe integers: the same grid, the same order of placement and the same errors as the
 * BigInt code, or undefined where some value could leave the safe integers (the caller then uses BigInts).
 */
export function roundGridNumbers(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): bigint[][] | undefined {
  const flat = roundGridFlat(rows, cols, weights, rank);
  if (flat === undefined) return undefined;
  const nc = cols.length;
  return rows.map((_, i) =>
    Array.from(flat.subarray(i * nc, (i + 1) * nc), (v) => ((v | 0) === v ? BigInt(v | 0) : BigInt(v))), // from a small integer, BigInt() is much quicker
  );
}

/**
 * {@link roundGridNumbers} as one row-major array of cells (year `i`, partner `j` at `i · nc + j`), each a
 * safe integer: the engine stores cells this way, so it need not convert them to BigInts and back.
 */
export function roundGridFlat(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): Float64Array | undefined {
  const bigW = weights.reduce((a, b) => a + b, 0n);
  if (!fitsSafeIntegers(rows, cols, weights, bigW)) return undefined;
  const W = Number(bigW);
  const nr = rows.length;
  const nc = cols.length;
  const w = weights.map(Number);
  // Cell (i, j) is at index i·nc + j of these flat arrays.
  const floors = new Float64Array(nr * nc);
  const rem = new Float64Array(nr * nc);
  const rowNeed: number[] = new Array<number>(nr);
  const colGiven: number[] = new Array<number>(nc).fill(0);
  for (let i = 0; i < nr; i++) {
    const row = Number(rows[i]!);
    let given = 0;
    for (let j = 0; W !== 0 && j < nc; j++) { // where W is 0 every floor and remainder stays 0, as in the BigInt code
      const p = row * w[j]!;
      let q = Math.floor(p / W);
      let r = p - q * W;
      // Math.floor is already exact: the true quotient is a multiple of 1 / W, so a non-integer one lies
      // at least 1 / W below the next integer up, and while |p| < 2^53 the double errs by less than 1 / W.
      // The remainder check keeps that from resting on the argument alone.
      if (r < 0) {
        q -= 1;
        r += W;
      } else if (r >= W) {
        q += 1;
        r -= W;
      }
      floors[i * nc + j] = q;
      rem[i * nc + j] = r;
      given += q;
      colGiven[j]! += q;
    }
    rowNeed[i] = row - given;
  }
  const colNeed = colGiven.map((g, j) => Number(cols[j]!) - g);
  if (colNeed.some((n) => n < 0) || rowNeed.some((n) => n < 0)) throw new InvariantError('grid rounding: a margin is below the floor of its exact value');

  const fractional = new Uint8Array(nr * nc);
  for (let k = 0; k < nr * nc; k++) fractional[k] = rem[k]! > 0 ? 1 : 0;
  const bumps = placeQuanta(nr, nc, byRemainder(rem, W, nr, nc, rank), fractional, rowNeed, colNeed);
  for (let k = 0; k < nr * nc; k++) floors[k] = floors[k]! + bumps[k]!;
  return floors;
}

/**
 * The cells with a remainder, in the order the BigInt code places quanta: largest remainder first, then
 * lowest partner rank, then earliest year (its sort is stable, so then the partner's index). Where the
 * ranks are whole numbers below nc and W · N² is safe (N cells), each cell is packed into one number whose
 * numeric order is that order, and the numbers are sorted natively: several times quicker than a sort
 * calling a comparison function, which was most of the time of this rounding. Otherwise the comparison.
 */
function byRemainder(rem: Float64Array, W: number, nr: number, nc: number, rank: readonly number[]): number[] {
  const N = nr * nc;
  let packable = W * N * N <= Number.MAX_SAFE_INTEGER;
  for (let j = 0; j < nc && packable; j++) packable = Number.isInteger(rank[j]) && rank[j]! >= 0 && rank[j]! < nc;
  if (packable) {
    // key = ((W − remainder) · N + rank · nr + year) · N + cell: each part below its radix, the key below
    // W · N², so exact; the cell (i · nc + j) orders by partner within a year and reads back as key mod N.
    const keys = new Float64Array(N);
    let n = 0;
    for (let i = 0; i < nr; i++) {
      for (let j = 0; j < nc; j++) if (rem[i * nc + j]! > 0) keys[n++] = ((W - rem[i * nc + j]!) * N + rank[j]! * nr + i) * N + i * nc + j;
    }
    const sorted = keys.subarray(0, n).sort();
    const out = new Array<number>(n);
    for (let m = 0; m < n; m++) out[m] = sorted[m]! - Math.floor(sorted[m]! / N) * N; // exact, as the floors above
    return out;
  }
  const out: number[] = [];
  for (let k = 0; k < N; k++) if (rem[k]! > 0) out.push(k);
  return out.sort((a, b) => {
    if (rem[a] !== rem[b]) return rem[a]! > rem[b]! ? -1 : 1;
    return rank[a % nc]! - rank[b % nc]! || Math.floor(a / nc) - Math.floor(b / nc);
  });
}
