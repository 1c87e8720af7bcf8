/**
 * The hot path: one appraisal outcome (NPV, net benefit and payback per partner and in total) from the
 * linear model and one set of column weights, in exact integer arithmetic.
 *
 * Present values follow `appraise` exactly: per partner and year, benefits and net costs are each
 * multiplied by the Green Book factor (the same 80-digit Decimals `discountFactors` gives) and rounded
 * half-up to the quantum. Three ways decide a rounding, each only where it is certain:
 *
 * 1. a double-precision estimate, when its proven error bound leaves no doubt which way it rounds;
 * 2. else the exact product in BigInts. `appraise` first rounds the product to 80 significant digits,
 *    which can change the rounding only when the product lies within 10^-77 of itself of a half quantum;
 * 3. such near-ties are recomputed with `appraise`'s own Decimal expression, so the two always agree.
 */
import { Decimal, fromScaledBigInt, pow10, scaledBigInt } from '../money/index.js';
import { discountFactors } from '../appraisal/index.js';
import type { _Entries, _LinearModel } from './_linear.js';
import type { _Scales } from './_factors.js';

/** Discount factors for the period, as integers over a common power of ten, and as exact text. */
export interface _Discount {
  readonly rate: string;
  readonly factors: readonly bigint[];
  readonly scale: number;
  readonly texts: readonly string[];
}

/** The Green Book factors of `discountFactors(rate, n)`, exactly. */
export function _discount(rate: Decimal, n: number): _Discount {
  const f = discountFactors(rate, n);
  const scale = f.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return { rate: rate.toString(), factors: f.map((d) => scaledBigInt(d, scale)), scale, texts: f.map((d) => d.toFixed()) };
}

/** What one outcome needs, fixed for a model, a discount rate and the input scales. */
export interface _Evaluator {
  readonly model: _LinearModel;
  readonly discount: _Discount;
  readonly scales: _Scales;
  /** Decimal places of a weighted sum: cellScale + weight scale. */
  readonly netScale: number;
  /** The quantum at the scale of a present value before rounding. */
  readonly pvUnit: bigint;
  /** The quantum at the net scale. */
  readonly netUnit: bigint;
  readonly quantum: Decimal;
  readonly factorDecimals: readonly Decimal[];
  /** Per year, factor ÷ (quantum × 10^netScale) as the nearest double: a quick estimate in quanta. */
  readonly estimate: readonly number[];
  readonly yearNet: bigint[];
}

/** Per partner (index p) and in total (index partners.length): NPV in quanta, exact net, payback index. */
export interface _Outcome {
  readonly npv: bigint[];
  /** The net benefit over the period, × 10^netScale, exact. */
  readonly net: bigint[];
  /** The index of the payback year; -1 if the cumulative position ends below zero. */
  readonly payback: number[];
}

const BAND = pow10(77);

/** Builds the evaluator of a model for a discount. */
export function _evaluator(model: _LinearModel, discount: _Discount, scales: _Scales): _Evaluator {
  const quantum = new Decimal(model.quantum);
  const q = scaledBigInt(quantum, quantum.decimalPlaces());
  const netScale = model.cellScale + scales.weight;
  return {
    model,
    discount,
    scales,
    netScale,
    pvUnit: q * pow10(netScale + discount.scale - quantum.decimalPlaces()),
    netUnit: q * pow10(netScale - quantum.decimalPlaces()),
    quantum,
    factorDecimals: discount.texts.map((t) => new Decimal(t)),
    estimate: discount.texts.map((t) => new Decimal(t).dividedBy(quantum).dividedBy(pow10(netScale).toString()).toNumber()),
    yearNet: model.years.map(() => 0n),
  };
}

/** Empty outcome buffers for a model. */
export function _newOutcome(model: _LinearModel): _Outcome {
  const k = model.partners.length + 1;
  return { npv: new Array<bigint>(k).fill(0n), net: new Array<bigint>(k).fill(0n), payback: new Array<number>(k).fill(-1) };
}

function dot(e: _Entries, coef: readonly bigint[]): bigint {
  const cols = e.cols;
  const vals = e.vals;
  let x = 0n;
  for (let i = 0; i < cols.length; i++) x += coef[cols[i]!]! * vals[i]!;
  return x;
}

