import fc from 'fast-check';
import type { ScenarioInput } from '../schema/index.js';
import type { Scaled } from './_scaled.js';

// What every part of a generated scenario draws from: the one generator (so that a seed fixes the whole
// scenario), the partners, metrics and years already chosen, and the quanta amounts sit on.

export type Line = NonNullable<ScenarioInput['lines']>[number];
export type Service = NonNullable<ScenarioInput['services']>[number];
export type Budget = NonNullable<Service['budgets']>[number];
export type Published = NonNullable<ScenarioInput['published']>[number];
export type Draw = fc.GeneratorValue;

export const FUNDS = ['General Fund', 'DSG', 'HRA'] as const;

export interface Context {
  readonly g: Draw;
  readonly partners: readonly string[];
  readonly metrics: readonly string[];
  readonly years: readonly string[];
  readonly q: Scaled;
  readonly fteQ: Scaled;
  readonly mixedSigns: boolean;
}

export const pick = <T>(g: Draw, values: readonly T[]): T => g(fc.constantFrom, ...values);
export const chance = (g: Draw, p: number): boolean => g(fc.integer, { min: 0, max: 999 }) < p * 1000;
export const big = (g: Draw, min: bigint, max: bigint): bigint => g(fc.bigInt, { min, max });
export const record = <T>(keys: readonly string[], values: readonly T[]): Record<string, T> => Object.fromEntries(keys.map((k, i) => [k, values[i]!]));

/** A permutation of a subset of the partners, for a tie order. */
export function tieOrder(ctx: Context): string[] {
  return ctx.g(() => fc.shuffledSubarray([...ctx.partners], { minLength: 1 }));
}
