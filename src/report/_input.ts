import type { Report, ReportTable } from './report.js';
import type { RenderInput, RenderOptions } from './render-options.js';
import type { CellContext } from './_cell.js';
import type { MoneyUnit } from '../money/index.js';
import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { displayRoundingNotes, roundForDisplay, roundTableForDisplay } from './_display-rounding.js';

/** What every renderer accepts: one table, the reconciliation, or a whole report. */
export type Renderable = RenderInput;

/**
 * Who reads the output: `people` (markdown, HTML, charts), where money given `decimals` is rounded for
 * display so that totals still add up; `data` (CSV, JSON, the workbook), where every figure stays exact.
 */
export type Audience = 'people' | 'data';

/** The input as a report-like whole, with the cell context resolved from options, then report, then defaults. */
export interface Resolved {
  readonly report: Report | undefined;
  readonly tables: readonly ReportTable[];
  readonly ctx: CellContext;
}

/**
 * The decimals money is rounded to for display, or undefined for none: `options.decimals`, else the
 * scenario's `settings.display.decimals` when printing in the scenario's own unit (a default stated for
 * £m says nothing about £000).
 */
export function displayDecimals(report: Report | undefined, options: RenderOptions, unit: MoneyUnit): number | undefined {
  if (options.decimals !== undefined) return options.decimals;
  return report !== undefined && unit === report.unit ? report.decimals : undefined;
}

/**
 * The input to render, resolved. For `people`, with decimals to show money to (the option, else the
 * scenario's default), money finer than that is rounded by controlled rounding, every cell prints exactly
 * those decimals, and a report gains a note saying so; without them, and always for `data`, the tables are
 * the input's own and decimals are a minimum.
 */
export function resolve(input: Renderable, options: RenderOptions = {}, audience: Audience = 'people'): Resolved {
  const report = 'tables' in input ? input : undefined;
  const unit = options.unit ?? report?.unit ?? '£';
  const fteDecimals = options.fteDecimals ?? report?.precision.fte ?? 2;
  const tables = 'tables' in input ? input.tables : [input];
  const shown = audience === 'people' && report?.tidy !== true ? displayDecimals(report, options, unit) : undefined;
  if (shown === undefined) {
    const decimals = options.decimals ?? report?.precision.money[unit] ?? (unit === '£000' ? 0 : 2);
    return { report, tables, ctx: { unit, decimals, fteDecimals } };
  }
  if (!Number.isInteger(shown) || shown < 0 || shown > 40) throw new InputError(makeIssue(ErrorCode.OPTION, ['decimals'], 'a whole number of decimals from 0 to 40', shown));
  const rounded = roundForDisplay(tables, unit, shown);
  const notes = displayRoundingNotes(unit, shown, rounded);
  const withNotes = report === undefined || notes.length === 0 ? report : { ...report, tables: rounded.tables, notes: [...report.notes, ...notes] };
  return { report: withNotes === undefined ? undefined : { ...withNotes, tables: rounded.tables }, tables: rounded.tables, ctx: { unit, decimals: shown, fteDecimals } };
}

/**
 * One table of a report as the formats for people show it, with its cell context: for a renderer that
 * lays out a report's tables one by one (HTML). The table is rounded for display as {@link resolve}
 * rounds it; the report's note saying so is among `resolve(report, options).report.notes`.
 */
export function resolveTable(table: ReportTable, report: Report, options: RenderOptions = {}): { readonly table: ReportTable; readonly ctx: CellContext } {
  const { ctx } = resolve({ ...report, tables: [] }, options);
  const decimals = report.tidy === true ? undefined : displayDecimals(report, options, ctx.unit);
  return { table: decimals === undefined ? table : roundTableForDisplay(table, ctx.unit, decimals).table, ctx };
}
