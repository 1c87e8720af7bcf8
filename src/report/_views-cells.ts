import type { Evaluation } from '../engine/index.js';
import type { MeasureRow, MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable } from './_measures.js';
import type { ViewParts } from './_views.js';

/**
 * Every cell the model holds, one per row, in a long ("tidy") table a data tool reads as it is: the
 * item (a savings line, a one-off cost or funding), what it is, the partner, the year, the measure and
 * the value. Money is in pounds whatever the report's unit, so a column holds one unit; FTE in FTE.
 */
function cellsTable(evaluation: Evaluation): MeasureTable {
  const columns = [column('kind', 'Kind', 'text'), column('partner', 'Partner', 'text'), column('year', 'Year', 'text'), column('measure', 'Measure', 'text'), column('value', 'Value', 'number')];
  const rows: MeasureRow[] = [];
  for (const c of evaluation.lineCells) rows.push(dataRow(`line|${c.line}|${c.measure}|${c.partner}|${c.year}`, c.line, ['line', c.partner, c.year, c.measure === 'money' ? 'money (£)' : 'fte', c.value]));
  for (const c of evaluation.costCells) rows.push(dataRow(`cost|${c.cost}|${c.partner}|${c.year}`, c.cost, ['one-off cost', c.partner, c.year, 'money (£)', c.value]));
  for (const c of evaluation.fundingCells) rows.push(dataRow(`funding|${c.funding}|${c.partner}|${c.year}`, c.funding, ['funding', c.partner, c.year, 'money (£)', c.value]));
  return measureTable('Every cell', 'Item', columns, rows);
}

/** The cells view: every line, cost and funding cell in one long table, for Power BI, pandas or a pivot table. */
export function cellsView(evaluation: Evaluation): ViewParts {
  return {
    tables: [cellsTable(evaluation)],
    notes: [
      'One row per cell: the item’s id, its kind, the partner, the year, the measure and the value. Money is in pounds (savings and income positive, recurring costs negative; one-off costs and funding as positive amounts), FTE in FTE; the cells are those every other view sums.',
    ],
  };
}
