import { InvariantError } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { Evaluation } from './types.js';

const AXES = ['partner', 'line', 'service', 'year', 'tier', 'category', 'fund', 'recurrence', 'kind'] as const;

/**
 * Proves that every axis adds up: for each measure, grouping the line cells by any axis (partner, line,
 * service, year, tier, category, fund, on-going/one-off, kind) gives group totals whose sum is the total
 * of all cells; and every line's cells add up to the line's partner totals. `evaluate` runs this itself.
 *
 * @param evaluation - from {@link evaluate}
 * @throws {@link InvariantError} naming the axis that does not add up (a bug, never bad input)
 *
 * @example
 * ```ts
 * checkInvariants(evaluate(scenario)); // throws only on a bug
 * ```
 */
export function checkInvariants(evaluation: Evaluation): void {
  const lines = new Map(evaluation.scenario.lines.map((l) => [l.id, l]));
  for (const measure of ['money', 'fte'] as const) {
    const cells = evaluation.lineCells.filter((c) => c.measure === measure);
    const total = cells.reduce((a, c) => a.plus(c.value), new Decimal(0));
    for (const axis of AXES) {
      const groups = new Map<string, Decimal>();
      for (const c of cells) {
        const l = lines.get(c.line)!;
        const key = axis === 'partner' ? c.partner : axis === 'line' ? c.line : axis === 'year' ? c.year : axis === 'service' ? (l.service ?? '') : String(l[axis]);
        groups.set(key, (groups.get(key) ?? new Decimal(0)).plus(c.value));
      }
      const sum = [...groups.values()].reduce((a, b) => a.plus(b), new Decimal(0));
      if (!sum.equals(total)) throw new InvariantError(`${measure} totals by ${axis} add to ${sum.toString()}, not ${total.toString()}`);
    }
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
