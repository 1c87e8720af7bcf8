import { InvariantError } from '../errors/index.js';
import { Decimal, apportionUnits, inputOrderRank, scaledBigInt } from '../money/index.js';
import type { Partner, Rule, RuleModifiers } from '../model/index.js';

/**
 * Quantities the engine knows only part-way through an evaluation, for rules that split by them.
 *
 * @example
 * ```ts
 * const drivers: Drivers = { fteRemoved: [5295n, 4579n, 1926n] };
 * ```
 */
export interface Drivers {
  /** FTE removed by the lines, per partner in partner order, as integers on one common scale. */
  readonly fteRemoved?: readonly bigint[];
}

/**
 * Integer weights for each partner (in partner order) from a rule. `rank` is the tie order used where
 * a rule states its shares to a precision (default: partner order). Weights are exact: every rule's
 * shares are rational, and blends are combined over a common denominator, so apportioning by these
 * weights apportions by the exact shares the rule defines.
 *
 * @example
 * ```ts
 * ruleWeights({ kind: 'equal' }, partners);
 * //=> [1n, 1n, 1n]
 * ```
 */
export function ruleWeights(rule: Rule, partners: readonly Partner[], rank: readonly number[] = inputOrderRank(partners.length), drivers: Drivers = {}): bigint[] {
  const raw = baseWeights(rule, partners, rank, drivers);
  return 'precision' in rule || 'prior' in rule ? applyModifiers(raw, rule as RuleModifiers, partners, rank) : raw;
}

function decimalsToIntegers(values: readonly Decimal[]): bigint[] {
  const places = values.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return values.map((d) => scaledBigInt(d, places));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function baseWeights(rule: Rule, partners: readonly Partner[], rank: readonly number[], drivers: Drivers): bigint[] {
  switch (rule.kind) {
    case 'fte-removed':
      if (drivers.fteRemoved === undefined) throw new InvariantError('a rule by FTE removed was used before the lines were evaluated');
      return [...drivers.fteRemoved];
    case 'equal':
      return partners.map(() => 1n);
    case 'metric':
      return decimalsToIntegers(partners.map((p) => p.metrics.get(rule.metric) ?? new Decimal(0)));
    case 'shares':
      return decimalsToIntegers(partners.map((p) => rule.shares.get(p.id) ?? new Decimal(0)));
    case 'blend': {
      // share_j = Σ_k b_k · w_kj / W_k. Over the common denominator L = lcm(W_k) this is an integer
      // combination Σ_k b_k · w_kj · (L / W_k), with the b_k scaled to integers.
      const parts = rule.parts.map((p) => {
        const w = ruleWeights(p.rule, partners, rank, drivers);
        return { w, total: w.reduce((a, b) => a + b, 0n) };
      });
      const live = parts.filter((p) => p.total > 0n);
      let lcm = 1n;
      for (const p of live) lcm = (lcm / gcd(lcm, p.total)) * p.total;
      const b = decimalsToIntegers(rule.parts.map((p) => p.weight));
      return partners.map((_, j) =>
        parts.reduce((sum, p, k) => (p.total > 0n ? sum + b[k]! * p.w[j]! * (lcm / p.total) : sum), 0n),
      );
    }
  }
}

function applyModifiers(weights: bigint[], m: RuleModifiers, partners: readonly Partner[], rank: readonly number[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  // A prior agreed among other partners (one who is not a party now, or without one who is) says
  // nothing about this split: it is not applicable, as the time kernel decides for a whole period.
  const priorApplies = m.prior !== undefined && m.prior.size === partners.length && partners.every((p) => m.prior!.has(p.id));
  if (m.prior !== undefined && priorApplies && total > 0n) {
    // Keep the prior unless some exact share w/W moved from it by more than the tolerance:
    // |w − p·W| > t·W, compared exactly in Decimal (finite decimals times integers).
    const W = new Decimal(total.toString());
    const limit = (m.tolerance ?? new Decimal(0)).times(W);
    const moved = partners.some((p, j) => new Decimal(weights[j]!.toString()).minus(m.prior!.get(p.id)!.times(W)).abs().greaterThan(limit));
    if (!moved) return decimalsToIntegers(partners.map((p) => m.prior!.get(p.id)!));
  }
  if (m.precision !== undefined && total > 0n) {
    // State the shares to the precision (largest remainder in the tie order, so they still sum to 1).
    const units = BigInt(new Decimal(1).dividedBy(m.precision).toFixed(0));
    return apportionUnits(units, weights, rank, 'largestRemainder');
  }
  return weights;
}
