import { InvariantError } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { Evaluation } from './types.js';
import { lineBlocksOf } from './_blocks.js';
import { AxisTally } from './_tally.js';

/**
 * Proves that every axis adds up: for each measure, grouping the line cells by any axis (partner, line,
 * service, year, tier, category, fund, on-going/one-off, kind) gives group totals whose sum is the total
 * of all cells; and every baseline's starting − closing is its change. The sums are exact integers at the
 * finest quantum any cell uses. `evaluate` makes the same check as it makes the cells.
 *
 * @param evaluation - from {@link evaluate}
 * @throws {@link InvariantError} naming the axis that does not add up, or a cell of a line the scenario
 * does not have (a bug, never bad input)
 *
 * @example
 * ```ts
 * checkInvariants(evaluate(scenario)); // throws only on a bug
 * ```
 */
export function checkInvariants(evaluation: Evaluation): void {
  const lines = new Map(evaluation.scenario.lines.map((l) => [l.id, l]));
  const blocks = lineBlocksOf(evaluation);
  const tally = new AxisTally(blocks.reduce((m, b) => Math.max(m, b.places), 0));
  for (const b of blocks) {
    const line = lines.get(b.line);
    if (line === undefined) throw new InvariantError(`a cell of ${b.line}, which is not a line of the scenario`);
    tally.addBlock(b, line);
  }
  tally.check();
  checkBaselines(evaluation.positionCells);
}

/** Every baseline cell: starting − closing equals the change, per budget and partner. */
export function checkBaselines(positionCells: Evaluation['positionCells']): void {
  const budgets = new Map<string, Map<string, Decimal>>();
  for (const c of positionCells) {
    if (c.partner === null) continue;
    const key = `${c.budget}\u0000${c.partner}`;
    const m = budgets.get(key) ?? new Map<string, Decimal>();
    m.set(c.position, c.value);
    budgets.set(key, m);
  }
  for (const [key, m] of budgets) {
    const s = m.get('starting');
    const cl = m.get('closing');
    const ch = m.get('change');
    if (s && cl && ch && !s.minus(cl).equals(ch)) throw new InvariantError(`baseline ${key.replace('\u0000', ' / ')}: starting − closing ≠ change`);
  }
}
