import { Decimal, formatMoney, fromScaledBigInt } from '../../money/index.js';
import type { Scenario } from '../../model/index.js';
import { coreShortfalls, exactShapley, type Game, type Rational, type Shortfall } from './_game.js';
import { sampledShapley } from './_sample.js';
import { commonPlaces, roundToQuantum, scale } from './_shares.js';
import { coreEmptiness, count } from './_emptiness.js';
import { LEAST_TOTAL_LIMIT } from './_least-total.js';
import type { CoreCheck, FairnessGame } from './types.js';

/** A ratio known to be a whole number of scale units. */
function whole(r: Rational): bigint {
  if (r.den !== 1n) throw new Error(`Expected a whole number of units, found ${r.num}/${r.den}`);
  return r.num;
}

/** Pounds as the notes print them: to the quantum's decimals, with a minus sign. */
export function moneyText(pounds: Decimal, quantum: Decimal): string {
  return formatMoney(pounds, { decimals: Math.max(0, quantum.decimalPlaces()), negative: 'minus' });
}

interface GameOptions {
  readonly exactLimit: number;
  readonly samples: number;
  readonly seed: number;
  /** Tie priority of each partner (lower first). */
  readonly rank: readonly number[];
}

/** The coalition-game part of a fairness analysis. */
export interface GameAnalysis {
  readonly game: FairnessGame;
  readonly partners: readonly { readonly alone: Decimal; readonly shapley: Decimal; readonly standardError: Decimal | null }[];
  readonly notes: readonly string[];
  readonly conventions: { readonly shapley: string; readonly core: string };
}

/**
 * Builds the game from the scenario's stated coalitions (and the conventions for unstated ones), finds
 * the Shapley value, exact or sampled, and checks the agreed attribution and the Shapley value against
 * the core, as shown; and decides exactly whether the core itself is empty.
 */
