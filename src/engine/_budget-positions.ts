import { InvariantError } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import { ruleWeights } from '../attribution/index.js';
import type { Budget, Scenario } from '../model/index.js';
import type { PositionCell } from './types.js';
import { fromUnits, rankFor, scaleOf, splitUnits, toUnits } from './_units.js';

/** Positions of every budget, per partner: starting, closing (apportioned where combined) and change. */
export function evaluateBudget(b: Budget, scenario: Scenario, out: PositionCell[]): Map<string, Decimal> | undefined {
  const { partners, settings } = scenario;
  const scale = scaleOf(b.measure === 'money' ? settings.quantum : settings.fteQuantum);
  const push = (partner: string | null, position: PositionCell['position'], value: Decimal): void => {
    out.push({ budget: b.id, service: b.service, partner, position, measure: b.measure, value });
  };
  const starting = b.starting.perPartner;
  if (starting === null) push(null, 'starting', b.starting.total);
  else for (const p of partners) push(p.id, 'starting', starting.get(p.id)!);
  if (b.closing === undefined) return undefined;

  let closing: ReadonlyMap<string, Decimal> | null;
  if (b.closing.kind === 'combined') {
    const units = toUnits(b.closing.total, scale);
    if (units === undefined) throw new InvariantError(`budget ${b.id}: combined closing is not on the quantum`);
    const rank = rankFor(settings.tieOrder, partners);
    const parts = splitUnits(units, ruleWeights(b.closing.rule, partners, rank), rank);
    closing = new Map(partners.map((p, j) => [p.id, fromUnits(parts[j]!, scale)]));
  } else closing = b.closing.amounts.perPartner;

  if (closing === null) push(null, 'closing', b.closing.kind === 'amounts' ? b.closing.amounts.total : b.closing.total);
  else for (const p of partners) push(p.id, 'closing', closing.get(p.id)!);

  if (starting === null || closing === null) {
    const closingTotal = b.closing.kind === 'amounts' ? b.closing.amounts.total : b.closing.total;
    push(null, 'change', b.starting.total.minus(closingTotal));
    return undefined;
  }
  const change = new Map(partners.map((p) => [p.id, starting.get(p.id)!.minus(closing!.get(p.id)!)]));
  for (const p of partners) push(p.id, 'change', change.get(p.id)!);
  return change;
}
