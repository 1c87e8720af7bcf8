import { Decimal, fromPounds, percentage, type MoneyUnit } from '../money/index.js';
import { selectTotal, type Evaluation } from '../engine/index.js';
import type { PublishedFigure } from '../model/index.js';

/**
 * How a printed figure compares with the model:
 * - `exact`: the same value;
 * - `rounding`: the model's value, rounded to the printed precision, is what was printed;
 * - `rounding-of-parts`: a printed total that differs by no more than the rounding of the printed parts
 *   it was summed from (plus its own);
 * - `discrepancy`: a real difference, beyond any rounding;
 * - `not-modelled`: the model holds nothing the figure describes.
 *
 * @example
 * ```ts
 * const v: Verdict = 'rounding';
 * ```
 */
export type Verdict = 'exact' | 'rounding' | 'rounding-of-parts' | 'discrepancy' | 'not-modelled';

/**
 * The paper's own arithmetic for a printed total: its printed parts summed, against the printed total.
 *
 * @example
 * ```ts
 * const a: ArithmeticCheck = { partsSum: new Decimal('0.201'), difference: new Decimal('-0.001'), addsUp: true };
 * ```
 */
export interface ArithmeticCheck {
  /** The printed parts, summed (in the total's unit). */
  readonly partsSum: Decimal;
  /** Printed total − printed parts summed. */
  readonly difference: Decimal;
  /** Whether the printed total is the parts' sum printed at the total's precision. */
  readonly addsUp: boolean;
}

/**
 * One published figure beside the model's value. Values are in the figure's own unit (`£m`, `fte`, …).
 *
 * @example
 * ```ts
 * const row: ReconciliationRow = reconcile(evaluation).rows[0];
 * row.verdict;
 * //=> 'rounding'
 * ```
 */
export interface ReconciliationRow {
  readonly index: number;
  readonly id?: string;
  readonly label: string;
  readonly unit: string;
  readonly precision: Decimal;
  /** As printed; never changed. */
  readonly printed: Decimal;
  /** The model's exact value, or null when not modelled. */
  readonly computed: Decimal | null;
  /** Printed − computed, or null when not modelled. */
  readonly difference: Decimal | null;
  readonly verdict: Verdict;
  /** For printed totals with `sumOf`: whether the paper's own arithmetic holds. */
  readonly arithmetic?: ArithmeticCheck;
}

/**
 * Every published figure of a scenario compared with the model, and the paper's own arithmetic.
 *
 * @example
 * ```ts
 * const r: Reconciliation = reconcile(evaluation);
 * r.counts.discrepancy;
 * ```
 */
export interface Reconciliation {
  readonly rows: readonly ReconciliationRow[];
  /** How many rows have each verdict. */
  readonly counts: Readonly<Record<Verdict, number>>;
  /** How many printed totals do not equal their printed parts. */
  readonly arithmeticFailures: number;
}

/** A budget-context percentage to 12 decimals (exact to far below any printed precision). */
function contextPercent(evaluation: Evaluation, id: string): Decimal | undefined {
  const x = evaluation.scenario.context.find((c) => c.id === id);
  if (x === undefined) return undefined;
  const baseline = selectTotal(evaluation, x.of);
  return baseline === undefined || baseline.isZero() ? undefined : percentage(x.reduction, baseline, { decimals: 12 });
}

function inUnit(value: Decimal, unit: string): Decimal {
  return unit === '£' || unit === '£000' || unit === '£m' ? fromPounds(value, unit as MoneyUnit) : value;
}

/**
 * Compares every published figure with the model: the computed value, the difference and a verdict
 * (within the paper's own rounding, allowing for the rounding of the printed parts a printed total was
 * summed from, or a real discrepancy). Also checks the paper's own arithmetic: printed parts against
 * printed totals. It never changes a published figure.
 *
 * @param evaluation - from {@link evaluate}
 * @returns one row per published figure, in the order of the scenario, with counts
 *
 * @example
 * ```ts
 * const r = reconcile(evaluate(parseScenario(json)));
 * r.rows.filter((row) => row.verdict === 'discrepancy').map((row) => row.label);
 * ```
 */
export function reconcile(evaluation: Evaluation): Reconciliation {
  const figures = evaluation.scenario.published;
  const byId = new Map<string, PublishedFigure>();
  for (const f of figures) if (f.id !== undefined) byId.set(f.id, f);
  const half = (f: PublishedFigure): Decimal => f.precision.dividedBy(2);
  const rows = figures.map((f): ReconciliationRow => {
    const total = f.of.context !== undefined ? contextPercent(evaluation, f.of.context) : selectTotal(evaluation, f.of);
    const parts = (f.sumOf ?? []).map((id) => byId.get(id)!).filter((p) => p !== undefined);
    let arithmetic: ArithmeticCheck | undefined;
    if (parts.length > 0) {
      const partsSum = parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
      const difference = f.value.minus(partsSum);
      arithmetic = { partsSum, difference, addsUp: difference.abs().lessThanOrEqualTo(half(f)) };
    }
    const base = { index: f.index, ...(f.id === undefined ? {} : { id: f.id }), label: f.label, unit: f.unit, precision: f.precision, printed: f.value, ...(arithmetic ? { arithmetic } : {}) };
    if (total === undefined) return { ...base, computed: null, difference: null, verdict: 'not-modelled' };
    const computed = inUnit(total, f.unit);
    const difference = f.value.minus(computed);
    const gap = difference.abs();
    const partsSlack = parts.reduce((a, p) => a.plus(half(p)), half(f));
    const verdict: Verdict = gap.isZero() ? 'exact' : gap.lessThanOrEqualTo(half(f)) ? 'rounding' : parts.length > 0 && gap.lessThanOrEqualTo(partsSlack) ? 'rounding-of-parts' : 'discrepancy';
    return { ...base, computed, difference, verdict };
  });
  const counts: Record<Verdict, number> = { exact: 0, rounding: 0, 'rounding-of-parts': 0, discrepancy: 0, 'not-modelled': 0 };
  for (const r of rows) counts[r.verdict]++;
  return { rows, counts, arithmeticFailures: rows.filter((r) => r.arithmetic && !r.arithmetic.addsUp).length };
}
