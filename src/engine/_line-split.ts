import { InvariantError } from '../errors/index.js';
import { scaledBigInt, fromScaledBigInt, type Decimal } from '../money/index.js';
import { ruleWeights, type Drivers } from '../attribution/index.js';
import type { Cost, Line, Scenario, Split } from '../model/index.js';
import { rankFor, scaleOf, splitUnits, toUnits, type Scale } from './_units.js';

/**
 * What the engine splits among the partners and phases over the years: a line (each of its measures) or
 * a one-off cost. Neither needs a tier, category or fund to be split, so a cost is split as itself.
 */
export type SplitItem = Pick<Line, 'id' | 'phasing' | 'quantum' | 'tieOrder'> | Pick<Cost, 'id' | 'phasing' | 'quantum' | 'tieOrder'>;

/** The per-partner totals of a line's measure, in units of `scale`, with the weights for its grid. */
export function partnerUnits(split: Split, scale: Scale, item: SplitItem, scenario: Scenario, changes: Map<string, Map<string, Decimal>>, drivers: Drivers): { total: bigint; parts: bigint[]; weights: bigint[] } {
  const { partners } = scenario;
  const rank = rankFor(item.tieOrder, partners);
  if (split.kind === 'rule') {
    const total = toUnits(split.total, scale);
    if (total === undefined) throw new InvariantError(`line ${item.id}: total is not on its quantum`);
    // Split year by year (timedGrid) instead: each partner's total is the sum of its years.
    if (split.schedule !== undefined) return { total, parts: [], weights: [] };
    const weights = ruleWeights(split.rule, partners, rank, drivers);
    return { total, parts: splitUnits(total, weights, rank), weights };
  }
  const amounts = split.kind === 'fixed' ? split.perPartner : changes.get(split.budget);
  if (amounts === undefined) throw new InvariantError(`line ${item.id}: budget ${split.kind === 'derived' ? split.budget : ''} has no per-partner change`);
  const parts = partners.map((p) => {
    const u = toUnits(amounts.get(p.id)!, scale);
    if (u === undefined) throw new InvariantError(`line ${item.id}: ${p.id}'s amount is not on the quantum`);
    return u;
  });
  const total = parts.reduce((a, b) => a + b, 0n);
  // Signed: where partners' amounts differ in sign, each year holds every partner's own part of it.
  return { total, parts, weights: parts };
}

/** The weights a line's total is split over its years by; undefined where the years' amounts are stated. */
export function yearWeights(item: SplitItem, moneyYears: readonly bigint[] | undefined): bigint[] | undefined {
  const p = item.phasing;
  if (p.kind === 'amounts' && moneyYears === undefined) return undefined;
  if (moneyYears !== undefined) return moneyYears.map((u) => (u < 0n ? -u : u));
  const places = p.kind === 'shares' ? p.years.reduce((m, y) => Math.max(m, y.share.decimalPlaces()), 0) : 0;
  return p.kind === 'shares' ? p.years.map((y) => scaledBigInt(y.share, places)) : [];
}

/** Year totals of a line in units: the stated amounts, or the total split by the phasing shares. */
export function yearUnits(item: SplitItem, total: bigint, scale: Scale, moneyYears: readonly bigint[] | undefined): bigint[] {
  const weights = yearWeights(item, moneyYears);
  if (weights === undefined) return item.phasing.years.map((y) => toUnits((y as { amount: Decimal }).amount, scale)!);
  if (weights.every((w) => w === 0n)) return weights.map((_, i) => (i === 0 ? total : 0n));
  return splitUnits(total, weights, weights.map((_, i) => i));
}

/**
 * A derived line uses its own quantum if every partner's change sits on it, else the scenario's if the
 * changes and any phased amounts sit on that, else the largest quantum both divide (starting positions
 * sit on the line's quantum, apportioned closings on the scenario's).
 */
export function pickQuantum(item: SplitItem, split: Split, scenario: Scenario, changes: Map<string, Map<string, Decimal>>): Decimal {
  if (split.kind !== 'derived') return item.quantum;
  const fits = (q: Decimal, values: readonly Decimal[]): boolean => values.every((v) => toUnits(v, scaleOf(q)) !== undefined);
  const change = changes.get(split.budget);
  if (change !== undefined && fits(item.quantum, [...change.values()])) return item.quantum;
  const q = scenario.settings.quantum;
  const amounts = item.phasing.kind === 'amounts' ? item.phasing.years.map((y) => y.amount) : [];
  if (fits(q, [...(change?.values() ?? []), ...amounts])) return q;
  const places = Math.max(q.decimalPlaces(), item.quantum.decimalPlaces());
  let [a, b] = [scaledBigInt(q, places), scaledBigInt(item.quantum, places)];
  while (b !== 0n) [a, b] = [b, a % b];
  return fromScaledBigInt(a, places);
}
