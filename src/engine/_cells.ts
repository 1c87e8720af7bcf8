import type { Decimal } from '../money/index.js';
import type { Drivers } from '../attribution/index.js';
import type { Partner, Scenario, Split } from '../model/index.js';
import type { LineBlock, Units } from './_blocks.js';
import { checkLine } from './_line-check.js';
import { lineGrid } from './_line-grid.js';
import { timedGrid } from './_line-time.js';
import { partnerUnits, pickQuantum, yearUnits, type SplitItem } from './_line-split.js';
import { scaleOf } from './_units.js';

/** What {@link evaluateMeasure} splits, and what it needs to know to split it. */
export interface MeasureOptions {
  /** The line or one-off cost. */
  readonly item: SplitItem;
  /** Which of its splits: a line's money or FTE, a cost's money. */
  readonly split: Split;
  readonly measure: 'money' | 'fte';
  /** Whether the cells count against the net benefit (a cost line's money): they are then negated. */
  readonly against: boolean;
  readonly scenario: Scenario;
  /** Each budget's change per partner, for derived splits. */
  readonly changes: ReadonlyMap<string, ReadonlyMap<string, Decimal>>;
  /** The money's year totals, by which FTE of an item phased in amounts is spread. */
  readonly moneyYears?: readonly bigint[] | undefined;
  /** Drivers computed by the engine (FTE removed, for costs split by it). */
  readonly drivers?: Drivers;
}

/**
 * One measure of an item as a block of cells: split among the partners and over the years, checked to
 * add up, and signed. Returns the block and the year totals in units (the `moneyYears` of its FTE).
 */
export function evaluateMeasure(o: MeasureOptions): { block: LineBlock; years: bigint[] } {
  const { item, split, measure, scenario } = o;
  const changes = o.changes as Map<string, Map<string, Decimal>>;
  const scale = scaleOf(measure === 'money' ? pickQuantum(item, split, scenario, changes) : scenario.settings.fteQuantum);
  const { partners, settings } = scenario;
  const { total, parts, weights } = partnerUnits(split, scale, item, scenario, changes, o.drivers ?? {});
  const years = yearUnits(item, total, scale, o.moneyYears);
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  const timed = split.kind === 'rule' && split.schedule !== undefined ? timedGrid(item, split.schedule, scenario, abs(years)) : undefined;
  const grid = timed?.grid ?? lineGrid(item, split, partners, total, years, parts, weights, o.moneyYears);
  checkLine(item.id, measure, grid, abs(years), timed?.parts ?? abs(parts));
  const flip = negative !== o.against;
  const block: LineBlock = {
    line: item.id,
    measure,
    years: item.phasing.years.map((y) => settings.years[y.year]!),
    partners: partnerIds(partners),
    units: flip ? negate(grid) : grid,
    q: scale.q,
    places: scale.places,
  };
  return { block, years };
}

/** Each cell negated (0 − u on doubles, so that no cell is −0). */
function negate(units: Units): Units {
  return units instanceof Float64Array ? units.map((u) => 0 - u) : units.map((u) => -u);
}

/** Partner ids, one shared array per partner list, so that millions of cells need not repeat them. */
const IDS = new WeakMap<readonly Partner[], readonly string[]>();
function partnerIds(partners: readonly Partner[]): readonly string[] {
  let ids = IDS.get(partners);
  if (ids === undefined) IDS.set(partners, (ids = Object.freeze(partners.map((p) => p.id))));
  return ids;
}
