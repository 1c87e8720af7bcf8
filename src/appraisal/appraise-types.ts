import type { AmountInput, Decimal } from '../money/index.js';
import type { Tier } from '../model/index.js';

/**
 * Options for {@link appraise}. Each falls back to the scenario's own `appraisal` settings, then to the
 * default shown.
 *
 * @example
 * ```ts
 * const options: AppraiseOptions = { discountRate: '0.035', years: 10, riskWeights: { possible: '0.5' } };
 * ```
 */
export interface AppraiseOptions {
  /** Real discount rate. @defaultValue `'0.035'` (HM Treasury Green Book) */
  readonly discountRate?: AmountInput;
  /** Appraisal period in financial years from the first. @defaultValue the scenario's years */
  readonly years?: number;
  /** Share of each tier's savings counted. @defaultValue 1 for every tier */
  readonly riskWeights?: Partial<Readonly<Record<Tier, AmountInput>>>;
  /** Optimism bias on one-off costs: cost × (1 + bias × (1 − mitigation)). @defaultValue 0 */
  readonly optimismBias?: AmountInput;
  /** Share of the optimism bias mitigated, 0 to 1. @defaultValue 0 */
  readonly mitigation?: AmountInput;
  /** Count funding that is not yet confirmed. @defaultValue false */
  readonly includeUnconfirmedFunding?: boolean;
  /** Which end of the indirect-saving ranges to count. @defaultValue `'central'` */
  readonly indirect?: 'low' | 'central' | 'high' | 'none';
}

/**
 * One financial year of net benefit, for one partner or in total, in pounds: the cash flows that
 * {@link netBenefit} states as they are and {@link appraise} weights and discounts.
 *
 * @example
 * ```ts
 * const row: NetBenefitYear = netBenefit(evaluation).total.years[0];
 * row.net.toString();
 * ```
 */
export interface NetBenefitYear {
  readonly year: string;
  /** Savings and income counted this year (on-going lines recur from their start). */
  readonly benefits: Decimal;
  /** One-off costs this year. */
  readonly costs: Decimal;
  /** Funding offsetting this year's costs. */
  readonly funding: Decimal;
  /** benefits − costs + funding. */
  readonly net: Decimal;
  /** Net summed to the end of this year. */
  readonly cumulative: Decimal;
}

/**
 * One financial year of an appraisal, for one partner or in total. Money in pounds; `benefits` are
 * risk weighted by tier and `costs` carry optimism bias; `presentValue` is rounded to the scenario
 * quantum (half-up) per partner and year, and totals are sums of those.
 *
 * @example
 * ```ts
 * const row: AppraisalYear = appraise(evaluation).total.years[0];
 * row.net.toString();
 * ```
 */
export interface AppraisalYear extends NetBenefitYear {
  readonly discountFactor: Decimal;
  readonly presentValue: Decimal;
}

/**
 * The appraisal of one partner, or of the partnership in total.
 *
 * @example
 * ```ts
 * const hf: PartnerAppraisal = appraise(evaluation).partners[0];
 * hf.paybackYear;
 * //=> '2011/12'
 * ```
 */
export interface PartnerAppraisal {
  readonly partner: string;
  readonly years: readonly AppraisalYear[];
  readonly npv: Decimal;
  readonly pvBenefits: Decimal;
  readonly pvCosts: Decimal;
  /** PV of benefits ÷ PV of net costs, to 2 decimals; null when there are no costs. */
  readonly benefitCostRatio: Decimal | null;
  /** The first year from which the cumulative net position stays at or above zero; null if never. */
  readonly paybackYear: string | null;
}

/**
 * The conventions an appraisal used, stated in every output.
 *
 * @example
 * ```ts
 * appraise(evaluation).conventions.discountRate;
 * //=> '0.035'
 * ```
 */
export interface AppraisalConventions {
  readonly discountRate: string;
  readonly schedule: string;
  readonly firstYearUndiscounted: true;
  readonly period: string;
  readonly riskWeights: Readonly<Record<Tier, string>>;
  readonly optimismBias: string;
  readonly mitigation: string;
  readonly unconfirmedFundingIncluded: boolean;
  readonly indirect: string;
  readonly presentValueRounding: string;
}

/**
 * The result of {@link appraise}.
 *
 * @example
 * ```ts
 * const a: Appraisal = appraise(evaluation);
 * a.total.npv.toString();
 * ```
 */
export interface Appraisal {
  readonly conventions: AppraisalConventions;
  readonly years: readonly string[];
  readonly partners: readonly PartnerAppraisal[];
  readonly total: PartnerAppraisal;
  /** Unquantified costs and unconfirmed funding: what the figures leave out. */
  readonly caveats: readonly string[];
}
