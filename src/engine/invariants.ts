import { InvariantError } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { Evaluation } from './types.js';
import { lineBlocksOf } from './_blocks.js';

/**
 * Checks what an evaluation's cells could get wrong: every line cell names a line, a partner and a year
 * of the scenario, and every baseline's starting − closing is its change. (Grouped by any axis, the
 * cells' totals add up to the whole by construction: every total is an exact integer sum of the same
 * cells. What is checked is what a cell refers to, which a hand-made or altered evaluation can break.)
 *
 * @param evaluation - from {@link evaluate}
 * @throws {@link InvariantError} naming the cell's unknown line, partner or year, or the baseline that
 * does not add up (a bug, never bad input)
 *
 * @example
 * ```ts
 * checkInvariants(evaluate(scenario)); // throws only on a bug
 * ```
 */
export function checkInvariants(evaluation: Evaluation): void {
  const { scenario } = evaluation;
  const lines = new Set(scenario.lines.map((l) => l.id));
  const partners = new Set(scenario.partners.map((p) => p.id));
  const years = new Set(scenario.settings.years);
  for (const b of lineBlocksOf(evaluation)) {
    if (!lines.has(b.line)) throw new InvariantError(`a cell of ${b.line}, which is not a line of the scenario`);
    const partner = b.partners.find((p) => !partners.has(p));
    if (partner !== undefined) throw new InvariantError(`a cell of ${b.line} for ${partner}, which is not a partner of the scenario`);
    const year = b.years.find((y) => !years.has(y));
    if (year !== undefined) throw new InvariantError(`a cell of ${b.line} in ${year}, which is not a year of the scenario`);
  }
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
