import { pow10 } from '../money/index.js';
import type { LineBlock } from './_blocks.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** Tables with at most this many slots are summed into dense typed arrays; larger ones (line × line) sparsely. */
const DENSE_SLOTS = 1 << 22;

/**
 * Where one block's cells fall in a table of `rows × columns` slots: cell (year `i`, partner `j`) goes to
 * slot `base + yearAt[i] + partnerAt[j]`, and is left out where `base`, `yearAt[i]` or `partnerAt[j]` is
 * negative. `base` is the row and column the block's line decides (a tier, say); `yearAt` and
 * `partnerAt`, the part the year and partner decide (0 where they decide nothing), so they can be shared
 * by every block of the same years and partners.
 */
export interface BlockPlacement {
  readonly yearAt: Float64Array;
  readonly partnerAt: Float64Array;
  readonly base: number;
}

/**
 * Exact sums of line cells in slots of a table, in integer quanta at one scale (`places`). Each slot holds
 * a double while its running sum is a safe integer (every addition is then exact), and moves to a BigInt
 * the moment an addition would leave that range; so the figures are exact whatever the magnitudes, and at
 * ordinary magnitudes the work is a typed-array sum. A slot is present once a cell (or a block, for
 * slots that do not depend on the axis) falls in it, zero or not.
 */
export class TableSums {
  readonly rows: number;
  readonly columns: number;
  readonly places: number;
  private readonly dense: boolean;
  private small: Float64Array;
  private seen: Uint8Array;
  /** Sparse tables: slot index → position in `small` / `seen`. */
  private readonly at: Map<number, number> | undefined;
  /** Slot (position) → the part of its sum moved out of the double. */
  private readonly big = new Map<number, bigint>();

  constructor(rows: number, columns: number, places: number) {
    this.rows = rows;
    this.columns = columns;
    this.places = places;
    const slots = rows * columns;
    this.dense = slots <= DENSE_SLOTS;
    this.at = this.dense ? undefined : new Map();
    this.small = new Float64Array(this.dense ? slots : 64);
    this.seen = new Uint8Array(this.dense ? slots : 64);
  }

  /** Position of slot `slot` in the arrays, made on first use where the table is sparse. */
  private position(slot: number): number {
    if (this.dense) return slot;
    let p = this.at!.get(slot);
    if (p === undefined) {
      p = this.at!.size;
      this.at!.set(slot, p);
      if (p >= this.small.length) {
        const small = new Float64Array(this.small.length * 2);
        small.set(this.small);
        const seen = new Uint8Array(this.seen.length * 2);
        seen.set(this.seen);
        this.small = small;
        this.seen = seen;
      }
    }
    return p;
  }

  private addBig(p: number, u: bigint): void {
    this.big.set(p, (this.big.get(p) ?? 0n) + u);
  }

  /**
   * Adds a block's cells (scaled from the block's places to the table's) at their slots. `byYear` /
   * `byPartner` say whether the slot depends on that axis; where it does not, the block marks its slot
   * present even with no cells there, as a group of the cells' sums would have it.
   */
  add(b: LineBlock, place: BlockPlacement, byYear: boolean, byPartner: boolean): void {
    const { yearAt, partnerAt, base } = place;
    if (base < 0) return;
    const nc = b.partners.length;
    const nr = b.years.length;
    for (let i = 0; i < (byYear ? nr : 1); i++) {
      const y = byYear ? yearAt[i]! : 0;
      if (y < 0) continue;
      for (let j = 0; j < (byPartner ? nc : 1); j++) {
        const x = byPartner ? partnerAt[j]! : 0;
        if (x < 0) continue;
        // The position first: it may grow the arrays.
        const p = this.position(base + y + x);
        this.seen[p] = 1;
      }
    }
    const factor = b.q * pow10(this.places - b.places);
    const units = b.units;
    if (units instanceof Float64Array && factor === 1n && this.dense) {
      addDense(this, this.small, units, yearAt, partnerAt, base, nr, nc);
      return;
    }
    for (let i = 0; i < nr; i++) {
      const y = yearAt[i]!;
      if (y < 0) continue;
      for (let j = 0; j < nc; j++) {
        const x = partnerAt[j]!;
        if (x < 0) continue;
        const p = this.position(base + y + x);
        const u = units[i * nc + j]!;
        if (typeof u === 'number' && factor <= MAX_SAFE_BIG) {
          // A product or sum whose exact value is a safe integer is computed exactly; one that is not
          // rounds to a magnitude of at least 2^53, so the test catches it.
          const v = u * Number(factor);
          const t = this.small[p]! + v;
          if (t <= MAX_SAFE && t >= -MAX_SAFE && v <= MAX_SAFE && v >= -MAX_SAFE) this.small[p] = t;
          else this.spill(p, u, factor);
        } else {
          this.addBig(p, (typeof u === 'bigint' ? u : BigInt(u)) * factor);
        }
      }
    }
  }

