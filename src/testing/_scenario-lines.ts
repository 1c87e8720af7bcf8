import fc from 'fast-check';
import { CATEGORIES, LINE_KINDS, RECURRENCES, TIERS, type AttributionRuleInput } from '../schema/index.js';
import { cutInto, render, times, type Scaled } from './_scaled.js';
import { splitCounts, weightRule } from './_scenario-attribution.js';
import type { UsableBudget } from './_scenario-budgets.js';
import { big, chance, FUNDS, pick, record, tieOrder, type Context, type Draw, type Line } from './_scenario-context.js';
import { sharesArbitrary } from './shares-arbitrary.js';

/** A line-sized count of quanta: often small (awkward remainders), sometimes large, negative or zero. */
function lineUnits(g: Draw): bigint {
  switch (pick(g, ['small', 'large', 'large', 'negative', 'zero'] as const)) {
    case 'small':
      return big(g, 0n, 50n);
    case 'large':
      return big(g, 0n, 100_000_000n);
    case 'negative':
      return -big(g, 1n, 10_000_000n);
    default:
      return 0n;
  }
}

/** A phasing over a few of the model's years: shares summing to 1, or amounts summing to the line. */
function phasing(ctx: Context, total: bigint | undefined, q: Scaled): Line['phasing'] {
  const { g, years } = ctx;
  const style = pick(g, total === undefined ? (['none', 'shares'] as const) : (['none', 'shares', 'amounts'] as const));
  if (style === 'none') return undefined;
  let chosen: string[] = g(() => fc.subarray([...years], { minLength: 1 }));
  if (chance(g, 0.2)) chosen = g(() => fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length }));
  if (style === 'shares') {
    const shares = g(sharesArbitrary, chosen.length);
    return chosen.map((year, i) => ({ year, share: shares[i]! }));
  }
  const raw = Array.from({ length: chosen.length - 1 }, () => big(g, 0n, 1n << 62n));
  const abs = cutInto(total! < 0n ? -total! : total!, raw);
  return chosen.map((year, i) => ({ year, amount: times(q, total! < 0n ? -abs[i]! : abs[i]!) }));
}

/** The FTE reduced by a line: an amount with an optional rule, or derived from an FTE budget. */
function fte(ctx: Context, moneyIsActual: boolean, fteBudgets: readonly UsableBudget[]): Line['fte'] {
  const { g, partners } = ctx;
  const style = pick(g, ['none', 'none', 'amount', 'amount', ...(fteBudgets.length > 0 ? (['from'] as const) : [])] as const);
  if (style === 'none') return undefined;
  if (style === 'from') return { from: { budget: pick(g, fteBudgets).id } };
  const total = big(g, 0n, 300n);
  const own = moneyIsActual || chance(g, 0.5);
  if (!own) return { amount: times(ctx.fteQ, total) };
  const attribution: AttributionRuleInput = chance(g, 0.25)
    ? { rule: 'actual', amounts: record(partners, splitCounts(ctx, total, partners.length, false).map((k) => times(ctx.fteQ, k))) }
    : weightRule(ctx, 0);
  return { amount: times(ctx.fteQ, total), attribution };
}

/** A savings line: an amount with a rule, actual amounts, or derived from a money budget; then phasing and FTE. */
export function line(ctx: Context, id: string, serviceIds: readonly string[], usable: readonly UsableBudget[]): Line {
  const { g, partners } = ctx;
  const moneyBudgets = usable.filter((b) => b.measure === 'money');
  const fteBudgets = usable.filter((b) => b.measure === 'fte');
  const style = pick(g, ['rule', 'rule', 'rule', 'default', 'actual', 'actual-total-only', ...(moneyBudgets.length > 0 ? (['derived', 'derived'] as const) : [])] as const);
  const out: Record<string, unknown> = { id, name: `Line ${id}` };
  if (serviceIds.length > 0 && chance(g, 0.7)) out.service = pick(g, serviceIds);
  if (chance(g, 0.6)) out.kind = pick(g, ['saving', ...LINE_KINDS] as const); // savings twice as often
  if (chance(g, 0.7)) out.tier = pick(g, TIERS);
  if (chance(g, 0.5)) out.category = pick(g, CATEGORIES);
  if (chance(g, 0.4)) out.fund = pick(g, FUNDS);
  if (chance(g, 0.5)) out.recurrence = pick(g, RECURRENCES);
  if (chance(g, 0.2)) out.basis = pick(g, ['A', 'B', 'C', 'D']);
  if (chance(g, 0.25)) out.tieOrder = tieOrder(ctx);

  if (style === 'derived') {
    const b = pick(g, moneyBudgets);
    // The budget's amounts sit on the scenario quantum, so on any tenth of it too.
    const finer = chance(g, 0.3);
    const q: Scaled = finer ? { n: ctx.q.n, scale: ctx.q.scale + 1 } : ctx.q;
    if (finer || chance(g, 0.2)) out.quantum = render(q.n, q.scale);
    out.from = { budget: b.id };
    const p = phasing(ctx, b.change * (finer ? 10n : 1n), q);
    if (p !== undefined) out.phasing = p;
    const f = fte(ctx, false, fteBudgets);
    if (f !== undefined) out.fte = f;
    return out as Line;
  }

  // The line's own quantum: the scenario's, a multiple of it, or a tenth of it.
  const lq = pick(g, ['same', 'same', 'same', 'coarser', 'finer'] as const);
  const q: Scaled = lq === 'same' ? ctx.q : lq === 'coarser' ? { n: ctx.q.n * pick(g, [10n, 100n, 3n]), scale: ctx.q.scale } : { n: ctx.q.n, scale: ctx.q.scale + 1 };
  if (lq !== 'same' || chance(g, 0.1)) out.quantum = render(q.n, q.scale);
  const total = lineUnits(g);
  let known: bigint | undefined = total;
  if (style === 'rule') {
    out.amount = times(q, total);
    out.attribution = weightRule(ctx, 0);
  } else if (style === 'default') {
    out.amount = times(q, total);
  } else {
    const amounts = splitCounts(ctx, total, partners.length, true);
    out.attribution = { rule: 'actual', amounts: record(partners, amounts.map((k) => times(q, k))) };
    if (style === 'actual') out.amount = times(q, total);
    else known = undefined;
  }
  const p = phasing(ctx, known, q);
  if (p !== undefined) out.phasing = p;
  const f = fte(ctx, style !== 'rule' && style !== 'default', fteBudgets);
  if (f !== undefined) out.fte = f;
  return out as Line;
}
