import { Decimal, type AmountInput } from '../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../engine/index.js';
import type { Tier } from '../model/index.js';
import { appraise, type AppraiseOptions } from '../appraisal/index.js';
import { badOption, readInteger, readPrecision, readTiers, shareOf } from './_fair-shares.js';
import { analyseGame, moneyText } from './_fair-core.js';

/**
 * Options for {@link fairness}.
 *
 * @example
 * ```ts
 * const options: FairnessOptions = { sharePrecision: '0.01', rationality: 'npv', samples: 20000, seed: 7 };
 * ```
 */
export interface FairnessOptions {
  /** Options for the appraisal that gives each partner's net benefit. @defaultValue the scenario's own settings */
  readonly appraisal?: AppraiseOptions;
  /** Whether individual rationality is judged on undiscounted net benefit or on NPV. @defaultValue `'net'` */
  readonly rationality?: 'net' | 'npv';
  /** The tiers whose on-going lines count as annual savings. @defaultValue every tier */
  readonly tiers?: readonly Tier[];
  /** The precision shares are stated to (largest remainder, so they sum to 1). @defaultValue `'0.0001'` */
  readonly sharePrecision?: AmountInput;
  /** The money budgets whose starting positions make up the baseline. @defaultValue every money budget */
  readonly budgets?: readonly string[];
  /** The most partners for which the Shapley value is exact (at most 16); beyond, it is sampled. @defaultValue 12 */
  readonly exactLimit?: number;
  /** How many random orders of the partners to sample beyond `exactLimit`. @defaultValue 10000 */
  readonly samples?: number;
  /** The seed of the sampling PRNG (a safe integer). @defaultValue 1 */
  readonly seed?: number;
}

/**
 * One partner's position: its shares of savings, one-off costs and baseline, its net benefit, and (where
 * the scenario states coalition values) its Shapley value beside the agreed attribution. Money in pounds.
 *
 * @example
 * ```ts
 * const hf: PartnerFairness = fairness(evaluate(triBorough)).partners[0];
 * hf.savingsShare?.toString();
 * //=> '0.4502'
 * ```
 */
export interface PartnerFairness {
  readonly partner: string;
  readonly name: string;
  /** The agreed attribution: on-going savings and income less recurring costs, per year once landed. */
  readonly savings: Decimal;
  readonly savingsShare: Decimal | null;
  /** Quantified one-off costs, before funding and optimism bias. */
  readonly oneOffCosts: Decimal;
  readonly costShare: Decimal | null;
  /** The sum of the starting positions of the baseline budgets. */
  readonly baseline: Decimal;
  readonly baselineShare: Decimal | null;
  /** Net benefit over the appraisal period, undiscounted (the last cumulative position). */
  readonly netBenefit: Decimal;
  readonly npv: Decimal;
  /** No worse off than without the partnership over the appraisal period (on `rationality`). */
  readonly individuallyRational: boolean;
  /** What the partner would save on its own per year (stated, else 0); null without coalition values. */
  readonly alone: Decimal | null;
  /** The Shapley value per year, rounded to the quantum; null without coalition values. */
  readonly shapley: Decimal | null;
  /** The standard error of a sampled Shapley value; null when exact. */
  readonly standardError: Decimal | null;
  /** The agreed attribution less the Shapley value. */
  readonly difference: Decimal | null;
}

/**
 * A core violation: a group that would do better on its own than an allocation gives it.
 *
 * @example
 * ```ts
 * const v: CoreViolation = fairness(evaluation).game!.core.agreed.violations[0];
 * v.shortfall.toString();
 * ```
 */
export interface CoreViolation {
  readonly partners: readonly string[];
  /** Whether the group's value was stated (else a partner alone, valued at 0). */
  readonly stated: boolean;
  /** What the group would save on its own per year. */
  readonly value: Decimal;
  /** What the allocation gives its members together. */
  readonly allocated: Decimal;
  /** value − allocated. */
  readonly shortfall: Decimal;
}

/**
 * The core check of one allocation: efficient (it shares out exactly the whole partnership's value) and
 * no group short of what it would save on its own.
 *
 * @example
 * ```ts
 * const check: CoreCheck = fairness(evaluation).game!.core.shapley;
 * check.inCore;
 * ```
 */
export interface CoreCheck {
  readonly inCore: boolean;
  readonly efficient: boolean;
  readonly violations: readonly CoreViolation[];
}

/**
 * The coalition game: how the Shapley value was found, the whole partnership's value, and the core check
 * of the agreed attribution and of the Shapley value.
 *
 * @example
 * ```ts
 * const game: FairnessGame | null = fairness(evaluation).game;
 * game?.method;
 * //=> 'exact' (up to 12 partners; 'sampled' beyond)
 * ```
 */