/** Estimates below this many quanta are settled in doubles; a sum of 2 × 125 of them (the longest period) stays exact. */
const QUICK_LIMIT = 2 ** 44;
/** Bound on the relative error of the estimate (three roundings of 2^-53 each, with margin). */
const QUICK_ERROR = 1e-15;

/**
 * `appraise`'s present value of `x` (× 10^netScale) in year t, in quanta, as a double when the double
 * estimate decides the rounding beyond doubt (it is off by at most 3.4e-16 of itself: x and the factor
 * each rounded once to a double, and their product once), else exactly.
 */
function quickPresentValue(ev: _Evaluator, x: bigint, t: number): number | undefined {
  const v = Number(x) * ev.estimate[t]!;
  const a = v < 0 ? -v : v;
  if (!(a < QUICK_LIMIT)) return undefined;
  const floor = Math.floor(a);
  const d = a - floor - 0.5;
  if ((d < 0 ? -d : d) <= a * QUICK_ERROR) return undefined;
  const k = d > 0 ? floor + 1 : floor;
  return v < 0 ? -k : k;
}

/** `appraise`'s present value of `x` (× 10^netScale) in year t, in quanta, exactly. */
function presentValue(ev: _Evaluator, x: bigint, t: number): bigint {
  if (x === 0n) return 0n;
  const p = x * ev.discount.factors[t]!;
  const negative = p < 0n;
  const m = negative ? -p : p;
  const unit = ev.pvUnit;
  const q = m / unit;
  const gap = 2n * (m - q * unit) - unit;
  if ((gap < 0n ? -gap : gap) * BAND <= m) return slowPresentValue(ev, x, t);
  const k = gap >= 0n ? q + 1n : q;
  return negative ? -k : k;
}

/** The same, by `appraise`'s own Decimal expression (for near-ties only). */
function slowPresentValue(ev: _Evaluator, x: bigint, t: number): bigint {
  const value = fromScaledBigInt(x, ev.netScale);
  const pv = value.times(ev.factorDecimals[t]!).dividedBy(ev.quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return BigInt(pv.toFixed(0));
}

/** Computes the outcome of the column weights `coef` into `out`. */
export function _outcome(ev: _Evaluator, coef: readonly bigint[], out: _Outcome): void {
  const { model, yearNet } = ev;
  const n = model.years.length;
  const np = model.partners.length;
  for (let t = 0; t < n; t++) yearNet[t] = 0n;
  let totalNpv = 0n;
  for (let p = 0; p < np; p++) {
    const benefit = model.benefit[p]!;
    const cost = model.cost[p]!;
    let npv = 0n;
    let quick = 0;
    let cumulative = 0n;
    let payback = -1;
    for (let t = 0; t < n; t++) {
      const b = dot(benefit[t]!, coef);
      const c = dot(cost[t]!, coef);
      const pb = b === 0n ? 0 : quickPresentValue(ev, b, t);
      if (pb === undefined) npv += presentValue(ev, b, t);
      else quick += pb;
      const pc = c === 0n ? 0 : quickPresentValue(ev, c, t);
      if (pc === undefined) npv -= presentValue(ev, c, t);
      else quick -= pc;
      const net = b - c;
      cumulative += net;
      yearNet[t] = yearNet[t]! + net;
      if (cumulative < 0n) payback = -1;
      else if (payback < 0) payback = t;
    }
    if (quick !== 0) npv += BigInt(quick);
    out.npv[p] = npv;
    out.net[p] = cumulative;
    out.payback[p] = payback;
    totalNpv += npv;
  }
  let cumulative = 0n;
  let payback = -1;
  for (let t = 0; t < n; t++) {
    cumulative += yearNet[t]!;
    if (cumulative < 0n) payback = -1;
    else if (payback < 0) payback = t;
  }
  out.npv[np] = totalNpv;
  out.net[np] = cumulative;
  out.payback[np] = payback;
}

/** Rounds an exact amount × 10^netScale half-up to whole quanta. */
export function _roundNet(ev: _Evaluator, x: bigint): bigint {
  const negative = x < 0n;
  const m = negative ? -x : x;
  const k = (2n * m + ev.netUnit) / (2n * ev.netUnit);
  return negative ? -k : k;
}
