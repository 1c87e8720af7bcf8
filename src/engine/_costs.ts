import { ScenarioError, issueWithText } from '../errors/index.js';
import { Decimal, apportionUnits } from '../money/index.js';
import { usesFteRemoved, type Cost, type Line, type Scenario } from '../model/index.js';
import { evaluateMeasure, fromUnits, scaleOf, toUnits } from './_cells.js';
import type { CostCell, FundingCell, IndirectCell, LineCell } from './types.js';

/** A cost split and phased exactly like a line (same rounding, same guarantees), as positive amounts. */
export function evaluateCost(cost: Cost, scenario: Scenario, lineCells: readonly LineCell[], out: CostCell[]): void {
  if (cost.unquantified || cost.money === undefined) return;
  const asLine: Line = {
    id: cost.id,
    name: cost.name,
    kind: 'saving',
    tier: 'assured',
    category: 'other costs',
    fund: 'General Fund',
    recurrence: 'one-off',
    money: cost.money,
    phasing: cost.phasing,
    quantum: cost.quantum,
    tieOrder: cost.tieOrder,
  };
  const cells: LineCell[] = [];
  const removed = fteRemoved(scenario, lineCells);
  if (cost.money.kind === 'rule' && usesFteRemoved(cost.money.rule) && removed.every((u) => u === 0n)) {
    const at = scenario.costs.indexOf(cost);
    throw new ScenarioError([issueWithText('E_WEIGHTS', ['costs', at, 'attribution'], 'lines that remove FTE, to split this cost by FTE removed', 'no FTE removed by any line')]);
  }
  evaluateMeasure(asLine, 'money', scenario, new Map(), undefined, cells, { fteRemoved: removed });
  for (const c of cells) out.push({ cost: cost.id, partner: c.partner, year: c.year, value: c.value });
}

/** FTE removed per partner (the lines' FTE cells, never below zero), as integers at the FTE quantum. */
export function fteRemoved(scenario: Scenario, lineCells: readonly LineCell[]): bigint[] {
  const scale = scaleOf(scenario.settings.fteQuantum);
  return scenario.partners.map((p) => {
    const sum = lineCells.filter((c) => c.measure === 'fte' && c.partner === p.id).reduce((a, c) => a.plus(c.value), new Decimal(0));
    return sum.isNegative() ? 0n : (toUnits(sum, scale) ?? 0n);
  });
}

/** Splits `units` over flattened (partner, year) weights; returns units per position. */
function spread(units: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.every((w) => w === 0n)) return weights.map(() => 0n);
  return apportionUnits(units, weights, weights.map((_, i) => i), 'largestRemainder');
}

/** Funding offsets its costs where they fall: split over the cost cells, partner and year. */
export function evaluateFunding(scenario: Scenario, costCells: readonly CostCell[], out: FundingCell[]): void {
  const scale = scaleOf(scenario.settings.quantum);
  for (const f of scenario.funding) {
    if (f.amount === undefined) continue;
    const targets = costCells.filter((c) => f.offsets.includes(c.cost));
    const keys = [...new Set(targets.map((c) => `${c.partner}\u0000${c.year}`))];
    const weights = keys.map((k) => targets.filter((c) => `${c.partner}\u0000${c.year}` === k).reduce((a, c) => a + toUnits(c.value, scale)!, 0n));
    const covered = weights.reduce((a, b) => a + b, 0n);
    const wanted = toUnits(f.amount, scale)!;
    // Funding beyond the costs it offsets is capped at them; the excess is reported as a caveat.
    const parts = spread(wanted < covered ? wanted : covered, weights);
    keys.forEach((k, i) => {
      const [partner, year] = k.split('\u0000') as [string, string];
      if (parts[i]! !== 0n) out.push({ funding: f.id, partner, year, value: fromUnits(parts[i]!, scale) });
    });
  }
}

/**
 * Indirect savings: for each of low, central and high, the rate times the FTE removed (the lines' FTE
 * cells), rounded half-up to the quantum once, then split over the partners and years where the FTE
 * falls, by largest remainder.
 */
export function evaluateIndirect(scenario: Scenario, lineCells: readonly LineCell[], out: IndirectCell[]): void {
  const scale = scaleOf(scenario.settings.quantum);
  const fte = lineCells.filter((c) => c.measure === 'fte' && c.value.isPositive() && !c.value.isZero());
  const keys = [...new Set(fte.map((c) => `${c.partner}\u0000${c.year}`))];
  const perKey = keys.map((k) => fte.filter((c) => `${c.partner}\u0000${c.year}` === k).reduce((a, c) => a.plus(c.value), new Decimal(0)));
  const totalFte = perKey.reduce((a, b) => a.plus(b), new Decimal(0));
  const places = perKey.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  const weights = perKey.map((d) => BigInt(d.times(new Decimal(10).pow(places)).toFixed(0)));
  for (const x of scenario.indirect) {
    for (const range of ['low', 'central', 'high'] as const) {
      const exact = x[range].times(totalFte);
      const units = BigInt(exact.dividedBy(scale.quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
      const parts = spread(units, weights);
      keys.forEach((k, i) => {
        const [partner, year] = k.split('\u0000') as [string, string];
        out.push({ indirect: x.id, range, partner, year, value: fromUnits(parts[i]!, scale) });
      });
    }
  }
}
