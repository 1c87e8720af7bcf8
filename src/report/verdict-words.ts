import type { Verdict } from '../analysis/index.js';

/**
 * How a report words one {@link Verdict}: a short label for a table's cell, and the words after a count
 * for one figure and for several ("1 round figure of the model", "2 round figures of the model").
 *
 * @example
 * ```ts
 * const words: VerdictWords = VERDICT_WORDS['round-figure'];
 * words.label;
 * //=> 'round figure'
 * ```
 */
export interface VerdictWords {
  /** For a table's cell and a heading: a few words, lower case. */
  readonly label: string;
  /** After a count of one: `1 discrepancy`. */
  readonly one: string;
  /** After any other count: `2 discrepancies`, `0 discrepancies`. */
  readonly many: string;
}

/**
 * The words of every verdict, in one place: every renderer (markdown, CSV, JSON, HTML, XLSX) and every
 * sentence that counts verdicts reads them from here. A verdict added to {@link Verdict} is a compile
 * error here until it is worded.
 *
 * @example
 * ```ts
 * VERDICT_WORDS.discrepancy.many;
 * //=> 'discrepancies'
 * ```
 */
export const VERDICT_WORDS: Readonly<Record<Verdict, VerdictWords>> = {
  discrepancy: { label: 'discrepancy', one: 'discrepancy', many: 'discrepancies' },
  'not-modelled': { label: 'not modelled', one: 'not modelled', many: 'not modelled' },
  'rounding-of-parts': { label: 'within rounding of parts', one: 'within the rounding of its printed parts', many: 'within the rounding of their printed parts' },
  'within-bound': { label: 'within stated bound', one: 'within its stated bound', many: 'within their stated bounds' },
  'round-figure': { label: 'round figure', one: 'round figure of the model', many: 'round figures of the model' },
  rounding: { label: 'within printed rounding', one: 'within its printed rounding', many: 'within their printed rounding' },
  exact: { label: 'exact', one: 'exact', many: 'exact' },
};


/**
 * A count of figures with one verdict, in words, singular or plural as the count asks.
 *
 * @param verdict - the verdict
 * @param n - how many figures have it
 * @returns the count and its words
 *
 * @example
 * ```ts
 * [countOfVerdict('round-figure', 1), countOfVerdict('round-figure', 2), countOfVerdict('discrepancy', 0)];
 * //=> ['1 round figure of the model', '2 round figures of the model', '0 discrepancies']
 * ```
 */
export function countOfVerdict(verdict: Verdict, n: number): string {
  const words = VERDICT_WORDS[verdict];
  return `${n} ${n === 1 ? words.one : words.many}`;
}
