import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import type { Report } from '../report.js';

/** The size of a worksheet (Excel's limits): a cell beyond it makes Excel call the file damaged. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * The fewest rows and columns a view's sheet takes: a heading, then each table's title, header, rows and
 * total, then the notes. The writer adds little more (a blank row between tables), and still refuses any
 * cell beyond the sheet; this finds a view that cannot fit before any work is done on the workbook.
 */
export function sheetSize(report: Pick<Report, 'tables' | 'notes'>): { rows: number; columns: number } {
  let rows = 2 + (report.notes.length > 0 ? report.notes.length + 1 : 0);
  let columns = 1;
  for (const t of report.tables) {
    rows += 2 + t.rows.length;
    const width = t.kind === 'reconciliation' ? 1 : t.columns.length + 1;
    if (width > columns) columns = width;
  }
  return { rows, columns };
}

/** Refuses, with `E_LIMIT`, every view whose sheet would exceed a worksheet's rows or columns. */
export function checkSheetSizes(reports: readonly Report[], sheetName: (view: string) => string): void {
  const issues = reports.flatMap((r) => {
    const { rows, columns } = sheetSize(r);
    if (rows <= SHEET_ROWS && columns <= SHEET_COLUMNS) return [];
    const expected = 'a sheet within Excel’s 1,048,576 rows and 16,384 columns; use the CSV or JSON output for this view';
    return [makeIssue(ErrorCode.LIMIT, ['views', sheetName(r.view)], expected, `a sheet of at least ${rows.toLocaleString('en-GB')} rows and ${columns.toLocaleString('en-GB')} columns`)];
  });
  if (issues.length > 0) throw new InputError(issues);
}

