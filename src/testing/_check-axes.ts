import type { Decimal } from '../money/index.js';
import { pivot, type Evaluation, type LineDimension } from '../engine/index.js';
import { sum } from './_exact.js';
import type { EvaluationViolation } from './evaluation-violation.js';

const AXES: readonly LineDimension[] = ['partner', 'line', 'service', 'year', 'tier', 'category', 'fund', 'recurrence', 'kind'];

/** Adds to `out` every pivot of the measure, by each axis, whose rows, columns or totals do not add up. */
export function checkAxes(evaluation: Evaluation, measure: 'money' | 'fte', out: EvaluationViolation[]): void {
  const all = sum(evaluation.lineCells.filter((c) => c.measure === measure).map((c) => c.value));
  for (const axis of AXES) {
    const t = pivot(evaluation, { rows: axis, columns: 'partner', measure });
    const problem = (message: string): void => {
      out.push({ rule: 'axis', measure, message: `by ${axis}: ${message}` });
    };
    for (const r of t.rows) {
      const s = sum(r.values.filter((v): v is Decimal => v !== null));
      if (!s.equals(r.total)) problem(`row ${r.key} adds to ${s.toString()}, not its total ${r.total.toString()}`);
    }
    if (!sum(t.rows.map((r) => r.total)).equals(t.grandTotal)) problem('the row totals do not add up to the grand total');
    if (!sum([...t.columnTotals]).equals(t.grandTotal)) problem('the column totals do not add up to the grand total');
    if (!t.grandTotal.equals(all)) problem(`the grand total is ${t.grandTotal.toString()}, not the sum of every cell, ${all.toString()}`);
  }
}
