import type { Decimal } from '../money/index.js';
import type { Drivers } from '../attribution/index.js';
import type { Line, Partner, Scenario } from '../model/index.js';
import { packUnits, type LineBlock } from './_blocks.js';
import type { AxisTally } from './_tally.js';
import { checkLine } from './_line-check.js';
import { lineGrid } from './_line-grid.js';
import { partnerUnits, pickQuantum, yearUnits } from './_line-split.js';
import { scaleOf } from './_units.js';

/**
 * One measure of a line as a block of cells: split among the partners and over the years, checked to
 * add up, and signed as net benefit. Returns the year totals in units, by which the FTE of a line
 * phased in amounts is then spread (`moneyYears`).
 */
export function evaluateMeasure(
  line: Line,
  measure: 'money' | 'fte',
  scenario: Scenario,
  changes: Map<string, Map<string, Decimal>>,
  moneyYears: readonly bigint[] | undefined,
  out: LineBlock[],
  drivers: Drivers = {},
  tally?: AxisTally,
): bigint[] {
  const split = measure === 'money' ? line.money : line.fte!;
  const scale = scaleOf(measure === 'money' ? pickQuantum(line, split, scenario, changes) : scenario.settings.fteQuantum);
  const { partners, settings } = scenario;
  const { total, parts, weights } = partnerUnits(split, scale, line, scenario, changes, drivers);
  const years = yearUnits(line, total, scale, moneyYears);
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  const grid = lineGrid(line, split, partners, total, years, parts, weights, moneyYears);
  checkLine(line, measure, grid, abs(years), abs(parts));
  // Cells are signed as net benefit: a cost line's money counts against it. (0 − u, not −u: no −0.)
  const flip = negative !== (line.kind === 'cost' && measure === 'money');
  let units: Float64Array | readonly bigint[];
  if (grid instanceof Float64Array) {
    if (flip) for (let k = 0; k < grid.length; k++) grid[k] = 0 - grid[k]!;
    units = grid;
  } else units = packUnits(flip ? grid.map((u) => -u) : grid);
  const block: LineBlock = {
    line: line.id,
    measure,
    years: line.phasing.years.map((y) => settings.years[y.year]!),
    partners: partnerIds(partners),
    units,
    q: scale.q,
    places: scale.places,
  };
  out.push(block);
  tally?.addBlock(block, line);
  return years;
}

/** Partner ids, one shared array per partner list, so that millions of cells need not repeat them. */
const IDS = new WeakMap<readonly Partner[], readonly string[]>();
function partnerIds(partners: readonly Partner[]): readonly string[] {
  let ids = IDS.get(partners);
  if (ids === undefined) IDS.set(partners, (ids = Object.freeze(partners.map((p) => p.id))));
  return ids;
}
