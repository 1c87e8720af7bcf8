import { assertNever } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { MeasureColumn, MeasureTable } from './measure-table.js';
import { largest } from './_largest.js';
import { cellText, displayNumber, plainNumber, tableContext, type CellContext, type CellStyle } from './_cell.js';
import { rowSourceOf } from './_lazy-rows.js';
import type { MeasureRow } from './measure-table.js';

const decimalsOf = (v: unknown): v is Decimal => Decimal.isDecimal(v);

/** The numbers of one column. */
function numbers(table: MeasureTable, j: number): Decimal[] {
  return table.rows.map((r) => r.values[j]).filter(decimalsOf);
}

/** Each column's context, raised so that every value of the column prints exactly and with the same decimals. */
function columnContexts(table: MeasureTable, given: CellContext): CellContext[] {
  return table.columns.map((c, j) => (c.kind === 'money' || c.kind === 'fte' ? tableContext(numbers(table, j), c.kind, given) : given));
}

/** Whether a column's values are shares of a whole, shown to people as percentages. */
const isShare = (column: MeasureColumn): boolean => column.kind === 'number' && column.share === true;

/**
 * A number that is not money: to the column's decimals (half-up, for display), else exactly to `places`.
 * For people, a share as a percentage exact to `places` (the column's most precise value, in percent).
 */
function numberText(v: Decimal, column: MeasureColumn, places: number, ctx: CellContext, style: CellStyle, json: boolean): string {
  if (style === 'display' && isShare(column)) return `${displayNumber(v.times(100), places, ctx.negatives)}%`;
  const decimals = json ? (column.jsonDecimals ?? column.decimals) : column.decimals;
  const text = decimals === undefined ? plainNumber(v, places) : v.toFixed(decimals, Decimal.ROUND_HALF_UP).replace(/^-(0\.?0*)$/, '$1');
  return column.kind === 'percent' && style === 'display' ? `${text}%` : text;
}

/**
 * A column's heading: its label, and for a column of shares in the data formats what its values are
 * (`Share of savings (fraction of 1)`), since people see them as percentages.
 */
export function columnHeading(column: MeasureColumn, style: CellStyle): string {
  return isShare(column) && style === 'plain' ? `${column.label} (fraction of 1)` : column.label;
}

/**
 * Every cell of a measure table as text (null where the table has no value), and its title with the
 * money unit where it has money. Each column is printed exactly, with the decimals its most precise
 * value needs (and at least the report's), so a column lines up. Renderers print these; they compute
 * nothing. `json`: numbers to a column's `jsonDecimals` where it has them.
 */
export function measureCells(table: MeasureTable, given: CellContext, style: CellStyle, json = false): { title: string; rows: (string | null)[][] } {
  const { title, text } = measureTexts(table, given, style, json);
  return { title, rows: table.rows.map(text) };
}

/**
 * As {@link measureCells}, but a function that gives one row's cells as text, for a renderer that writes
 * rows one at a time. A table whose rows are made as they are read (the cells view) gives its columns'
 * decimals without making its rows; it has no money or FTE column.
 */
export function measureTexts(table: MeasureTable, given: CellContext, style: CellStyle, json = false): { title: string; text: (row: MeasureRow) => (string | null)[] } {
  const source = rowSourceOf(table.rows);
  const lazy = source !== undefined && !table.columns.some((c) => c.kind === 'money' || c.kind === 'fte' || isShare(c));
  const contexts = lazy ? table.columns.map(() => given) : columnContexts(table, given);
  const places = table.columns.map((c, j) => (lazy ? source.places(j) : largest(numbers(table, j).map((v) => (style === 'display' && isShare(c) ? v.times(100) : v).decimalPlaces()), 0)));
  const text = (v: Decimal | string | null, j: number): string | null => {
    const column = table.columns[j]!;
    if (v === null || typeof v === 'string') return v;
    if (column.kind === 'money' || column.kind === 'fte' || column.kind === 'headcount') return cellText(v, column.kind, contexts[j]!, style);
    return numberText(v, column, places[j]!, contexts[j]!, style, json);
  };
  const hasMoney = table.columns.some((c) => c.kind === 'money');
  return { title: hasMoney ? `${table.title} (${given.unit})` : table.title, text: (r) => r.values.map(text) };
}

/** The unit of a column's values, for JSON: the money unit, `FTE`, `headcount`, `%`, or null. */
export function columnUnit(column: MeasureColumn, ctx: CellContext): string | null {
  switch (column.kind) {
    case 'money':
      return ctx.unit;
    case 'fte':
      return 'FTE';
    case 'headcount':
      return 'headcount';
    case 'percent':
      return '%';
    case 'number':
    case 'text':
      return null;
    default:
      return assertNever(column.kind, 'column kind');
  }
}
