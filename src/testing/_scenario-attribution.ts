import fc from 'fast-check';
import type { AttributionRuleInput } from '../schema/index.js';
import { cutInto } from './_scaled.js';
import { big, chance, pick, record, type Context } from './_scenario-context.js';
import { sharesArbitrary } from './shares-arbitrary.js';
import { weightsArbitrary } from './weights-arbitrary.js';

const PRECISIONS = ['0.01', '0.001', '0.1', '0.05', '0.25', '0.5', '1', '0.2'] as const;
const TOLERANCES = ['0', '0.03', '0.1', '1'] as const;

/** A rule that gives weights: equal, metric, shares or a blend, with optional precision and prior. */
export function weightRule(ctx: Context, depth: number): AttributionRuleInput {
  const { g, partners, metrics } = ctx;
  const kinds = ['equal', 'shares', ...(metrics.length > 0 ? ['metric', 'metric'] : []), ...(depth === 0 ? ['blend', 'blend'] : [])] as const;
  const kind = pick(g, kinds);
  const modifiers = (): { precision?: string; prior?: Record<string, string>; tolerance?: string } => {
    const out: { precision?: string; prior?: Record<string, string>; tolerance?: string } = {};
    if (chance(g, 0.25)) out.precision = pick(g, PRECISIONS);
    if (chance(g, 0.25)) {
      out.prior = record(partners, g(sharesArbitrary, partners.length, { maxScale: 3 }));
      if (chance(g, 0.7)) out.tolerance = pick(g, TOLERANCES);
    }
    return out;
  };
  switch (kind) {
    case 'equal':
      return { rule: 'equal', ...modifiers() };
    case 'metric':
      return { rule: 'metric', metric: pick(g, metrics), ...modifiers() };
    case 'shares':
      return { rule: 'shares', shares: record(partners, g(sharesArbitrary, partners.length)) };
    default: {
      const count = g(fc.integer, { min: 1, max: 3 });
      const weights = g(weightsArbitrary, count, { maxScale: 2, max: 100n });
      return { rule: 'blend', parts: weights.map((weight) => ({ weight, attribution: weightRule(ctx, depth + 1) })), ...modifiers() };
    }
  }
}

/** Per-partner counts summing to `total`: all of its sign, or (when allowed) of either sign. */
export function splitCounts(ctx: Context, total: bigint, n: number, allowMixed: boolean): bigint[] {
  const { g } = ctx;
  if (allowMixed && ctx.mixedSigns && n > 1 && chance(g, 0.4)) {
    const free = Array.from({ length: n - 1 }, () => big(g, -1000n, 1000n) * (chance(g, 0.5) ? 1000n : 1n));
    return [...free, total - free.reduce((a, b) => a + b, 0n)];
  }
  const raw = Array.from({ length: n - 1 }, () => big(g, 0n, 1n << 62n));
  const parts = cutInto(total < 0n ? -total : total, raw);
  return total < 0n ? parts.map((p) => -p) : parts;
}
