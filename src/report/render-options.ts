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
   * The fewest digits after the point for money. A value needing more is printed with more: nothing is
   * rounded for display.
   * @defaultValue those of the scenario's finest quantum in the unit (for a report); 2 (0 for `£000`) for a bare table
   */
  readonly decimals?: number;
  /**
   * The fewest digits after the point for FTE.
   * @defaultValue the report's FTE precision; 2 for a bare table
   */
  readonly fteDecimals?: number;
}
