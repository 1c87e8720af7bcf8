import type { TableModel } from '../../engine/index.js';
import { fromPounds, type Decimal } from '../../money/index.js';
import { additive, dimensionHeading, tableContext, unitLabel, type CellContext } from '../_cell.js';
import { tableValues } from '../_grid.js';
import { largest } from '../_largest.js';
import { allNumbers, countFormat, moneyFormat, sheetNumber, sumFormula, type SheetAmount } from './_number.js';
import type { SheetWriter } from './_sheet.js';

/** The digits after the point and the number format of one table, so every value in it shows exactly. */
function tableFormat(table: TableModel, given: CellContext): { readonly unit: string; readonly dp: number; readonly numFmt: string; readonly inUnit: (v: Decimal) => Decimal } {
  const ctx = tableContext(tableValues(table), table.measure, given);
  if (table.measure === 'money') return { unit: ctx.unit, dp: ctx.decimals, numFmt: moneyFormat(ctx.unit, ctx.decimals), inUnit: (v) => fromPounds(v, ctx.unit) };
  const dp = table.measure === 'fte' ? ctx.fteDecimals : largest(tableValues(table).map((v) => v.decimalPlaces()), 0);
  return { unit: unitLabel(table.measure, ctx.unit), dp, numFmt: countFormat(dp), inUnit: (v) => v };
}

/**
 * Writes a pivot table at the writer's row: a title row (with the unit), a header row, one row per
 * table row, then a Total column and a Total row where the dimensions add. Every total is a SUM formula
 * over exactly the cells of its row or column (the grand total over the whole block), stored with the
 * library's exact total as its result.
 *
 * @param w - the sheet writer; its row is advanced past the table and one blank row
 * @param table - the pivot
 * @param given - unit and decimals
 */
export function writePivot(w: SheetWriter, table: TableModel, given: CellContext): void {
  const f = tableFormat(table, given);
  const totalColumn = additive(table.columnDimension);
  const totalRow = additive(table.rowDimension);
  const n = table.columns.length;
  const num = (v: Decimal): SheetAmount => sheetNumber(f.inUnit(v), f.dp);
  // Totals are SUM formulas only where every figure they could add is a number (see allNumbers); the
  // table's values include its row, column and grand totals.
  const formulas = allNumbers(tableValues(table).map(f.inUnit), f.dp);
  const total = (row: number, column: number, formula: string, v: Decimal): void =>
    formulas ? w.formula(row, column, formula, num(v), f.numFmt, { bold: true }) : w.number(row, column, num(v), f.numFmt, { bold: true });

  w.text(w.row, 1, `${table.title} (${f.unit})`, { bold: true, size: 12 }, false);
  w.row += 1;
  w.text(w.row, 1, dimensionHeading(table.rowDimension), { bold: true });
  table.columns.forEach((c, j) => w.text(w.row, j + 2, c.label, { bold: true, right: true }));
  if (totalColumn) w.text(w.row, n + 2, 'Total', { bold: true, right: true });
  w.row += 1;

  const first = w.row;
  const last = first + table.rows.length - 1;
  table.rows.forEach((r, i) => {
    const at = first + i;
    w.text(at, 1, r.label);
    r.values.forEach((v, j) => {
      if (v !== null) w.number(at, j + 2, num(v), f.numFmt);
    });
    if (totalColumn) total(at, n + 2, sumFormula(at, 2, at, n + 1), r.total);
  });
  w.table({ header: first - 1, lastRow: last, firstColumn: 1, lastColumn: n + (totalColumn ? 2 : 1) });
  w.row = last + 1;
  if (totalRow) {
    w.text(w.row, 1, 'Total', { bold: true });
    table.columnTotals.forEach((t, j) => total(w.row, j + 2, sumFormula(first, j + 2, last, j + 2), t));
    if (totalColumn) total(w.row, n + 2, sumFormula(first, 2, last, n + 1), table.grandTotal);
    w.row += 1;
  }
  w.row += 1;
}