export function analyseGame(s: Scenario, savings: readonly Decimal[], options: GameOptions): GameAnalysis {
  const ids = s.partners.map((p) => p.id);
  const n = ids.length;
  const quantum = s.settings.quantum;
  const places = commonPlaces([quantum, ...savings, ...s.coalitions.map((g) => g.saving)]);
  const mask = (members: readonly string[]): bigint => members.reduce((m, id) => m | (1n << BigInt(ids.indexOf(id))), 0n);
  const stated = s.coalitions.map((g) => ({ mask: mask(g.partners), value: scale([g.saving], places)[0]!, index: g.index, size: g.partners.length }));
  const agreed = scale(savings, places);
  const agreedTotal = agreed.reduce((a, b) => a + b, 0n);
  const grandStated = stated.find((g) => g.size === n);
  const game: Game = {
    n,
    singles: ids.map((_, i) => stated.find((g) => g.size === 1 && g.mask === 1n << BigInt(i))?.value ?? 0n),
    groups: stated.filter((g) => g.size < n),
    grand: grandStated?.value ?? agreedTotal,
  };
  const exact = n <= options.exactLimit;
  const sampled = exact ? null : sampledShapley(game, options.samples, options.seed);
  const values: readonly Rational[] = sampled?.means ?? exactShapley(game);
  const rounded = roundToQuantum(values, game.grand, places, quantum, options.rank);
  const q = rounded.quantum;
  const unscale = (v: bigint): Decimal => fromScaledBigInt(v, places);
  const standardErrors = sampled?.variances.map((r) => new Decimal(r.num.toString()).dividedBy(r.den.toString()).sqrt().dividedBy(new Decimal(10).pow(places)).dividedBy(q).ceil().times(q)) ?? null;

  const members = (m: bigint): string[] => ids.filter((_, i) => (m >> BigInt(i)) & 1n);
  // Each allocation is checked as shown, in whole units of the scale, so that a violation's value,
  // allocated amount and shortfall are all figures on the page and add up exactly.
  const check = (shown: readonly Decimal[]): CoreCheck => {
    const amounts = scale(shown, places);
    const efficient = amounts.reduce((a, b) => a + b, 0n) === game.grand;
    const violations = coreShortfalls(game, amounts.map((num) => ({ num, den: 1n }))).map((v: Shortfall) => ({
      partners: members(v.mask),
      stated: v.index >= 0,
      value: unscale(v.value),
      allocated: unscale(whole(v.allocated)),
      shortfall: unscale(whole(v.shortfall)),
    }));
    return { inCore: efficient && violations.length === 0, efficient, violations };
  };
  const checks = { agreed: check(savings), shapley: check(rounded.amounts) };

  const names = new Map(s.partners.map((p) => [p.id, p.name]));
  const groupText = (group: readonly string[]): string => group.map((id) => names.get(id) ?? id).join(' + ');
  const money = (d: Decimal): string => moneyText(d, quantum);
  const { emptiness, note } = coreEmptiness(game, { ids, names, places, quantum: q, unscale, money: (d) => moneyText(d, q) }, !checks.agreed.inCore || !checks.shapley.inCore);
  const core = { ...checks, emptiness };
  const notes: string[] = [];
  if (!core.agreed.efficient) {
    notes.push(`The stated value of the whole partnership (${money(unscale(game.grand))} a year) differs from the agreed attribution's total (${money(unscale(agreedTotal))} a year): the Shapley value shares out the stated value.`);
  }
  for (const v of core.agreed.violations) {
    notes.push(`${groupText(v.partners)} would save ${money(v.value)} a year on ${v.partners.length === 1 ? 'its' : 'their'} own, ${money(v.shortfall)} more than the agreed attribution gives (${money(v.allocated)}).`);
  }
  if (core.shapley.violations.length > 0) notes.push(`The Shapley value is not in the core: ${core.shapley.violations.map((v) => groupText(v.partners)).join('; ')} would do better alone.`);
  if (note !== null) notes.push(note);
  if (sampled !== null) notes.push(`The Shapley values are estimates from ${options.samples} random orders of the partners (seed ${options.seed}); each lies within two standard errors of the true value about 95% of the time.`);
  return {
    game: {
      method: exact ? 'exact' : 'sampled',
      samples: exact ? null : options.samples,
      seed: exact ? null : options.seed,
      quantum: q,
      grandValue: unscale(game.grand),
      grandValueStated: grandStated !== undefined,
      agreedTotal: unscale(agreedTotal),
      core,
    },
    partners: ids.map((_, i) => ({ alone: unscale(game.singles[i]!), shapley: rounded.amounts[i]!, standardError: standardErrors?.[i] ?? null })),
    notes,
    conventions: {
      shapley: exact
        ? `Exact: φᵢ = Σ over groups S without i of |S|!(n−|S|−1)!/n! × (v(S ∪ {i}) − v(S)), in integer arithmetic, then rounded to ${moneyText(q, q)} by largest remainder (ties in the scenario's tie order) so the values sum to the whole partnership's value.`
        : `Sampled: the mean marginal contribution over ${options.samples} random orders of the ${n} partners (drawn from seed ${options.seed}, so the same seed gives the same values), rounded to ${moneyText(q, q)} by largest remainder so the values sum to the whole partnership's value; standard errors rounded up to ${moneyText(q, q)}.`,
      core:
        'Every stated group and every partner alone must receive at least what it would save on its own, and the whole partnership’s value must be shared out exactly; since unstated groups are worth the sum of their members alone, these checks cover every group. ' +
        `Each allocation is checked as shown (the Shapley value rounded to ${moneyText(q, q)}${exact ? '' : ', on the sampled estimates'}), so a group’s shortfall is its value less the sum of its members’ amounts shown. ` +
        `The core is empty when the least total that gives every group at least its value exceeds the whole partnership’s value: that total is found exactly by linear programming (up to ${LEAST_TOTAL_LIMIT.players} partners and ${count(LEAST_TOTAL_LIMIT.groups)} stated groups worth more than their members alone), rounded up to ${moneyText(q, q)}, and proved by balanced weights (Bondareva–Shapley).`,
    },
  };
}
