import { Decimal } from '../money/index.js';
import type { Line, Split } from '../model/index.js';
import { ruleWeights } from '../attribution/index.js';
import type { Evaluation } from '../engine/index.js';
import { commonDivisor, integers } from './_exact.js';
import { hamilton, ranks } from './_largest-remainder.js';

/** The change (starting − closing) of a budget per partner, from the evaluation's own position cells. */
function changeOf(evaluation: Evaluation, budget: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const c of evaluation.positionCells) if (c.budget === budget && c.position === 'change' && c.partner !== null) out.set(c.partner, c.value);
  return out;
}

/** What a line's measure should hold: the quantum, each partner's total, and the weights behind them. */
export function expectedPartners(evaluation: Evaluation, line: Line, split: Split, measure: 'money' | 'fte'): { quantum: Decimal; perPartner: Decimal[]; weights: Decimal[] | null } {
  const { partners, settings } = evaluation.scenario;
  if (split.kind === 'rule') {
    const quantum = measure === 'money' ? line.quantum : settings.fteQuantum;
    // The line's tie order breaks ties both where shares are stated to a precision and in the split.
    const rank = ranks(line.tieOrder, partners);
    const w = ruleWeights(split.rule, partners, rank);
    const perPartner = hamilton(split.total, w, quantum, rank);
    return { quantum, perPartner, weights: w.map((x) => new Decimal(x.toString())) };
  }
  const amounts = split.kind === 'fixed' ? split.perPartner : changeOf(evaluation, split.budget);
  const perPartner = partners.map((p) => amounts.get(p.id) ?? new Decimal(0));
  let quantum = measure === 'money' ? line.quantum : settings.fteQuantum;
  // A derived line keeps its own quantum only when every partner's change sits on it; else the
  // scenario's, when the changes and phased amounts sit on that; else the largest quantum both divide.
  const fits = (q: Decimal, values: readonly Decimal[]): boolean => values.every((v) => v.mod(q).isZero());
  if (measure === 'money' && split.kind === 'derived' && !fits(quantum, perPartner)) {
    const amounts = line.phasing.kind === 'amounts' ? line.phasing.years.map((y) => y.amount) : [];
    quantum = fits(settings.quantum, [...perPartner, ...amounts]) ? settings.quantum : commonDivisor(settings.quantum, line.quantum);
  }
  return { quantum, perPartner, weights: perPartner };
}

/** Each year's part of a line: the stated amounts, or the whole apportioned by the phasing. */
export function expectedYears(line: Line, total: Decimal, quantum: Decimal, measure: 'money' | 'fte'): Decimal[] {
  const p = line.phasing;
  if (p.kind === 'amounts' && measure === 'money') return p.years.map((y) => y.amount);
  const weights = integers(p.kind === 'shares' ? p.years.map((y) => y.share) : p.years.map((y) => y.amount.abs()));
  if (weights.every((w) => w === 0n)) return weights.map((_, i) => (i === 0 ? total : new Decimal(0)));
  return hamilton(total, weights, quantum, weights.map((_, i) => i));
}
