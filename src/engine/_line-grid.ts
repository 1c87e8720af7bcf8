import type { Line, Partner, Split } from '../model/index.js';
import { roundGrid, roundGridBigInt } from './_grid.js';
import { roundGridFlat } from './_grid-numbers.js';
import { yearWeights } from './_line-split.js';
import { rankFor } from './_units.js';

/** A line's years × partners grid, row-major: safe integers as doubles where the rounding ran on them, else BigInts. */
export type FlatGrid = Float64Array | bigint[];

/**
 * The years × partners grid of a line. Where the partners' amounts cancel out (a total of zero from
 * parts of both signs), each partner's own amount is spread over the years by the phasing instead.
 */
export function lineGrid(line: Line, split: Split, partners: readonly Partner[], total: bigint, years: readonly bigint[], parts: readonly bigint[], weights: readonly bigint[], moneyYears: readonly bigint[] | undefined): FlatGrid {
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  if (years.length === 1) return abs(parts);
  if (total === 0n && parts.some((p) => p !== 0n)) {
    const w = yearWeights(line, moneyYears) ?? years.map((y) => (y < 0n ? -y : y));
    const byYear = w.every((x) => x === 0n) ? w.map((_, i) => (i === 0 ? 1n : 0n)) : w;
    const transposed = roundGrid(parts, years, byYear, byYear.map((_, i) => i));
    return years.flatMap((_, i) => parts.map((_, j) => transposed[j]![i]!));
  }
  const args = [abs(years), abs(parts), split.kind === 'rule' ? weights : abs(weights), rankFor(line.tieOrder, partners)] as const;
  return roundGridFlat(...args) ?? roundGridBigInt(...args).flat();
}
