import { assertNever } from '../../errors/index.js';
import { Decimal, fromPounds, type MoneyUnit } from '../../money/index.js';
import { evaluate, type Evaluation } from '../../engine/index.js';
import { BASE_VARIANT, type PublishedFigure } from '../../model/index.js';
import { applyVariant } from '../variants/index.js';
import { figureValue, modelSign } from './_figure-value.js';
import { computedFteRemoved, unroundedModel } from './_model.js';

/**
 * How a printed figure compares with the model:
 * - `exact`: the same value;
 * - `rounding`: the model's value, rounded to the printed precision, is what was printed; or its value
 *   before the model's own rounding to its quantum is (a third of £0.200m printed 0.067 for every
 *   partner);
 * - `round-figure`: a figure the paper qualified as round (`approximate`) is the model's value rounded
 *   to its last non-zero digit: to the nearest for `round` ("£80m"), down for `over` ("over £20m"),
 *   up for `under` ("just under £1m");
 * - `within-bound`: the model's value is within a bound the paper states (`bound`: "more than £1m");
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
export type Verdict = 'exact' | 'rounding' | 'round-figure' | 'within-bound' | 'rounding-of-parts' | 'discrepancy' | 'not-modelled';

/**
 * Every verdict, in the order a reader needs them: real discrepancies first, then what the model cannot
 * say, then the agreements from the closest (rounding of parts) to the exact.
 *
 * @example
 * ```ts
 * VERDICTS[0];
 * //=> 'discrepancy'
 * ```
 */
export const VERDICTS: readonly Verdict[] = ['discrepancy', 'not-modelled', 'rounding-of-parts', 'within-bound', 'round-figure', 'rounding', 'exact'];

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
  /** The figure's place among the scenario's published figures, from 0. */
  readonly index: number;
  /** The figure's id, where it has one. */
  readonly id?: string;
  /** What the paper printed the figure as. */
  readonly label: string;
  /** The figure's unit: `£`, `£000`, `£m`, `fte`, `headcount` or `%`. */
  readonly unit: string;
  /** The precision it was printed to (the last printed digit). */
  readonly precision: Decimal;
  /** The figure as printed; never changed. */
  readonly printed: Decimal;
  /** The model's exact value, or null when the model holds nothing the figure describes. */
  readonly computed: Decimal | null;
  /** Printed − computed, or null when not modelled. */
  readonly difference: Decimal | null;
  /** How the printed figure compares with the model. */
  readonly verdict: Verdict;
  /**
   * The model's value before its own rounding to its quantum, where the verdict rests on it: the printed
   * figure is not a rounding of `computed` but is of this (e.g. 0.0666667 for a third of 0.200, printed
   * 0.067, where the model's cell is 0.066 so that the three cells add up to 0.200).
   */
  readonly unrounded?: Decimal;
  /**
   * For a figure the paper qualified (`approximate`): the step it was rounded to, its last non-zero digit
   * or its precision if coarser (10 for "£80m").
   */
  readonly roundedTo?: Decimal;
  /** For printed totals with `sumOf`: whether the paper's own arithmetic holds. */
  readonly arithmetic?: ArithmeticCheck;
  /**
   * Why a discrepancy may be the way the figure was typed rather than the model: the printed figure is
   * the model's with the other sign, so the paper prints it as a cost (or a saving) and the figure
   * should say so with `sense`.
   */
  readonly hint?: string;
}

/**
 * An indirect saving whose driver the scenario states (`driverValue`, the paper's own figure) beside
 * the driver the model computes, so that the gap between them is reported rather than hidden.
 *
 * @example
 * ```ts
 * const d: DriverCheck = reconcile(evaluation).drivers[0];
 * [d.stated.toString(), d.computed.toString()];
 * //=> ['114', '123']
 * ```
 */
export interface DriverCheck {
  /** The indirect saving's id. */
  readonly indirect: string;
  readonly name: string;
  /** What the driver counts: the FTE removed by the lines. */
  readonly driver: 'fte-removed';
  /** As the scenario states it: the rates are applied to this. */
  readonly stated: Decimal;
  /** As the model computes it from the lines. */
  readonly computed: Decimal;
  /** Stated − computed. */
  readonly difference: Decimal;
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
  /** Each indirect saving applied to a driver the scenario states, against the driver the model computes. */
  readonly drivers: readonly DriverCheck[];
}

