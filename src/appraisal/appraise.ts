import type { Evaluation } from '../engine/index.js';
import type { Appraisal, AppraiseOptions } from './appraise-types.js';
import { rankFromPriority } from '../money/index.js';
import { discountFactors } from './discount.js';
import { resolveAppraiseOptions } from './_options.js';
import { partnerCashFlows } from './_cash-flows.js';
import { summariseAll } from './_summarise.js';
import { appraisalCaveats } from './_caveats.js';
import { appraisalConventions } from './_conventions.js';

export type { AppraiseOptions, AppraisalYear, PartnerAppraisal, AppraisalConventions, Appraisal, Payback, NoPaybackReason } from './appraise-types.js';

/**
 * Appraises an evaluation over a period of financial years, following HM Treasury's Green Book: cash
 * flows by year and partner (on-going savings recur every year from their start; one-off items in their
 * year), net benefit, the cumulative position, the payback (or why there is none), NPV and benefit–cost
 * ratio, each per partner and in total. Year 0 is undiscounted; by default the Green Book's standard
 * schedule (3.5% real to year 30, then lower), or its reduced schedule, a flat rate or a stated one.
 * Savings are weighted by tier; one-off costs carry optimism bias as cost × (1 + bias × (1 − mitigation)).
 * Present values are rounded once, over all partners and years: the total NPV is the exact NPV rounded
 * half-up to the quantum, and the partners' and the years' figures add up to it exactly.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - discount rate or schedule, period, risk weights, optimism bias (else the scenario's settings)
 * @returns per-partner and total appraisals with the conventions and caveats
 * @throws {@link InputError} with code `E_OPTION` for an option that cannot be used (a rate or weight
 *   or mitigation outside 0–1, a negative risk weight, an optimism bias below −1, a period outside
 *   1–125 years, a schedule that cannot be read, a rate that contradicts the schedule given with it)
 *
 * @example
 * ```ts
 * const a = appraise(evaluate(scenario), { riskWeights: { possible: '0.5' } });
 * a.total.payback;
 * //=> { kind: 'year', year: '2011/12' } (for the tri-borough example)
 * ```
 */
export function appraise(evaluation: Evaluation, options: AppraiseOptions = {}): Appraisal {
  const s = evaluation.scenario;
  const o = resolveAppraiseOptions(s, options);
  const factors = discountFactors(o.schedule, o.n);
  const quantum = s.settings.quantum;
  const rank = rankFromPriority(s.partners.length, s.settings.tieOrder.map((id) => s.partners.findIndex((p) => p.id === id)));
  const ids = s.partners.map((p) => p.id);
  const { partners, total } = summariseAll(ids, o.years, partnerCashFlows(evaluation, o), factors, quantum, rank);
  const caveats = appraisalCaveats(evaluation, o.includeUnconfirmed);
  return { conventions: appraisalConventions(o, quantum), years: o.years, partners, total, caveats };
}
