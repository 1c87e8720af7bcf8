import type { Verdict } from '../analysis/index.js';
import { VERDICTS } from '../analysis/index.js';

/**
 * The groups a reconciliation's figures are shown in, in the order a reader needs them: real
 * discrepancies; the paper's own arithmetic (printed totals whose printed parts do not add up, where the
 * model agrees or cannot say); what the model cannot say (not modelled); and the figures the model agrees
 * with (exact, or within a rounding, a round figure or a stated bound). Every figure is in exactly one.
 * The command line's `--only` takes these names.
 *
 * @example
 * ```ts
 * RECONCILIATION_GROUPS;
 * //=> ['discrepancies', 'arithmetic', 'not-modelled', 'agreements']
 * ```
 */
export const RECONCILIATION_GROUPS = ['discrepancies', 'arithmetic', 'not-modelled', 'agreements'] as const;

/**
 * One of the {@link RECONCILIATION_GROUPS}.
 *
 * @example
 * ```ts
 * const group: ReconciliationGroup = 'discrepancies';
 * ```
 */
export type ReconciliationGroup = (typeof RECONCILIATION_GROUPS)[number];

/**
 * How a report words and shows one {@link ReconciliationGroup}.
 *
 * @example
 * ```ts
 * const words: GroupWords = RECONCILIATION_GROUP_WORDS.arithmetic;
 * words.heading;
 * //=> 'The paper’s own arithmetic'
 * ```
 */
export interface GroupWords {
  /** A heading for the group's rows. */
  readonly heading: string;
  /** What the group holds, for help texts. */
  readonly description: string;
  /** After a count of one: `1 discrepancy`. */
  readonly one: string;
  /** After any other count. */
  readonly many: string;
  /** Whether a report that has room for only the essentials folds the group's rows away (the HTML report). */
  readonly collapsed: boolean;
}

/**
 * The words of every reconciliation group, in one place. A group added to {@link RECONCILIATION_GROUPS}
 * is a compile error here until it is worded.
 *
 * @example
 * ```ts
 * RECONCILIATION_GROUP_WORDS.discrepancies.collapsed;
 * //=> false
 * ```
 */
export const RECONCILIATION_GROUP_WORDS: Readonly<Record<ReconciliationGroup, GroupWords>> = {
  discrepancies: {
    heading: 'Discrepancies',
    description: 'figures that differ from the model beyond any rounding',
    one: 'discrepancy',
    many: 'discrepancies',
    collapsed: false,
  },
  arithmetic: {
    heading: 'The paper’s own arithmetic',
    description: 'printed totals whose printed parts do not add up (the model agrees with the total, or cannot say)',
    one: 'printed total whose printed parts do not add up',
    many: 'printed totals whose printed parts do not add up',
    collapsed: true,
  },
  'not-modelled': {
    heading: 'Not modelled',
    description: 'figures the model holds nothing for',
    one: 'not modelled',
    many: 'not modelled',
    collapsed: true,
  },
  agreements: {
    heading: 'Agreeing with the model',
    description: 'figures the model agrees with: exact, within a rounding, a round figure or within a stated bound',
    one: 'agreeing with the model',
    many: 'agreeing with the model',
    collapsed: true,
  },
};

/**
 * The group a figure is shown in: a discrepancy first, whatever its arithmetic; then a printed total whose
 * printed parts do not add up; then a figure the model cannot say; every other figure agrees.
 *
 * @param row - the figure's verdict and whether its printed parts add up (null for a figure that is not a printed total)
 * @returns its group
 *
 * @example
 * ```ts
 * [groupOf({ verdict: 'exact', addsUp: false }), groupOf({ verdict: 'discrepancy', addsUp: false }), groupOf({ verdict: 'rounding', addsUp: null })];
 * //=> ['arithmetic', 'discrepancies', 'agreements']
 * ```
 */
export function groupOf(row: { readonly verdict: Verdict; readonly addsUp: boolean | null }): ReconciliationGroup {
  if (row.verdict === 'discrepancy') return 'discrepancies';
  if (row.addsUp === false) return 'arithmetic';
  return row.verdict === 'not-modelled' ? 'not-modelled' : 'agreements';
}

/**
 * Whether a text names a {@link ReconciliationGroup}.
 *
 * @param name - any text
 * @returns true for one of {@link RECONCILIATION_GROUPS}
 *
 * @example
 * ```ts
 * [isReconciliationGroup('discrepancies'), isReconciliationGroup('rounding')];
 * //=> [true, false]
 * ```
 */
export function isReconciliationGroup(name: string): name is ReconciliationGroup {
  return (RECONCILIATION_GROUPS as readonly string[]).includes(name);
}

/** Where a verdict comes among the verdicts a reader meets first (a discrepancy first, exact last). */
export function verdictRank(verdict: Verdict): number {
  return VERDICTS.indexOf(verdict);
}
