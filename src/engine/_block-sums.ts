import { Decimal, fromScaledBigInt, pow10 } from '../money/index.js';
import { unitAt, type LineBlock } from './_blocks.js';

/** The finest decimal places any block uses: sums are taken as integers at this scale. */
function finestPlaces(blocks: readonly LineBlock[]): number {
  return blocks.reduce((m, b) => Math.max(m, b.places), 0);
}

/** Which group a cell is summed into; undefined leaves it out. */
export type CellKey = (line: string, measure: 'money' | 'fte', partner: string, year: string, units: bigint) => string | undefined;

/**
 * Sums line cells into groups, exactly, in integers at the finest scale any block uses, and returns each
 * group's sum as one Decimal. A group appears once at least one cell falls into it. `blockFilter` skips
 * whole blocks (a line and measure) without visiting their cells.
 */
export function sumCells(blocks: readonly LineBlock[], keyOf: CellKey, blockFilter?: (line: string, measure: 'money' | 'fte') => boolean): Map<string, Decimal> {
  const places = finestPlaces(blocks);
  const sums = new Map<string, bigint>();
  for (const b of blocks) {
    if (blockFilter !== undefined && !blockFilter(b.line, b.measure)) continue;
    const nc = b.partners.length;
    const factor = b.q * pow10(places - b.places);
    for (let k = 0; k < b.units.length; k++) {
      const u = unitAt(b, k);
      const key = keyOf(b.line, b.measure, b.partners[k % nc]!, b.years[Math.floor(k / nc)]!, u);
      if (key !== undefined) sums.set(key, (sums.get(key) ?? 0n) + u * factor);
    }
  }
  return new Map([...sums].map(([k, v]) => [k, fromScaledBigInt(v, places)]));
}

/**
 * Sums line cells by partner and year within groups chosen per line and measure (a tier, say), exactly:
 * `[partner][year]` of each group, zero where no cell falls. Cells of partners or years not listed are
 * left out. Work is one integer addition per cell, whatever the number of groups.
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
  const sums = new Map<string, bigint[]>();
  for (const b of blocks) {
    const group = groupOf(b.line, b.measure);
    if (group === undefined) continue;
    let acc = sums.get(group);
    if (acc === undefined) sums.set(group, (acc = new Array<bigint>(partners.length * ny).fill(0n)));
    const factor = b.q * pow10(places - b.places);
    const cols = b.partners.map((p) => partnerAt.get(p) ?? -1);
    const nc = cols.length;
    b.years.forEach((year, i) => {
      const t = yearAt.get(year);
      if (t === undefined) return;
      for (let j = 0; j < nc; j++) {
        if (cols[j]! < 0) continue;
        const at = cols[j]! * ny + t;
        acc[at] = acc[at]! + unitAt(b, i * nc + j) * factor;
      }
    });
  }
  return new Map([...sums].map(([g, acc]) => [g, partners.map((_, p) => years.map((_, t) => fromScaledBigInt(acc[p * ny + t]!, places)))]));
}
