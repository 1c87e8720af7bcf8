import type { MoneyUnit } from '../../money/index.js';
import type { AppraiseOptions } from '../../appraisal/index.js';

/**
 * The charts this library draws, in the order a report shows them.
 *
 * @example
 * ```ts
 * CHART_NAMES.includes('netBenefitByYear');
 * //=> true
 * ```
 */
export const CHART_NAMES = ['savingsByPartnerAndTier', 'netBenefitByYear', 'costsAgainstSavings'] as const;

/**
 * A chart's name:
 * - `savingsByPartnerAndTier`: each partner's savings, stacked by confidence tier;
 * - `netBenefitByYear`: net benefit per year (bars), the cumulative position (a line) and a rule at the
 *   payback year;
 * - `costsAgainstSavings`: one-off costs against savings (and any external funding), year by year.
 *
 * @example
 * ```ts
 * const chart: ChartName = 'costsAgainstSavings';
 * ```
 */
export type ChartName = (typeof CHART_NAMES)[number];

/**
 * A Vega-Lite (v5/v6) specification as a plain, JSON-serialisable object. Its numbers are for drawing
 * only: every figure was computed exactly by a view and converted at the boundary.
 *
 * @example
 * ```ts
 * const spec: VegaLiteSpec = chartSpec(evaluation, 'netBenefitByYear');
 * spec.title;
 * ```
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/**
 * Options for the chart builders and {@link chartSpec}.
 *
 * @example
 * ```ts
 * const options: ChartOptions = { unit: '£000', partner: 'hf' };
 * ```
 */
export interface ChartOptions {
  /**
   * The unit the axis shows money in.
   * @defaultValue the scenario's unit (for a table, `'£'`)
   */
  readonly unit?: MoneyUnit;
  /**
   * Digits after the point in the amounts a chart labels (tooltips, descriptions). The savings chart of
   * a scenario or report labels its figures as the tiers table shows them: rounded for display to these
   * decimals (the option, else the scenario's `settings.display.decimals` in its own unit) so that the
   * partners' figures still add up to their totals. Every other amount is labelled exactly, with at least
   * these digits.
   * @defaultValue those of the scenario's finest quantum in the unit (as the tables print); for a bare table, 2 (0 in `£000`)
   */
  readonly decimals?: number;
  /**
   * A title in place of the chart's own.
   * @defaultValue a description of the chart
   */
  readonly title?: string;
  /**
   * For the year charts: draw one partner (by id) rather than the partnership in total.
   * @defaultValue the total
   */
  readonly partner?: string;
  /**
   * For the year charts: the appraisal's options (discount rate, period, risk weights, optimism bias).
   * @defaultValue the scenario's own appraisal settings
   */
  readonly appraisal?: AppraiseOptions;
  /**
   * Draw for a narrow screen (a phone): about 340 pixels across overall, so that it shows unscaled and
   * its text at the size it is drawn. Titles and long partner names run over several lines, year labels
   * stand upright where they would crowd, the legend wraps and the payback label stays inside the plot;
   * every label is kept.
   * @defaultValue false
   */
  readonly narrow?: boolean;
  /**
   * The width of the plotting area, in pixels.
   * @defaultValue 480 (400 for savings by partner); narrow: 230 (180 for savings by partner)
   */
  readonly width?: number;
  /**
   * The height of the plotting area, in pixels.
   * @defaultValue 260 (for savings by partner, 40 for each partner); narrow: 220 (for savings by partner, 40 for each partner)
   */
  readonly height?: number;
}
