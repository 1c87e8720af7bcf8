import type { Decimal } from '../../money/index.js';
import type { Day } from '../../model/index.js';

/**
 * An exact split: integer weights per partner (in partner order) over their total. Partner `j`'s share
 * is exactly `weights[j] / total`; a partner who is not a member has weight `0n`.
 *
 * @example
 * ```ts
 * const split: ExactSplit = { weights: [1n, 2n, 0n], total: 3n }; // a third, two thirds, nothing
 * ```
 */
export interface ExactSplit {
  readonly weights: readonly bigint[];
  readonly total: bigint;
}

/**
 * An exact rational number in lowest terms, the denominator positive.
 *
 * @example
 * ```ts
 * const threePoints: Fraction = { numerator: 3n, denominator: 100n };
 * ```
 */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * Why a split was reset or kept: the closed list of reasons a paper gives.
 *
 * @example
 * ```ts
 * const reason: DecisionReason = 'within tolerance';
 * ```
 */
export type DecisionReason = 'no prior' | 'moved beyond tolerance' | 'within tolerance' | 'membership changed';

/**
 * What was decided for a period: the split as calculated (the rule states no precision, prior or
 * tolerance), reset to the new calculation (stated to its precision), or the prior kept.
 *
 * @example
 * ```ts
 * const decision: Decision = { decision: 'kept', reason: 'within tolerance' };
 * ```
 */
export type Decision =
  | { readonly decision: 'as-calculated' }
  | { readonly decision: 'reset'; readonly reason: Exclude<DecisionReason, 'within tolerance'> }
  | { readonly decision: 'kept'; readonly reason: 'within tolerance' };

/**
 * The driver values a period's rule read: one metric, from one financial year, per partner (members
 * only; `undefined` for a non-member).
 *
 * @example
 * ```ts
 * const used: DriverValuesUsed = { metric: 'calls', year: 0, values: [new Decimal(120), undefined] };
 * ```
 */
export interface DriverValuesUsed {
  readonly metric: string;
  /** The year index the values were read from. */
  readonly year: number;
  readonly values: readonly (Decimal | undefined)[];
}

/**
 * One stretch of days within a financial year over which the rule and the members do not change.
 *
 * @example
 * ```ts
 * const [first] = splitYears(input)[0]!.periods;
 * first.days;
 * //=> 365
 * ```
 */
export interface PeriodSplit {
  /** The first day of the period. */
  readonly from: Day;
  /** The last day of the period (inclusive). */
  readonly until: Day;
  /** How many days the period has: its weight in the year's blend. */
  readonly days: number;
  /** The index of the schedule step in effect. */
  readonly step: number;
  /** The partner indexes that are members throughout the period, in partner order. */
  readonly members: readonly number[];
  /** The driver values read, one entry per metric the rule reads (none for rules without metrics). */
  readonly drivers: readonly DriverValuesUsed[];
  /** The shares the rule defines, exactly. */
  readonly exact: ExactSplit;
  /** The shares stated: the exact ones, or stated to the precision, or the prior kept. */
  readonly stated: ExactSplit;
  /** The prior the period was compared with (or found not applicable to), if any. */
  readonly prior?: ExactSplit;
  /** The largest absolute difference between an exact share and its prior share, if compared. */
  readonly movement?: Fraction;
  /** The tolerance the movement was compared with, if compared. */
  readonly tolerance?: Decimal;
  readonly decision: Decision;
}

/**
 * A financial year's split: the day-weighted blend of its periods' stated splits, exactly.
 *
 * @example
 * ```ts
 * const year = splitYears(input)[0]!;
 * year.label;
 * //=> '2021/22'
 * ```
 */
export interface YearSplit {
  /** The year index (0 for the scenario's first year). */
  readonly year: number;
  /** The year as councils print it, e.g. `'2022/23'`. */
  readonly label: string;
  /** 1 April of the year. */
  readonly start: Day;
  /** 365 or 366. */
  readonly days: number;
  /** The periods in date order; their `days` add up to the year's. */
  readonly periods: readonly PeriodSplit[];
  /** The blend as integer weights over a common denominator, in lowest terms (non-members exactly 0). */
  readonly split: ExactSplit;
  /** The same blend as one exact fraction per partner. */
  readonly shares: readonly Fraction[];
}
