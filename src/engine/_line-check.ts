import { InvariantError } from '../errors/index.js';
import type { Units } from './_blocks.js';

/** An item's own invariant: its grid adds up to its year totals and its partner totals. */
export function checkLine(id: string, measure: string, grid: Units, years: readonly bigint[], parts: readonly bigint[]): void {
  const nc = parts.length;
  const { rows, cols } = grid instanceof Float64Array ? (marginsOfDoubles(grid, years.length, nc) ?? marginsOfBigInts(Array.from(grid, BigInt), years.length, nc)) : marginsOfBigInts(grid, years.length, nc);
  rows.forEach((sum, i) => {
    if (sum !== years[i]) throw new InvariantError(`line ${id} (${measure}): year ${i} does not add up`);
  });
  cols.forEach((sum, j) => {
    if (sum !== parts[j]) throw new InvariantError(`line ${id} (${measure}): partner ${j} does not add up`);
  });
}

interface Margins {
  readonly rows: bigint[];
  readonly cols: bigint[];
}

function marginsOfBigInts(grid: readonly bigint[], nr: number, nc: number): Margins {
  const rows = new Array<bigint>(nr).fill(0n);
  const cols = new Array<bigint>(nc).fill(0n);
  grid.forEach((u, k) => {
    rows[Math.floor(k / nc)]! += u;
    cols[k % nc]! += u;
  });
  return { rows, cols };
}

/** Row and column sums on doubles, exact when the magnitudes add up to a safe integer; else undefined. */
function marginsOfDoubles(grid: Float64Array, nr: number, nc: number): Margins | undefined {
  let magnitude = 0;
  for (let k = 0; k < grid.length; k++) magnitude += Math.abs(grid[k]!);
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined;
  const rows = new Array<number>(nr).fill(0);
  const cols = new Array<number>(nc).fill(0);
  for (let k = 0; k < grid.length; k++) {
    rows[Math.floor(k / nc)]! += grid[k]!;
    cols[k % nc]! += grid[k]!;
  }
  return { rows: rows.map(BigInt), cols: cols.map(BigInt) };
}
