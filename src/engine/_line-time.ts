/**
 * A line's (or a one-off cost's) grid where its split changes over time: each year's total split among
 * the partners by that year's split from the time kernel (the day-weighted blend of its periods' stated
 * splits, members only), by largest remainder at the item's quantum in its tie order. The partners'
 * totals are the sums of their years, so the grid adds up both ways by construction.
 */
import { splitYears } from '../attribution/index.js';
import type { ScheduleStep, Scenario } from '../model/index.js';
import type { SplitItem } from './_line-split.js';
import { timeInput } from './_time-input.js';
import { rankFor, splitUnits } from './_units.js';

/**
 * The years × partners grid (row-major) of an item split by a schedule, and each partner's total.
 *
 * @param years - the item's year totals in units, one per phased year
 */
export function timedGrid(item: SplitItem, schedule: readonly ScheduleStep[], scenario: Scenario, years: readonly bigint[]): { grid: bigint[]; parts: bigint[] } {
  const { partners } = scenario;
  const rank = rankFor(item.tieOrder, partners);
  const splits = splitYears(timeInput(scenario, schedule, rank));
  const parts = partners.map(() => 0n);
  const grid: bigint[] = [];
  item.phasing.years.forEach((y, i) => {
    const cells = splitUnits(years[i]!, splits[y.year]!.split.weights, rank);
    cells.forEach((u, j) => {
      grid.push(u);
      parts[j] = parts[j]! + u;
    });
  });
  return { grid, parts };
}
