import { InvariantError } from '../errors/index.js';
import { pow10 } from '../money/index.js';
import type { Line } from '../model/index.js';
import { unitAt, type LineBlock } from './_blocks.js';

const LINE_AXES = ['line', 'service', 'tier', 'category', 'fund', 'recurrence', 'kind'] as const;

/** Totals of one measure: the whole, by partner and year (per cell), and by the line's own axes. */
interface MeasureTally {
  total: bigint;
  readonly byPartner: Map<string, bigint>;
  readonly byYear: Map<string, bigint>;
  readonly byLineAxis: Map<string, bigint>;
}

/**
 * Running totals of line cells along every axis, in exact integers at one fine scale, kept while the
 * engine creates the cells. Checking that each axis's groups add up to the whole then costs a few map
 * lookups instead of a second pass of decimal additions over millions of cells.
 */
export class AxisTally {
  private readonly measures = new Map<string, MeasureTally>();

  /** @param places - decimal places of the finest quantum any cell uses */
  constructor(private readonly places: number) {}

  private of(measure: string): MeasureTally {
    let m = this.measures.get(measure);
    if (m === undefined) this.measures.set(measure, (m = { total: 0n, byPartner: new Map(), byYear: new Map(), byLineAxis: new Map() }));
    return m;
  }

  /**
   * Adds one line's block of cells. Its grid was checked against its year and partner totals as it was
   * made, so its row and column sums carry the partner and year axes at the cost of a few map updates.
   */
  addBlock(b: LineBlock, line: Line): void {
    const factor = b.q * pow10(this.places - b.places);
    const m = this.of(b.measure);
    const nc = b.partners.length;
    const cols = b.partners.map(() => 0n);
    let sum = 0n;
    b.years.forEach((year, i) => {
      let row = 0n;
      for (let j = 0; j < nc; j++) {
        const u = unitAt(b, i * nc + j);
        row += u;
        cols[j] = cols[j]! + u;
      }
      m.byYear.set(year, (m.byYear.get(year) ?? 0n) + row * factor);
      sum += row;
    });
    b.partners.forEach((partner, j) => m.byPartner.set(partner, (m.byPartner.get(partner) ?? 0n) + cols[j]! * factor));
    m.total += sum * factor;
    for (const key of lineKeys(line)) m.byLineAxis.set(key, (m.byLineAxis.get(key) ?? 0n) + sum * factor);
  }

  /** Throws an {@link InvariantError} naming the first axis whose groups do not add up to the whole. */
  check(): void {
    for (const [measure, m] of this.measures) {
      const sums = new Map<string, bigint>([['partner', sumOf(m.byPartner.values())], ['year', sumOf(m.byYear.values())]]);
      for (const [key, v] of m.byLineAxis) {
        const axis = key.slice(0, key.indexOf('\u0000'));
        sums.set(axis, (sums.get(axis) ?? 0n) + v);
      }
      for (const [axis, sum] of sums) if (sum !== m.total) throw new InvariantError(`${measure} totals by ${axis} do not add up to the whole`);
    }
  }
}

/** A line's group keys on its own axes; lines are immutable, so they are worked out once. */
const KEYS = new WeakMap<Line, readonly string[]>();
function lineKeys(line: Line): readonly string[] {
  let keys = KEYS.get(line);
  if (keys === undefined) {
    keys = LINE_AXES.map((axis) => `${axis}\u0000${axis === 'line' ? line.id : axis === 'service' ? (line.service ?? '') : String(line[axis])}`);
    KEYS.set(line, keys);
  }
  return keys;
}

function sumOf(values: Iterable<bigint>): bigint {
  let s = 0n;
  for (const v of values) s += v;
  return s;
}
