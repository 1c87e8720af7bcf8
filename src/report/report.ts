import type { MoneyUnit } from '../money/index.js';
import type { TableModel } from '../engine/index.js';
import type { ReconciliationTable } from './reconciliation-table.js';
import type { MeasureTable } from './measure-table.js';

/**
 * The names of the views {@link buildView} can build, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * VIEW_NAMES.includes('services');
 * //=> true
 * ```
 */
export const VIEW_NAMES = ['partners', 'services', 'lines', 'tiers', 'years', 'staffing', 'costs', 'appraisal', 'context', 'fairness', 'contributions', 'reconcile', 'cells'] as const;

/**
 * What each view shows, in one line: the command line's help lists the views with these.
 *
 * @example
 * ```ts
 * VIEW_SUMMARIES.tiers;
 * //=> 'tiers by partner'
 * ```
 */
export const VIEW_SUMMARIES: Readonly<Record<ViewName, string>> = {
  partners: 'savings by line and partner, one table per tier, then tiers by partner',
  services: "each service's baselines: starting, closing and change, by partner",
  lines: 'every line by partner',
  tiers: 'tiers by partner',
  years: 'savings by year and partner, by line and year; net benefit by year (appraisal)',
  staffing: 'FTE reduced by line; staffing effects (reductions, vacancies, VR, at risk)',
  costs: 'one-off costs by partner and year, funding, indirect savings low/central/high',
  appraisal: 'NPV, benefit-cost ratio, payback; cash flows by year; the conventions',
  context: 'budget context: reductions as a percentage of their baselines',
  fairness: 'shares of savings, costs and baseline; Shapley value and core where stated',
  contributions: 'cost-sharing agreements: drivers, splits, decisions and each partner’s contribution by year',
  reconcile: 'every published figure against the model, with a verdict',
  cells: 'every cell in one long table (item, kind, partner, year, measure, value), for data tools',
};

/**
 * A named view of an evaluation:
 * - `partners`: savings by line and partner, one table per tier, then a tier-by-partner summary (the
 *   shape of a paper's "Table 1");
 * - `services`: each service's baselines (starting, closing and change) by partner, in money and FTE;
 * - `lines`: every line by partner;
 * - `tiers`: tiers by partner;
 * - `years`: years by partner, lines by year, and the appraisal's net benefit by year and partner;
 * - `staffing`: FTE by line and partner; the staffing effects (FTE, headcount, reductions by year,
 *   vacancies, VR requests, at risk); each FTE baseline;
 * - `costs`: one-off costs by partner (with their basis) and by year, funding, indirect savings
 *   (low, central, high) by partner;
 * - `appraisal`: NPV, present values, benefit–cost ratio and payback per partner and in total, then
 *   each one's cash flows by year (benefits, costs, funding, net, cumulative, discount factor, present
 *   value), with the conventions;
 * - `context`: each budget-context reduction as a percentage of its baseline;
 * - `fairness`: shares of savings, one-off costs and baseline, individual rationality, and the Shapley
 *   value and core where the scenario states coalition values;
 * - `contributions`: each cost-sharing agreement by year (and period): the driver and the year it was
 *   read from, each partner's count, exact and stated shares, the prior, the movement and the decision
 *   (kept or reset, and why), then each partner's contribution to the year's running cost; a summary by
 *   partner and year, by agreement and year, and savings against stand-alone costs where stated;
 * - `reconcile`: every published figure beside the model's value, with its verdict.
 *
 * @example
 * ```ts
 * const view: ViewName = 'partners';
 * ```
 */
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * What a report is of: one of the {@link ViewName | views} of an evaluation, or the result of a
 * comparison, a sensitivity analysis or a simulation.
 *
 * @example
 * ```ts
 * const name: ReportName = 'simulation';
 * ```
 */
export type ReportName = ViewName | 'compare' | 'sensitivity' | 'simulation';

/**
 * A table a report holds, told apart by its `kind`: a pivot of cells (`pivot`: a {@link TableModel}), a table of measures (`measures`: columns of different measures, such as an appraisal's
 * years), or the reconciliation of published figures (`reconciliation`). Renderers switch on `kind`.
 *
 * @example
 * ```ts
 * const table: ReportTable = buildView(evaluation, 'lines').tables[0];
 * ```
 */
export type ReportTable = TableModel | MeasureTable | ReconciliationTable;

/**
 * How many digits after the point a report prints, found from the scenario's quanta so that no value is
 * ever rounded for display.
 *
 * @example
 * ```ts
 * const precision: ReportPrecision = { money: { '£': 0, '£000': 0, '£m': 3 }, fte: 2 };
 * ```
 */
export interface ReportPrecision {
  /** Decimals of money in each unit: those of the finest money quantum in that unit. */
  readonly money: Readonly<Record<MoneyUnit, number>>;
  /** Decimals of FTE: those of the FTE quantum, and at least 2. */
  readonly fte: number;
}

/**
 * A view of an evaluation ready to render: its tables, in order, and notes to print beneath them.
 * Every amount in it is exact (pounds, or FTE); renderers only format them.
 *
 * @example
 * ```ts
 * const report: Report = buildView(evaluate(scenario), 'partners');
 * report.tables.map((t) => t.title);
 * //=> ['Assured savings', 'Projected savings', 'Possible savings', 'All tiers']
 * ```
 */
export interface Report {
  /** The scenario's title. */
  readonly title: string;
  /** Which view (or comparison, sensitivity analysis, simulation) this is. */
  readonly view: ReportName;
  /** The scenario's unit: what renderers print money in unless told otherwise. */
  readonly unit: MoneyUnit;
  /** The decimals to print. */
  readonly precision: ReportPrecision;
  /**
   * How the formats for people write a negative, from the scenario's `settings.display.negatives`
   * ({@link RenderOptions.negatives} overrides it).
   * @defaultValue `'brackets'`
   */
  readonly negatives?: 'brackets' | 'minus';
  /**
   * The digits after the point the formats for people show money to in {@link Report.unit}, from the
   * scenario's `settings.display.decimals` ({@link RenderOptions.decimals} overrides it): figures are then
   * rounded for display so that every total is still the sum of the figures shown.
   * @defaultValue none: every figure exact
   */
  readonly decimals?: number;
  /** The tables, in the order to print them. */
  readonly tables: readonly ReportTable[];
  /**
   * Sentences to print beneath the tables: the caveats first (each as `Caveat: …`), then the view's own
   * notes and conventions, the source, sign conventions, what reconciliation found.
   */
  readonly notes: readonly string[];
  /**
   * What the figures leave out: unquantified costs, unquantified or unconfirmed funding, funding beyond
   * the costs it offsets. Every view carries them (they are also among the notes), in every format;
   * never shown as zero.
   */
  readonly caveats: readonly string[];
  /**
   * A long table for data tools (the `cells` view): CSV then writes its header and rows alone, with no
   * title line above and no caveats below, so pandas or Power BI reads it as it is.
   */
  readonly tidy?: boolean;
}
