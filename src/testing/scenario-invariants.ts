import type { Scenario } from '../model/index.js';
import type { Evaluation, LineCell } from '../engine/index.js';
import { checkAxes } from './_check-axes.js';
import { checkLine } from './_check-line.js';
import { checkPositions } from './_check-positions.js';
import type { EvaluationViolation } from './evaluation-violation.js';

/**
 * Checks an evaluation against the library's guarantees, independently of the engine's own checks, and
 * lists what it finds. For each line and measure: one cell per partner per phased year; the cells sum
 * to the line; each partner's cells sum to its one-shot apportionment of the whole line (so a partner's
 * share is the same read per year or over all years), or to its stated or derived amount; each year's
 * cells sum to that year's phasing; every cell sits on the quantum and within one quantum of its exact
 * value; zero-weight partners get zero. Across the evaluation: every axis adds up (pivots by partner,
 * line, service, year, tier, category, fund, recurrence and kind), and baselines are consistent. Use it
 * in your own tests of partner splits.
 *
 * @param evaluation - from `evaluate(parseScenario(...))`
 * @returns every violation found; empty when the evaluation is sound
 *
 * @example
 * ```ts
 * checkEvaluationInvariants(evaluate(parseScenario(file)));
 * //=> []
 * ```
 */
export function checkEvaluationInvariants(evaluation: Evaluation): EvaluationViolation[] {
  const out: EvaluationViolation[] = [];
  const scenario: Scenario = evaluation.scenario;
  const known = new Set(scenario.lines.map((l) => l.id));
  for (const c of evaluation.lineCells) {
    if (!known.has(c.line)) out.push({ rule: 'cells', line: c.line, measure: c.measure, message: `a cell of ${c.line}, which is not a line of the scenario` });
  }
  // Cells grouped by line once, so that the check grows with the cells, not with lines × cells.
  const byLine = new Map<string, LineCell[]>();
  for (const c of evaluation.lineCells) {
    const key = `${c.line}\u0000${c.measure}`;
    const group = byLine.get(key);
    if (group === undefined) byLine.set(key, [c]);
    else group.push(c);
  }
  for (const line of scenario.lines) {
    checkLine(evaluation, byLine, line, 'money', out);
    checkLine(evaluation, byLine, line, 'fte', out);
  }
  checkAxes(evaluation, 'money', out);
  checkAxes(evaluation, 'fte', out);
  checkPositions(evaluation, out);
  return out;
}
