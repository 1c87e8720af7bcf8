import type { Evaluation } from '../engine/index.js';
import { budgetContext, type ContextRow } from '../analysis/index.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable } from './_measures.js';
import { nonEmpty, type ViewParts } from './_views.js';

/** The context figures of one measure: reduction, baseline, and the percentage to 2 places and whole. */
function contextTable(rows: readonly ContextRow[], measure: 'money' | 'fte'): MeasureTable {
  const kind = measure === 'money' ? 'money' : 'fte';
  return measureTable(
    measure === 'money' ? 'Reductions as a percentage of their money baselines' : 'Reductions as a percentage of their FTE baselines',
    'Figure',
    [column('reduction', 'Reduction', kind), column('baseline', 'Baseline', kind), column('percentage', 'Percentage', 'percent', 2), column('wholePercent', 'Whole percent', 'percent', 0)],
    rows.filter((r) => r.measure === measure).map((r) => dataRow(r.id, r.label, [r.reduction, r.baseline, r.percentage, r.wholePercent])),
  );
}

/** Budget context: each reduction as a percentage of its baseline (money, then FTE). */
export function contextView(evaluation: Evaluation): ViewParts {
  const rows = budgetContext(evaluation);
  const missing = rows.filter((r) => r.percentage === null).map((r) => r.label);
  const notes =
    rows.length === 0
      ? ['The scenario states no budget-context figures.']
      : [
          'Percentages are exact ratios of the reduction to its baseline, rounded half-up to 2 decimal places and to whole percent, as papers print them.',
          ...(missing.length === 0 ? [] : [`No percentage where the model holds no baseline, or a zero one: ${missing.join('; ')}.`]),
        ];
  return { tables: nonEmpty([contextTable(rows, 'money'), contextTable(rows, 'fte')]), notes };
}
