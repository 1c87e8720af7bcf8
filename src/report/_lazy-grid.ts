import { Decimal } from '../money/index.js';
import type { MeasureTable } from './measure-table.js';
import type { CellContext, CellStyle } from './_cell.js';
import { columnHeading, measureTexts } from './_measure-cells.js';
import { rowSourceOf } from './_lazy-rows.js';

/** A table laid out as text a row at a time: as a {@link TextGrid} of a measure table, its body rows made when read. */
export interface LazyGrid {
  readonly title: string;
  readonly header: readonly string[];
  /** Which columns hold numbers (to align them). */
  readonly numeric: readonly boolean[];
  /** How many body rows. */
  readonly length: number;
  /** Body row `i`: its cells as text, and which of them are numbers written from a value. */
  row(i: number): { readonly cells: readonly string[]; readonly numbers: readonly boolean[] };
}

const EMPTY = { display: '–', plain: '' } as const;

/**
 * A measure table whose rows are made as they are read (the cells view), laid out as text a row at a
 * time, exactly as `measureGrid` lays out every row at once; undefined for any other table.
 */
export function lazyGrid(table: MeasureTable, ctx: CellContext, style: CellStyle): LazyGrid | undefined {
  const source = rowSourceOf(table.rows);
  if (source === undefined) return undefined;
  const { title, text } = measureTexts(table, ctx, style);
  return {
    title,
    header: [table.rowHeading, ...table.columns.map((c) => columnHeading(c, style))],
    numeric: [false, ...table.columns.map((c) => c.kind !== 'text')],
    length: source.length,
    row: (i) => {
      const r = source.row(i);
      return { cells: [r.label, ...text(r).map((v) => v ?? EMPTY[style])], numbers: [false, ...r.values.map((v) => Decimal.isDecimal(v))] };
    },
  };
}
