import type { Evaluation, LineCell } from './types.js';
import { lineBlocksOf, unitAt, valueAt, type LineBlock } from './_blocks.js';

/**
 * An evaluation's line cells read one at a time, in the order of `Evaluation.lineCells`, without making
 * them all: at scale (millions of cells) the array of cell objects is most of a process's memory, while a
 * renderer writing every cell needs only the one it is writing.
 *
 * @example
 * ```ts
 * const reader = lineCellReader(evaluate(scenario));
 * reader.at(0).value.toString();
 * //=> '684000'
 * ```
 */
export interface LineCellReader {
  /** How many line cells there are. */
  readonly length: number;
  /** Cell `i` (0 ≤ `i` < `length`), made when asked for: the same cell as `lineCells[i]`. */
  at(i: number): LineCell;
  /** The most digits after the point any cell's value has (its `decimalPlaces()`), found without making the cells. */
  decimalPlaces(): number;
  /** Every cell's line, partner and year, each at least once, without making the cells. */
  texts(): Iterable<string>;
  /** The measures the cells are of. */
  measures(): ReadonlySet<'money' | 'fte'>;
}

/** The decimal places of `units × q / 10^places`: `places` less the trailing zeros of the whole. */
function placesOf(units: bigint, q: bigint, places: number): number {
  let n = units * q;
  if (n === 0n) return 0;
  let p = places;
  while (p > 0 && n % 10n === 0n) {
    n /= 10n;
    p--;
  }
  return p;
}

/** The most decimal places of any cell of a block: stops at the block's own places, which most blocks reach at once. */
function blockPlaces(b: LineBlock, floor: number): number {
  let most = floor;
  for (let k = 0; k < b.units.length && most < b.places; k++) most = Math.max(most, placesOf(unitAt(b.units, k), b.q, b.places));
  return most;
}

/**
 * Reads an evaluation's line cells one at a time (see {@link LineCellReader}): from the engine's integer
 * blocks for an evaluation `evaluate` made, else from its `lineCells`.
 *
 * @param evaluation - from {@link evaluate}, or built by hand
 * @returns the reader
 *
 * @example
 * ```ts
 * const reader = lineCellReader(evaluate(scenario));
 * reader.length === evaluate(scenario).lineCells.length;
 * //=> true
 * ```
 */
export function lineCellReader(evaluation: Evaluation): LineCellReader {
  // An evaluation built or copied by hand holds its cells as an array: read them as they are.
  if (Object.getOwnPropertyDescriptor(evaluation, 'lineCells')?.get === undefined) {
    const cells = evaluation.lineCells;
    return {
      length: cells.length,
      at: (i) => {
        if (!(Number.isInteger(i) && i >= 0 && i < cells.length)) throw new RangeError(`no line cell ${i} (there are ${cells.length})`);
        return cells[i]!;
      },
      decimalPlaces: () => cells.reduce((most, c) => Math.max(most, c.value.decimalPlaces()), 0),
      texts: () => cells.flatMap((c) => [c.line, c.partner, c.year]),
      measures: () => new Set(cells.map((c) => c.measure)),
    };
  }
  const blocks = lineBlocksOf(evaluation);
  const starts: number[] = [];
  let length = 0;
  for (const b of blocks) {
    starts.push(length);
    length += b.units.length;
  }
  // Cells are read in order: the block of the last cell read is where the next one most likely is.
  let current = 0;
  const blockOf = (i: number): number => {
    if (current < blocks.length && i >= starts[current]! && i < starts[current]! + blocks[current]!.units.length) return current;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    // Empty blocks share a start with the next: move on to the block that holds the cell.
    while (lo < blocks.length - 1 && i >= starts[lo]! + blocks[lo]!.units.length) lo++;
    current = lo;
    return lo;
  };
  return {
    length,
    at: (i) => {
      if (!(Number.isInteger(i) && i >= 0 && i < length)) throw new RangeError(`no line cell ${i} (there are ${length})`);
      const b = blocks[blockOf(i)]!;
      const k = i - starts[current]!;
      const nc = b.partners.length;
      return { line: b.line, partner: b.partners[k % nc]!, year: b.years[Math.floor(k / nc)]!, measure: b.measure, value: valueAt(b, k) };
    },
    decimalPlaces: () => blocks.reduce((most, b) => blockPlaces(b, most), 0),
    texts: () => blocks.flatMap((b) => (b.units.length === 0 ? [] : [b.line, ...b.partners, ...b.years])),
    measures: () => new Set(blocks.filter((b) => b.units.length > 0).map((b) => b.measure)),
  };
}
