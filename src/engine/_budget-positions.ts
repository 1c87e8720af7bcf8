import { InvariantError } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { ruleWeights } from '../attribution/index.js';
import type { Budget, Scenario } from '../model/index.js';
import type { AgreementContributions, PositionCell } from './types.js';
import { fromUnits, rankFor, scaleOf, splitUnits, toUnits } from './_units.js';

/**
 * An agreement's contributions in one year as a closing position: each party's net contribution, and 0
 * for a partner that is not a party that year (it pays nothing to the agreement). They add up to the
 * year's net cost, the closing's total.
 */
function agreementClosing(b: Budget, closing: { agreement: string; yearIndex: number; total: Decimal }, scenario: Scenario, contributions: readonly AgreementContributions[]): Map<string, Decimal> {
  const year = contributions.find((a) => a.agreement === closing.agreement)?.years.find((y) => y.split.year === closing.yearIndex);
  if (year === undefined || year.cost === undefined) throw new InvariantError(`budget ${b.id}: agreement ${closing.agreement} has no contributions in year ${closing.yearIndex}`);
  const net = new Map(year.cells.map((cell) => [cell.partner, cell.net]));
  const out = new Map(scenario.partners.map((p) => [p.id, net.get(p.id) ?? new Decimal(0)]));
  const sum = [...out.values()].reduce((a, x) => a.plus(x), new Decimal(0));
  if (!sum.equals(closing.total)) throw new InvariantError(`budget ${b.id}: contributions add up to ${sum.toString()}, not the year's net cost ${closing.total.toString()}`);
  return out;
}

/**
 * Positions of every budget, per partner: starting, closing (apportioned where combined, an agreement's
 * contributions where it names one) and change.
 */
export function evaluateBudget(b: Budget, scenario: Scenario, out: PositionCell[], contributions: readonly AgreementContributions[] = []): Map<string, Decimal> | undefined {
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
  } else if (b.closing.kind === 'agreement') closing = agreementClosing(b, b.closing, scenario, contributions);
  else closing = b.closing.amounts.perPartner;

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