  /** Moves a slot's double into its BigInt part and adds `u · factor` there. */
  spill(p: number, u: number, factor: bigint): void {
    this.addBig(p, BigInt(this.small[p]!) + BigInt(u) * factor);
    this.small[p] = 0;
  }

  /** Whether any cell fell at row `r`, column `c`. */
  has(r: number, c: number): boolean {
    const slot = r * this.columns + c;
    if (this.dense) return this.seen[slot] === 1;
    const p = this.at!.get(slot);
    return p !== undefined && this.seen[p] === 1;
  }

  /** The exact sum at row `r`, column `c`, in quanta of 10^-places: a safe integer as a number where it is one. */
  value(r: number, c: number): number | bigint {
    const slot = r * this.columns + c;
    const p = this.dense ? slot : this.at!.get(slot);
    if (p === undefined) return 0;
    if (this.big.size === 0) return this.small[p]!;
    const big = this.big.get(p);
    return big === undefined ? this.small[p]! : big + BigInt(this.small[p]!);
  }

  /** The present slots' rows and columns, each in ascending order, as flags. */
  presence(): { rows: Uint8Array; columns: Uint8Array } {
    const rows = new Uint8Array(this.rows);
    const columns = new Uint8Array(this.columns);
    const mark = (slot: number): void => {
      rows[Math.floor(slot / this.columns)] = 1;
      columns[slot % this.columns] = 1;
    };
    if (this.dense) {
      for (let s = 0; s < this.seen.length; s++) if (this.seen[s] === 1) mark(s);
    } else {
      for (const [slot, p] of this.at!) if (this.seen[p] === 1) mark(slot);
    }
    return { rows, columns };
  }
}

/**
 * The common case, on its own so that it stays a tight loop over typed arrays: a block of doubles at the
 * table's own scale, in a dense table. A sum that would leave the safe integers spills into a BigInt.
 */
function addDense(sums: TableSums, small: Float64Array, units: Float64Array, yearAt: Float64Array, partnerAt: Float64Array, base: number, nr: number, nc: number): void {
  for (let i = 0; i < nr; i++) {
    const y = yearAt[i]!;
    if (y < 0) continue;
    const yb = base + y;
    const row = i * nc;
    for (let j = 0; j < nc; j++) {
      const x = partnerAt[j]!;
      if (x < 0) continue;
      const p = yb + x;
      const u = units[row + j]!;
      const t = small[p]! + u;
      if (t <= MAX_SAFE && t >= -MAX_SAFE) small[p] = t;
      else sums.spill(p, u, 1n);
    }
  }
}

/**
 * An exact running sum of integers that stays on a double while it can (see {@link TableSums}); for row,
 * column and grand totals.
 */
export class ExactTotal {
  private small = 0;
  private big = 0n;
  add(u: number | bigint): void {
    if (typeof u === 'bigint') {
      this.big += u;
      return;
    }
    const t = this.small + u;
    if (t <= MAX_SAFE && t >= -MAX_SAFE) this.small = t;
    else {
      this.big += BigInt(this.small) + BigInt(u);
      this.small = 0;
    }
  }
  value(): number | bigint {
    return this.big === 0n ? this.small : this.big + BigInt(this.small);
  }
}
