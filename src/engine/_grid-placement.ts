import { InvariantError } from '../errors/index.js';

/**
 * Places the quanta a grid still owes once its cells stand at their floors: each row (year) owes
 * `rowNeed[i]`, each column (partner) `colNeed[j]`, and both add up to the same. Returns how many quanta
 * each cell (row-major, `i · nc + j`) gets. Shared by the BigInt and the number roundings, so both place
 * them identically.
 *
 * First greedily, in `order` (cells with a remainder, the largest first), one quantum a cell. Then
 * along augmenting paths (a bipartite b-matching): first through cells with a remainder, then through
 * any. That finds a rounding with every cell the floor or the ceiling of its exact value whenever one
 * exists.
 *
 * One need not exist: the year totals and the partner totals are each rounded on their own, and with
 * very unequal weights they can ask a row for more quanta than it has columns still owed one. Then,
 * rather than fail, a cell may take a second quantum (and a third, and so on, only as needed) along the
 * same paths. Both sets of totals still hold exactly. Such a cell is more than one quantum but less
 * than two from its exact value, and the testing checker accepts it only where it can show that no
 * one-quantum rounding exists.
 */
export function placeQuanta(nr: number, nc: number, order: readonly number[], fractional: Uint8Array, rowNeed: number[], colNeed: number[]): Int32Array {
  const bumps = new Int32Array(nr * nc);
  for (const k of order) {
    const i = Math.floor(k / nc);
    const j = k % nc;
    if (rowNeed[i]! > 0 && colNeed[j]! > 0) {
      bumps[k] = 1;
      rowNeed[i]!--;
      colNeed[j]!--;
    }
  }
  const grid: PathGrid = { nr, nc, bumps, rowNeed, colNeed, fractional };
  for (let i = 0; i < nr; i++) {
    while (rowNeed[i]! > 0) {
      let placed = false;
      for (let cap = 1; !placed && cap <= nr * nc; cap++) placed = augment(grid, i, cap, true) || augment(grid, i, cap, false);
      if (!placed) throw new InvariantError('grid rounding: no rounding meets both the year and the partner totals');
    }
  }
  return bumps;
}

interface PathGrid {
  readonly nr: number;
  readonly nc: number;
  readonly bumps: Int32Array;
  readonly rowNeed: number[];
  readonly colNeed: number[];
  readonly fractional: Uint8Array;
}

/**
 * One augmenting path from row `start` to a column still owed a quantum (breadth first), giving a cell at
 * most `cap` quanta, through cells with a remainder only when `fractionalOnly`.
 */
function augment(g: PathGrid, start: number, cap: number, fractionalOnly: boolean): boolean {
  const { nr, nc, bumps, rowNeed, colNeed, fractional } = g;
  const colFrom: number[] = new Array<number>(nc).fill(-1);
  const rowFrom: number[] = new Array<number>(nr).fill(-1);
  const queue: number[] = [start];
  rowFrom[start] = start;
  while (queue.length > 0) {
    const i = queue.shift()!;
    for (let j = 0; j < nc; j++) {
      if (bumps[i * nc + j]! >= cap || colFrom[j] !== -1 || (fractionalOnly && fractional[i * nc + j] === 0)) continue;
      colFrom[j] = i;
      if (colNeed[j]! > 0) {
        // Flip the path back to the start.
        let col = j;
        for (;;) {
          const row = colFrom[col]!;
          bumps[row * nc + col]!++;
          if (row === start) break;
          const prevCol = -2 - rowFrom[row]!;
          bumps[row * nc + prevCol]!--;
          col = prevCol;
        }
        rowNeed[start]!--;
        colNeed[j]!--;
        return true;
      }
      for (let k = 0; k < nr; k++) {
        if (bumps[k * nc + j]! > 0 && rowFrom[k] === -1) {
          rowFrom[k] = -2 - j; // reached row k by taking a quantum back from (k, j)
          queue.push(k);
        }
      }
    }
  }
  return false;
}
