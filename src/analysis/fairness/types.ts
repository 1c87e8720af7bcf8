import type { AmountInput, Decimal } from '../../money/index.js';
import type { Tier } from '../../model/index.js';
import type { AppraiseOptions } from '../../appraisal/index.js';

/**
 * Options for {@link fairness}.
 *
 * @example
 * ```ts
 * const options: FairnessOptions = { sharePrecision: '0.01', rationality: 'npv', samples: 20000, seed: 7 };
 * ```
 */
export interface FairnessOptions {
  /** Options for the appraisal that gives each partner's net benefit. @defaultValue the scenario's own settings */
  readonly appraisal?: AppraiseOptions;
  /** Whether individual rationality is judged on undiscounted net benefit or on NPV. @defaultValue `'net'` */
  readonly rationality?: 'net' | 'npv';
  /** The tiers whose on-going lines count as annual savings. @defaultValue every tier */
  readonly tiers?: readonly Tier[];
  /** The precision shares are stated to (largest remainder, so they sum to 1). @defaultValue `'0.0001'` */
  readonly sharePrecision?: AmountInput;
  /** The money budgets whose starting positions make up the baseline. @defaultValue every money budget */
  readonly budgets?: readonly string[];
  /** The most partners for which the Shapley value is exact (at most 16); beyond, it is sampled. @defaultValue 12 */
  readonly exactLimit?: number;
  /** How many random orders of the partners to sample beyond `exactLimit`. @defaultValue 10000 */
  readonly samples?: number;
  /** The seed of the sampling PRNG (a safe integer). @defaultValue 1 */
  readonly seed?: number;
}

/**
 * One partner's position: its shares of savings, one-off costs and baseline, its net benefit, and (where
 * the scenario states coalition values) its Shapley value beside the agreed attribution. Money in pounds.
 *
 * @example
 * ```ts
 * const hf: PartnerFairness = fairness(evaluate(triBorough)).partners[0];
 * hf.savingsShare?.toString();
 * //=> '0.4502'
 * ```
 */
export interface PartnerFairness {
  readonly partner: string;
  readonly name: string;
  /** The agreed attribution: on-going savings and income less recurring costs, per year once landed. */
  readonly savings: Decimal;
  readonly savingsShare: Decimal | null;
  /** Quantified one-off costs, before funding and optimism bias. */
  readonly oneOffCosts: Decimal;
  readonly costShare: Decimal | null;
  /** The sum of the starting positions of the baseline budgets. */
  readonly baseline: Decimal;
  readonly baselineShare: Decimal | null;
  /** Net benefit over the appraisal period, undiscounted (the last cumulative position). */
  readonly netBenefit: Decimal;
  readonly npv: Decimal;
  /** No worse off than without the partnership over the appraisal period (on `rationality`). */
  readonly individuallyRational: boolean;
  /** What the partner would save on its own per year (stated, else 0); null without coalition values. */
  readonly alone: Decimal | null;
  /** The Shapley value per year, rounded to the quantum; null without coalition values. */
  readonly shapley: Decimal | null;
  /** The standard error of a sampled Shapley value; null when exact. */
  readonly standardError: Decimal | null;
  /** The agreed attribution less the Shapley value. */
  readonly difference: Decimal | null;
}

/**
 * A core violation: a group that would do better on its own than an allocation gives it.
 *
 * @example
 * ```ts
 * const v: CoreViolation = fairness(evaluation).game!.core.agreed.violations[0];
 * v.shortfall.toString();
 * ```
 */
export interface CoreViolation {
  readonly partners: readonly string[];
  /** Whether the group's value was stated (else a partner alone, valued at 0). */
  readonly stated: boolean;
  /** What the group would save on its own per year. */
  readonly value: Decimal;
  /** What the allocation, as shown, gives its members together: the sum of their shown amounts. */
  readonly allocated: Decimal;
  /** value − allocated, exactly, so `allocated + shortfall` is `value`; always positive. */
  readonly shortfall: Decimal;
}

