import { BUDGET_BASES, MEASURES, type AttributionRuleInput, type Measure } from '../schema/index.js';
import { times } from './_scaled.js';
import { splitCounts, weightRule } from './_scenario-attribution.js';
import { big, chance, FUNDS, pick, record, type Budget, type Context } from './_scenario-context.js';

/** A budget a line can be derived from: money or FTE, with each partner's starting position and a closing total. */
export interface UsableBudget {
  readonly id: string;
  readonly measure: 'money' | 'fte';
  /** Starting − closing, in quanta of the scenario (money) or FTE quantum. */
  readonly change: bigint;
}

/** How often each measure is drawn for a budget: money most, headcount least. */
const MEASURE_WEIGHTS: Readonly<Record<Measure, number>> = { money: 3, fte: 2, headcount: 1 };
const BUDGET_MEASURES: readonly Measure[] = MEASURES.flatMap((m) => Array.from({ length: MEASURE_WEIGHTS[m] }, () => m));

/** A budget with its starting and (usually) closing positions. */
export function budget(ctx: Context, id: string, usable: UsableBudget[]): Budget {
  const { g, partners } = ctx;
  const measure = pick(g, BUDGET_MEASURES);
  const q = measure === 'money' ? ctx.q : measure === 'fte' ? ctx.fteQ : { n: 1n, scale: 0 };
  // Headcount is whole heads; apportioned closings use the FTE quantum, which divides 1.
  const max = measure === 'money' ? 10_000_000n : 400n;
  const amounts = (): bigint[] => partners.map(() => big(g, 0n, max));
  const out: Budget = { id, name: `Budget ${id}`, measure, starting: {} };
  const base = out as { basis?: Budget['basis']; controllable?: boolean; fund?: string; starting: Budget['starting']; closing?: Budget['closing'] };
  if (chance(g, 0.5)) base.basis = pick(g, BUDGET_BASES);
  if (chance(g, 0.3)) base.controllable = chance(g, 0.5);
  if (chance(g, 0.3)) base.fund = pick(g, FUNDS);
  let startingPer: bigint[] | null = null;
  if (chance(g, 0.9)) {
    startingPer = amounts();
    base.starting = record(partners, startingPer.map((k) => times(q, k)));
  } else base.starting = { combined: times(q, big(g, 0n, max * BigInt(partners.length))) };
  const closing = pick(g, ['none', 'amounts', 'amounts', 'rule', 'rule', 'actual', 'total'] as const);
  let closingTotal: bigint | null = null;
  if (closing === 'amounts') {
    const per = amounts();
    base.closing = record(partners, per.map((k) => times(q, k)));
    closingTotal = per.reduce((a, b) => a + b, 0n);
  } else if (closing === 'rule' || closing === 'actual') {
    const total = big(g, 0n, max * BigInt(partners.length));
    const attribution: AttributionRuleInput =
      closing === 'rule' ? weightRule(ctx, 0) : { rule: 'actual', amounts: record(partners, splitCounts(ctx, total, partners.length, false).map((k) => times(q, k))) };
    base.closing = { combined: times(q, total), attribution };
    closingTotal = total;
  } else if (closing === 'total') base.closing = { combined: times(q, big(g, 0n, max * BigInt(partners.length))) };
  if (measure !== 'headcount' && startingPer !== null && closingTotal !== null) {
    usable.push({ id, measure, change: startingPer.reduce((a, b) => a + b, 0n) - closingTotal });
  }
  return out;
}
