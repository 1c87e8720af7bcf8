import { Decimal } from '../../money/index.js';

/** A copy of `value` with every Decimal written as plain digits (`toFixed()`), keys in their order. */
export function toText(value: unknown): unknown {
  if (Decimal.isDecimal(value)) return (value as Decimal).toFixed();
  if (Array.isArray(value)) return value.map(toText);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toText(v);
  return out;
}
