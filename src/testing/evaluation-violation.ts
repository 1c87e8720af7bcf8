/**
 * One way an evaluation breaks the guarantees, as found by {@link checkEvaluationInvariants}.
 *
 * @example
 * ```ts
 * const v: EvaluationViolation = { rule: 'partner-total', line: 'management', measure: 'money', message: 'hf gets 684000.01, not 684000' };
 * ```
 */
export interface EvaluationViolation {
  /**
   * Which guarantee:
   * - `axis`: grouping the cells by some axis (partner, line, service, year, tier, category, fund,
   *   recurrence, kind) gives rows, columns or totals that do not add up;
   * - `cells`: a line does not have one cell per partner in each of its years (or has FTE cells without FTE);
   * - `line-total`: a line's cells do not sum to the line;
   * - `partner-total`: a partner's cells of a line (over all years) are not the one-shot apportionment
   *   of the whole line (or the partner's stated or derived amount);
   * - `year-total`: a year's cells of a line are not the line's phasing of that year;
   * - `quantum`: a cell is not a whole number of the line's quantum;
   * - `bound`: a cell is a quantum or more from its exact value (year total × weight ÷ total weight), or
 *   two quanta or more where no rounding within one quantum meets both the year and the partner totals;
   * - `zero-weight`: a partner whose weight is zero got something;
   * - `position`: a baseline's starting − closing is not its change, or an apportioned closing does not
   *   add up to the combined figure.
   */
  readonly rule: 'axis' | 'cells' | 'line-total' | 'partner-total' | 'year-total' | 'quantum' | 'bound' | 'zero-weight' | 'position';
  /** The line (or budget, for `position`) concerned, when there is one. */
  readonly line?: string;
  /** Money or FTE, when it matters. */
  readonly measure?: 'money' | 'fte';
  /** What was found. */
  readonly message: string;
}
