import type { Report, ReportTable } from './report.js';
import type { RenderInput, RenderOptions } from './render-options.js';
import type { CellContext } from './_cell.js';
import { pivotTable } from './_pivot-table.js';

/** What every renderer accepts: one table, the reconciliation, or a whole report. */
export type Renderable = RenderInput;

/** The input as a report-like whole, with the cell context resolved from options, then report, then defaults. */
export interface Resolved {
  readonly report: Report | undefined;
  readonly tables: readonly ReportTable[];
  readonly ctx: CellContext;
}

/** One table given alone: a table from `pivot` (which carries no kind) is marked as the pivot it is. */
function asReportTable(table: Exclude<Renderable, Report>): ReportTable {
  return 'kind' in table ? table : pivotTable(table);
}

export function resolve(input: Renderable, options: RenderOptions = {}): Resolved {
  const report = 'tables' in input ? input : undefined;
  const unit = options.unit ?? report?.unit ?? '£';
  const decimals = options.decimals ?? report?.precision.money[unit] ?? (unit === '£000' ? 0 : 2);
  const fteDecimals = options.fteDecimals ?? report?.precision.fte ?? 2;
  return { report, tables: 'tables' in input ? input.tables : [asReportTable(input)], ctx: { unit, decimals, fteDecimals } };
}
