import { Decimal } from '../money/index.js';
import type { Heading, TableModel as PivotTable } from '../engine/index.js';
import type { Measure } from '../model/index.js';
import type { ColumnKind, MeasureCell, MeasureColumn, MeasureRow, MeasureTable } from './measure-table.js';

const ZERO = new Decimal(0);

/** The exact sum of the values given, skipping nulls. */
export function sum(values: readonly (Decimal | null | undefined)[]): Decimal {
  return values.reduce<Decimal>((a, v) => (v === null || v === undefined ? a : a.plus(v)), ZERO);
}

/** A column of a measure table. */
export function column(key: string, label: string, kind: ColumnKind, decimals?: number): MeasureColumn {
  return decimals === undefined ? { key, label, kind } : { key, label, kind, decimals };
}

/** A column of shares of a whole: percentages for people, fractions in the data formats. */
export function share(c: MeasureColumn): MeasureColumn {
  return { ...c, share: true };
}

/** A data row of a measure table. */
export function dataRow(key: string, label: string, values: readonly MeasureCell[]): MeasureRow {
  return { key, label, role: 'data', values };
}

/** A row of totals of a measure table. */
export function totalRow(values: readonly MeasureCell[], label = 'Total', key = 'total'): MeasureRow {
  return { key, label, role: 'total', values };
}

/** A measure table. */
export function measureTable(title: string, rowHeading: string, columns: readonly MeasureColumn[], rows: readonly MeasureRow[]): MeasureTable {
  return { kind: 'measures', title, rowHeading, columns, rows };
}

/** Where a cell falls in a {@link cellPivot}: its row and column keys, and its value. */
export interface KeyedCell {
  readonly row: string;
  readonly column: string;
  readonly value: Decimal;
}

/** What a {@link cellPivot} is of: its headings in order, and how it is labelled. */
export interface CellPivotOptions {
  readonly title: string;
  readonly rowDimension: string;
  readonly columnDimension: string;
  readonly rows: readonly Heading[];
  readonly columns: readonly Heading[];
  readonly measure?: Measure;
}

/**
 * A pivot of cells that `pivot` does not cover (one-off costs, funding, indirect savings, appraisal
 * rows): each value the exact sum of its cells, totals sums of the same cells, rows and columns without
 * cells left out, as `pivot` does.
 */
export function cellPivot(cells: readonly KeyedCell[], options: CellPivotOptions): PivotTable {
  const sums = new Map<string, Decimal>();
  for (const c of cells) {
    const id = `${c.row}\u0000${c.column}`;
    sums.set(id, (sums.get(id) ?? ZERO).plus(c.value));
  }
  const columns = options.columns.filter((h) => cells.some((c) => c.column === h.key));
  const rows = options.rows
    .filter((h) => cells.some((c) => c.row === h.key))
    .map((h) => {
      const values = columns.map((col) => sums.get(`${h.key}\u0000${col.key}`) ?? null);
      return { key: h.key, label: h.label, values, total: sum(values) };
    });
  return {
    kind: 'pivot',
    title: options.title,
    measure: options.measure ?? 'money',
    rowDimension: options.rowDimension,
    columnDimension: options.columnDimension,
    columns,
    rows,
    columnTotals: columns.map((_, j) => sum(rows.map((r) => r.values[j]))),
    grandTotal: sum(rows.map((r) => r.total)),
  };
}
