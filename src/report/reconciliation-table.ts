import { VERDICTS, type ArithmeticCheck, type DriverCheck, type Reconciliation, type ReconciliationRow, type Verdict } from '../analysis/index.js';
import { RECONCILIATION_GROUPS, RECONCILIATION_GROUP_WORDS, groupOf, verdictRank, type ReconciliationGroup } from './reconciliation-groups.js';
import { countOfVerdict } from './verdict-words.js';

/**
 * One published figure as the reconciliation table prints it: a {@link ReconciliationRow} with every field
 * present (null where the row has none), the paper's own arithmetic ({@link ArithmeticCheck}) flattened
 * to `partsSum` and `addsUp` (null for a figure that is not a printed total), and the
 * {@link ReconciliationGroup} it is shown in. Values are in the figure's own unit.
 *
 * @example
 * ```ts
 * const row: ReconciliationTableRow = reconciliationTable(reconcile(evaluation)).rows[0];
 * [row.printed.toString(), row.computed?.toString(), row.verdict, row.group];
 * //=> ['0.09', '0.083', 'discrepancy', 'discrepancies']
 * ```
 */
export type ReconciliationTableRow = {
  readonly [K in keyof ReconciliationRow as Exclude<K, 'arithmetic'>]-?: undefined extends ReconciliationRow[K] ? Exclude<ReconciliationRow[K], undefined> | null : ReconciliationRow[K];
} & {
  readonly [K in 'partsSum' | 'addsUp']: ArithmeticCheck[K] | null;
} & {
  /** The group the figure is shown in. */
  readonly group: ReconciliationGroup;
};

/**
 * One {@link ReconciliationGroup} of a reconciliation table: how many figures it holds, of which verdicts,
 * whether its rows are in the table, and a sentence counting it.
 *
 * @example
 * ```ts
 * const g: ReconciliationGroupSummary = reconciliationTable(reconcile(evaluation)).groups[3];
 * g.summary;
 * //=> '296 agreeing with the model: 2 within the rounding of their printed parts, 1 round figure of the model, 38 within their printed rounding, 255 exact'
 * ```
 */
export interface ReconciliationGroupSummary {
  readonly group: ReconciliationGroup;
  /** The group's heading (from {@link RECONCILIATION_GROUP_WORDS}). */
  readonly heading: string;
  /** How many figures it holds. */
  readonly count: number;
  /** How many of them have each verdict, for the verdicts that occur, in reader order. */
  readonly verdicts: readonly { readonly verdict: Verdict; readonly count: number }[];
  /** Whether its rows are in {@link ReconciliationTable.rows} (all are, unless the table was built with `only`). */
  readonly shown: boolean;
  /** Whether a report with room for only the essentials folds its rows away. */
  readonly collapsed: boolean;
  /** The count in words, with its verdicts where the group has more than one kind: `3 discrepancies`. */
  readonly summary: string;
}

/**
 * The reconciliation of a scenario's published figures, as a table to render: the rows in reader order
 * (grouped, what matters first), the groups with their counts, and the counts of each verdict.
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
  /**
   * The figures shown, grouped in the order of {@link RECONCILIATION_GROUPS}; within a group by verdict
   * (in the order of {@link VERDICTS}), then in the scenario's order. With `only`, just those groups' rows.
   */
  readonly rows: readonly ReconciliationTableRow[];
  /** Every group, in order, shown or not, empty or not. */
  readonly groups: readonly ReconciliationGroupSummary[];
  /** The groups asked for with `only`, or null for all of them. */
  readonly only: readonly ReconciliationGroup[] | null;
  /** One sentence counting the figures not shown (with `only`), or null when every figure is shown. */
  readonly notShown: string | null;
  /** How many published figures there are, shown or not. */
  readonly total: number;
  /** How many figures (shown or not) have each verdict. */
  readonly counts: Readonly<Record<Verdict, number>>;
  /** How many printed totals do not equal their printed parts. */
  readonly arithmeticFailures: number;
  /** Indirect savings applied to a driver the scenario states, beside the driver the model computes. */
  readonly drivers: readonly DriverCheck[];
}

/**
 * Options for {@link reconciliationTable}.
 *
 * @example
 * ```ts
 * const options: ReconciliationTableOptions = { only: ['discrepancies', 'arithmetic'] };
 * ```
 */
export interface ReconciliationTableOptions {
  /**
   * Only these groups' rows; the others are counted in {@link ReconciliationTable.notShown}.
   * @defaultValue every group
   */
  readonly only?: readonly ReconciliationGroup[];
}

const _plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A group counted in words, with its verdicts after a colon where it holds more than one kind. */
function groupSummary(group: ReconciliationGroup, count: number, verdicts: readonly { readonly verdict: Verdict; readonly count: number }[]): string {
  const words = RECONCILIATION_GROUP_WORDS[group];
  const head = _plural(count, words.one, words.many);
  const kinds = verdicts.length > 1 || (verdicts.length === 1 && group !== 'discrepancies' && group !== 'not-modelled');
  return kinds ? `${head}: ${verdicts.map((v) => countOfVerdict(v.verdict, v.count)).join(', ')}` : head;
}

