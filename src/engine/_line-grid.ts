import type { Partner, Split } from '../model/index.js';
import type { Units } from './_blocks.js';
import { roundGrid } from './_grid.js';
import { yearWeights } from './_line-split.js';
import type { SplitItem } from './_line-split.js';
import { rankFor } from './_units.js';

/**
 * The years × partners grid of an item, row-major (year `i`, partner `j` at `i · partners + j`), in
 * units of the magnitude of its total. Where the partners' amounts cancel out (a total of zero from
 * parts of both signs), each partner's own amount is spread over the years by the phasing instead.
 */
export function lineGrid(item: SplitItem, split: Split, partners: readonly Partner[], total: bigint, years: readonly bigint[], parts: readonly bigint[], weights: readonly bigint[], moneyYears: readonly bigint[] | undefined): Units {
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  if (years.length === 1) return abs(parts);
  if (total === 0n && parts.some((p) => p !== 0n)) {
    const w = yearWeights(item, moneyYears) ?? years.map((y) => (y < 0n ? -y : y));
    const byYear = w.every((x) => x === 0n) ? w.map((_, i) => (i === 0 ? 1n : 0n)) : w;
    // Partners as rows, years as columns; transposed back.
    const t = roundGrid(parts, years, byYear, byYear.map((_, i) => i));
    const at = (k: number): number => (k % parts.length) * years.length + Math.floor(k / parts.length);
    return t instanceof Float64Array ? t.map((_, k) => t[at(k)]!) : t.map((_, k) => t[at(k)]!);
  }
  return roundGrid(abs(years), abs(parts), split.kind === 'rule' ? weights : abs(weights), rankFor(item.tieOrder, partners));
}
