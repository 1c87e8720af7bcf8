import type { Report, ReportTable } from './report.js';
import type { RenderInput, RenderOptions } from './render-options.js';
import type { CellContext } from './_cell.js';

/** What every renderer accepts: one table, the reconciliation, or a whole report. */
export type Renderable = RenderInput;

/** The input as a report-like whole, with the cell context resolved from options, then report, then defaults. */
export interface Resolved {
  readonly report: Report | undefined;
  readonly tables: readonly ReportTable[];
  readonly ctx: CellContext;
}

export function resolve(input: Renderable, options: RenderOptions = {}): Resolved {
  const report = 'tables' in input ? input : undefined;
  const unit = options.unit ?? report?.unit ?? '£';
  const decimals = options.decimals ?? report?.precision.money[unit] ?? (unit === '£000' ? 0 : 2);
  const fteDecimals = options.fteDecimals ?? report?.precision.fte ?? 2;
  return { report, tables: 'tables' in input ? input.tables : [input], ctx: { unit, decimals, fteDecimals } };
}
