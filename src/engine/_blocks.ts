import { type Decimal, fromScaledBigInt, scaledBigInt } from '../money/index.js';
import type { Evaluation, LineCell } from './types.js';

/**
 * One line's cells for one measure, held as a years × partners grid of signed whole quanta. At scale an
 * evaluation has millions of cells; one Decimal object per cell dominated both time and memory, so the
 * engine keeps integers and makes a Decimal only when a cell is read as one (`Evaluation.lineCells`).
 * Sums over cells (views, appraisal, analysis) are taken in these integers, exactly, and converted once.
 */
export interface LineBlock {
  readonly line: string;
  readonly measure: 'money' | 'fte';
  readonly years: readonly string[];
  readonly partners: readonly string[];
  /** Signed units of the quantum, row-major: year `i`, partner `j` at `i * partners.length + j`. */
  readonly units: Units;
  /** The quantum is `q` / 10^`places`. */
  readonly q: bigint;
  readonly places: number;
}

/**
 * A block's cells in whole quanta, as the grid rounding gives them: doubles where it ran on numbers
 * (every value a safe integer, so each cell is held exactly and summed without a BigInt), else BigInts.
 * BigInts for every cell cost the engine about twice the time and memory at scale (`bench/README.md`). Read
 * a cell with {@link unitAt}.
 */
export type Units = Float64Array | readonly bigint[];

/** The units of cell `k` of a block, exactly. */
export function unitAt(units: Units, k: number): bigint {
  const u = units[k]!;
  return typeof u === 'bigint' ? u : BigInt(u);
}

/** Decimal value of cell `k` of a block. */
export function valueAt(b: LineBlock, k: number): Decimal {
  return fromScaledBigInt(unitAt(b.units, k) * b.q, b.places);
}

/** The line cells of blocks as plain objects, in block order, each block row by row. */
export function materialise(blocks: readonly LineBlock[]): LineCell[] {
  const out: LineCell[] = [];
  for (const b of blocks) {
    const nc = b.partners.length;
    for (let k = 0; k < b.units.length; k++) {
      out.push({ line: b.line, partner: b.partners[k % nc]!, year: b.years[Math.floor(k / nc)]!, measure: b.measure, value: valueAt(b, k) });
    }
  }
  return out;
}

/**
 * Where an evaluation made by `evaluate` keeps its blocks: a non-enumerable property under a private
 * symbol. Non-enumerable, so that a copy (`{ ...evaluation }`, perhaps with other cells) does not carry
 * blocks that no longer match its cells. Not registered: the ES module entries share one copy of the
 * engine; an evaluation that reaches another copy (a CommonJS entry, or the other build) is read through
 * its `lineCells`, as one built by hand is: the same figures, without the shortcut.
 */
const BLOCKS: unique symbol = Symbol('line-blocks');

/**
 * The evaluation `evaluate` returns: its `lineCells` are made from the blocks when first read, and the
 * blocks stay with the object so that sums over cells need never make them.
 */
export function evaluationOf(blocks: readonly LineBlock[], rest: Omit<Evaluation, 'lineCells'>): Evaluation {
  let cells: readonly LineCell[] | undefined;
  const evaluation: Evaluation = {
    scenario: rest.scenario,
    get lineCells(): readonly LineCell[] {
      return (cells ??= Object.freeze(materialise(blocks)));
    },
    positionCells: rest.positionCells,
    costCells: rest.costCells,
    fundingCells: rest.fundingCells,
    indirectCells: rest.indirectCells,
    ...(rest.contributions === undefined ? {} : { contributions: rest.contributions }),
  };
  // Behind a function, so that code walking every own key (a deep freeze, say) does not walk the blocks.
  Object.defineProperty(evaluation, BLOCKS, { value: (): readonly LineBlock[] => blocks, enumerable: false, writable: false, configurable: false });
  return evaluation;
}

/**
 * The line cells of any evaluation as blocks: those `evaluate` made, or, for an evaluation built or
 * copied by hand, one block per cell of its `lineCells` (each at its own decimal places).
 */
export function lineBlocksOf(evaluation: Evaluation): readonly LineBlock[] {
  const own = Object.hasOwn(evaluation, BLOCKS) ? (evaluation as unknown as Record<symbol, unknown>)[BLOCKS] : undefined;
  return typeof own === 'function' ? (own as () => readonly LineBlock[])() : evaluation.lineCells.map(blockOfCell);
}

function blockOfCell(c: LineCell): LineBlock {
  const places = Math.max(0, c.value.decimalPlaces());
  return { line: c.line, measure: c.measure, years: [c.year], partners: [c.partner], units: [scaledBigInt(c.value, places)], q: 1n, places };
}
