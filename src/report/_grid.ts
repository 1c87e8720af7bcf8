import type { TableModel } from '../engine/index.js';
import { Decimal } from '../money/index.js';
import { assertNever } from '../errors/index.js';
import type { ReconciliationTable } from './reconciliation-table.js';
import type { MeasureTable } from './measure-table.js';
import type { ReportTable } from './report.js';
import { measureCells } from './_measure-cells.js';
import { additive, cellText, dimensionHeading, plainNumber, tableContext, unitLabel, type CellContext, type CellStyle } from './_cell.js';

/** A table laid out as text: a title, a header, body rows, and which columns hold numbers. */
export interface TextGrid {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Which columns hold numbers (to align them). A column of numbers may still hold words in some cells. */
  readonly numeric: readonly boolean[];
  /**
   * For each body row, which cells are numbers this renderer wrote from a value (`true`) rather than
   * text that came in (`false`): a label, words, a name. The CSV writer trusts the first and guards the
   * second against spreadsheet formulas; the title and the header are always text.
   */
  readonly numbers: readonly (readonly boolean[])[];
}

const EMPTY = { display: '–', plain: '' } as const;

/** Every value a pivot table prints: its cells and its totals. */
export function tableValues(table: TableModel): TableModel['grandTotal'][] {
  return [...table.rows.flatMap((r) => [...r.values.filter((v) => v !== null), r.total]), ...table.columnTotals, table.grandTotal];
}

/** A pivot table as text: a Total column and a Total row, where the dimensions add. */
export function pivotGrid(table: TableModel, given: CellContext, style: CellStyle): TextGrid {
  const ctx = tableContext(tableValues(table), table.measure, given);
  const totalColumn = additive(table.columnDimension);
  const totalRow = additive(table.rowDimension);
  const cell = (v: TableModel['grandTotal'] | null): string => (v === null ? EMPTY[style] : cellText(v, table.measure, ctx, style));
  const header = [dimensionHeading(table.rowDimension), ...table.columns.map((c) => c.label), ...(totalColumn ? ['Total'] : [])];
  const rows = table.rows.map((r) => [r.label, ...r.values.map(cell), ...(totalColumn ? [cell(r.total)] : [])]);
  if (totalRow) rows.push(['Total', ...table.columnTotals.map(cell), ...(totalColumn ? [cell(table.grandTotal)] : [])]);
  const numbers = rows.map((row) => row.map((_, j) => j > 0));
  return { title: `${table.title} (${unitLabel(table.measure, ctx.unit)})`, header, rows, numeric: header.map((_, i) => i > 0), numbers };
}

const RECONCILIATION_HEADER = ['#', 'Published figure', 'Unit', 'Printed', 'Model', 'Difference', 'Verdict', 'Parts sum', 'Adds up?'];

/** The reconciliation as text: values in each figure's own unit, at least to its printed precision. */
export function reconciliationGrid(table: ReconciliationTable, style: CellStyle): TextGrid {
  const rows = table.rows.map((r) => {
    const min = r.precision.decimalPlaces();
    const num = (v: typeof r.printed | null): string => (v === null ? EMPTY[style] : plainNumber(v, min));
    const adds = r.addsUp === null ? EMPTY[style] : r.addsUp ? 'yes' : 'no';
    return [String(r.index + 1), r.label, r.unit, num(r.printed), num(r.computed), num(r.difference), r.verdict, num(r.partsSum), adds];
  });
  const numeric = RECONCILIATION_HEADER.map((h) => ['#', 'Printed', 'Model', 'Difference', 'Parts sum'].includes(h));
  return { title: table.title, header: RECONCILIATION_HEADER, rows, numeric, numbers: rows.map(() => numeric) };
}

/** A measure table as text: its columns as they are, text columns left-aligned, numbers right-aligned. */
export function measureGrid(table: MeasureTable, given: CellContext, style: CellStyle): TextGrid {
  const { title, rows } = measureCells(table, given, style);
  const header = [table.rowHeading, ...table.columns.map((c) => c.label)];
  return {
    title,
    header,
    rows: rows.map((values, i) => [table.rows[i]!.label, ...values.map((v) => v ?? EMPTY[style])]),
    numeric: [false, ...table.columns.map((c) => c.kind !== 'text')],
    // A number cell holds a value the table gave as a number; words in a number column stay text.
    numbers: table.rows.map((r) => [false, ...r.values.map((v) => Decimal.isDecimal(v))]),
  };
}

/** Any table of a report as text. */
export function anyGrid(table: ReportTable, ctx: CellContext, style: CellStyle): TextGrid {
  switch (table.kind) {
    case 'reconciliation':
      return reconciliationGrid(table, style);
    case 'measures':
      return measureGrid(table, ctx, style);
    case 'pivot':
      return pivotGrid(table, ctx, style);
    default:
      return assertNever(table, 'table');
  }
}
