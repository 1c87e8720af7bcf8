import { Decimal, fromPounds } from '../../money/index.js';
import type { CellContext } from '../_cell.js';
import { largest } from '../_largest.js';
import { allNumbers, countFormat, moneyFormat, percentFormat, sheetNumber, sumFormula } from './_number.js';
import type { SheetWriter } from './_sheet.js';

type Value = Decimal | string | null;

/**
 * A table whose columns are different measures (an appraisal's years: benefits, costs, …, discount
 * factor), as the views build it (`kind: 'measures'`). Read by shape, so this writer depends on nothing
 * but the fields it prints.
 */
export interface MeasuresLike {
  readonly kind: 'measures';
  readonly title: string;
  readonly rowHeading: string;
  readonly columns: readonly { readonly key: string; readonly label: string; readonly kind: string; readonly decimals?: number }[];
  readonly rows: readonly { readonly label: string; readonly role: 'data' | 'total'; readonly values: readonly Value[] }[];
}

const ADDS = new Set(['money', 'fte', 'headcount']);

/** The exact sum of some cells, or null unless they are all numbers or empty, and at least one a number. */
function exactSum(cells: readonly (Value | undefined)[]): Decimal | null {
  if (cells.some((c) => typeof c === 'string') || !cells.some((c) => c instanceof Decimal)) return null;
  return cells.reduce<Decimal>((a, c) => (c instanceof Decimal ? a.plus(c) : a), new Decimal(0));
}

/** How one column's numbers are written: the value in the sheet's unit, its format, and its decimals. */
function columnFormat(table: MeasuresLike, j: number, ctx: CellContext): { readonly numFmt: string; readonly dp: number; readonly inUnit: (v: Decimal) => Decimal } {
  const column = table.columns[j]!;
  const values = table.rows.flatMap((r) => (r.values[j] instanceof Decimal ? [r.values[j] as Decimal] : []));
  if (column.kind === 'money') {
    const dp = largest(values.map((v) => fromPounds(v, ctx.unit).decimalPlaces()), ctx.decimals);
    return { numFmt: moneyFormat(ctx.unit, dp), dp, inUnit: (v) => fromPounds(v, ctx.unit) };
  }
  const own = largest(values.map((v) => v.decimalPlaces()), 0);
  const dp = column.kind === 'fte' ? Math.max(ctx.fteDecimals, own) : column.kind === 'headcount' ? own : (column.decimals ?? Math.min(own, 15));
  return { numFmt: column.kind === 'percent' ? percentFormat(dp) : countFormat(dp), dp, inUnit: (v) => v };
}

/** The partner columns a `total` column adds up: contiguous, of its kind; or null. */
function partnerSpan(table: MeasuresLike, partners: ReadonlySet<string>, kind: string): readonly [number, number] | null {
  const at = table.columns.flatMap((c, j) => (partners.has(c.key) && c.kind === kind ? [j] : []));
  if (at.length === 0 || at.at(-1)! - at[0]! !== at.length - 1) return null;
  return [at[0]!, at.at(-1)!];
}

/**
 * Writes a table of measures: title (with the unit where it holds money), header, its rows. Money and
 * counts are exact (see {@link sheetNumber}); other numbers (a discount factor, a ratio, a percentage)
 * are the nearest spreadsheet number, shown to the column's decimals. A total the view gives becomes a
 * SUM formula wherever it is exactly the sum of the cells it totals: a total row over the data rows
 * above it, a `total` column over the partner columns, their corner over both; otherwise (a ratio, a
 * cumulative position) it is the view's value.
 *
 * @param w - the sheet writer; its row is advanced past the table and one blank row
 * @param table - the table of measures
 * @param ctx - unit and decimals
 * @param partners - the scenario's partner ids, which name partner columns
 */
export function writeMeasures(w: SheetWriter, table: MeasuresLike, ctx: CellContext, partners: ReadonlySet<string>): void {
  const formats = table.columns.map((_, j) => columnFormat(table, j, ctx));
  const money = table.columns.some((c) => c.kind === 'money');
  w.text(w.row, 1, money ? `${table.title} (${ctx.unit})` : table.title, { bold: true, size: 12 }, false);
  w.row += 1;
  w.text(w.row, 1, table.rowHeading, { bold: true });
  table.columns.forEach((c, j) => w.text(w.row, j + 2, c.label, { bold: true, right: c.kind !== 'text' }));
  const header = w.row;
  let lastData = header;
  w.row += 1;
  let first = 0; // the first data row of the current section, as an index into table.rows
  let top = w.row; // and its sheet row
  // Totals are SUM formulas only where every figure of the table is a number (see allNumbers).
  const formulas = table.columns.every((column, j) => !ADDS.has(column.kind) || allNumbers(table.rows.flatMap((r) => (r.values[j] instanceof Decimal ? [formats[j]!.inUnit(r.values[j] as Decimal)] : [])), formats[j]!.dp));
  table.rows.forEach((r, i) => {
    const total = r.role === 'total';
    const here = w.row;
    const section = table.rows.slice(first, i);
    w.text(here, 1, r.label, { bold: total });
    r.values.forEach((v, j) => {
      const column = table.columns[j];
      if (v === null || column === undefined) return;
      if (typeof v === 'string') return w.text(here, j + 2, v, { bold: total, right: true });
      const f = formats[j]!;
      if (!ADDS.has(column.kind)) return w.number(here, j + 2, Number(v.toString()), f.numFmt, { bold: total });
      const n = sheetNumber(f.inUnit(v), f.dp);
      const span = column.key === 'total' ? partnerSpan(table, partners, column.kind) : null;
      const across = span === null ? null : exactSum(r.values.slice(span[0], span[1] + 1));
      const down = total ? exactSum(section.map((x) => x.values[j])) : null;
      const block = span === null || !total ? null : exactSum(section.flatMap((x) => x.values.slice(span[0], span[1] + 1)));
      if (!formulas) w.number(here, j + 2, n, f.numFmt, { bold: total });
      else if (span !== null && block?.equals(v) === true) w.formula(here, j + 2, sumFormula(top, span[0] + 2, here - 1, span[1] + 2), n, f.numFmt, { bold: true });
      else if (down?.equals(v) === true) w.formula(here, j + 2, sumFormula(top, j + 2, here - 1, j + 2), n, f.numFmt, { bold: true });
      else if (span !== null && across?.equals(v) === true) w.formula(here, j + 2, sumFormula(here, span[0] + 2, here, span[1] + 2), n, f.numFmt, { bold: true });
      else w.number(here, j + 2, n, f.numFmt, { bold: total });
    });
    if (!total) lastData = here;
    w.row += 1;
    if (total) {
      first = i + 1;
      top = w.row;
    }
  });
  w.table({ header, lastRow: lastData, firstColumn: 1, lastColumn: table.columns.length + 1 });
  w.row += 1;
}
