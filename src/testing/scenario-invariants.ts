import { Decimal } from '../money/index.js';
import type { Line, Partner, Scenario, Split } from '../model/index.js';
import { ruleWeights } from '../attribution/index.js';
import { pivot, type Evaluation, type LineCell, type LineDimension } from '../engine/index.js';
import { oneQuantumRoundingExists } from './_one-quantum.js';

/**
 * One way an evaluation breaks the guarantees, as found by {@link checkEvaluationInvariants}.
 *
 * @example
 * ```ts
 * const v: EvaluationViolation = { rule: 'partner-total', line: 'management', measure: 'money', message: 'hf gets 684000.01, not 684000' };
 * ```
 */
export interface EvaluationViolation {
  /**
   * Which guarantee:
   * - `axis`: grouping the cells by some axis (partner, line, service, year, tier, category, fund,
   *   recurrence, kind) gives rows, columns or totals that do not add up;
   * - `cells`: a line does not have one cell per partner in each of its years (or has FTE cells without FTE);
   * - `line-total`: a line's cells do not sum to the line;
   * - `partner-total`: a partner's cells of a line (over all years) are not the one-shot apportionment
   *   of the whole line (or the partner's stated or derived amount);
   * - `year-total`: a year's cells of a line are not the line's phasing of that year;
   * - `quantum`: a cell is not a whole number of the line's quantum;
   * - `bound`: a cell is a quantum or more from its exact value (year total × weight ÷ total weight), or
 *   two quanta or more where no rounding within one quantum meets both the year and the partner totals;
   * - `zero-weight`: a partner whose weight is zero got something;
   * - `position`: a baseline's starting − closing is not its change, or an apportioned closing does not
   *   add up to the combined figure.
   */
  readonly rule: 'axis' | 'cells' | 'line-total' | 'partner-total' | 'year-total' | 'quantum' | 'bound' | 'zero-weight' | 'position';
  /** The line (or budget, for `position`) concerned, when there is one. */
  readonly line?: string;
  /** Money or FTE, when it matters. */
  readonly measure?: 'money' | 'fte';
  /** What was found. */
  readonly message: string;
}

// Products of cells and weights can exceed the library's 80 digits; these operations are exact here.
const Exact = Decimal.clone({ precision: 1e9 });
type Exact = Decimal;
const AXES: readonly LineDimension[] = ['partner', 'line', 'service', 'year', 'tier', 'category', 'fund', 'recurrence', 'kind'];

// Sums start from an Exact zero, so they are computed (and held) at the exact precision.
const sum = (values: readonly Decimal[]): Decimal => values.reduce((a, b) => a.plus(b), new Exact(0) as Decimal);
const exact = (d: Decimal | bigint): Exact => new Exact(d.toString());

/** Exact decimals as integers on one common scale (their ratios unchanged). */
function integers(values: readonly Decimal[]): bigint[] {
  const places = values.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return values.map((d) => BigInt(d.toFixed(places).replace('.', '')));
}

/**
 * Largest remainder (Hamilton), written out here independently of the engine: floors, then one quantum
 * each to the largest remainders, ties to the lowest `rank`; zero weight gets zero; a negative total
 * splits as the mirror of the positive one.
 */
function hamilton(total: Decimal, weights: readonly bigint[], quantum: Decimal, rank: readonly number[]): Decimal[] {
  const units = BigInt(exact(total).dividedBy(exact(quantum)).toFixed(0));
  const sign = units < 0n ? -1n : 1n;
  const n = units * sign;
  const W = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (W === 0n ? 0n : (n * w) / W));
  let left = n - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, j) => ({ j, w, r: W === 0n ? 0n : (n * w) % W }))
    .filter((x) => x.w > 0n)
    .sort((a, b) => (a.r !== b.r ? (a.r > b.r ? -1 : 1) : rank[a.j]! - rank[b.j]!));
  for (let k = 0; left > 0n; k++, left--) parts[order[k]!.j]! += 1n;
  return parts.map((p) => exact(quantum).times((p * sign).toString()) as Decimal);
}

/** Ranks from a tie order: those listed first, in order, then the rest in partner order. */
function ranks(order: readonly string[], partners: readonly Partner[]): number[] {
  const listed = order.map((id) => partners.findIndex((p) => p.id === id)).filter((i) => i >= 0);
  const sequence = [...new Set([...listed, ...partners.map((_, j) => j)])];
  const rank: number[] = [];
  sequence.forEach((j, k) => (rank[j] = k));
  return rank;
}

/** The largest quantum that divides both (Euclid on the exact decimals). */
function commonDivisor(a: Decimal, b: Decimal): Decimal {
  while (!b.isZero()) [a, b] = [b, a.mod(b)];
  return a;
}

/** The change (starting − closing) of a budget per partner, from the evaluation's own position cells. */
function changeOf(evaluation: Evaluation, budget: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const c of evaluation.positionCells) if (c.budget === budget && c.position === 'change' && c.partner !== null) out.set(c.partner, c.value);
  return out;
}