/** A value in the figure's unit: money from pounds; every other unit is the model's own. */
function inUnit(value: Decimal, unit: string): Decimal {
  return unit === '£' || unit === '£000' || unit === '£m' ? fromPounds(value, unit as MoneyUnit) : value;
}

/** The place of a number's last non-zero digit: 10 for 80, 0.1 for 6.1, 1 for 0 (and for 7). */
function lastDigitPlace(value: Decimal): Decimal {
  if (value.isZero()) return new Decimal(1);
  let place = new Decimal(10).pow(-value.decimalPlaces());
  while (value.dividedBy(place.times(10)).isInteger()) place = place.times(10);
  return place;
}

/**
 * Whether a printed figure is what its paper would print for a model value `v`: within half its precision
 * (the nearest), or for a qualified figure within its step: nearest for `round`, rounded down for `over`
 * (printed ≤ v < printed + step), rounded up for `under` (printed − step < v ≤ printed).
 */
function printsAs(f: PublishedFigure, step: Decimal, v: Decimal): boolean {
  switch (f.approximate) {
    case undefined:
    case 'round':
      return f.value.minus(v).abs().lessThanOrEqualTo(step.dividedBy(2));
    case 'over':
      return v.greaterThanOrEqualTo(f.value) && v.lessThan(f.value.plus(step));
    case 'under':
      return v.lessThanOrEqualTo(f.value) && v.greaterThan(f.value.minus(step));
    default:
      return assertNever(f.approximate, 'approximation');
  }
}

/** Whether the figure's sense turns the model's sign over: a cost printed positive where the model counts gains positive, or the reverse. */
function flips(f: PublishedFigure): boolean {
  const sign = modelSign(f);
  if (f.sense === undefined || sign === 'neutral') return false;
  return f.sense === 'cost' ? sign === 'benefit' : sign === 'cost';
}

/**
 * The model's value of a figure in the figure's unit and sense, summed over the variants it is of;
 * undefined when the model has none (in any variant). `evaluationOf` gives each variant's evaluation.
 */
function valueOf(f: PublishedFigure, evaluationOf: (variant: string) => Evaluation): Decimal | undefined {
  let total: Decimal | undefined;
  for (const variant of f.variants ?? [BASE_VARIANT]) {
    const v = figureValue(evaluationOf(variant), f);
    if (v === undefined) return undefined;
    total = (total ?? new Decimal(0)).plus(v);
  }
  if (total === undefined) return undefined;
  const signed = flips(f) ? total.negated() : total;
  return f.quantity === 'money' ? inUnit(signed, f.unit) : signed;
}

/** Whether the model's value `v` is within a bound the paper states. */
function withinBound(f: PublishedFigure, v: Decimal): boolean {
  const bound = f.bound!;
  switch (bound) {
    case 'more-than':
      return v.greaterThan(f.value);
    case 'at-least':
      return v.greaterThanOrEqualTo(f.value);
    case 'up-to':
      return v.lessThanOrEqualTo(f.value);
    case 'less-than':
      return v.lessThan(f.value);
    default:
      return assertNever(bound, 'bound');
  }
}

