/**
 * The appraisal as a linear function of its uncertain inputs. Every input the sensitivity analysis and
 * the simulation vary acts linearly on {@link appraise}'s cash flows: a tier's realisation multiplies that
 * tier's benefit cells, a cost multiplier its cost cells, an indirect-saving position interpolates between
 * the low and high cells. So one evaluation is taken apart once into exact components per partner and
 * year (by tier, by indirect saving and end of range, by cost, and funding), as BigInts over a common
 * power of ten, recurring exactly as `appraise` makes them recur; a run is then a weighted sum.
 */
import { Decimal, rankFromPriority, scaledBigInt } from '../../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../../engine/index.js';
import type { Tier } from '../../model/index.js';
import { TIERS } from '../../schema/index.js';

const RANGES = ['low', 'central', 'high'] as const;

/** Non-zero components of one partner and year: column indexes and exact values (× 10^cellScale). */
export interface Entries {
  readonly cols: readonly number[];
  readonly vals: readonly bigint[];
}

/**
 * The components of an evaluation. Columns: 0–2 the lines of each tier, in the order of `TIERS`; then
 * three per indirect saving (low, central, high); then one per quantified one-off cost; last, funding.
 * Plain data (structured cloneable), so it can be sent to worker threads.
 */
export interface LinearModel {
  readonly partners: readonly string[];
  readonly years: readonly string[];
  /** Each indirect saving's id and the index of its tier. */
  readonly indirect: readonly { readonly id: string; readonly tier: number }[];
  /** The quantified one-off costs, by id. */
  readonly costs: readonly string[];
  readonly columns: number;
  /** Components are integers: pounds × 10^cellScale. */
  readonly cellScale: number;
  /** Benefits (lines and indirect savings) per partner and year. */
  readonly benefit: readonly (readonly Entries[])[];
  /** Costs and funding per partner and year (funding counted with a negative weight). */
  readonly cost: readonly (readonly Entries[])[];
  /** The scenario quantum in pounds, as text. */
  readonly quantum: string;
  /** Each partner's place in the scenario's tie order, 0 first: present values round as `appraise` rounds them. */
  readonly rank: readonly number[];
}

/** Financial-year labels from the first, as `appraise` writes them. */
export function yearLabels(first: string, n: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: n }, (_, i) => `${start + i}/${String((start + i + 1) % 100).padStart(2, '0')}`);
}

interface _Item {
  readonly p: number;
  readonly t: number;
  readonly col: number;
  readonly value: Decimal;
  readonly recurs: boolean;
  readonly side: 'benefit' | 'cost';
}

/**
 * Takes an evaluation apart into exact components over `n` years from the scenario's first, counting
 * unconfirmed funding only when asked (as `appraise` does).
 */
export function linearModel(evaluation: Evaluation, n: number, includeUnconfirmedFunding: boolean): LinearModel {
  const s = evaluation.scenario;
  const years = yearLabels(s.settings.firstYear, n);
  const yearAt = new Map(years.map((y, i) => [y, i]));
  const partnerAt = new Map(s.partners.map((p, i) => [p.id, i]));
  const indirect = s.indirect.map((x) => ({ id: x.id, tier: TIERS.indexOf(x.tier) }));
  const indirectAt = new Map(indirect.map((x, i) => [x.id, i]));
  const costs = s.costs.filter((k) => !k.unquantified && k.money !== undefined).map((k) => k.id);
  const costAt = new Map(costs.map((id, i) => [id, 3 + 3 * indirect.length + i]));
  const fundingCol = 3 + 3 * indirect.length + costs.length;
  const counted = new Set(s.funding.filter((f) => f.confirmed || includeUnconfirmedFunding).map((f) => f.id));

  const items: _Item[] = [];
  const add = (partner: string, year: string, col: number, value: Decimal, recurs: boolean, side: _Item['side']): void => {
    const t = yearAt.get(year);
    if (t !== undefined && !value.isZero()) items.push({ p: partnerAt.get(partner)!, t, col, value, recurs, side });
  };
  // Line cells summed per tier and recurrence first, exactly: a component is linear in its cells.
  const lineSums = sumLinesByPartnerYear(evaluation, years, (l, measure) => (measure === 'money' ? `${l.tier}\u0000${l.recurrence}` : undefined));
  for (const [group, byPartner] of lineSums) {
    const [tier, recurrence] = group.split('\u0000') as [Tier, string];
    s.partners.forEach((p, i) => byPartner[i]!.forEach((value, t) => add(p.id, years[t]!, TIERS.indexOf(tier), value, recurrence === 'ongoing', 'benefit')));
  }
  for (const c of evaluation.indirectCells) add(c.partner, c.year, 3 + 3 * indirectAt.get(c.indirect)! + RANGES.indexOf(c.range), c.value, true, 'benefit');
  for (const c of evaluation.costCells) add(c.partner, c.year, costAt.get(c.cost)!, c.value, false, 'cost');
  for (const c of evaluation.fundingCells) if (counted.has(c.funding)) add(c.partner, c.year, fundingCol, c.value, false, 'cost');

  const quantum = s.settings.quantum;
  const cellScale = items.reduce((m, x) => Math.max(m, x.value.decimalPlaces()), quantum.decimalPlaces());
  const grid = (): Map<number, bigint>[][] => s.partners.map(() => years.map(() => new Map<number, bigint>()));
  const sums = { benefit: grid(), cost: grid() };
  for (const x of items) {
    const units = scaledBigInt(x.value, cellScale);
    for (let t = x.t; t < (x.recurs ? n : x.t + 1); t++) {
      const cell = sums[x.side][x.p]![t]!;
      cell.set(x.col, (cell.get(x.col) ?? 0n) + units);
    }
  }
  const entries = (g: Map<number, bigint>[][]): Entries[][] =>
    g.map((row) =>
      row.map((cell) => {
        const cols = [...cell.keys()].filter((k) => cell.get(k) !== 0n).sort((a, b) => a - b);
        return { cols, vals: cols.map((k) => cell.get(k)!) };
      }),
    );
  return {
    partners: s.partners.map((p) => p.id),
    years,
    indirect,
    costs,
    columns: fundingCol + 1,
    cellScale,
    benefit: entries(sums.benefit),
    cost: entries(sums.cost),
    quantum: quantum.toString(),
    rank: rankFromPriority(s.partners.length, s.settings.tieOrder.map((id) => s.partners.findIndex((p) => p.id === id))),
  };
}
