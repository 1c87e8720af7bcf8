import type { Decimal } from '../money/index.js';
import type { Scenario } from '../model/index.js';
import { evaluateMeasure } from './_cells.js';
import { evaluateBudget } from './_budget-positions.js';
import { evaluateCost, evaluateFunding, evaluateIndirect } from './_costs.js';
import type { CostCell, Evaluation, FundingCell, IndirectCell, PositionCell } from './types.js';
import { evaluationOf, type LineBlock } from './_blocks.js';
import { evaluateContributions } from './contributions.js';

/**
 * Evaluates a scenario: splits every line, one-off cost, funding and indirect saving among the partners
 * and across its years, and every budget's positions, into exact cells; and, where the scenario states
 * cost-sharing agreements, each one's split by year and every partner's contribution to it (which a
 * budget's closing position may name, so that a line derived from it is stand-alone cost − contribution). Rounding happens here and only
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
  // Agreements only where the scenario states them: every other evaluation is as it always was.
  // (A scenario built by hand before agreements existed may lack the list.) They come first, as a
  // budget's closing may be an agreement's contributions in a year.
  const contributions = (scenario.agreements?.length ?? 0) === 0 ? undefined : evaluateContributions(scenario);
  const positionCells: PositionCell[] = [];
  const changes = new Map<string, Map<string, Decimal>>();
  for (const b of scenario.budgets) {
    const change = evaluateBudget(b, scenario, positionCells, contributions);
    if (change !== undefined) changes.set(b.id, change);
  }
  const lineBlocks: LineBlock[] = [];
  for (const line of scenario.lines) {
    const money = evaluateMeasure({ item: line, split: line.money, measure: 'money', against: line.kind === 'cost', scenario, changes });
    lineBlocks.push(money.block);
    if (line.fte === undefined) continue;
    const moneyYears = line.phasing.kind === 'amounts' ? money.years : undefined;
    lineBlocks.push(evaluateMeasure({ item: line, split: line.fte, measure: 'fte', against: false, scenario, changes, moneyYears }).block);
  }
  const costCells: CostCell[] = [];
  for (const cost of scenario.costs) evaluateCost(cost, scenario, lineBlocks, costCells);
  const fundingCells: FundingCell[] = [];
  evaluateFunding(scenario, costCells, fundingCells);
  const indirectCells: IndirectCell[] = [];
  evaluateIndirect(scenario, lineBlocks, indirectCells);
  // Each line's grid was checked against its year and partner totals as it was made; every other axis
  // total is an exact integer sum of those cells, so it adds up by construction. A baseline's change is
  // starting − closing by construction too.
  return evaluationOf(lineBlocks, { scenario, positionCells, costCells, fundingCells, indirectCells, ...(contributions === undefined ? {} : { contributions }) });
}