/**
 * Compares every published figure with the model: the computed value, the difference and a verdict
 * (within the paper's own rounding, allowing for the rounding of the printed parts a printed total was
 * summed from, or a real discrepancy). A printed figure counts as the paper's rounding when it rounds
 * either the model's value or the model's value before its own rounding to its quantum, which is then
 * reported as `unrounded`. Also checks the paper's own arithmetic (printed parts against printed totals)
 * and lists each indirect saving applied to a driver the scenario states beside the driver the model
 * computes. It never changes a published figure.
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
  // Each variant a figure names is evaluated once, and only when a figure asks for it.
  const variants = new Map<string, Evaluation>([[BASE_VARIANT, evaluation]]);
  const evaluationOf = (name: string): Evaluation => {
    let e = variants.get(name);
    if (e === undefined) variants.set(name, (e = evaluate(applyVariant(evaluation.scenario, name))));
    return e;
  };
  const byId = new Map<string, PublishedFigure>();
  for (const f of figures) if (f.id !== undefined) byId.set(f.id, f);
  const half = (f: PublishedFigure): Decimal => f.precision.dividedBy(2);
  const unrounded = unroundedModel(evaluation);
  const rows = figures.map((f): ReconciliationRow => {
    const parts = (f.sumOf ?? []).map((id) => byId.get(id)!).filter((p) => p !== undefined);
    let arithmetic: ArithmeticCheck | undefined;
    if (parts.length > 0) {
      const partsSum = parts.reduce((a, p) => a.plus(p.value), new Decimal(0));
      const difference = f.value.minus(partsSum);
      arithmetic = { partsSum, difference, addsUp: difference.abs().lessThanOrEqualTo(half(f)) };
    }
    const step = f.approximate === undefined ? f.precision : Decimal.max(f.precision, lastDigitPlace(f.value));
    const base = {
      index: f.index,
      ...(f.id === undefined ? {} : { id: f.id }),
      label: f.label,
      unit: f.unit,
      precision: f.precision,
      printed: f.value,
      ...(f.approximate === undefined ? {} : { roundedTo: step }),
      ...(arithmetic ? { arithmetic } : {}),
    };
    const computed = valueOf(f, evaluationOf);
    if (computed === undefined) return { ...base, computed: null, difference: null, verdict: 'not-modelled' };
    const difference = f.value.minus(computed);
    if (f.bound !== undefined) return { ...base, computed, difference, verdict: withinBound(f, computed) ? 'within-bound' : 'discrepancy' };
    if (difference.isZero()) return { ...base, computed, difference, verdict: 'exact' };
    const close: Verdict = f.approximate === undefined ? 'rounding' : 'round-figure';
    if (printsAs(f, step, computed)) return { ...base, computed, difference, verdict: close };
    // Only now the model before its own rounding (of the scenario itself): most figures never need it.
    const found = f.variants === undefined ? valueOf(f, () => unrounded()) : undefined;
    const before = found !== undefined && !found.equals(computed) ? found : undefined;
    if (before !== undefined && printsAs(f, step, before)) return { ...base, computed, difference, verdict: close, unrounded: before };
    // A printed total may be within the rounding of its parts of either value; the nearer one is reported.
    const closer = before !== undefined && f.value.minus(before).abs().lessThan(difference.abs()) ? before : undefined;
    const gap = f.value.minus(closer ?? computed).abs();
    const partsSlack = parts.reduce((a, p) => a.plus(half(p)), half(f));
    if (parts.length > 0 && gap.lessThanOrEqualTo(partsSlack)) return { ...base, computed, difference, verdict: 'rounding-of-parts', ...(closer === undefined ? {} : { unrounded: closer }) };
    // A figure typed with the other sign (a cost printed positive, the model's negative) is named as such.
    const otherSign = !computed.isZero() && printsAs(f, step, computed.negated());
    return { ...base, computed, difference, verdict: 'discrepancy', ...(otherSign ? { hint: signHint(f) } : {}) };
  });
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of rows) counts[r.verdict]++;
  return { rows, counts, arithmeticFailures: rows.filter((r) => r.arithmetic && !r.arithmetic.addsUp).length, drivers: driverChecks(evaluation) };
}

/** What to state so that a figure typed with the other sign compares like with like. */
function signHint(f: PublishedFigure): string {
  const sign = modelSign(f);
  const want = sign === 'cost' ? 'saving' : 'cost';
  if (f.sense === undefined) return `the printed figure is the model's with the other sign: if the paper prints it as a ${want}, state "sense": "${want}"`;
  return `the printed figure is the model's with the other sign: check "sense": "${f.sense}"`;
}

/** Each indirect saving with a stated driver, beside the driver the model computes. */
function driverChecks(evaluation: Evaluation): DriverCheck[] {
  const stated = evaluation.scenario.indirect.filter((x) => x.driverValue !== undefined);
  if (stated.length === 0) return [];
  const computed = computedFteRemoved(evaluation);
  return stated.map((x) => ({ indirect: x.id, name: x.name, driver: x.driver, stated: x.driverValue!, computed, difference: x.driverValue!.minus(computed) }));
}