/**
 * The core check of one allocation as shown (the Shapley value rounded to the quantum): efficient (it
 * shares out exactly the whole partnership's value) and no group short of what it would save on its own.
 *
 * @example
 * ```ts
 * const check: CoreCheck = fairness(evaluation).game!.core.shapley;
 * check.inCore;
 * ```
 */
export interface CoreCheck {
  readonly inCore: boolean;
  readonly efficient: boolean;
  readonly violations: readonly CoreViolation[];
}

/**
 * The coalition game: how the Shapley value was found, the whole partnership's value, the core check
 * of the agreed attribution and of the Shapley value, and whether the core itself is empty.
 *
 * @example
 * ```ts
 * const game: FairnessGame | null = fairness(evaluation).game;
 * game?.method;
 * //=> 'exact' (up to 12 partners; 'sampled' beyond)
 * ```
 */
export interface FairnessGame {
  readonly method: 'exact' | 'sampled';
  readonly samples: number | null;
  readonly seed: number | null;
  /** The quantum Shapley values are rounded to, in pounds. */
  readonly quantum: Decimal;
  /** What the whole partnership saves per year: stated, or the model's on-going savings. */
  readonly grandValue: Decimal;
  readonly grandValueStated: boolean;
  /** The sum of the agreed attribution. */
  readonly agreedTotal: Decimal;
  readonly core: {
    readonly agreed: CoreCheck;
    readonly shapley: CoreCheck;
    /**
     * Whether any split at all is in the core: one that shares out exactly the whole partnership's value
     * and gives every stated group and every partner alone at least what it would save on its own. Found
     * exactly, by linear programming in integer arithmetic, for up to 16 partners and 4,096 stated groups
     * worth more than their members alone; beyond that, `'not-determined'`.
     *
     * - `leastTotal`: the least total that meets every group's claim, rounded up to the quantum; the core
     *   is empty exactly when it exceeds `grandValue`.
     * - `costOfStability`: `leastTotal − grandValue`, what the whole would have to save more for a split
     *   in the core to exist (positive).
     * - `weights`: the proof (Bondareva–Shapley): groups, and partners alone, each with a weight (a
     *   fraction such as `'1/2'`) so that every partner is counted exactly once, whose values so weighted
     *   add up to more than `grandValue`.
     */
    readonly emptiness:
      | { readonly status: 'non-empty'; readonly leastTotal: Decimal }
      | {
          readonly status: 'empty';
          readonly leastTotal: Decimal;
          readonly costOfStability: Decimal;
          readonly weights: readonly { readonly partners: readonly string[]; readonly stated: boolean; readonly weight: string }[];
        }
      | { readonly status: 'not-determined'; readonly reason: string };
  };
}

/**
 * What a fairness analysis assumed, in words, stated in every output.
 *
 * @example
 * ```ts
 * fairness(evaluation).conventions.coalitions;
 * ```
 */
export interface FairnessConventions {
  readonly savings: string;
  readonly shares: string;
  readonly costs: string;
  readonly baseline: string;
  readonly rationality: string;
  readonly coalitions: string;
  readonly shapley: string;
  readonly core: string;
}

/**
 * The result of {@link fairness}. Money in pounds.
 *
 * @example
 * ```ts
 * const f: Fairness = fairness(evaluation);
 * f.partners.every((p) => p.individuallyRational);
 * ```
 */
export interface Fairness {
  readonly conventions: FairnessConventions;
  readonly partners: readonly PartnerFairness[];
  readonly totals: { readonly savings: Decimal; readonly oneOffCosts: Decimal; readonly baseline: Decimal; readonly netBenefit: Decimal; readonly npv: Decimal };
  /** The coalition game, or null when the scenario states no coalition values. */
  readonly game: FairnessGame | null;
  /** From the appraisal: unquantified costs and unconfirmed funding. */
  readonly caveats: readonly string[];
  /** Plain-language findings: partners worse off, groups short of their own savings. */
  readonly notes: readonly string[];
}
