import type { Evaluation } from '../engine/index.js';
import type { Appraisal, AppraiseOptions } from './appraise-types.js';
import { discountFactors } from './discount.js';
import { resolveAppraiseOptions } from './_options.js';
import { partnerCashFlows } from './_cash-flows.js';
import { roundedPresentValue, summarise, summariseTotal } from './_summarise.js';
import { appraisalCaveats } from './_caveats.js';
import { appraisalConventions } from './_conventions.js';

export type { AppraiseOptions, AppraisalYear, PartnerAppraisal, AppraisalConventions, Appraisal } from './appraise-types.js';

/**
 * Appraises an evaluation over a period of financial years, following HM Treasury's Green Book: cash
 * flows by year and partner (on-going savings recur every year from their start; one-off items in their
 * year), net benefit, the cumulative position, the payback year, NPV and benefit–cost ratio, each per
 * partner and in total. Year 0 is undiscounted; 3.5% real by default, with the Green Book's lower rates
 * after year 30. Savings are weighted by tier; one-off costs carry optimism bias as
 * cost × (1 + bias × (1 − mitigation)). Totals are sums of the partners' figures, so they add up exactly.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - discount rate, period, risk weights, optimism bias (else the scenario's settings)
 * @returns per-partner and total appraisals with the conventions and caveats
 * @throws {@link InputError} with code `E_OPTION` for an option that cannot be used (a rate or weight
 *   or mitigation outside 0–1, a negative risk weight, an optimism bias below −1, a period outside
 *   1–125 years)
 *
 * @example
 * ```ts
 * const a = appraise(evaluate(scenario), { riskWeights: { possible: '0.5' } });
 * a.total.paybackYear;
 * //=> '2011/12' (for the tri-borough example)
 * ```
 */
export function appraise(evaluation: Evaluation, options: AppraiseOptions = {}): Appraisal {
  const s = evaluation.scenario;
  const o = resolveAppraiseOptions(s, options);
  const factors = discountFactors(o.rate, o.n);
  const quantum = s.settings.quantum;
  const pv = roundedPresentValue(factors, quantum);
  const partners = partnerCashFlows(evaluation, o).map((f, i) => summarise(s.partners[i]!.id, o.years, f.benefits, f.costs, f.funds, factors, pv));
  const total = summariseTotal(o.years, partners, factors, pv);
  const caveats = appraisalCaveats(evaluation, o.includeUnconfirmed);
  return { conventions: appraisalConventions(o, quantum), years: o.years, partners, total, caveats };
}
