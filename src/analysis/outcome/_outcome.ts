/**
 * The hot path: one appraisal outcome (NPV, net benefit and payback per partner and in total) from the
 * linear model and one set of column weights.
 *
 * Net flows are exact integers. Present values are `appraise`'s: each partner's net flow of each year
 * times that year's factor (the same 80-digit factors `discountFactors` gives), exactly, in integers; the
 * whole grid is then rounded once by the kernel `appraise` rounds with (`roundGridUnits`), so the total
 * NPV is the exact NPV rounded half-up and the partners' NPVs add up to it, run by run as `appraise`
 * gives them.
 */
import { Decimal, pow10, scaledBigInt } from '../../money/index.js';
import { discountFactors, roundGridUnits, type DiscountSchedule } from '../../appraisal/index.js';
import type { Entries, LinearModel } from './_linear.js';
import type { Scales } from './_factors.js';

/** Discount factors for the period, as integers over a common power of ten, and as exact text. */
export interface Discount {
  readonly factors: readonly bigint[];
  readonly scale: number;
  readonly texts: readonly string[];
}

/** The factors of `discountFactors(schedule, n)` (a bare rate as `appraise` reads one), exactly. */
export function scaledDiscount(schedule: Decimal | DiscountSchedule, n: number): Discount {
  const f = discountFactors(schedule, n);
  const scale = f.reduce((m, d) => Math.max(m, d.decimalPlaces()), 0);
  return { factors: f.map((d) => scaledBigInt(d, scale)), scale, texts: f.map((d) => d.toFixed()) };
}

/** What one outcome needs, fixed for a model, a discount rate and the input scales. */
export interface Evaluator {
  readonly model: LinearModel;
  readonly discount: Discount;
  readonly scales: Scales;
  /** Decimal places of a weighted sum: cellScale + weight scale. */
  readonly netScale: number;
  /** The quantum at the net scale. */
  readonly netUnit: bigint;
  /** The quantum at the scale of a present value: the net scale plus the factors'. */
  readonly pvUnit: bigint;
  readonly quantum: Decimal;
  readonly yearNet: bigint[];
  /** The present values of one outcome, years × partners, row-major (reused from run to run). */
  readonly pv: bigint[];
}

/** Builds the evaluator of a model for a discount. */
export function makeEvaluator(model: LinearModel, discount: Discount, scales: Scales): Evaluator {
  const quantum = new Decimal(model.quantum);
  const q = scaledBigInt(quantum, quantum.decimalPlaces());
  const netScale = model.cellScale + scales.weight;
  return {
    model,
    discount,
    scales,
    netScale,
    netUnit: q * pow10(netScale - quantum.decimalPlaces()),
    pvUnit: q * pow10(netScale + discount.scale - quantum.decimalPlaces()),
    quantum,
    yearNet: model.years.map(() => 0n),
    pv: new Array<bigint>(model.years.length * model.partners.length).fill(0n),
  };
}

/** Per partner (index p) and in total (index partners.length): NPV in quanta, exact net, payback index. */
export interface Outcome {
  readonly npv: bigint[];
  /** The net benefit over the period, × 10^netScale, exact. */
  readonly net: bigint[];
  /** The index of the payback year; -1 if what is spent is not recovered by the end, -2 if nothing is spent. */
  readonly payback: number[];
}

/** Empty outcome buffers for a model. */
export function newOutcome(model: LinearModel): Outcome {
  const k = model.partners.length + 1;
  return { npv: new Array<bigint>(k).fill(0n), net: new Array<bigint>(k).fill(0n), payback: new Array<number>(k).fill(-1) };
}

function dot(e: Entries, coef: readonly bigint[]): bigint {
  const cols = e.cols;
  const vals = e.vals;
  let x = 0n;
  for (let i = 0; i < cols.length; i++) x += coef[cols[i]!]! * vals[i]!;
  return x;
}

/**
 * The payback year's index from the net flows: -1 when what is spent is not recovered by the end, -2
 * when there is nothing to pay back (no year spends more than it gains), as `appraise` says "none".
 */
function paybackIndex(nets: readonly bigint[], spends: boolean): number {
  if (!spends) return -2;
  let cumulative = 0n;
  let payback = -1;
  for (let t = 0; t < nets.length; t++) {
    cumulative += nets[t]!;
    if (cumulative < 0n) payback = -1;
    else if (payback < 0) payback = t;
  }
  return payback;
}

/** Computes the outcome of the column weights `coef` into `out`. */
export function evaluateOutcome(ev: Evaluator, coef: readonly bigint[], out: Outcome): void {
  const { model, yearNet, pv } = ev;
  const factors = ev.discount.factors;
  const n = model.years.length;
  const np = model.partners.length;
  for (let t = 0; t < n; t++) yearNet[t] = 0n;
  let totalSpends = false;
  for (let p = 0; p < np; p++) {
    const benefit = model.benefit[p]!;
    const cost = model.cost[p]!;
    const nets: bigint[] = new Array<bigint>(n);
    let spends = false;
    for (let t = 0; t < n; t++) {
      const b = dot(benefit[t]!, coef);
      const c = dot(cost[t]!, coef);
      const net = b - c;
      nets[t] = net;
      if (c > 0n || net < 0n) spends = true;
      // Funding never exceeds a partner's costs where they fall, so the partnership spends whenever a partner's costs exceed nothing.
      if (c > 0n) totalSpends = true;
      yearNet[t] = yearNet[t]! + net;
      pv[t * np + p] = net * factors[t]!;
    }
    out.net[p] = nets.reduce((a, x) => a + x, 0n);
    out.payback[p] = paybackIndex(nets, spends);
  }
  const rounded = roundGridUnits(pv, n, np, ev.pvUnit, model.rank);
  for (let p = 0; p < np; p++) out.npv[p] = rounded.columns[p]!;
  out.npv[np] = rounded.total;
  out.net[np] = yearNet.reduce((a, x) => a + x, 0n);
  out.payback[np] = paybackIndex(yearNet, totalSpends || yearNet.some((x) => x < 0n));
}

/** Rounds an exact amount × 10^netScale half-up to whole quanta. */
export function roundNet(ev: Evaluator, x: bigint): bigint {
  const negative = x < 0n;
  const m = negative ? -x : x;
  const k = (2n * m + ev.netUnit) / (2n * ev.netUnit);
  return negative ? -k : k;
}
