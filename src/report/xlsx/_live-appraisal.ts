import { InvariantError } from '../../errors/index.js';
import { Decimal, fromPounds, type MoneyUnit } from '../../money/index.js';
import { appraise, type Appraisal, type AppraiseOptions } from '../../appraisal/index.js';
import type { Evaluation } from '../../engine/index.js';
import type { Tier } from '../../model/index.js';
import { TIERS, perTier } from '../../schema/index.js';
import { largest } from '../_largest.js';
import { allNumbers } from './_number.js';

/** One partner's flows before the inputs act on them: savings by tier at full weight, and costs before optimism bias. */
export interface Unweighted {
  readonly tiers: readonly (readonly Decimal[])[];
  readonly costs: readonly Decimal[];
}

/** The figures the live Appraisal sheet writes: the appraisal as the library gives it and the flows behind it. */
export interface LiveAppraisal {
  readonly appraisal: Appraisal;
  /** Per partner, in the scenario's order. */
  readonly unweighted: readonly Unweighted[];
}

const ZERO = new Decimal(0);
/** A tier's savings at full weight, each year; costs before optimism bias. */
const fullWeight = (tier: Tier): Readonly<Record<Tier, string>> => perTier((t) => (t === tier ? '1' : '0'));

/**
 * The appraisal and its flows before the inputs act on them, or null where the workbook cannot make them
 * live (an amount a spreadsheet number cannot hold exactly). Benefits are linear in the risk weights and
 * costs in the uplift, so the library's appraisal with one tier at weight 1 (the others 0) and no
 * optimism bias gives each tier's savings and the costs before bias; that the weighted sum and the uplift
 * give back the appraisal's own figures is checked here, exactly.
 *
 * @throws {@link InvariantError} if they do not (the appraisal is not linear as the sheet assumes)
 */
export function liveAppraisal(evaluation: Evaluation, options: AppraiseOptions, unit: MoneyUnit): LiveAppraisal | null {
  const appraisal = appraise(evaluation, options);
  const c = appraisal.conventions;
  const byTier = TIERS.map((tier) => appraise(evaluation, { ...options, riskWeights: fullWeight(tier), optimismBias: '0', mitigation: '0' }));
  const uplift = new Decimal(1).plus(new Decimal(c.optimismBias).times(new Decimal(1).minus(c.mitigation)));
  const unweighted = appraisal.partners.map((p, j): Unweighted => {
    const tiers = byTier.map((run) => run.partners[j]!.years.map((y) => y.benefits));
    const costs = byTier[0]!.partners[j]!.years.map((y) => y.costs);
    p.years.forEach((y, t) => {
      const weighted = TIERS.reduce((a, tier, k) => a.plus(tiers[k]![t]!.times(c.riskWeights[tier])), ZERO);
      if (!weighted.equals(y.benefits) || !costs[t]!.times(uplift).equals(y.costs)) throw new InvariantError(`xlsx: the appraisal's benefits or costs of ${p.partner} in ${y.year} are not the inputs applied to its flows`);
    });
    return { tiers, costs };
  });
  const values = [...unweighted.flatMap((u) => [...u.tiers.flat(), ...u.costs]), ...appraisal.partners.flatMap((p) => [...p.years.flatMap((y) => [y.funding, y.presentValue]), p.pvBenefits])].map((v) => fromPounds(v, unit));
  const dp = largest(values.map((v) => v.decimalPlaces()), 0);
  return allNumbers(values, dp) ? { appraisal, unweighted } : null;
}