export interface FairnessGame {
  readonly method: 'exact' | 'sampled';
  readonly samples: number | null;
  readonly seed: number | null;
  /** The quantum Shapley values are rounded to, in pounds. */
  readonly quantum: Decimal;
  /** What the whole partnership saves per year: stated, or the model's on-going savings. */
  readonly grandValue: Decimal;
  readonly grandValueStated: boolean;
  /** The sum of the agreed attribution. */
  readonly agreedTotal: Decimal;
  readonly core: { readonly agreed: CoreCheck; readonly shapley: CoreCheck };
}

/**
 * What a fairness analysis assumed, in words, stated in every output.
 *
 * @example
 * ```ts
 * fairness(evaluation).conventions.coalitions;
 * ```
 */
export interface FairnessConventions {
  readonly savings: string;
  readonly shares: string;
  readonly costs: string;
  readonly baseline: string;
  readonly rationality: string;
  readonly coalitions: string;
  readonly shapley: string;
  readonly core: string;
}

/**
 * The result of {@link fairness}. Money in pounds.
 *
 * @example
 * ```ts
 * const f: Fairness = fairness(evaluation);
 * f.partners.every((p) => p.individuallyRational);
 * ```
 */
export interface Fairness {
  readonly conventions: FairnessConventions;
  readonly partners: readonly PartnerFairness[];
  readonly totals: { readonly savings: Decimal; readonly oneOffCosts: Decimal; readonly baseline: Decimal; readonly netBenefit: Decimal; readonly npv: Decimal };
  /** The coalition game, or null when the scenario states no coalition values. */
  readonly game: FairnessGame | null;
  /** From the appraisal: unquantified costs and unconfirmed funding. */
  readonly caveats: readonly string[];
  /** Plain-language findings: partners worse off, groups short of their own savings. */
  readonly notes: readonly string[];
}

const ZERO = new Decimal(0);
const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/**
 * Fairness between partners: each partner's share of the savings against its share of the one-off costs
 * and of the baseline; whether each is individually rational (no worse off over the appraisal period);
 * and, where the scenario states coalition values (what smaller groups would save on their own), the
 * Shapley value beside the agreed attribution and the core check (no group does better alone).
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
 * ```
 */
export function fairness(evaluation: Evaluation, options: FairnessOptions = {}): Fairness {
  const s = evaluation.scenario;
  const tiers = readTiers(options.tiers);
  const precision = readPrecision(options.sharePrecision, '0.0001');
  const rationality = options.rationality ?? 'net';
  if (rationality !== 'net' && rationality !== 'npv') badOption('rationality', 'one of "net", "npv"', rationality);
  const exactLimit = readInteger('exactLimit', options.exactLimit, 12, 0, 16);
  const samples = readInteger('samples', options.samples, 10_000, 2, 10_000_000);
  const seed = readInteger('seed', options.seed, 1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const moneyBudgets = s.budgets.filter((b) => b.measure === 'money').map((b) => b.id);
  const budgets = new Set(options.budgets ?? moneyBudgets);
  (options.budgets ?? []).forEach((id) => {
    if (!moneyBudgets.includes(id)) badOption('budgets', `the id of a money budget (${moneyBudgets.join(', ') || 'none defined'})`, id);
  });

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
  const last = appraisal.years[appraisal.years.length - 1] ?? '';
  return {
    conventions: {
      savings: `Annual savings (the agreed attribution): each partner's on-going savings and income less recurring costs once every line has landed, from the tiers ${tiers.join(', ')}, unweighted; one-off lines and indirect savings are left out.`,
      shares: `Shares are exact ratios stated to ${precision.toString()} by largest remainder, so they sum to exactly 1; none when the total is zero.`,
      costs: 'One-off costs: quantified costs as the model splits them, before funding and optimism bias; unquantified costs are caveats.',
      baseline: `Baseline: the starting positions of ${options.budgets === undefined ? 'every money budget' : `the budgets ${[...budgets].join(', ')}`}, per partner (budgets given only as a total are left out).`,
      rationality: `Individually rational: ${rationality === 'net' ? 'undiscounted net benefit' : 'NPV'} over the appraisal period (${appraisal.years[0] ?? ''} to ${last}) at or above zero.`,
      coalitions: 'Coalition values are per year: as stated; else a partner alone saves 0, the whole partnership saves the model’s annual savings, and any other group the sum of what its members save alone (no synergy until stated).',
      shapley: game?.conventions.shapley ?? 'Not computed: no coalition values are stated.',
      core: game?.conventions.core ?? 'Not checked: no coalition values are stated.',
    },
    partners,
    totals: { savings: sum(savings), oneOffCosts: sum(costs), baseline: sum(baseline), netBenefit: sum(partners.map((p) => p.netBenefit)), npv: appraisal.total.npv },
    game: game?.game ?? null,
    caveats: appraisal.caveats,
    notes,
  };
}
