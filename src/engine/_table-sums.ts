import { pow10 } from '../money/index.js';
import type { LineBlock } from './_blocks.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Tables with at most this many slots are summed into dense typed arrays; larger ones (line × line) sparsely. */
const DENSE_SLOTS = 1 << 22;

/**
 * Where one block's cells fall in a table of `rows × columns` slots: cell (year `i`, partner `j`) goes to
 * slot `yearAt[i] + partnerAt[j]`, and is left out where either is negative. The caller folds the row and
 * column of the block's line (a tier, say) into `yearAt`. `byYear` / `byPartner` say whether the slot
 * depends on that axis; where it does not, a block marks its slot as present even with no cells there.
 */
export interface BlockPlacement {
  readonly yearAt: Float64Array;
  readonly partnerAt: Float64Array;
  /** The slot offset where it does not depend on the year (negative: the block is left out). */
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

  /** Adds a block's cells (scaled from the block's places to the table's) at their slots. */
  add(b: LineBlock, place: BlockPlacement, byYear: boolean, byPartner: boolean): void {
    const { yearAt, partnerAt, base } = place;
    const nc = b.partners.length;
    const nr = b.years.length;
    // Presence first, as the groups of the cells' sums would have it: per year row and partner column
    // only where the slot depends on them.
    for (let i = 0; i < (byYear ? nr : 1); i++) {
      const y = byYear ? yearAt[i]! : base;
      if (y < 0) continue;
      for (let j = 0; j < (byPartner ? nc : 1); j++) {
        const x = byPartner ? partnerAt[j]! : 0;
        if (x < 0) continue;
        // The position first: it may grow the arrays.
        const p = this.position(y + x);
        this.seen[p] = 1;
      }
    }
    const factor = b.q * pow10(this.places - b.places);
    const units = b.units;
    if (units instanceof Float64Array && factor <= BigInt(MAX_SAFE)) {
      const f = Number(factor);
      let small = this.small;
      for (let i = 0; i < nr; i++) {
        const y = yearAt[i]!;
        if (y < 0) continue;
        const row = i * nc;
        for (let j = 0; j < nc; j++) {
          const x = partnerAt[j]!;
          if (x < 0) continue;
          let p = y + x;
          if (!this.dense) {
            p = this.position(p);
            small = this.small;
          }
          // A product or sum whose exact value is a safe integer is computed exactly; one that is not
          // rounds to a magnitude of at least 2^53, so the test below catches it.
          const v = f === 1 ? units[row + j]! : units[row + j]! * f;
          const t = small[p]! + v;
          if (t <= MAX_SAFE && t >= -MAX_SAFE && v <= MAX_SAFE && v >= -MAX_SAFE) small[p] = t;
          else this.spill(p, units[row + j]!, factor);
        }
      }
      return;
    }
    for (let i = 0; i < nr; i++) {
      const y = yearAt[i]!;
      if (y < 0) continue;
      for (let j = 0; j < nc; j++) {
        const x = partnerAt[j]!;
        if (x < 0) continue;
        const u = units[i * nc + j]!;
        this.addBig(this.position(y + x), (typeof u === 'bigint' ? u : BigInt(u)) * factor);
      }
    }
  }

  /** Moves a slot's double into its BigInt part and adds `u · factor` there. */
  private spill(p: number, u: number, factor: bigint): void {
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
