import { Decimal } from '../money/index.js';
import { InvariantError } from '../errors/index.js';
// The engine's controlled rounding: the placement its line grids use.
import { placeQuanta } from '../engine/index.js';

/** A years × partners grid of present values rounded to the quantum, with its margins. */
export interface RoundedPresentValues {
  /** `cells[t][j]`: year t, partner j. */
  readonly cells: readonly (readonly Decimal[])[];
  /** Each year's total: the sum of its row. */
  readonly years: readonly Decimal[];
  /** Each partner's total: the sum of its column. */
  readonly partners: readonly Decimal[];
  /** The grand total: the exact grand total rounded half-up to the quantum. */
  readonly total: Decimal;
}

/** A value in quanta as its floor and the exact remainder left, 0 ≤ remainder < 1. */
function split(x: Decimal): [bigint, Decimal] {
  const floor = x.floor();
  return [BigInt(floor.toFixed(0)), x.minus(floor)];
}

/**
 * Rounds exact present values once, as a whole: the grand total is the exact total rounded half-up to
 * the quantum, and each cell, each year's total and each partner's total is the floor or the ceiling
 * of its exact value, with rows and columns adding up exactly.
 *
 * The margins are rounded with the cells, not apart from them: the grid is bordered with minus each
 * year's exact total (a last column), minus each partner's (a last row) and the rounded grand total (the
 * corner, already whole), so that every row and column of the bordered grid adds up to zero; the
 * engine's controlled rounding (`placeQuanta`, largest remainder first, then along augmenting paths)
 * then rounds it keeping every sum at zero, placing the border's quanta first. Such a rounding exists
 * whenever the grand total is the floor or the ceiling of its exact value (a flow argument), and the
 * placement finds one whenever one exists. On equal remainders the partner earlier in `rank` gets the
 * quantum, then the earlier year.
 *
 * @param exact - present values in pounds, years × partners (at least one of each)
 * @param quantum - the scenario's quantum in pounds
 * @param rank - each partner's place in the tie order, 0 first
 */
export function roundPresentValues(exact: readonly (readonly Decimal[])[], quantum: Decimal, rank: readonly number[]): RoundedPresentValues {
  const nr = exact.length;
  const nc = exact[0]!.length;
  const zero = new Decimal(0);
  const rowSums = exact.map((row) => row.reduce((a, b) => a.plus(b), zero));
  const colSums = exact[0]!.map((_, j) => exact.reduce((a, row) => a.plus(row[j]!), zero));
  const total = rowSums.reduce((a, b) => a.plus(b), zero).dividedBy(quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

  // The bordered grid in quanta, (nr + 1) × (nc + 1), row-major.
  const W = nc + 1;
  const bordered: Decimal[] = [];
  for (let t = 0; t < nr; t++) {
    for (const x of exact[t]!) bordered.push(x.dividedBy(quantum));
    bordered.push(rowSums[t]!.negated().dividedBy(quantum));
  }
  for (const c of colSums) bordered.push(c.negated().dividedBy(quantum));
  bordered.push(total);

  const floors: bigint[] = [];
  const remainders: Decimal[] = [];
  for (const x of bordered) {
    const [f, r] = split(x);
    floors.push(f);
    remainders.push(r);
  }
  const rowNeed = Array.from({ length: nr + 1 }, (_, i) => -floors.slice(i * W, (i + 1) * W).reduce((a, b) => a + b, 0n));
  const colNeed = Array.from({ length: W }, (_, j) => -floors.filter((_, k) => k % W === j).reduce((a, b) => a + b, 0n));
  if ([...rowNeed, ...colNeed].some((n) => n < 0n)) throw new InvariantError('present values: a margin is below the floor of its exact value');

  const fractional = Uint8Array.from(remainders, (r) => (r.isZero() ? 0 : 1));
  // The border first, so the totals are rounded as largest remainders would round them on their own
  // (the cells then follow, and only where no rounding of the cells meets those totals does a path
  // through the border change one). A quantum on a cell rounds it up; on the border it rounds a total
  // down (the border holds minus the totals). So on equal remainders a cell goes first to the partner
  // earlier in the tie order, and the border to the partner later in it: either way the earlier partner
  // gets the quantum.
  const onBorder = (k: number): number => (Math.floor(k / W) === nr || k % W === nc ? 0 : 1);
  const tieKey = (k: number): number => {
    const j = k % W;
    const r = j < nc ? rank[j]! : nc;
    return Math.floor(k / W) === nr ? -r : r;
  };
  const order = remainders
    .map((_, k) => k)
    .filter((k) => fractional[k] === 1)
    .sort((a, b) => onBorder(a) - onBorder(b) || remainders[b]!.comparedTo(remainders[a]!) || tieKey(a) - tieKey(b) || Math.floor(a / W) - Math.floor(b / W));
  const bumps = placeQuanta(nr + 1, W, order, fractional, rowNeed.map(Number), colNeed.map(Number));
  if (bumps[(nr + 1) * W - 1] !== 0) throw new InvariantError('present values: the rounded total moved from the exact total rounded');

  const at = (i: number, j: number, sign = 1n): Decimal => new Decimal((sign * (floors[i * W + j]! + BigInt(bumps[i * W + j]!))).toString()).times(quantum);
  return {
    cells: exact.map((row, t) => row.map((_, j) => at(t, j))),
    years: exact.map((_, t) => at(t, nc, -1n)),
    partners: colSums.map((_, j) => at(nr, j, -1n)),
    total: at(nr, nc),
  };
}
