import { Decimal } from '../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../engine/index.js';
import type { Tier } from '../model/index.js';
import type { ResolvedAppraiseOptions } from './_options.js';

/** Zero, the start of every sum of the appraisal. */
export const ZERO = new Decimal(0);

/** One partner's cash flows by year of the appraisal period, before discounting. */
export interface CashFlows {
  /** Savings, income and indirect savings, risk weighted. */
  readonly benefits: Decimal[];
  /** One-off costs, with optimism bias. */
  readonly costs: Decimal[];
  /** Funding counted against the costs. */
  readonly funds: Decimal[];
}

/**
 * Each partner's cash flows, in the scenario's partner order: on-going items recur every year from their
 * start to the end of the period; one-off items count in their own year only.
 */
export function partnerCashFlows(evaluation: Evaluation, o: ResolvedAppraiseOptions): CashFlows[] {
  const s = evaluation.scenario;
  const { n, years, weight, uplift, includeUnconfirmed, indirectRange } = o;
  const funding = new Map(s.funding.map((f) => [f.id, f]));
  const indirect = new Map(s.indirect.map((x) => [x.id, x]));
  const at = (year: string): number => years.indexOf(year);

  // Line cells summed per tier and recurrence first (exact), so the work per partner does not grow with lines.
  const lineSums = sumLinesByPartnerYear(evaluation, years, (l, measure) => (measure === 'money' ? `${l.tier}\u0000${l.recurrence}` : undefined));
  return s.partners.map((p, i): CashFlows => {
    const benefits = years.map(() => ZERO);
    const costs = years.map(() => ZERO);
    const funds = years.map(() => ZERO);
    const addFrom = (arr: Decimal[], start: number, value: Decimal, recurs: boolean): void => {
      if (start < 0) return;
      for (let t = start; t < (recurs ? n : start + 1); t++) arr[t] = arr[t]!.plus(value);
    };
    for (const [group, byPartner] of lineSums) {
      const [tier, recurrence] = group.split('\u0000') as [Tier, string];
      // A line's tier weight applies to all its cells: savings, income and recurring costs alike.
      byPartner[i]!.forEach((value, t) => {
        if (!value.isZero()) addFrom(benefits, t, value.times(weight(tier)), recurrence === 'ongoing');
      });
    }
    if (indirectRange !== 'none') {
      for (const c of evaluation.indirectCells) {
        if (c.partner === p.id && c.range === indirectRange) addFrom(benefits, at(c.year), c.value.times(weight(indirect.get(c.indirect)!.tier)), true);
      }
    }
    for (const c of evaluation.costCells) if (c.partner === p.id) addFrom(costs, at(c.year), c.value.times(uplift), false);
    for (const c of evaluation.fundingCells) {
      if (c.partner === p.id && (funding.get(c.funding)!.confirmed || includeUnconfirmed)) addFrom(funds, at(c.year), c.value, false);
    }
    return { benefits, costs, funds };
  });
}