/** What a line's measure should hold: the quantum, each partner's total, and the weights behind them. */
function expectedPartners(evaluation: Evaluation, line: Line, split: Split, measure: 'money' | 'fte'): { quantum: Decimal; perPartner: Decimal[]; weights: Decimal[] | null } {
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
function expectedYears(line: Line, total: Decimal, quantum: Decimal, measure: 'money' | 'fte'): Decimal[] {
  const p = line.phasing;
  if (p.kind === 'amounts' && measure === 'money') return p.years.map((y) => y.amount);
  const weights = integers(p.kind === 'shares' ? p.years.map((y) => y.share) : p.years.map((y) => y.amount.abs()));
  if (weights.every((w) => w === 0n)) return weights.map((_, i) => (i === 0 ? total : new Decimal(0)));
  return hamilton(total, weights, quantum, weights.map((_, i) => i));
}

function checkLine(evaluation: Evaluation, byLine: ReadonlyMap<string, readonly LineCell[]>, line: Line, measure: 'money' | 'fte', out: EvaluationViolation[]): void {
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

function checkAxes(evaluation: Evaluation, measure: 'money' | 'fte', out: EvaluationViolation[]): void {
  const all = sum(evaluation.lineCells.filter((c) => c.measure === measure).map((c) => c.value));
  for (const axis of AXES) {
    const t = pivot(evaluation, { rows: axis, columns: 'partner', measure });
    const problem = (message: string): void => {
      out.push({ rule: 'axis', measure, message: `by ${axis}: ${message}` });
    };
    for (const r of t.rows) {
      const s = sum(r.values.filter((v): v is Decimal => v !== null));
      if (!s.equals(r.total)) problem(`row ${r.key} adds to ${s.toString()}, not its total ${r.total.toString()}`);
    }
    if (!sum(t.rows.map((r) => r.total)).equals(t.grandTotal)) problem('the row totals do not add up to the grand total');
    if (!sum([...t.columnTotals]).equals(t.grandTotal)) problem('the column totals do not add up to the grand total');
    if (!t.grandTotal.equals(all)) problem(`the grand total is ${t.grandTotal.toString()}, not the sum of every cell, ${all.toString()}`);
  }
}

function checkPositions(evaluation: Evaluation, out: EvaluationViolation[]): void {
  const { budgets, partners } = evaluation.scenario;
  for (const b of budgets) {
    const cells = evaluation.positionCells.filter((c) => c.budget === b.id);
    const value = (partner: string | null, position: string): Decimal | undefined => cells.find((c) => c.partner === partner && c.position === position)?.value;
    const add = (message: string): void => {
      out.push({ rule: 'position', line: b.id, message });
    };
    for (const p of partners) {
      const [s, cl, ch] = [value(p.id, 'starting'), value(p.id, 'closing'), value(p.id, 'change')];
      if (s !== undefined && cl !== undefined && ch !== undefined && !s.minus(cl).equals(ch)) add(`${p.id}: starting − closing is not the change`);
    }
    if (b.closing?.kind === 'combined') {
      const closing = cells.filter((c) => c.position === 'closing' && c.partner !== null).map((c) => c.value);
      if (!sum(closing).equals(b.closing.total)) add(`the apportioned closing adds to ${sum(closing).toString()}, not ${b.closing.total.toString()}`);
      const w = ruleWeights(b.closing.rule, partners, ranks(evaluation.scenario.settings.tieOrder, partners));
      partners.forEach((p, j) => {
        if (w[j] === 0n && !(value(p.id, 'closing') ?? new Decimal(0)).isZero()) out.push({ rule: 'zero-weight', line: b.id, message: `${p.id} has zero weight but its closing is not zero` });
      });
    }
  }
}

/**
 * Checks an evaluation against the library's guarantees, independently of the engine's own checks, and
 * lists what it finds. For each line and measure: one cell per partner per phased year; the cells sum
 * to the line; each partner's cells sum to its one-shot apportionment of the whole line (so a partner's
 * share is the same read per year or over all years), or to its stated or derived amount; each year's
 * cells sum to that year's phasing; every cell sits on the quantum and within one quantum of its exact
 * value; zero-weight partners get zero. Across the evaluation: every axis adds up (pivots by partner,
 * line, service, year, tier, category, fund, recurrence and kind), and baselines are consistent. Use it
 * in your own tests of partner splits.
 *
 * @param evaluation - from `evaluate(parseScenario(...))`
 * @returns every violation found; empty when the evaluation is sound
 *
 * @example
 * ```ts
 * checkEvaluationInvariants(evaluate(parseScenario(file)));
 * //=> []
 * ```
 */
export function checkEvaluationInvariants(evaluation: Evaluation): EvaluationViolation[] {
  const out: EvaluationViolation[] = [];
  const scenario: Scenario = evaluation.scenario;
  const known = new Set(scenario.lines.map((l) => l.id));
  for (const c of evaluation.lineCells) {
    if (!known.has(c.line)) out.push({ rule: 'cells', line: c.line, measure: c.measure, message: `a cell of ${c.line}, which is not a line of the scenario` });
  }
  // Cells grouped by line once, so that the check grows with the cells, not with lines × cells.
  const byLine = new Map<string, LineCell[]>();
  for (const c of evaluation.lineCells) {
    const key = `${c.line}\u0000${c.measure}`;
    const group = byLine.get(key);
    if (group === undefined) byLine.set(key, [c]);
    else group.push(c);
  }
  for (const line of scenario.lines) {
    checkLine(evaluation, byLine, line, 'money', out);
    checkLine(evaluation, byLine, line, 'fte', out);
  }
  checkAxes(evaluation, 'money', out);
  checkAxes(evaluation, 'fte', out);
  checkPositions(evaluation, out);
  return out;
}
