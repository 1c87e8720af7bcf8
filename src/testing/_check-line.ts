import type { Decimal } from '../money/index.js';
import type { Line } from '../model/index.js';
import type { Evaluation, LineCell } from '../engine/index.js';
import { exact, integers, sum } from './_exact.js';
import { expectedPartners, expectedYears } from './_expected-line.js';
import { oneQuantumRoundingExists } from './_one-quantum.js';
import type { EvaluationViolation } from './evaluation-violation.js';

/** Adds to `out` what breaks the guarantees in one line's cells of one measure (money or FTE). */
export function checkLine(evaluation: Evaluation, byLine: ReadonlyMap<string, readonly LineCell[]>, line: Line, measure: 'money' | 'fte', out: EvaluationViolation[]): void {
  const { partners, settings } = evaluation.scenario;
  const cells = byLine.get(`${line.id}\u0000${measure}`) ?? [];
  const split = measure === 'money' ? line.money : line.fte;
  const add = (rule: EvaluationViolation['rule'], message: string): void => {
    out.push({ rule, line: line.id, measure, message });
  };
  if (split === undefined) {
    if (cells.length > 0) add('cells', `${cells.length} FTE cells, but the line has no FTE`);
    return;
  }
  const years = line.phasing.years.map((y) => settings.years[y.year]!);
  const at = new Map<string, LineCell>();
  for (const c of cells) at.set(`${c.year}\u0000${c.partner}`, c);
  if (cells.length !== years.length * partners.length || years.some((y) => partners.some((p) => !at.has(`${y}\u0000${p.id}`)))) {
    add('cells', `${cells.length} cells, not one per partner in each of ${years.join(', ')}`);
    return;
  }
  const sign = line.kind === 'cost' && measure === 'money' ? -1 : 1;
  const signed = (d: Decimal): Decimal => (sign < 0 ? d.negated() : d);
  const { quantum, perPartner, weights } = expectedPartners(evaluation, line, split, measure);
  const total = sum(perPartner);
  const yearTotals = expectedYears(line, total, quantum, measure);
  const cellAt = (i: number, j: number): Decimal => at.get(`${years[i]}\u0000${partners[j]!.id}`)!.value;

  for (const c of cells) if (!c.value.mod(quantum).isZero()) add('quantum', `${c.partner} in ${c.year} holds ${c.value.toString()}, not a multiple of ${quantum.toString()}`);
  const cellSum = sum(cells.map((c) => c.value));
  if (!cellSum.equals(signed(total))) add('line-total', `cells sum to ${cellSum.toString()}, not ${signed(total).toString()}`);
  partners.forEach((p, j) => {
    const got = sum(years.map((_, i) => cellAt(i, j)));
    if (!got.equals(signed(perPartner[j]!))) add('partner-total', `${p.id} gets ${got.toString()} over all years, not ${signed(perPartner[j]!).toString()}`);
    if (split.kind === 'rule' && weights![j]!.isZero() && !got.isZero()) add('zero-weight', `${p.id} has zero weight but gets ${got.toString()}`);
  });
  years.forEach((y, i) => {
    const got = sum(partners.map((_, j) => cellAt(i, j)));
    if (!got.equals(signed(yearTotals[i]!))) add('year-total', `${y} sums to ${got.toString()}, not ${signed(yearTotals[i]!).toString()}`);
  });
  // |cell − Y·w/W| < q  ⇔  |cell·W − Y·w| < q·|W|, compared exactly without division.
  const W = exact(sum(weights!));
  if (W.isZero()) return;
  const farFrom = (quanta: number): [number, number][] => {
    const limit = exact(quantum).times(W.abs()).times(quanta);
    return years.flatMap((_, i) =>
      partners.flatMap((_, j): [number, number][] => (exact(cellAt(i, j)).times(sign).times(W).minus(exact(yearTotals[i]!).times(exact(weights![j]!))).abs().greaterThanOrEqualTo(limit) ? [[i, j]] : [])),
    );
  };
  const far = farFrom(1);
  if (far.length === 0) return;
  // Within one quantum is owed wherever such a rounding meets both totals; where none does, within two.
  const inQuanta = (d: Decimal): bigint => BigInt(exact(d).dividedBy(exact(quantum)).toFixed(0));
  const oneExists = oneQuantumRoundingExists(yearTotals.map(inQuanta), perPartner.map(inQuanta), integers(weights!));
  for (const [i, j] of oneExists ? far : farFrom(2)) {
    const how = oneExists ? 'a quantum or more' : 'two quanta or more (no rounding within one quantum meets both its year and its partner totals)';
    add('bound', `${partners[j]!.id} in ${years[i]} holds ${cellAt(i, j).toString()}, ${how} from its exact value`);
  }
}
