import type { ArithmeticCheck, DriverCheck, Reconciliation, ReconciliationRow, Verdict } from '../analysis/index.js';

/**
 * One published figure as the reconciliation table prints it: a {@link ReconciliationRow} with every field
 * present (null where the row has none), and the paper's own arithmetic ({@link ArithmeticCheck}) flattened
 * to `partsSum` and `addsUp` (null for a figure that is not a printed total). Values are in the figure's
 * own unit.
 *
 * @example
 * ```ts
 * const row: ReconciliationTableRow = reconciliationTable(reconcile(evaluation)).rows[0];
 * [row.printed.toString(), row.computed?.toString(), row.verdict];
 * //=> ['0.68', '0.684', 'rounding']
 * ```
 */
export type ReconciliationTableRow = {
  readonly [K in keyof ReconciliationRow as Exclude<K, 'arithmetic'>]-?: undefined extends ReconciliationRow[K] ? Exclude<ReconciliationRow[K], undefined> | null : ReconciliationRow[K];
} & {
  readonly [K in 'partsSum' | 'addsUp']: ArithmeticCheck[K] | null;
};

/**
 * The reconciliation of a scenario's published figures, as a table to render: one row per figure and
 * the counts of each verdict.
 *
 * @example
 * ```ts
 * const table: ReconciliationTable = reconciliationTable(reconcile(evaluation));
 * table.counts.discrepancy;
 * ```
 */
export interface ReconciliationTable {
  /** Tells this apart from a pivot table. */
  readonly kind: 'reconciliation';
  /** A title for renderers. */
  readonly title: string;
  /** One row per published figure, in the scenario's order. */
  readonly rows: readonly ReconciliationTableRow[];
  /** How many rows have each verdict. */
  readonly counts: Readonly<Record<Verdict, number>>;
  /** How many printed totals do not equal their printed parts. */
  readonly arithmeticFailures: number;
  /** Indirect savings applied to a driver the scenario states, beside the driver the model computes. */
  readonly drivers: readonly DriverCheck[];
}

/**
 * Lays out a {@link Reconciliation} as a table: label, printed, computed, difference, verdict, and the
 * paper's own arithmetic (its printed parts summed, and whether they add up). It copies what
 * `reconcile` found; it computes nothing.
 *
 * @param reconciliation - from {@link reconcile}
 * @returns the table model, for {@link render}
 *
 * @example
 * ```ts
 * const table = reconciliationTable(reconcile(evaluate(scenario)));
 * table.rows.filter((r) => r.verdict === 'discrepancy').map((r) => r.label);
 * ```
 */
export function reconciliationTable(reconciliation: Reconciliation): ReconciliationTable {
  const rows = reconciliation.rows.map(
    (r): ReconciliationTableRow => ({
      index: r.index,
      id: r.id ?? null,
      label: r.label,
      unit: r.unit,
      precision: r.precision,
      printed: r.printed,
      computed: r.computed,
      difference: r.difference,
      verdict: r.verdict,
      unrounded: r.unrounded ?? null,
      roundedTo: r.roundedTo ?? null,
      hint: r.hint ?? null,
      partsSum: r.arithmetic?.partsSum ?? null,
      addsUp: r.arithmetic?.addsUp ?? null,
    }),
  );
  return { kind: 'reconciliation', title: 'Published figures against the model', rows, counts: { ...reconciliation.counts }, arithmeticFailures: reconciliation.arithmeticFailures, drivers: reconciliation.drivers };
}

/**
 * True for a {@link ReconciliationTable} (as opposed to a pivot table).
 *
 * @param table - a table of a report
 * @returns whether it is the reconciliation table
 *
 * @example
 * ```ts
 * isReconciliationTable(pivot(evaluation, { rows: 'line', columns: 'partner' }));
 * //=> false
 * ```
 */
export function isReconciliationTable(table: object): table is ReconciliationTable {
  return (table as { kind?: unknown }).kind === 'reconciliation';
}

const _plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** One clause per stated driver that differs from the model's: `… applies its rates to 114 fte as stated; the model's lines remove 123`. */
function driverClauses(drivers: readonly DriverCheck[]): string[] {
  return drivers
    .filter((d) => !d.difference.isZero())
    .map((d) => `the indirect saving ${d.indirect} applies its rates to ${d.stated.toString()} fte as stated; the model's lines remove ${d.computed.toString()}`);
}

/**
 * One sentence saying what reconciliation found: how many figures, how many of each verdict, how many
 * printed totals do not equal their printed parts, and any indirect saving applied to a stated driver that
 * differs from the driver the model computes.
 *
 * @param table - from {@link reconciliationTable}
 * @returns the sentence
 *
 * @example
 * ```ts
 * describeReconciliation(reconciliationTable(reconcile(evaluation)));
 * //=> '305 published figures: 263 exact, 25 within their printed rounding, 6 within the rounding of their printed parts, 11 discrepancies, 0 not modelled; 8 printed totals do not equal the sum of their printed parts.'
 * ```
 */
export function describeReconciliation(table: ReconciliationTable): string {
  const c = table.counts;
  const parts = [
    `${c.exact} exact`,
    `${c.rounding} within their printed rounding`,
    ...(c['round-figure'] === 0 ? [] : [`${c['round-figure']} round figures of the model`]),
    ...(c['within-bound'] === 0 ? [] : [`${c['within-bound']} within their stated bounds`]),
    `${c['rounding-of-parts']} within the rounding of their printed parts`,
    _plural(c.discrepancy, 'discrepancy', 'discrepancies'),
    `${c['not-modelled']} not modelled`,
  ];
  const failures = table.arithmeticFailures;
  const arithmetic =
    failures === 0
      ? 'every printed total equals the sum of its printed parts'
      : failures === 1
        ? '1 printed total does not equal the sum of its printed parts'
        : `${failures} printed totals do not equal the sum of their printed parts`;
  const drivers = driverClauses(table.drivers ?? []);
  return `${_plural(table.rows.length, 'published figure', 'published figures')}: ${parts.join(', ')}; ${[arithmetic, ...drivers].join('; ')}.`;
}
