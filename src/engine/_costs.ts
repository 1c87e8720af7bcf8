import { ScenarioError, issueWithText } from '../errors/index.js';
import { Decimal, apportionUnits } from '../money/index.js';
import { usesFteRemoved, type Cost, type Scenario } from '../model/index.js';
import { evaluateMeasure } from './_cells.js';
import { fromUnits, scaleOf, toUnits } from './_units.js';
import type { CostCell, FundingCell, IndirectCell } from './types.js';
import { materialise, unitAt, type LineBlock } from './_blocks.js';

/** A cost split and phased as a line is (same rounding, same guarantees), as positive amounts. */
export function evaluateCost(cost: Cost, scenario: Scenario, lineBlocks: readonly LineBlock[], out: CostCell[]): void {
  if (cost.unquantified || cost.money === undefined) return;
  const removed = fteRemoved(scenario, lineBlocks);
  if (cost.money.kind === 'rule' && usesFteRemoved(cost.money.rule) && removed.every((u) => u === 0n)) {
    const at = scenario.costs.indexOf(cost);
    throw new ScenarioError([issueWithText('E_WEIGHTS', ['costs', at, 'attribution'], 'lines that remove FTE, to split this cost by FTE removed', 'no FTE removed by any line')]);
  }
  const { block } = evaluateMeasure({ item: cost, split: cost.money, measure: 'money', against: false, scenario, changes: new Map(), drivers: { fteRemoved: removed } });
  for (const c of materialise([block])) out.push({ cost: cost.id, partner: c.partner, year: c.year, value: c.value });
}

/** FTE removed per partner (the lines' FTE cells, never below zero), as integers at the FTE quantum. */
export function fteRemoved(scenario: Scenario, lineBlocks: readonly LineBlock[]): bigint[] {
  const sums = scenario.partners.map(() => 0n);
  for (const b of fteBlocks(lineBlocks)) {
    const nc = b.partners.length;
    for (let k = 0; k < b.units.length; k++) sums[k % nc] = sums[k % nc]! + unitAt(b.units, k);
  }
  return sums.map((u) => (u < 0n ? 0n : u));
}

/** The FTE blocks: all at the scenario's FTE quantum, and over its partners in order. */
function fteBlocks(lineBlocks: readonly LineBlock[]): LineBlock[] {
  return lineBlocks.filter((b) => b.measure === 'fte');
}

/** Splits `units` over flattened (partner, year) weights; returns units per position. */
function spread(units: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.every((w) => w === 0n)) return weights.map(() => 0n);
  return apportionUnits(units, weights, weights.map((_, i) => i), 'largestRemainder');
}

/**
 * Funding offsets its costs where they fall: split over the cost cells, partner and year. All the funding
 * of a cost is capped at it together: each item takes what the items before it left (confirmed funding
 * first, then unconfirmed, each in file order), so two grants can never count a cost twice; what no
 * cost is left for is reported as a caveat.
 */
export function evaluateFunding(scenario: Scenario, costCells: readonly CostCell[], out: FundingCell[]): void {
  const scale = scaleOf(scenario.settings.quantum);
  const left = costCells.map((c) => toUnits(c.value, scale)!);
  const order = [...scenario.funding].sort((a, b) => Number(b.confirmed) - Number(a.confirmed));
  const cells = new Map<string, FundingCell[]>();
  for (const f of order) {
    const made: FundingCell[] = [];
    cells.set(f.id, made);
    if (f.amount === undefined) continue;
    const targets = costCells.flatMap((c, i) => (f.offsets.includes(c.cost) ? [i] : []));
    const keyOf = (i: number): string => `${costCells[i]!.partner}\u0000${costCells[i]!.year}`;
    const keys = [...new Set(targets.map(keyOf))];
    const byKey = keys.map((k) => targets.filter((i) => keyOf(i) === k));
    const weights = byKey.map((group) => group.reduce((a, i) => a + left[i]!, 0n));
    const covered = weights.reduce((a, b) => a + b, 0n);
    const wanted = toUnits(f.amount, scale)!;
    const parts = spread(wanted < covered ? wanted : covered, weights);
    keys.forEach((k, j) => {
      const group = byKey[j]!;
      // What this item takes from each cost at this partner and year is no longer there for the next.
      spread(parts[j]!, group.map((i) => left[i]!)).forEach((taken, g) => (left[group[g]!] = left[group[g]!]! - taken));
      const [partner, year] = k.split('\u0000') as [string, string];
      if (parts[j]! !== 0n) made.push({ funding: f.id, partner, year, value: fromUnits(parts[j]!, scale) });
    });
  }
  for (const f of scenario.funding) for (const cell of cells.get(f.id)!) out.push(cell);
}

/**
 * Indirect savings: for each of low, central and high, the rate times the driver, rounded half-up to the
 * quantum once, then split over the partners and years where the FTE falls, by largest remainder. The
 * driver is the FTE removed (the lines' FTE cells), or the value the scenario states (`driverValue`, a
 * paper's own figure), which is then still placed where the computed FTE falls.
 *
 * @throws {@link ScenarioError} (`E_WEIGHTS`) where a driver value is stated but no line removes FTE, so
 * there is nowhere to place the saving (it is never dropped)
 */
export function evaluateIndirect(scenario: Scenario, lineBlocks: readonly LineBlock[], out: IndirectCell[]): void {
  const scale = scaleOf(scenario.settings.quantum);
  // FTE removed where it falls, by partner and year in the order first met (ties in the split go by it).
  const perKey = new Map<string, bigint>();
  for (const b of fteBlocks(lineBlocks)) {
    const nc = b.partners.length;
    for (let k = 0; k < b.units.length; k++) {
      const u = unitAt(b.units, k);
      if (u <= 0n) continue;
      const key = `${b.partners[k % nc]!}\u0000${b.years[Math.floor(k / nc)]!}`;
      perKey.set(key, (perKey.get(key) ?? 0n) + u);
    }
  }
  const keys = [...perKey.keys()];
  const weights = [...perKey.values()];
  const fteScale = scaleOf(scenario.settings.fteQuantum);
  const totalFte = fromUnits(weights.reduce((a, b) => a + b, 0n), fteScale);
  scenario.indirect.forEach((x, at) => {
    if (x.driverValue !== undefined && !x.driverValue.isZero() && weights.length === 0) {
      throw new ScenarioError([issueWithText('E_WEIGHTS', ['indirect', at, 'driverValue'], 'lines that remove FTE, to place the saving where the FTE falls', 'no FTE removed by any line')]);
    }
    const driver = x.driverValue ?? totalFte;
    for (const range of ['low', 'central', 'high'] as const) {
      const exact = x[range].times(driver);
      const units = BigInt(exact.dividedBy(scale.quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
      const parts = spread(units, weights);
      keys.forEach((k, i) => {
        const [partner, year] = k.split('\u0000') as [string, string];
        out.push({ indirect: x.id, range, partner, year, value: fromUnits(parts[i]!, scale) });
      });
    }
  });
}
