/**
 * A line's (or a one-off cost's) grid where its split changes over time: each year's total split among
 * the partners by that year's split from the time kernel (the day-weighted blend of its periods' stated
 * splits, members only), by largest remainder at the item's quantum in its tie order. The partners'
 * totals are the sums of their years, so the grid adds up both ways by construction.
 */
import { splitYears } from '../attribution/index.js';
import { driverValueOf, driverYearsOf, type ScheduleStep, type Scenario } from '../model/index.js';
import { startYearOf } from './_agreement-time.js';
import type { SplitItem } from './_line-split.js';
import { rankFor, splitUnits } from './_units.js';

/**
 * The years × partners grid (row-major) of an item split by a schedule, and each partner's total.
 *
 * @param years - the item's year totals in units, one per phased year
 */
export function timedGrid(item: SplitItem, schedule: readonly ScheduleStep[], scenario: Scenario, years: readonly bigint[]): { grid: bigint[]; parts: bigint[] } {
  const { partners, settings } = scenario;
  const rank = rankFor(item.tieOrder, partners);
  const splits = splitYears({
    partners: partners.map((p) => ({ id: p.id })),
    firstYear: startYearOf(settings.firstYear),
    years: settings.years.length,
    schedule,
    memberships: partners.map((p) => p.membership),
    drivers: (j, metric, year) => driverValueOf(partners[j]!, metric, year),
    driverYears: driverYearsOf(partners, settings.years.length),
    rank,
  });
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
