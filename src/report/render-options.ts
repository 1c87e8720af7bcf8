import type { MoneyUnit } from '../money/index.js';
import type { TableModel } from '../engine/index.js';
import type { Report } from './report.js';
import type { ReconciliationTable } from './reconciliation-table.js';
import type { MeasureTable } from './measure-table.js';

/**
 * What {@link render} and the renderers accept: a table from {@link pivot}, a {@link MeasureTable}, a
 * {@link ReconciliationTable}, or a {@link Report} from {@link buildView}.
 *
 * @example
 * ```ts
 * const input: RenderInput = buildView(evaluation, 'partners');
 * ```
 */
export type RenderInput = TableModel | MeasureTable | ReconciliationTable | Report;

/**
 * Options for {@link render} and the renderers.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { unit: '£000' };
 * ```
 */
export interface RenderOptions {
  /**
   * The unit to print money in.
   * @defaultValue the report's unit (the scenario's); `'£'` for a bare table
   */
  readonly unit?: MoneyUnit;
  /**
   * Digits after the point for money, in the unit, in the formats for people (markdown, HTML, charts):
   * figures finer than that are rounded for display so that every total is still the sum of the figures
   * shown, each figure and total within one unit of the last digit of its exact value. Data formats (CSV,
   * JSON, the workbook, the cells view) stay exact.
   * @defaultValue the scenario's `settings.display.decimals`; without it, every figure exact, with at least the digits of the scenario's finest quantum in the unit (for a report), 2 (0 for `£000`) for a bare table
   */
  readonly decimals?: number;
  /**
   * How the formats for people write a negative: in brackets, `(2,890)`, as most council papers do, or
   * with a minus sign, `-2,890`. Data formats always use a minus sign.
   * @defaultValue the scenario's `settings.display.negatives`, else `'brackets'`
   */
  readonly negatives?: 'brackets' | 'minus';
  /**
   * The widest a markdown line should be, in characters: a table that would be wider shortens its long
   * row labels, each with a numbered key to its full text beneath the table, and notes wrap.
   * @defaultValue 120
   */
  readonly width?: number;
  /**
   * The fewest digits after the point for FTE.
   * @defaultValue the report's FTE precision; 2 for a bare table
   */
  readonly fteDecimals?: number;
}
