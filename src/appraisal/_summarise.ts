import { Decimal } from '../money/index.js';
import type { AppraisalYear, PartnerAppraisal } from './appraise-types.js';
import { ZERO, type CashFlows } from './_cash-flows.js';
import { roundPresentValues } from './_present-values.js';
import { paybackOf } from './payback.js';

export const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** Each partner's appraisal and the partnership's, from the partners' cash flows. */
export interface Summary {
  readonly partners: PartnerAppraisal[];
  readonly total: PartnerAppraisal;
}

/** One partner's or the total's figures, given its flows and its rounded present values. */
function summarise(
  partner: string,
  years: readonly string[],
  flows: CashFlows,
  factors: readonly Decimal[],
  presentValues: readonly Decimal[],
  npv: Decimal,
  pvBenefits: Decimal,
): PartnerAppraisal {
  const { benefits, costs, funds } = flows;
  let cumulative = ZERO;
  const rows: AppraisalYear[] = years.map((year, t) => {
    const net = benefits[t]!.minus(costs[t]!).plus(funds[t]!);
    cumulative = cumulative.plus(net);
    return { year, benefits: benefits[t]!, costs: costs[t]!, funding: funds[t]!, net, cumulative, discountFactor: factors[t]!, presentValue: presentValues[t]! };
  });
  const pvCosts = pvBenefits.minus(npv);
  const payback = paybackOf(rows);
  return {
    partner,
    years: rows,
    npv,
    pvBenefits,
    pvCosts,
    benefitCostRatio: pvCosts.isZero() ? null : pvBenefits.dividedBy(pvCosts).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    payback,
    paybackYear: payback.kind === 'year' ? payback.year : null,
  };
}

/**
 * Net, cumulative position, present values, NPV, benefit–cost ratio and payback of each partner's cash
 * flows and of their sum. Present values are rounded once, over the whole grid of partners and years
 * (`roundPresentValues`): the total NPV is the exact NPV rounded half-up to the quantum, and the
 * partners' and the years' figures add up to it. The present values of benefits are rounded the same
 * way, per partner; those of net costs are benefits less NPV, so the three always agree.
 */
export function summariseAll(ids: readonly string[], years: readonly string[], flows: readonly CashFlows[], factors: readonly Decimal[], quantum: Decimal, rank: readonly number[]): Summary {
  const netPv = roundPresentValues(
    years.map((_, t) => flows.map((f) => [[f.benefits[t]!.minus(f.costs[t]!).plus(f.funds[t]!), factors[t]!] as const])),
    quantum,
    rank,
  );
  const benefitPv = roundPresentValues([flows.map((f) => f.benefits.map((b, t) => [b, factors[t]!] as const))], quantum, rank);
  const partners = flows.map((f, j) => summarise(ids[j]!, years, f, factors, netPv.cells.map((row) => row[j]!), netPv.partners[j]!, benefitPv.partners[j]!));
  const total: CashFlows = {
    benefits: years.map((_, t) => sum(flows.map((f) => f.benefits[t]!))),
    costs: years.map((_, t) => sum(flows.map((f) => f.costs[t]!))),
    funds: years.map((_, t) => sum(flows.map((f) => f.funds[t]!))),
  };
  return { partners, total: summarise('total', years, total, factors, netPv.years, netPv.total, benefitPv.total) };
}
