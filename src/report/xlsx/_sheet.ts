import type { Cell, Worksheet } from 'exceljs';
import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import { sheetString, withinCell } from './_text.js';
import type { SheetAmount } from './_number.js';

/** How a cell looks: bold for titles, headers and totals; numbers aligned right. */
export interface CellLook {
  readonly bold?: boolean;
  readonly right?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
}

const NUMBER_WIDTH = 14;
/** A table with at least this many data rows gets the sheet's auto filter (a sheet has one). */
const LONG_TABLE = 20;
/** Wider than this (in characters of the default font), a sheet prints landscape: about what A4 portrait holds. */
const PORTRAIT_WIDTH = 110;
/** A4, as the `paperSize` of a page setup (ECMA-376, ST_PaperSize). */
const A4 = 9;
const MAX_WIDTH = 60;
/** The size of a worksheet: a cell beyond it makes Excel call the file damaged. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** The length of the longest line of a text, by a loop (a text of many lines has no limit). */
function longestLine(text: string): number {
  let most = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > most) most = stop - start;
    start = stop + 1;
  }
  return most;
}

/** Where a table lies on its sheet: its header row and its data rows (not its total), rows and columns from 1. */
export interface TableArea {
  readonly header: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/**
 * Writes cells down a worksheet: a cursor row that callers advance, and column widths kept to fit the
 * text written (within bounds). Tables are registered as they are written, so that {@link finish} can
 * freeze a sheet's header, filter its long table and set up its printing.
 */
export class SheetWriter {
  /** The next row to write, from 1. */
  row = 1;
  private readonly widths = new Map<number, number>();
  private readonly tables: TableArea[] = [];

  constructor(readonly sheet: Worksheet) {}

  private cell(row: number, column: number, look: CellLook): Cell {
    if (row > SHEET_ROWS || column > SHEET_COLUMNS) {
      const expected = 'tables that fit a worksheet (1,048,576 rows by 16,384 columns); use the CSV or JSON output';
      throw new InputError(makeIssue(ErrorCode.LIMIT, ['views', this.sheet.name], expected, `a cell at row ${row}, column ${column}`));
    }
    const cell = this.sheet.getCell(row, column);
    if (look.bold === true || look.size !== undefined) cell.font = { bold: look.bold === true, ...(look.size === undefined ? {} : { size: look.size }) };
    if (look.right === true || look.wrap === true) cell.alignment = { ...(look.right === true ? { horizontal: 'right' as const } : {}), ...(look.wrap === true ? { wrapText: true, vertical: 'top' as const } : {}) };
    return cell;
  }

  private fit(column: number, width: number): void {
    this.widths.set(column, Math.min(MAX_WIDTH, Math.max(this.widths.get(column) ?? 0, width)));
  }

  /**
   * A text cell. Text is only ever text: a label such as `=SUM(…)` is stored as a string (a shared
   * string, `t="s"`), never a formula; it is escaped for the workbook (see {@link sheetString}) and cut,
   * saying so, to what a cell holds (see {@link withinCell}), so no name can make the file damaged.
   */
  text(row: number, column: number, text: string, look: CellLook = {}, fit = true): void {
    this.cell(row, column, look).value = sheetString(withinCell(text));
    if (fit) this.fit(column, longestLine(text) + 2);
  }

  /** A number cell with its format; an amount no spreadsheet number holds, as its exact text, right-aligned. */
  number(row: number, column: number, value: SheetAmount, numFmt: string, look: CellLook = {}): void {
    if (typeof value === 'string') return this.text(row, column, value, { ...look, right: true });
    const cell = this.cell(row, column, look);
    cell.value = value;
    cell.numFmt = numFmt;
    this.fit(column, NUMBER_WIDTH);
  }

  /** A formula cell with its stored result, so readers that do not calculate still show the total. */
  formula(row: number, column: number, formula: string, result: SheetAmount, numFmt: string, look: CellLook = {}): void {
    if (typeof result === 'string') return this.number(row, column, result, numFmt, look);
    const cell = this.cell(row, column, look);
    cell.value = { formula, result };
    cell.numFmt = numFmt;
    this.fit(column, NUMBER_WIDTH);
  }

  /** Registers a table written on this sheet (see {@link TableArea}). */
  table(area: TableArea): void {
    if (area.lastRow >= area.header && area.lastColumn >= area.firstColumn) this.tables.push(area);
  }

  /**
   * Sets each column's width to fit what was written, or a fixed width where given; then the view and the
   * printing. A sheet of one table freezes the rows down to its header and the label column, and repeats
   * its header row on every printed page; a sheet of several freezes the label column only. The longest
   * table of at least {@link LONG_TABLE} data rows gets the sheet's auto filter (its header and data rows,
   * never a total). Every sheet prints on A4, fitted to the width of a page, landscape where its columns
   * are wider than a portrait page holds.
   */
  finish(fixed: Readonly<Record<number, number>> = {}): void {
    for (const [column, width] of this.widths) this.sheet.getColumn(column).width = fixed[column] ?? Math.max(10, width);
    for (const [column, width] of Object.entries(fixed)) this.sheet.getColumn(Number(column)).width = width;
    const single = this.tables.length === 1 ? this.tables[0]! : undefined;
    if (single !== undefined) this.sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: single.header, topLeftCell: `B${single.header + 1}`, activeCell: `B${single.header + 1}` }];
    else if (this.tables.length > 1) this.sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 0, topLeftCell: 'B1', activeCell: 'B1' }];
    const long = this.tables.filter((t) => t.lastRow - t.header >= LONG_TABLE).sort((a, b) => b.lastRow - b.header - (a.lastRow - a.header) || a.header - b.header)[0];
    if (long !== undefined) this.sheet.autoFilter = { from: { row: long.header, column: long.firstColumn }, to: { row: long.lastRow, column: long.lastColumn } };
    let width = 0;
    for (let c = 1; c <= this.sheet.columnCount; c++) width += this.sheet.getColumn(c).width ?? 9;
    this.sheet.pageSetup = {
      ...this.sheet.pageSetup,
      paperSize: A4 as never,
      orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(single === undefined ? {} : { printTitlesRow: `${single.header}:${single.header}` }),
    };
  }
}
