import { type Decimal, fromScaledBigInt, pow10 } from '../money/index.js';
import type { LineBlock } from './_blocks.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The finest decimal places any block uses: sums are taken as integers at this scale. */
function finestPlaces(blocks: readonly LineBlock[]): number {
  return blocks.reduce((m, b) => Math.max(m, b.places), 0);
}

/**
 * An exact running sum of integers that stays on doubles while it can. Each addition is exact when the
 * magnitudes of the sum so far and of the addend add up to a safe integer; before one that might not,
 * the double part is moved into a BigInt. At scale this keeps BigInt work to a few operations per group.
 */
class ExactSum {
  private small = 0;
  private big = 0n;
  add(u: number): void {
    if (Math.abs(this.small) + Math.abs(u) > MAX_SAFE) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
    this.small += u;
  }
  addBig(u: bigint): void {
    this.big += u;
  }
  value(): bigint {
    return this.big + BigInt(this.small);
  }
}

/** Adds a cell's units at the block's scale to a sum at a finer one (`factor` = 10^k · q). */
function addUnits(sum: ExactSum, b: LineBlock, k: number, factor: bigint): void {
  const u = b.units[k]!;
  if (factor === 1n && typeof u === 'number') sum.add(u);
  else sum.addBig((typeof u === 'bigint' ? u : BigInt(u)) * factor);
}

/** Which group a cell (or a block's partner column, year row or whole) is summed into; undefined leaves it out. */
export type CellKey = (line: string, measure: 'money' | 'fte', partner: string, year: string) => string | undefined;

/** What a grouping reads: cells of blocks failing `block` are skipped unvisited; without `byPartner` or `byYear`, a block's cells are first summed over that axis, and `key` sees '' for it. */
export interface Grouping {
  readonly key: CellKey;
  readonly block?: (line: string, measure: 'money' | 'fte') => boolean;
  readonly byPartner: boolean;
  readonly byYear: boolean;
}

/**
 * Sums line cells into groups, exactly, in integers at the finest scale any block uses, and returns each
 * group's sum as one Decimal. A group appears once at least one cell falls into it.
 */
export function sumCells(blocks: readonly LineBlock[], g: Grouping): Map<string, Decimal> {
  const places = finestPlaces(blocks);
  const sums = new Map<string, ExactSum>();
  for (const b of blocks) {
    if (g.block !== undefined && !g.block(b.line, b.measure)) continue;
    const nc = b.partners.length;
    const nr = b.years.length;
    const factor = b.q * pow10(places - b.places);
    // Keys once per partner column, year row or block (as the grouping needs), not once per cell.
    const keys: (ExactSum | undefined)[] = [];
    for (let i = 0; i < (g.byYear ? nr : 1); i++) {
      for (let j = 0; j < (g.byPartner ? nc : 1); j++) {
        const key = g.key(b.line, b.measure, g.byPartner ? b.partners[j]! : '', g.byYear ? b.years[i]! : '');
        let sum: ExactSum | undefined;
        if (key !== undefined) {
          sum = sums.get(key);
          if (sum === undefined) sums.set(key, (sum = new ExactSum()));
        }
        keys.push(sum);
      }
    }
    const width = g.byPartner ? nc : 1;
    for (let k = 0; k < b.units.length; k++) {
      const sum = keys[(g.byYear ? Math.floor(k / nc) * width : 0) + (g.byPartner ? k % nc : 0)];
      if (sum !== undefined) addUnits(sum, b, k, factor);
    }
  }
  return new Map([...sums].map(([k, v]) => [k, fromScaledBigInt(v.value(), places)]));
}

/**
 * Sums line cells by partner and year within groups chosen per line and measure (a tier, say), exactly:
 * `[partner][year]` of each group, zero where no cell falls. Cells of partners or years not listed are
 * left out.
 */
export function sumByPartnerYear(
  blocks: readonly LineBlock[],
  partners: readonly string[],
  years: readonly string[],
  groupOf: (line: string, measure: 'money' | 'fte') => string | undefined,
): Map<string, Decimal[][]> {
  const places = finestPlaces(blocks);
  const partnerAt = new Map(partners.map((p, i) => [p, i]));
  const yearAt = new Map(years.map((y, i) => [y, i]));
  const ny = years.length;
  const sums = new Map<string, ExactSum[]>();
  for (const b of blocks) {
    const group = groupOf(b.line, b.measure);
    if (group === undefined) continue;
    let acc = sums.get(group);
    if (acc === undefined) sums.set(group, (acc = Array.from({ length: partners.length * ny }, () => new ExactSum())));
    const factor = b.q * pow10(places - b.places);
    const cols = b.partners.map((p) => partnerAt.get(p) ?? -1);
    const nc = cols.length;
    b.years.forEach((year, i) => {
      const t = yearAt.get(year);
      if (t === undefined) return;
      for (let j = 0; j < nc; j++) if (cols[j]! >= 0) addUnits(acc[cols[j]! * ny + t]!, b, i * nc + j, factor);
    });
  }
  return new Map([...sums].map(([g, acc]) => [g, partners.map((_, p) => years.map((_, t) => fromScaledBigInt(acc[p * ny + t]!.value(), places)))]));
}

