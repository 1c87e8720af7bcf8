import { Decimal, percentage } from '../../money/index.js';
import { selectTotal, type Evaluation } from '../../engine/index.js';

/**
 * A reduction as a percentage of its baseline, as a budget paper prints it.
 *
 * @example
 * ```ts
 * const row: ContextRow = budgetContext(evaluation)[0];
 * row.percentage.toString();
 * //=> '1.07'
 * ```
 */
export interface ContextRow {
  readonly id: string;
  readonly label: string;
  readonly measure: 'money' | 'fte';
  /** Pounds (money) or FTE. */
  readonly reduction: Decimal;
  /** The baseline the percentage is of, or null when the model holds none. */
  readonly baseline: Decimal | null;
  /** The percentage to 2 decimals (exact, half-up), or null without a baseline. */
  readonly percentage: Decimal | null;
  /** The percentage as papers often print it, to whole percent. */
  readonly wholePercent: Decimal | null;
}

/**
 * Budget context: each stated reduction as a percentage of its baseline (e.g. a reduction as a share of
 * controllable expenditure, or of FTE), computed exactly and rounded half-up.
 *
 * @param evaluation - from {@link evaluate}
 * @returns one row per context figure of the scenario
 *
 * @example
 * ```ts
 * budgetContext(evaluate(parseScenario(oldham))).map((r) => r.wholePercent?.toString());
 * //=> ['1']
 * ```
 */
export function budgetContext(evaluation: Evaluation): ContextRow[] {
  return evaluation.scenario.context.map((x) => {
    const baseline = selectTotal(evaluation, x.of) ?? null;
    const usable = baseline !== null && !baseline.isZero();
    return {
      id: x.id,
      label: x.label,
      measure: x.measure,
      reduction: x.reduction,
      baseline,
      percentage: usable ? percentage(x.reduction, baseline) : null,
      wholePercent: usable ? percentage(x.reduction, baseline, { decimals: 0 }) : null,
    };
  });
}
