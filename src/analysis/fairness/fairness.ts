import { Decimal } from '../../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../../engine/index.js';
import { appraise } from '../../appraisal/index.js';
import { shareOf } from './_shares.js';
import { analyseGame, moneyText } from './_core.js';
import { resolveFairnessOptions } from './_options.js';
import { fairnessConventions } from './_conventions.js';
import type { Fairness, FairnessOptions, PartnerFairness } from './types.js';

const ZERO = new Decimal(0);
const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/**
 * Fairness between partners: each partner's share of the savings against its share of the one-off costs
 * and of the baseline; whether each is individually rational (no worse off over the appraisal period);
 * and, where the scenario states coalition values (what smaller groups would save on their own), the
 * Shapley value beside the agreed attribution, the core check of both (no group does better alone), and
 * whether the core itself is empty (no split of the whole satisfies every group), decided exactly.
 *
 * The Shapley value is exact (BigInt rationals) for up to `exactLimit` partners and otherwise estimated
 * from sampled orders with a seeded PRNG, with a standard error per partner. It is rounded to the
 * scenario quantum by largest remainder, so the values add up exactly to the whole partnership's value.
 * Unstated coalition values follow stated conventions: a partner alone saves 0; the whole partnership
 * the model's on-going savings; any other group the sum of what its members save alone.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - appraisal options, tiers, share precision, baseline budgets, sampling
 * @returns per-partner rows, totals, the coalition game (or null), conventions, caveats and notes
 * @throws {@link InputError} `E_OPTION` for an option it cannot use, naming it
 *
 * @example
 * ```ts
 * // The glove game: a pair of a (left glove) with b or c (right gloves) saves £600; the line splits 200 each.
 * const f = fairness(evaluate(parseScenario({ ...json, coalitions: [{ partners: ['a', 'b'], saving: '600' }, { partners: ['a', 'c'], saving: '600' }] })));
 * f.partners.map((p) => [p.partner, p.shapley?.toString(), p.savings.toString()]);
 * //=> [['a', '400', '200'], ['b', '100', '200'], ['c', '100', '200']]
 * f.game?.core.agreed.violations.map((v) => [v.partners, v.shortfall.toString()]);
 * //=> [[['a', 'b'], '200'], [['a', 'c'], '200']]
 * f.game?.core.emptiness.status;
 * //=> 'non-empty' (a taking all £600 satisfies every group)
 * ```
 */
export function fairness(evaluation: Evaluation, options: FairnessOptions = {}): Fairness {
  const s = evaluation.scenario;
  const o = resolveFairnessOptions(s, options);
  const { tiers, precision, rationality, exactLimit, samples, seed, budgets } = o;

  const ids = s.partners.map((p) => p.id);
  const perPartner = (cells: readonly { partner: string | null; value: Decimal }[]): Decimal[] => ids.map((id) => sum(cells.filter((c) => c.partner === id).map((c) => c.value)));
  const counted = sumLinesByPartnerYear(evaluation, s.settings.years, (l, measure) => (measure === 'money' && l.recurrence === 'ongoing' && tiers.includes(l.tier) ? 'counted' : undefined)).get('counted');
  const savings = ids.map((_, i) => sum(counted?.[i] ?? []));
  const costs = perPartner(evaluation.costCells);
  const baseline = perPartner(evaluation.positionCells.filter((c) => c.measure === 'money' && c.position === 'starting' && budgets.has(c.budget)));
  const appraisal = appraise(evaluation, options.appraisal);
  const rank = ids.map((id) => s.settings.tieOrder.indexOf(id));
  const [savingsShare, costShare, baselineShare] = [savings, costs, baseline].map((xs) => shareOf(xs, precision, rank));
  const game = s.coalitions.length === 0 ? null : analyseGame(s, savings, { exactLimit, samples, seed, rank });

  const notes: string[] = [];
  const partners = s.partners.map((p, i): PartnerFairness => {
    const a = appraisal.partners[i]!;
    const netBenefit = a.years[a.years.length - 1]?.cumulative ?? ZERO;
    const rational = !(rationality === 'net' ? netBenefit : a.npv).isNegative();
    if (!rational) notes.push(`${p.name} is worse off over the appraisal period: ${rationality === 'net' ? 'net benefit' : 'NPV'} ${moneyText(rationality === 'net' ? netBenefit : a.npv, s.settings.quantum)}.`);
    const g = game?.partners[i];
    return {
      partner: p.id,
      name: p.name,
      savings: savings[i]!,
      savingsShare: savingsShare![i]!,
      oneOffCosts: costs[i]!,
      costShare: costShare![i]!,
      baseline: baseline[i]!,
      baselineShare: baselineShare![i]!,
      netBenefit,
      npv: a.npv,
      individuallyRational: rational,
      alone: g?.alone ?? null,
      shapley: g?.shapley ?? null,
      standardError: g?.standardError ?? null,
      difference: g === undefined ? null : savings[i]!.minus(g.shapley),
    };
  });
  notes.push(...(game?.notes ?? ['The scenario states no coalition values, so the Shapley value and the core check are not computed.']));
  return {
    conventions: fairnessConventions(o, options.budgets !== undefined, appraisal.years, game),
    partners,
    totals: { savings: sum(savings), oneOffCosts: sum(costs), baseline: sum(baseline), netBenefit: sum(partners.map((p) => p.netBenefit)), npv: appraisal.total.npv },
    game: game?.game ?? null,
    caveats: appraisal.caveats,
    notes,
  };
}
