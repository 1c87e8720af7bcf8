import type { Decimal } from '../money/index.js';

/**
 * How the values of a {@link MeasureTable} column are printed:
 * - `money`: pounds, printed in the report's unit like every amount;
 * - `fte`, `headcount`: counts of staff;
 * - `number`: a plain number that is not money (a discount factor, a ratio, a share);
 * - `percent`: a percentage (`1.07` is 1.07%);
 * - `text`: words (a year, a basis such as "70 × £25,000 per head", yes or no).
 *
 * @example
 * ```ts
 * const kind: ColumnKind = 'money';
 * ```
 */
export type ColumnKind = 'money' | 'fte' | 'headcount' | 'number' | 'percent' | 'text';

/**
 * A column of a {@link MeasureTable}: one measure.
 *
 * @example
 * ```ts
 * const column: MeasureColumn = { key: 'discountFactor', label: 'Discount factor', kind: 'number', decimals: 6 };
 * ```
 */
export interface MeasureColumn {
  /** A stable key, for JSON and for code. */
  readonly key: string;
  /** The heading to print. */
  readonly label: string;
  readonly kind: ColumnKind;
  /**
   * For `number` and `percent` columns: the digits printed after the point (half-up, for display only).
   * Absent: every value printed exactly, to the decimals the column's most precise value needs. Money and
   * counts are always printed exactly, as in pivot tables.
   */
  readonly decimals?: number;
  /**
   * For `number` and `percent` columns with `decimals`: the digits JSON gives instead (half-up), so that a
   * program reads a share more precisely than a person needs to see it.
   * @defaultValue `decimals`
   */
  readonly jsonDecimals?: number;
  /**
   * For a `number` column: its values are shares of a whole (`0.4499`), shown to people as percentages
   * (`44.99%`); the data formats keep the fraction itself and say so in the heading.
   * @defaultValue false
   */
  readonly share?: boolean;
}

/**
 * A cell of a {@link MeasureTable}: an exact number, words, or null where there is nothing to show
 * (printed `–` for people, empty in CSV, `null` in JSON; never zero).
 *
 * @example
 * ```ts
 * const cells: MeasureCell[] = [new Decimal('2000000'), 'not within the period', null];
 * ```
 */
export type MeasureCell = Decimal | string | null;

/**
 * A row of a {@link MeasureTable}: one value per column.
 *
 * @example
 * ```ts
 * const row: MeasureRow = { key: '2011/12', label: '2011/12', role: 'data', values: [new Decimal('12524000'), null] };
 * ```
 */
export interface MeasureRow {
  readonly key: string;
  readonly label: string;
  /** `total` for a row of totals the view worked out from the rows above (or took from the analysis). */
  readonly role: 'data' | 'total';
  readonly values: readonly MeasureCell[];
}

/**
 * A table whose columns are different measures ("rows are years, columns are benefits, costs, …,
 * discount factor, present value"), as opposed to a pivot of one measure. Every number in it is exact
 * and was worked out by a view (from `appraise`, `staffing`, `compare`, …); renderers only print it.
 * Totals are rows the view adds (`role: 'total'`), never sums a renderer makes.
 *
 * @example
 * ```ts
 * const [table] = buildView(evaluation, 'appraisal').tables.filter(isMeasureTable);
 * table.columns.map((c) => c.label);
 * //=> ['NPV', 'PV of benefits', 'PV of costs net of funding', 'Benefit–cost ratio', 'Payback year']
 * ```
 */
export interface MeasureTable {
  /** Tells this apart from a pivot table and the reconciliation. */
  readonly kind: 'measures';
  readonly title: string;
  /** The heading of the row labels, e.g. `Year` or `Partner`. */
  readonly rowHeading: string;
  readonly columns: readonly MeasureColumn[];
  readonly rows: readonly MeasureRow[];
}

/**
 * True for a {@link MeasureTable} (as opposed to a pivot table or the reconciliation).
 *
 * @param table - a table of a report
 * @returns whether it is a measure table
 *
 * @example
 * ```ts
 * isMeasureTable(buildView(evaluation, 'appraisal').tables[0]);
 * //=> true
 * ```
 */
export function isMeasureTable(table: object): table is MeasureTable {
  return 'kind' in table && table.kind === 'measures';
}
