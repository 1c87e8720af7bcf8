import { Decimal } from '../money/index.js';
import { ruleWeights } from '../attribution/index.js';
import type { Evaluation } from '../engine/index.js';
import { sum } from './_exact.js';
import { ranks } from './_largest-remainder.js';
import type { EvaluationViolation } from './evaluation-violation.js';

/**
 * Adds to `out` every budget whose positions disagree: starting − closing against the change, an
 * apportioned closing against its combined figure, or a closing given to a partner of zero weight.
 */
export function checkPositions(evaluation: Evaluation, out: EvaluationViolation[]): void {
  const { budgets, partners } = evaluation.scenario;
  for (const b of budgets) {
    const cells = evaluation.positionCells.filter((c) => c.budget === b.id);
    const value = (partner: string | null, position: string): Decimal | undefined => cells.find((c) => c.partner === partner && c.position === position)?.value;
    const add = (message: string): void => {
      out.push({ rule: 'position', line: b.id, message });
    };
    for (const p of partners) {
      const [s, cl, ch] = [value(p.id, 'starting'), value(p.id, 'closing'), value(p.id, 'change')];
      if (s !== undefined && cl !== undefined && ch !== undefined && !s.minus(cl).equals(ch)) add(`${p.id}: starting − closing is not the change`);
    }
    if (b.closing?.kind === 'combined') {
      const closing = cells.filter((c) => c.position === 'closing' && c.partner !== null).map((c) => c.value);
      if (!sum(closing).equals(b.closing.total)) add(`the apportioned closing adds to ${sum(closing).toString()}, not ${b.closing.total.toString()}`);
      const w = ruleWeights(b.closing.rule, partners, ranks(evaluation.scenario.settings.tieOrder, partners));
      partners.forEach((p, j) => {
        if (w[j] === 0n && !(value(p.id, 'closing') ?? new Decimal(0)).isZero()) out.push({ rule: 'zero-weight', line: b.id, message: `${p.id} has zero weight but its closing is not zero` });
      });
    }
  }
}
