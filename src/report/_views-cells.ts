import { lineCellReader, type Evaluation } from '../engine/index.js';
import type { MeasureCell, MeasureRow, MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable } from './_measures.js';
import { lazyRows, type RowSource } from './_lazy-rows.js';
import type { ViewParts } from './_views.js';

/** The column of the values, among the table's columns (kind, partner, year, measure, value). */
const VALUE_COLUMN = 4;

/** The most decimal places of some cells' values. */
const mostPlaces = (cells: readonly { readonly value: { decimalPlaces(): number } }[]): number => cells.reduce((most, c) => Math.max(most, c.value.decimalPlaces()), 0);

/**
 * The cells table's rows, made one at a time: every line cell (read from the engine's integers as it is
 * asked for), then every one-off cost, then every funding cell. At scale there are millions of rows
 * (33 partners × 10,000 lines × 10 years is 3.3 million); held as row objects, each with its key, its
 * values and a Decimal, they took about 1.4 KB a row.
 */
function cellsSource(evaluation: Evaluation): RowSource {
  const lines = lineCellReader(evaluation);
  const costs = evaluation.costCells;
  const funding = evaluation.fundingCells;
  const costsFrom = lines.length;
  const fundingFrom = costsFrom + costs.length;
  const row = (i: number): MeasureRow => {
    if (i < costsFrom) {
      const c = lines.at(i);
      const values: MeasureCell[] = ['line', c.partner, c.year, c.measure === 'money' ? 'money (£)' : 'fte', c.value];
      return dataRow(`line|${c.line}|${c.measure}|${c.partner}|${c.year}`, c.line, values);
    }
    if (i < fundingFrom) {
      const c = costs[i - costsFrom]!;
      return dataRow(`cost|${c.cost}|${c.partner}|${c.year}`, c.cost, ['one-off cost', c.partner, c.year, 'money (£)', c.value]);
    }
    const c = funding[i - fundingFrom]!;
    return dataRow(`funding|${c.funding}|${c.partner}|${c.year}`, c.funding, ['funding', c.partner, c.year, 'money (£)', c.value]);
  };
  let places: number | undefined;
  return {
    length: fundingFrom + funding.length,
    row: (i) => {
      if (!(Number.isInteger(i) && i >= 0 && i < fundingFrom + funding.length)) throw new RangeError(`no row ${i} in the cells table`);
      return row(i);
    },
    places: (j) => (j === VALUE_COLUMN ? (places ??= Math.max(lines.decimalPlaces(), mostPlaces(costs), mostPlaces(funding))) : 0),
    *texts() {
      // Blocks of the same line and measure repeat their partners and years: a set keeps each text once.
      const seen = new Set<string>();
      if (lines.length > 0) seen.add('line');
      for (const m of lines.measures()) seen.add(m === 'money' ? 'money (£)' : 'fte');
      for (const t of lines.texts()) seen.add(t);
      for (const c of costs) seen.add('one-off cost').add(c.cost).add(c.partner).add(c.year).add('money (£)');
      for (const c of funding) seen.add('funding').add(c.funding).add(c.partner).add(c.year).add('money (£)');
      yield* seen;
    },
  };
}

/**
 * Every cell the model holds, one per row, in a long ("tidy") table a data tool reads as it is: the
 * item (a savings line, a one-off cost or funding), what it is, the partner, the year, the measure and
 * the value. Money is in pounds whatever the report's unit, so a column holds one unit; FTE in FTE.
 * Its rows are made as they are read (see {@link lazyRows}), so that no renderer holds them all.
 */
function cellsTable(evaluation: Evaluation): MeasureTable {
  const columns = [column('kind', 'Kind', 'text'), column('partner', 'Partner', 'text'), column('year', 'Year', 'text'), column('measure', 'Measure', 'text'), column('value', 'Value', 'number')];
  return measureTable('Every cell', 'Item', columns, lazyRows(cellsSource(evaluation)));
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
