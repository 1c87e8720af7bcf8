import { Decimal } from '../money/index.js';
import type { AppraisalYear, PartnerAppraisal } from './appraise-types.js';

export const ZERO = new Decimal(0);
export const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** A present value in year `t`. */
export type PresentValue = (x: Decimal, t: number) => Decimal;

/**
 * Present values rounded half-up to the scenario quantum, so each partner and year shows a figure in
 * whole units and the totals, summed from those, add up exactly.
 */
export function roundedPresentValue(factors: readonly Decimal[], quantum: Decimal): PresentValue {
  return (x, t) => x.times(factors[t]!).dividedBy(quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(quantum);
}

/** Net, cumulative position, present values, NPV, benefit–cost ratio and payback year of one partner's cash flows. */
export function summarise(
  partner: string,
  years: readonly string[],
  benefits: readonly Decimal[],
  costs: readonly Decimal[],
  funds: readonly Decimal[],
  factors: readonly Decimal[],
  pv: PresentValue,
  parts?: readonly PartnerAppraisal[],
): PartnerAppraisal {
  let cumulative = ZERO;
  const rows: AppraisalYear[] = years.map((year, t) => {
    const net = benefits[t]!.minus(costs[t]!).plus(funds[t]!);
    cumulative = cumulative.plus(net);
    // Totals sum the partners' rounded present values, so they add up exactly.
    const presentValue = parts ? sum(parts.map((p) => p.years[t]!.presentValue)) : pv(benefits[t]!, t).minus(pv(costs[t]!.minus(funds[t]!), t));
    return { year, benefits: benefits[t]!, costs: costs[t]!, funding: funds[t]!, net, cumulative, discountFactor: factors[t]!, presentValue };
  });
  const pvBenefits = parts ? sum(parts.map((p) => p.pvBenefits)) : sum(benefits.map((b, t) => pv(b, t)));
  const pvCosts = parts ? sum(parts.map((p) => p.pvCosts)) : sum(costs.map((c, t) => pv(c.minus(funds[t]!), t)));
  const npv = sum(rows.map((r) => r.presentValue));
  let payback: string | null = null;
  for (let t = rows.length - 1; t >= 0 && rows[t]!.cumulative.greaterThanOrEqualTo(0); t--) payback = rows[t]!.year;
  return {
    partner,
    years: rows,
    npv,
    pvBenefits,
    pvCosts,
    benefitCostRatio: pvCosts.isZero() ? null : pvBenefits.dividedBy(pvCosts).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    paybackYear: payback,
  };
}

/** The partnership in total: each year's flows and present values summed from the partners', not recomputed. */
export function summariseTotal(years: readonly string[], partners: readonly PartnerAppraisal[], factors: readonly Decimal[], pv: PresentValue): PartnerAppraisal {
  return summarise(
    'total',
    years,
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.benefits))),
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.costs))),
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.funding))),
    factors,
    pv,
    partners,
  );
}
