import type { Decimal } from '../money/index.js';
import type { Scenario } from '../model/index.js';
import { evaluateMeasure } from './_cells.js';
import { evaluateBudget } from './_budget-positions.js';
import { evaluateCost, evaluateFunding, evaluateIndirect } from './_costs.js';
import { AxisTally } from './_tally.js';
import type { CostCell, Evaluation, FundingCell, IndirectCell, PositionCell } from './types.js';
import { evaluationOf, type LineBlock } from './_blocks.js';

/**
 * Evaluates a scenario: splits every line, one-off cost, funding and indirect saving among the partners
 * and across its years, and every budget's positions, into exact cells. Rounding happens here and only
 * here, once per item, to its quantum (largest remainder); a phased line is rounded so that its per-year
 * totals and its per-partner totals both equal their one-shot apportionments. Pure: no I/O, clock or
 * randomness.
 *
 * @param scenario - a scenario from {@link parseScenario}
 * @returns every cell
 * @throws {@link InvariantError} only if an internal check fails (a bug, never bad input)
 *
 * @example
 * ```ts
 * const evaluation = evaluate(parseScenario(json));
 * evaluation.lineCells.filter((c) => c.line === 'single-management-team').map((c) => c.value.toString());
 * //=> ['684000', '339000', '66000']
 * ```
 */
export function evaluate(scenario: Scenario): Evaluation {
  const positionCells: PositionCell[] = [];
  const changes = new Map<string, Map<string, Decimal>>();
  for (const b of scenario.budgets) {
    const change = evaluateBudget(b, scenario, positionCells);
    if (change !== undefined) changes.set(b.id, change);
  }
  const lineBlocks: LineBlock[] = [];
  // A loop, not a spread: a spread passes every line on the call stack and overflows it at ~125,000 lines.
  const places = scenario.lines.reduce((most, l) => Math.max(most, l.quantum.decimalPlaces()), Math.max(scenario.settings.quantum.decimalPlaces(), scenario.settings.fteQuantum.decimalPlaces()));
  const tally = new AxisTally(places);
  for (const line of scenario.lines) {
    const moneyYears = evaluateMeasure(line, 'money', scenario, changes, undefined, lineBlocks, {}, tally);
    if (line.fte !== undefined) evaluateMeasure(line, 'fte', scenario, changes, line.phasing.kind === 'amounts' ? moneyYears : undefined, lineBlocks, {}, tally);
  }
  tally.check();
  const costCells: CostCell[] = [];
  for (const cost of scenario.costs) evaluateCost(cost, scenario, lineBlocks, costCells);
  const fundingCells: FundingCell[] = [];
  evaluateFunding(scenario, costCells, fundingCells);
  const indirectCells: IndirectCell[] = [];
  evaluateIndirect(scenario, lineBlocks, indirectCells);
  // Each line's grid was checked as it was made, and the axis totals above in exact integers; a
  // baseline's change is starting − closing by construction. checkInvariants() repeats it all in Decimal.
  return evaluationOf(lineBlocks, { scenario, positionCells, costCells, fundingCells, indirectCells });
}
