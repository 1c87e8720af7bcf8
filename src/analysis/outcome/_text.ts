import { Decimal } from '../../money/index.js';

/**
 * A result type with every Decimal written as a string of plain digits: the JSON form of an analysis.
 *
 * @example
 * ```ts
 * const row: AmountsAsText<{ npv: Decimal; year: string }> = { npv: '45139000', year: '2011/12' };
 * ```
 */
export type AmountsAsText<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? readonly AmountsAsText<U>[]
    : T extends object
      ? { readonly [K in keyof T]: AmountsAsText<T[K]> }
      : T;

/** A copy of `value` with every Decimal written as plain digits (`toFixed()`), keys in their order. */
export function toText(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (Array.isArray(value)) return value.map(toText);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toText(v);
  return out;
}