/**
 * Lays out a {@link Reconciliation} as a table: label, printed, computed, difference, verdict, and the
 * paper's own arithmetic (its printed parts summed, and whether they add up), grouped so that a reader
 * sees what matters first (see {@link RECONCILIATION_GROUPS}). It copies what `reconcile` found and
 * orders it; it computes nothing.
 *
 * @param reconciliation - from {@link reconcile}
 * @param options - `only`: the groups whose rows to keep
 * @returns the table model, for {@link render}
 *
 * @example
 * ```ts
 * const table = reconciliationTable(reconcile(evaluate(scenario)), { only: ['discrepancies'] });
 * table.rows.map((r) => r.verdict);
 * //=> ['discrepancy', 'discrepancy']
 * table.notShown;
 * //=> 'Not shown: 0 printed totals whose printed parts do not add up; 0 not modelled; 10 agreeing with the model: 10 exact.'
 * ```
 */
export function reconciliationTable(reconciliation: Reconciliation, options: ReconciliationTableOptions = {}): ReconciliationTable {
  const all = reconciliation.rows.map((r): ReconciliationTableRow => {
    const addsUp = r.arithmetic?.addsUp ?? null;
    return {
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
      addsUp,
      group: groupOf({ verdict: r.verdict, addsUp }),
    };
  });
  const rank = (r: ReconciliationTableRow): number[] => [RECONCILIATION_GROUPS.indexOf(r.group), verdictRank(r.verdict), r.index];
  const ordered = [...all].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  const only = options.only === undefined ? null : RECONCILIATION_GROUPS.filter((g) => options.only!.includes(g));
  const groups = RECONCILIATION_GROUPS.map((group): ReconciliationGroupSummary => {
    const rows = ordered.filter((r) => r.group === group);
    const verdicts = VERDICTS.map((verdict) => ({ verdict, count: rows.filter((r) => r.verdict === verdict).length })).filter((v) => v.count > 0);
    const words = RECONCILIATION_GROUP_WORDS[group];
    return { group, heading: words.heading, count: rows.length, verdicts, shown: only === null || only.includes(group), collapsed: words.collapsed, summary: groupSummary(group, rows.length, verdicts) };
  });
  const hidden = groups.filter((g) => !g.shown);
  return {
    kind: 'reconciliation',
    title: 'Published figures against the model',
    rows: only === null ? ordered : ordered.filter((r) => only.includes(r.group)),
    groups,
    only,
    notShown: hidden.length === 0 ? null : `Not shown: ${hidden.map((g) => g.summary).join('; ')}.`,
    total: all.length,
    counts: { ...reconciliation.counts },
    arithmeticFailures: reconciliation.arithmeticFailures,
    drivers: reconciliation.drivers,
  };
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

/** One clause per stated driver that differs from the model's: `… applies its rates to 114 fte as stated; the model's lines remove 123`. */
function driverClauses(drivers: readonly DriverCheck[]): string[] {
  return drivers
    .filter((d) => !d.difference.isZero())
    .map((d) => `the indirect saving ${d.indirect} applies its rates to ${d.stated.toString()} fte as stated; the model's lines remove ${d.computed.toString()}`);
}

/**
 * One sentence saying what reconciliation found, what matters first: how many figures, the
 * discrepancies, how many printed totals do not equal their printed parts, how many figures are not
 * modelled, then those that agree (exact, and each kind of rounding that occurs); and any indirect saving
 * applied to a stated driver that differs from the driver the model computes. It counts every figure,
 * shown or not.
 *
 * @param found - from {@link reconcile}, or its table from {@link reconciliationTable}: the same sentence
 *   (a view's notes take it from the reconciliation itself, without building the table)
 * @returns the sentence
 *
 * @example
 * ```ts
 * describeReconciliation(reconciliationTable(reconcile(evaluation)));
 * //=> '305 published figures: 11 discrepancies; 8 printed totals do not equal the sum of their printed parts; 0 not modelled; 6 within the rounding of their printed parts, 25 within their printed rounding, 263 exact.'
 * ```
 */
export function describeReconciliation(found: Reconciliation | ReconciliationTable): string {
  const c = found.counts;
  const failures = found.arithmeticFailures;
  const total = isReconciliationTable(found) ? found.total : found.rows.length;
  const arithmetic =
    failures === 0
      ? 'every printed total equals the sum of its printed parts'
      : failures === 1
        ? '1 printed total does not equal the sum of its printed parts'
        : `${failures} printed totals do not equal the sum of their printed parts`;
  const agreeing = VERDICTS.filter((v) => v !== 'discrepancy' && v !== 'not-modelled' && (v === 'exact' || c[v] > 0)).map((v) => countOfVerdict(v, c[v]));
  const clauses = [countOfVerdict('discrepancy', c.discrepancy), arithmetic, countOfVerdict('not-modelled', c['not-modelled']), agreeing.join(', '), ...driverClauses(found.drivers ?? [])];
  return `${_plural(total, 'published figure', 'published figures')}: ${clauses.join('; ')}.`;
}
