import type { MoneyUnit } from '../money/index.js';
import type { TableModel } from '../engine/index.js';
import type { ReconciliationTable } from './reconciliation-table.js';

/**
 * The names of the views {@link buildView} can build, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * VIEW_NAMES.includes('services');
 * //=> true
 * ```
 */
export const VIEW_NAMES = ['partners', 'services', 'lines', 'tiers', 'years', 'staffing', 'reconcile'] as const;

/**
 * A named view of an evaluation:
 * - `partners`: savings by line and partner, one table per tier, then a tier-by-partner summary (the
 *   shape of a paper's "Table 1");
 * - `services`: each service's baselines (starting, closing and change) by partner, in money and FTE;
 * - `lines`: every line by partner;
 * - `tiers`: tiers by partner;
 * - `years`: years by partner, and lines by year;
 * - `staffing`: FTE by line and partner, then each FTE baseline;
 * - `reconcile`: every published figure beside the model's value, with its verdict.
 *
 * @example
 * ```ts
 * const view: ViewName = 'partners';
 * ```
 */
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * A table a report holds: a pivot of cells, or the reconciliation of published figures.
 *
 * @example
 * ```ts
 * const table: ReportTable = buildView(evaluation, 'lines').tables[0];
 * ```
 */
export type ReportTable = TableModel | ReconciliationTable;

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
  /** Which view this is. */
  readonly view: ViewName;
  /** The scenario's unit: what renderers print money in unless told otherwise. */
  readonly unit: MoneyUnit;
  /** The decimals to print. */
  readonly precision: ReportPrecision;
  /** The tables, in the order to print them. */
  readonly tables: readonly ReportTable[];
  /** Sentences to print beneath the tables: the source, sign conventions, what reconciliation found. */
  readonly notes: readonly string[];
}
