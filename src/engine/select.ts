import { Decimal } from '../money/index.js';
import type { Line, Selector } from '../model/index.js';
import type { Evaluation, LineCell, PositionCell } from './types.js';

/** True when a selector names a baseline (budget or position) rather than savings lines. */
export function isPositionSelector(s: Selector): boolean {
  return s.budget !== undefined || s.position !== undefined;
}

/** The line cells a selector picks out. */
export function selectLineCells(evaluation: Evaluation, s: Selector): LineCell[] {
  const lines = new Map<string, Line>(evaluation.scenario.lines.map((l) => [l.id, l]));
  const measure = s.measure ?? 'money';
  return evaluation.lineCells.filter((c) => {
    if (c.measure !== measure) return false;
    if (s.line !== undefined && c.line !== s.line) return false;
    if (s.partner !== undefined && c.partner !== s.partner) return false;
    if (s.year !== undefined && c.year !== s.year) return false;
    const l = lines.get(c.line)!;
    return (
      (s.service === undefined || l.service === s.service) &&
      (s.tier === undefined || l.tier === s.tier) &&
      (s.kind === undefined || l.kind === s.kind) &&
      (s.category === undefined || l.category === s.category) &&
      (s.fund === undefined || l.fund === s.fund) &&
      (s.recurrence === undefined || l.recurrence === s.recurrence)
    );
  });
}

/** The position cells a selector picks out. Without a partner, the partner cells and any total-only cell. */
export function selectPositionCells(evaluation: Evaluation, s: Selector): PositionCell[] {
  const measure = s.measure ?? 'money';
  const budgets = new Map(evaluation.scenario.budgets.map((b) => [b.id, b]));
  return evaluation.positionCells.filter(
    (c) =>
      c.measure === measure &&
      (s.budget === undefined || c.budget === s.budget) &&
      (s.service === undefined || c.service === s.service) &&
      (s.position === undefined || c.position === s.position) &&
      (s.partner === undefined || c.partner === s.partner) &&
      (s.fund === undefined || budgets.get(c.budget)?.fund === s.fund),
  );
}

/**
 * The model's value of whatever a selector describes: the sum of the cells it picks out, in pounds
 * (money) or in FTE / heads. `undefined` when no cell matches (the model cannot say).
 *
 * @param evaluation - from {@link evaluate}
 * @param selector - a filter over cells, as published figures use
 * @returns the exact sum, or undefined
 *
 * @example
 * ```ts
 * selectTotal(evaluation, { tier: 'assured', partner: 'hf' })?.toString();
 * //=> '3910000'
 * ```
 */
export function selectTotal(evaluation: Evaluation, selector: Selector): Decimal | undefined {
  const cells: readonly { value: Decimal }[] = isPositionSelector(selector) ? selectPositionCells(evaluation, selector) : selectLineCells(evaluation, selector);
  if (cells.length === 0) return undefined;
  return cells.reduce((a, c) => a.plus(c.value), new Decimal(0));
}
