/**
 * The named inputs that the sensitivity analysis and the simulation vary, and where each acts:
 *
 * - `realisation.assured`, `realisation.projected`, `realisation.possible`: the share of the tier's
 *   savings counted (its lines and its indirect savings); base: the risk weight (default 1).
 * - `costs`: a multiplier on every quantified one-off cost (1 = as estimated, 1.2 = a 20% overrun); base 1.
 * - `cost.<id>`: a multiplier on one cost, applied with `costs` and after optimism bias; base 1.
 * - `indirect.<id>`: the position in an indirect saving's low–high range (0 low, 1 high); base: the
 *   scenario's central rate.
 * - `discountRate` (sensitivity only): the real discount rate.
 */
import type { Scenario } from '../../model/index.js';
import { TIERS } from '../../schema/index.js';
import type { LinearModel } from './_linear.js';
import type { Factors } from './_factors.js';

/** Where an input acts. */
export type Slot =
  | { readonly kind: 'realisation'; readonly tier: number }
  | { readonly kind: 'costs' }
  | { readonly kind: 'cost'; readonly index: number }
  | { readonly kind: 'indirect'; readonly index: number };

/** The name of the discount-rate input. */
export const DISCOUNT_RATE = 'discountRate';

/** Every input name the model has, in a stated order (tiers, costs, each cost, each indirect saving). */
export function inputNames(model: LinearModel): string[] {
  return [
    ...TIERS.map((t) => `realisation.${t}`),
    'costs',
    ...model.costs.map((id) => `cost.${id}`),
    ...model.indirect.map((x) => `indirect.${x.id}`),
  ];
}

/** Where the input `name` acts, or undefined for a name the model does not have. */
export function slotOf(model: LinearModel, name: string): Slot | undefined {
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  const id = name.slice(dot + 1);
  if (name === 'costs') return { kind: 'costs' };
  if (dot < 0) return undefined;
  if (head === 'realisation' && TIERS.includes(id as never)) return { kind: 'realisation', tier: TIERS.indexOf(id as never) };
  if (head === 'cost' && model.costs.includes(id)) return { kind: 'cost', index: model.costs.indexOf(id) };
  const i = model.indirect.findIndex((x) => x.id === id);
  if (head === 'indirect' && i >= 0) return { kind: 'indirect', index: i };
  return undefined;
}

/** A person-readable label for an input. */
export function inputLabel(scenario: Scenario, name: string): string {
  if (name === DISCOUNT_RATE) return 'Discount rate';
  if (name === 'costs') return 'All one-off costs (multiplier)';
  const id = name.slice(name.indexOf('.') + 1);
  if (name.startsWith('realisation.')) return `Realisation of ${id} savings`;
  if (name.startsWith('cost.')) return `${scenario.costs.find((k) => k.id === id)?.name ?? id} (multiplier)`;
  return `${scenario.indirect.find((x) => x.id === id)?.name ?? id} (position in the low–high range)`;
}

/** Input values that a run may change in place. */
export interface MutableFactors extends Factors {
  realisation: bigint[];
  costs: bigint;
  cost: bigint[];
  indirect: (bigint | null)[];
}

/** A copy of `f` that may be changed. */
export function copyFactors(f: Factors): MutableFactors {
  return { realisation: [...f.realisation], costs: f.costs, cost: [...f.cost], indirect: [...f.indirect] };
}

/** Sets the value of the input at `slot` (null: the central rate of an indirect saving). */
export function setSlot(f: MutableFactors, slot: Slot, value: bigint | null): void {
  if (slot.kind === 'realisation') f.realisation[slot.tier] = value!;
  else if (slot.kind === 'costs') f.costs = value!;
  else if (slot.kind === 'cost') f.cost[slot.index] = value!;
  else f.indirect[slot.index] = value;
}

/** The value of the input at `slot` (null for an indirect saving at its central rate). */
export function getSlot(f: Factors, slot: Slot): bigint | null {
  if (slot.kind === 'realisation') return f.realisation[slot.tier]!;
  if (slot.kind === 'costs') return f.costs;
  if (slot.kind === 'cost') return f.cost[slot.index]!;
  return f.indirect[slot.index]!;
}
