/**
 * A period's decision: state the exact shares (to the rule's precision), or keep the prior split when
 * no share moved from it by more than the tolerance. The same rule as applyModifiers in weights.ts,
 * worked in exact fractions so that the movement and the reason can be reported.
 */
import { Decimal, apportionUnits } from '../../money/index.js';
import { InvariantError } from '../../errors/index.js';
import type { Rule, RuleModifiers } from '../../model/index.js';
import { decimalFraction, fraction, greaterThan } from './_rational.js';
import type { Decision, ExactSplit, Fraction } from './result.js';

/** A prior split and the members it was stated among. */
export interface Prior {
  readonly split: ExactSplit;
  readonly members: readonly number[];
}

/** What the decision gives a period (the rest of PeriodSplit comes from the period itself). */
export interface Decided {
  readonly stated: ExactSplit;
  readonly prior?: ExactSplit;
  readonly movement?: Fraction;
  readonly tolerance?: Decimal;
  readonly decision: Decision;
}

export function modifiersOf(rule: Rule): RuleModifiers {
  return rule.kind === 'shares' ? {} : rule;
}

/** Whether the rule keeps a prior split within a tolerance (so its periods chain their priors). */
export function usesPrior(rule: Rule): boolean {
  const m = modifiersOf(rule);
  return m.prior !== undefined || m.tolerance !== undefined;
}

/** The largest |w_j/W − q_j/Q| over partners, exactly: max |w_j·Q − q_j·W| over W·Q. */
export function movement(exact: ExactSplit, prior: ExactSplit): Fraction {
  let most = 0n;
  exact.weights.forEach((w, j) => {
    const d = w * prior.total - prior.weights[j]! * exact.total;
    const abs = d < 0n ? -d : d;
    if (abs > most) most = abs;
  });
  return fraction(most, exact.total * prior.total);
}

/** The exact shares stated to a precision among the members, by largest remainder in the tie order. */
function toPrecision(exact: ExactSplit, precision: Decimal | undefined, members: readonly number[], rank: readonly number[]): ExactSplit {
  if (precision === undefined) return exact;
  const perUnit = new Decimal(1).dividedBy(precision);
  if (!perUnit.isInteger()) throw new InvariantError(`a precision of ${precision.toString()} does not divide 1`);
  const units = BigInt(perUnit.toFixed(0));
  const given = apportionUnits(
    units,
    members.map((j) => exact.weights[j]!),
    rankAmong(members, rank),
    'largestRemainder',
  );
  const weights = exact.weights.map(() => 0n);
  members.forEach((j, k) => (weights[j] = given[k]!));
  return { weights, total: units };
}

/**
 * The tie order among the members alone, as a permutation 0..k−1 of the members' positions. Apportioning
 * only compares ranks, so the partners' own ranks would order the members the same; the permutation keeps
 * the ranks handed on (to precision and to nested rules) as a rank over exactly the weights given.
 */
export function rankAmong(members: readonly number[], rank: readonly number[]): number[] {
  const order = members.map((j, k) => ({ k, r: rank[j] ?? j })).sort((a, b) => a.r - b.r || a.k - b.k);
  const out = new Array<number>(members.length);
  order.forEach((o, position) => (out[o.k] = position));
  return out;
}

const sameMembers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((j, k) => b[k] === j);

/**
 * Decide a period. `prior` is the split the period is compared with (chained or stated by the rule);
 * `exact.total` must be positive.
 */
export function decide(rule: Rule, exact: ExactSplit, members: readonly number[], prior: Prior | undefined, rank: readonly number[]): Decided {
  const m = modifiersOf(rule);
  const fresh = toPrecision(exact, m.precision, members, rank);
  if (!usesPrior(rule)) return { stated: fresh, decision: m.precision === undefined ? { decision: 'as-calculated' } : { decision: 'reset', reason: 'no prior' } };
  if (prior === undefined) return { stated: fresh, decision: { decision: 'reset', reason: 'no prior' } };
  // A split agreed among other partners says nothing about this one's: start afresh.
  if (!sameMembers(prior.members, members)) return { stated: fresh, prior: prior.split, decision: { decision: 'reset', reason: 'membership changed' } };
  const tolerance = m.tolerance ?? new Decimal(0);
  const moved = movement(exact, prior.split);
  const decided = { prior: prior.split, movement: moved, tolerance };
  return greaterThan(moved, decimalFraction(tolerance))
    ? { ...decided, stated: fresh, decision: { decision: 'reset', reason: 'moved beyond tolerance' } }
    : { ...decided, stated: prior.split, decision: { decision: 'kept', reason: 'within tolerance' } };
}
