import type { Decimal } from '../../money/index.js';
import { ceilToQuantum } from './_shares.js';
import type { Game, Rational } from './_game.js';
import { LEAST_TOTAL_LIMIT, leastTotal, leastTotalSize } from './_least-total.js';
import type { FairnessGame } from './types.js';

/** Whether any split at all is in the core, as {@link FairnessGame} reports it. */
export type CoreEmptiness = FairnessGame['core']['emptiness'];

/** How to write the figures: players' ids and names, the scale, the quantum, pounds as text. */
export interface EmptinessContext {
  readonly ids: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly places: number;
  /** The quantum the Shapley value is rounded to (it divides the whole partnership's value). */
  readonly quantum: Decimal;
  readonly unscale: (v: bigint) => Decimal;
  readonly money: (pounds: Decimal) => string;
}

/**
 * Decides exactly whether the core is empty: it is iff the least total that gives every stated group
 * and every partner alone at least its value exceeds the whole partnership's value. The least total is
 * rounded up to the quantum; since the whole's value lies on the quantum, the cost of stability (the
 * rounded least total less the whole's value) is positive exactly when the core is empty.
 *
 * @returns the verdict, and a note in plain words (null when there is nothing to say)
 */
export function coreEmptiness(game: Game, ctx: EmptinessContext, anyOutside: boolean): { emptiness: CoreEmptiness; note: string | null } {
  const whole = ctx.money(ctx.unscale(game.grand));
  const size = leastTotalSize(game);
  // With no group worth more than its members alone there is nothing to pivot on, whatever the size.
  if (size.groups > 0 && (size.players > LEAST_TOTAL_LIMIT.players || size.groups > LEAST_TOTAL_LIMIT.groups)) {
    const reason = `${size.players} partners and ${count(size.groups)} stated groups worth more than their members alone: beyond the exact check's limit of ${LEAST_TOTAL_LIMIT.players} partners and ${count(LEAST_TOTAL_LIMIT.groups)} such groups.`;
    return { emptiness: { status: 'not-determined', reason }, note: `Whether the core is empty was not determined: ${reason}` };
  }
  const least = leastTotal(game);
  const need = ceilToQuantum(least.total, ctx.places, ctx.quantum);
  const needText = ctx.money(need);
  if (least.total.num <= game.grand * least.total.den) {
    const note = anyOutside ? `The core is not empty: some split of the partnership’s ${whole} a year gives every group at least what it would save on its own (the groups’ claims need ${needText}).` : null;
    return { emptiness: { status: 'non-empty', leastTotal: need }, note };
  }
  const members = (mask: bigint): string[] => ctx.ids.filter((_, i) => (mask >> BigInt(i)) & 1n);
  const weights = least.weights.map((w) => ({ partners: members(w.mask), stated: w.index >= 0, weight: fraction(w.weight) }));
  const costOfStability = need.minus(ctx.unscale(game.grand));
  const label = (partners: readonly string[]): string => partners.map((id) => ctx.names.get(id) ?? id).join(' + ') + (partners.length === 1 ? ' alone' : '');
  const same = weights.every((w) => w.weight === weights[0]!.weight);
  const counted = same ? `${list(weights.map((w) => label(w.partners)))}, each counted at ${weights[0]!.weight}` : list(weights.map((w) => `${label(w.partners)} counted at ${w.weight}`));
  return {
    emptiness: { status: 'empty', leastTotal: need, costOfStability, weights },
    note:
      `The core is empty: no split of the partnership’s ${whole} a year gives every group at least what it would save on its own. ` +
      `The groups’ claims need ${needText} a year, ${ctx.money(costOfStability)} more (the cost of stability). ` +
      `The proof: ${counted}, count every partner exactly once, and their claims so counted exceed ${whole}.`,
  };
}

/** A whole number with thousands separated by commas, "4,096". */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A weight as a reduced fraction, "1/2", or a whole number, "1". */
function fraction(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
