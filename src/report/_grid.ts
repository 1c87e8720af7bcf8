import type { TableModel } from '../engine/index.js';
import { Decimal } from '../money/index.js';
import { assertNever } from '../errors/index.js';
import type { ReconciliationTable } from './reconciliation-table.js';
import type { MeasureTable } from './measure-table.js';
import type { ReportTable } from './report.js';
import { columnHeading, measureCells } from './_measure-cells.js';
import { VERDICT_WORDS } from './verdict-words.js';
import { figureDifferenceText, figureValueText, type FigureText } from './_figure-text.js';
import { additive, cellText, dimensionHeading, tableContext, unitLabel, type CellContext, type CellStyle, type Negatives } from './_cell.js';

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
  /**
   * For a table shown in groups (the reconciliation, for people): each group's heading, counts and rows
   * (`from` to `to`, excluding `to`), in order; notes on its rows (a hint beside a discrepancy).
   */
  readonly sections?: readonly GridSection[];
  /** The column of the row labels, which a renderer short of width may shorten. @defaultValue 0 */
  readonly labelColumn?: number;
  /** A sentence to print after the table: what it leaves out (a reconciliation shown `only` in part). */
  readonly after?: string;
}

/** One group of a table's rows, for people: a heading, a sentence counting it, its rows and notes on them. */
export interface GridSection {
  /** A name for the group, safe for a class (`discrepancies`, `not-modelled`). */
  readonly key: string;
  readonly heading: string;
  readonly summary: string;
  readonly from: number;
  readonly to: number;
  /** Whether a report with room for only the essentials folds these rows away. */
  readonly collapsed: boolean;
  readonly notes: readonly string[];
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
/** Plain text (CSV) has no headings or notes: the group and the hint are columns of their own. */
const PLAIN_EXTRA = ['Group', 'Hint'];

/**
 * The reconciliation as text: values in each figure's own unit (a year as its financial year, a
 * percentage as one), at least to its printed precision, in the table's grouped order. For people
 * (`display`) the verdicts are in words and the rows in sections, one per group shown, each hint a note of
 * its section; plain, the verdicts are codes and the group and hint are columns.
 */
export function reconciliationGrid(table: ReconciliationTable, style: CellStyle, negatives?: Negatives): TextGrid {
  const numbers: boolean[][] = [];
  const rows = table.rows.map((r) => {
    const min = r.precision.decimalPlaces();
    const value = (v: Decimal | null): FigureText => (v === null ? { text: EMPTY[style], number: false } : figureValueText(v, r.unit, min, style, negatives));
    const difference = r.difference === null ? { text: EMPTY[style], number: false } : figureDifferenceText(r.difference, r.unit, min, style, negatives);
    const partsSum = value(r.partsSum);
    const adds = r.addsUp === null ? EMPTY[style] : r.addsUp ? 'yes' : 'no';
    const verdict = style === 'display' ? VERDICT_WORDS[r.verdict].label : r.verdict;
    const cells: FigureText[] = [{ text: String(r.index + 1), number: true }, { text: r.label, number: false }, { text: r.unit, number: false }, value(r.printed), value(r.computed), difference, { text: verdict, number: false }, partsSum, { text: adds, number: false }];
    if (style === 'plain') cells.push({ text: r.group, number: false }, { text: r.hint ?? '', number: false });
    numbers.push(cells.map((c) => c.number));
    return cells.map((c) => c.text);
  });
  const header = style === 'plain' ? [...RECONCILIATION_HEADER, ...PLAIN_EXTRA] : RECONCILIATION_HEADER;
  const numeric = header.map((h) => ['#', 'Printed', 'Model', 'Difference', 'Parts sum'].includes(h));
  const after = table.notShown === null ? {} : { after: table.notShown };
  if (style === 'plain') return { title: table.title, header, rows, numeric, numbers, labelColumn: 1, ...after };
  const sections: GridSection[] = [];
  let from = 0;
  for (const g of table.groups.filter((x) => x.shown && x.count > 0)) {
    const to = from + g.count;
    const notes = table.rows.slice(from, to).flatMap((r) => (r.hint === null ? [] : [`#${r.index + 1} ${r.label}: ${r.hint}`]));
    sections.push({ key: g.group, heading: g.heading, summary: g.summary, from, to, collapsed: g.collapsed, notes });
    from = to;
  }
  return { title: table.title, header, rows, numeric, numbers, sections, labelColumn: 1, ...after };
}

/** A measure table as text: its columns as they are, text columns left-aligned, numbers right-aligned. */
export function measureGrid(table: MeasureTable, given: CellContext, style: CellStyle): TextGrid {
  const { title, rows } = measureCells(table, given, style);
  const header = [table.rowHeading, ...table.columns.map((c) => columnHeading(c, style))];
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
      return reconciliationGrid(table, style, ctx.negatives);
    case 'measures':
      return measureGrid(table, ctx, style);
    case 'pivot':
      return pivotGrid(table, ctx, style);
    default:
      return assertNever(table, 'table');
  }
}
