import type { AmountInput, Decimal } from '../money/index.js';
import type { Tier } from '../model/index.js';
import type { DiscountSchedule, DiscountScheduleInput } from './discount-schedule.js';

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
  /**
   * Real discount rate. On its own, `'0.035'` stands for the Green Book's standard schedule and
   * `'0.015'` for its reduced schedule (each with lower rates in later years); any other rate is applied
   * flat, in every year. With `discountSchedule: 'flat'` it is the flat rate; with another schedule it
   * may be given only as that schedule's first rate.
   * @defaultValue the scenario's, else `'0.035'` (the Green Book's standard schedule)
   */
  readonly discountRate?: AmountInput;
  /**
   * The discount schedule: `'standard'` (Green Book: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
   * 76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% from 301), `'reduced'` (Green Book, for health and
   * risk to life: 1.5%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43% over the same years), `'flat'` (the discount
   * rate in every year), or stated steps `[{ fromYear: 0, rate }, { fromYear: N, rate }, …]`.
   * @defaultValue the schedule the discount rate stands for (see `discountRate`)
   */
  readonly discountSchedule?: DiscountScheduleInput;
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
 * risk weighted by tier and `costs` carry optimism bias; `presentValue` is net × `discountFactor`,
 * rounded to the scenario quantum once for the whole grid of partners and years: the floor or the
 * ceiling of its exact value, the partners' adding up to the year's total and the years' to each NPV.
 *
 * @example
 * ```ts
 * const row: AppraisalYear = appraise(evaluation).total.years[0];
 * row.net.toString();
 * ```
 */
export interface AppraisalYear extends NetBenefitYear {
  /** The product over years 1 … t of 1 / (1 + that year's rate); 1 in the first year. */
  readonly discountFactor: Decimal;
  readonly presentValue: Decimal;
}

/**
 * Why there is no payback year: every cash flow is zero (`'no-flows'`); nothing is ever spent, so there
 * is nothing to pay back (`'no-costs'`: no year's costs exceed its funding and no year's net is below
 * zero); or what is spent is not recovered by the end of the period (`'never-recovered'`).
 */
export type NoPaybackReason = 'no-flows' | 'no-costs' | 'never-recovered';

/**
 * The payback of a partner or of the partnership: the year from which the cumulative net position
 * stays at or above zero, or that there is none and why.
 *
 * @example
 * ```ts
 * const p: Payback = appraise(evaluation).total.payback;
 * p.kind === 'year' ? p.year : p.reason;
 * //=> '2011/12' (for the tri-borough example)
 * ```
 */
export type Payback = { readonly kind: 'year'; readonly year: string } | { readonly kind: 'none'; readonly reason: NoPaybackReason };

/**
 * The appraisal of one partner, or of the partnership in total.
 *
 * @example
 * ```ts
 * const hf: PartnerAppraisal = appraise(evaluation).partners[0];
 * hf.payback;
 * //=> { kind: 'year', year: '2011/12' }
 * ```
 */
export interface PartnerAppraisal {
  readonly partner: string;
  readonly years: readonly AppraisalYear[];
  /** The sum of the years' present values: for the total, the exact NPV rounded half-up to the quantum. */
  readonly npv: Decimal;
  /** The present value of benefits, the exact one rounded to the floor or the ceiling of the quantum. */
  readonly pvBenefits: Decimal;
  /** The present value of costs net of funding: `pvBenefits − npv`. */
  readonly pvCosts: Decimal;
  /** PV of benefits ÷ PV of net costs, to 2 decimals; null when there are no costs. */
  readonly benefitCostRatio: Decimal | null;
  /** The payback year, or why there is none. */
  readonly payback: Payback;
  /** The payback year, or null where there is none (`payback` says why). */
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
  /** The rate of the first years (to the schedule's second step), e.g. `'0.035'`. */
  readonly discountRate: string;
  /** The schedule in words: which one, each rate and its years. */
  readonly schedule: string;
  /** The schedule used: its kind and each step, rates as text. */
  readonly discountSchedule: { readonly kind: DiscountSchedule['kind']; readonly steps: readonly { readonly fromYear: number; readonly rate: string }[] };
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
