import type { Decimal } from '../money/index.js';
import { perTier } from '../schema/index.js';
import type { Evaluation } from '../engine/index.js';
import type { AppraiseOptions, NetBenefitYear, PartnerAppraisal, Payback } from './appraise-types.js';

export type { NetBenefitYear } from './appraise-types.js';
import { appraise } from './appraise.js';

/**
 * Options for {@link netBenefit}: the period and what is counted. There is no discounting, risk weighting
 * or optimism bias here; {@link appraise} adds those.
 *
 * @example
 * ```ts
 * const options: NetBenefitOptions = { years: 5, includeUnconfirmedFunding: true };
 * ```
 */
export type NetBenefitOptions = Pick<AppraiseOptions, 'years' | 'includeUnconfirmedFunding' | 'indirect'>;

/**
 * The net benefit of one partner, or of the partnership in total, year by year.
 *
 * @example
 * ```ts
 * const hf: PartnerNetBenefit = netBenefit(evaluation).partners[0];
 * hf.payback;
 * ```
 */
export interface PartnerNetBenefit {
  readonly partner: string;
  readonly years: readonly NetBenefitYear[];
  /** Net over the whole period: the last year's cumulative position. */
  readonly total: Decimal;
  /** The first year from which the cumulative position stays at or above zero, or why there is none. */
  readonly payback: Payback;
  /** The payback year, or null where there is none (`payback` says why). */
  readonly paybackYear: string | null;
}

/**
 * The result of {@link netBenefit}.
 *
 * @example
 * ```ts
 * const n: NetBenefit = netBenefit(evaluation);
 * n.total.total.toString();
 * ```
 */
export interface NetBenefit {
  readonly years: readonly string[];
  readonly partners: readonly PartnerNetBenefit[];
  readonly total: PartnerNetBenefit;
  /** Unquantified costs and unconfirmed funding: what the figures leave out. */
  readonly caveats: readonly string[];
}

/** Every tier at full value and costs as stated, whatever the scenario's own appraisal settings say. */
const AS_STATED: AppraiseOptions = { riskWeights: perTier(() => '1'), optimismBias: '0', mitigation: '0' };

/**
 * Net benefit as a committee paper states it: per partner and in total, year by year, the savings (every
 * tier at full value, on-going lines recurring from their start), less one-off costs as stated, plus
 * funding, with the cumulative position and the payback year (or why there is none). Nothing is discounted, risk-weighted or
 * uplifted for optimism bias; {@link appraise} does that, on the same cash flows. Totals are sums of the
 * partners' figures, so they add up exactly.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - the period, unconfirmed funding and which end of the indirect-saving ranges to count
 * @returns per-partner and total net benefit by year, with caveats
 * @throws {@link InputError} with code `E_OPTION` for a period outside 1–125 years
 *
 * @example
 * ```ts
 * netBenefit(evaluate(scenario)).total.years.map((y) => y.net.toString());
 * ```
 */
export function netBenefit(evaluation: Evaluation, options: NetBenefitOptions = {}): NetBenefit {
  const picked: AppraiseOptions = {
    ...(options.years === undefined ? {} : { years: options.years }),
    ...(options.includeUnconfirmedFunding === undefined ? {} : { includeUnconfirmedFunding: options.includeUnconfirmedFunding }),
    ...(options.indirect === undefined ? {} : { indirect: options.indirect }),
  };
  const a = appraise(evaluation, { ...picked, ...AS_STATED });
  const plain = (p: PartnerAppraisal): PartnerNetBenefit => ({
    partner: p.partner,
    years: p.years.map((y) => ({ year: y.year, benefits: y.benefits, costs: y.costs, funding: y.funding, net: y.net, cumulative: y.cumulative })),
    total: p.years[p.years.length - 1]!.cumulative,
    payback: p.payback,
    paybackYear: p.paybackYear,
  });
  return { years: a.years, partners: a.partners.map(plain), total: plain(a.total), caveats: a.caveats };
}
