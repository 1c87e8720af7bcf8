import { Decimal, floorShares } from '../money/index.js';
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

/** A grid rounded to whole quanta: cells (row-major), row totals, column totals and the grand total. */
export interface RoundedGridUnits {
  readonly cells: readonly bigint[];
  readonly rows: readonly bigint[];
  readonly columns: readonly bigint[];
  readonly total: bigint;
}

/**
 * The kernel of {@link roundPresentValues}, in exact integers: `exact` holds nr × nc values (row-major)
 * as integers over a common scale, `unit` is the quantum at that scale. Returns each cell, each row's
 * and each column's total and the grand total in whole quanta. The analyses call it with present values
 * they compute as integers, so they round exactly as `appraise` does.
 */
export function roundGridUnits(exact: readonly bigint[], nr: number, nc: number, unit: bigint, rank: readonly number[]): RoundedGridUnits {
  const W = nc + 1;
  const rowSums = new Array<bigint>(nr).fill(0n);
  const colSums = new Array<bigint>(nc).fill(0n);
  for (let t = 0; t < nr; t++) {
    for (let j = 0; j < nc; j++) {
      const x = exact[t * nc + j]!;
      rowSums[t] = rowSums[t]! + x;
      colSums[j] = colSums[j]! + x;
    }
  }
  const grand = rowSums.reduce((a, b) => a + b, 0n);
  // The grand total rounded half-up (away from zero on a half, as Decimal's ROUND_HALF_UP does). Each
  // floor and remainder here is the money kernel's: floor(1 × x / unit), taken towards −∞.
  const g = floorShares(1n, [grand], unit);
  const [gq, gr] = [g.floors[0]!, g.remainders[0]!];
  const total = grand >= 0n ? (2n * gr >= unit ? gq + 1n : gq) : 2n * gr > unit ? gq + 1n : gq;

  // The bordered grid, (nr + 1) × (nc + 1), row-major: cells, minus each row's total, minus each column's,
  // and the rounded grand total in the corner (whole: its floor is itself, its remainder 0), so every row
  // and column adds up to zero.
  const bordered = new Array<bigint>((nr + 1) * W);
  for (let t = 0; t < nr; t++) {
    for (let j = 0; j < nc; j++) bordered[t * W + j] = exact[t * nc + j]!;
    bordered[t * W + nc] = -rowSums[t]!;
  }
  for (let j = 0; j < nc; j++) bordered[nr * W + j] = -colSums[j]!;
  bordered[nr * W + nc] = total * unit;
  const { floors, remainders } = floorShares(1n, bordered, unit);

  const rowNeed = new Array<bigint>(nr + 1).fill(0n);
  const colNeed = new Array<bigint>(W).fill(0n);
  for (let k = 0; k < floors.length; k++) {
    rowNeed[Math.floor(k / W)] = rowNeed[Math.floor(k / W)]! - floors[k]!;
    colNeed[k % W] = colNeed[k % W]! - floors[k]!;
  }
  if (rowNeed.some((n) => n < 0n) || colNeed.some((n) => n < 0n)) throw new InvariantError('present values: a margin is below the floor of its exact value');

  const fractional = Uint8Array.from(remainders, (r) => (r === 0n ? 0 : 1));
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
  const order: number[] = [];
  for (let k = 0; k < remainders.length; k++) if (fractional[k] === 1) order.push(k);
  order.sort((a, b) => onBorder(a) - onBorder(b) || (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : 0) || tieKey(a) - tieKey(b) || Math.floor(a / W) - Math.floor(b / W));
  const bumps = placeQuanta(nr + 1, W, order, fractional, rowNeed.map(Number), colNeed.map(Number));
  if (bumps[(nr + 1) * W - 1] !== 0) throw new InvariantError('present values: the rounded total moved from the exact total rounded');

  const at = (i: number, j: number): bigint => floors[i * W + j]! + BigInt(bumps[i * W + j]!);
  const cells: bigint[] = [];
  for (let t = 0; t < nr; t++) for (let j = 0; j < nc; j++) cells.push(at(t, j));
  return {
    cells,
    rows: rowSums.map((_, t) => -at(t, nc)),
    columns: colSums.map((_, j) => -at(nr, j)),
    total,
  };
}

/**
 * An exact present value: a Decimal taken as it is, or flows times discount factors, summed, whose
 * products are kept exact (a Decimal product would round them to the library's precision).
 */
export type ExactPresentValue = Decimal | readonly (readonly [flow: Decimal, factor: Decimal])[];

/** A Decimal as an integer over 10^scale, its decimal places. */
function scaled(d: Decimal): { readonly value: bigint; readonly scale: number } {
  const scale = Math.max(0, d.decimalPlaces());
  return { value: BigInt(d.times(new Decimal(10).pow(scale)).toFixed(0)), scale };
}

/** The terms of an exact present value as integers over powers of ten. */
function termsOf(x: ExactPresentValue): { readonly value: bigint; readonly scale: number }[] {
  if (Decimal.isDecimal(x)) return [scaled(x as Decimal)];
  return (x as readonly (readonly [Decimal, Decimal])[]).map(([flow, factor]) => {
    const a = scaled(flow);
    const b = scaled(factor);
    return { value: a.value * b.value, scale: a.scale + b.scale };
  });
}

/**
 * Rounds exact present values once, as a whole: the grand total is the exact total rounded half-up to
 * the quantum, and each cell, each year's total and each partner's total is the floor or the ceiling
 * of its exact value, with rows and columns adding up exactly.
 *
 * A cell may be given as flows and discount factors whose products are kept exact as integers (never
 * rounded to the Decimal precision), so that an analysis computing the same products in integers
 * ({@link roundGridUnits}) rounds identically.
 * The margins are rounded with the cells, not apart from them: the grid is bordered with minus each
 * year's exact total (a last column), minus each partner's (a last row) and the rounded grand total (the
 * corner, already whole), so that every row and column of the bordered grid adds up to zero; the
 * engine's controlled rounding (`placeQuanta`, largest remainder first, then along augmenting paths)
 * then rounds it keeping every sum at zero, placing the border's quanta first. Such a rounding exists
 * whenever the grand total is the floor or the ceiling of its exact value (a flow argument), and the
 * placement finds one whenever one exists. On equal remainders the partner earlier in `rank` gets the
 * quantum, then the earlier year.
 *
 * @param exact - per year and partner, the exact present value in pounds (see {@link ExactPresentValue})
 * @param quantum - the scenario's quantum in pounds
 * @param rank - each partner's place in the tie order, 0 first
 */
export function roundPresentValues(exact: readonly (readonly ExactPresentValue[])[], quantum: Decimal, rank: readonly number[]): RoundedPresentValues {
  const nr = exact.length;
  const nc = exact[0]!.length;
  const products = exact.map((row) => row.map(termsOf));
  let scale = quantum.decimalPlaces();
  for (const row of products) for (const terms of row) for (const p of terms) scale = Math.max(scale, p.scale);
  const values: bigint[] = [];
  for (const row of products) for (const terms of row) values.push(terms.reduce((a, p) => a + p.value * 10n ** BigInt(scale - p.scale), 0n));
  const unit = BigInt(quantum.times(new Decimal(10).pow(scale)).toFixed(0));
  const r = roundGridUnits(values, nr, nc, unit, rank);
  const pounds = (q: bigint): Decimal => new Decimal(q.toString()).times(quantum);
  return {
    cells: exact.map((row, t) => row.map((_, j) => pounds(r.cells[t * nc + j]!))),
    years: r.rows.map(pounds),
    partners: r.columns.map(pounds),
    total: pounds(r.total),
  };
}
