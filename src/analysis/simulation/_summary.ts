/**
 * Statistics of the simulated runs: nearest-rank percentiles, exact means rounded once, shares of runs.
 */
import { Decimal, fromScaledBigInt, scaledBigInt } from '../../money/index.js';
import type { RangeResult } from './_core.js';
import type { NpvHistogram, PaybackStatistics, SimulatedOutcome, SimulationStatistics } from './types.js';

/** n / d rounded half-up (away from zero), for d > 0. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const m = negative ? -n : n;
  const k = (2n * m + d) / (2n * d);
  return negative ? -k : k;
}

/** The rank (1-based) of the P-th percentile of `count` values, nearest-rank: ⌈P × count / 100⌉. */
export function nearestRank(p: number, count: number): number {
  return Math.max(1, Math.ceil((p * count) / 100));
}

/** n / d as a Decimal rounded half-up to `places` decimals. */
export function share(n: bigint, d: bigint, places: number): Decimal {
  const scale = 10n ** BigInt(places);
  return fromScaledBigInt(divideHalfUp(n * scale, d), places);
}

/** What the statistics need to write amounts: the quantum, and the unit of exact net benefit. */
export interface SummaryContext {
  readonly partners: readonly string[];
  readonly years: readonly string[];
  readonly quantum: Decimal;
  /** The quantum in the units of the exact net sums. */
  readonly netUnit: bigint;
}

function column<T extends BigInt64Array | Int16Array>(values: T, k: number, width: number, make: (n: number) => T): T {
  const out = make(values.length / width);
  for (let i = 0, j = k; i < out.length; i++, j += width) out[i] = values[j]!;
  return out;
}

function statistics(sorted: BigInt64Array, sum: bigint, sumUnit: bigint, pounds: (quanta: bigint) => Decimal): SimulationStatistics {
  const n = sorted.length;
  const at = (p: number): Decimal => pounds(sorted[nearestRank(p, n) - 1]!);
  return { p10: at(10), p50: at(50), p90: at(90), mean: pounds(divideHalfUp(sum, sumUnit * BigInt(n))) };
}

function payback(values: Int16Array, years: readonly string[]): PaybackStatistics {
  const paying = values.filter((t) => t >= 0).sort();
  const runs = values.length;
  const at = (p: number): string | null => (paying.length === 0 ? null : years[paying[nearestRank(p, paying.length) - 1]!]!);
  const sum = paying.reduce((s, t) => s + t + 1, 0);
  return {
    p10: at(10),
    p50: at(50),
    p90: at(90),
    meanYears: paying.length === 0 ? null : share(BigInt(sum), BigInt(paying.length), 2),
    // Runs with nothing to pay back (-2: no year spends more than it gains) are neither paying nor never paying.
    neverShare: share(BigInt(values.filter((t) => t === -1).length), BigInt(runs), 6),
  };
}

/** The most bins of a histogram. */
export const HISTOGRAM_BINS = 20;

/** ⌊n / d⌋ for d > 0 (BigInt division truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** The smallest width of 1, 2 or 5 × 10^k (in quanta) that spans `min` to `max` in at most `most` bins. */
function binWidth(min: bigint, max: bigint, most: bigint): bigint {
  for (let decade = 1n; ; decade *= 10n) {
    for (const step of [1n, 2n, 5n]) {
      const w = step * decade;
      if (floorDiv(max, w) - floorDiv(min, w) + 1n <= most) return w;
    }
  }
}

/**
 * The runs' values (sorted ascending, in quanta) counted in bins of one round width whose edges are its
 * multiples: bin i holds edges[i] ≤ v < edges[i + 1]. At most {@link HISTOGRAM_BINS} bins, and at most
 * ⌈√runs⌉, so a few runs are not spread over many empty bins. Exact: integers throughout.
 */
export function histogram(sorted: BigInt64Array, pounds: (quanta: bigint) => Decimal): NpvHistogram {
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const most = BigInt(Math.min(HISTOGRAM_BINS, Math.ceil(Math.sqrt(n))));
  const w = binWidth(min, max, most);
  const first = floorDiv(min, w);
  const bins = Number(floorDiv(max, w) - first + 1n);
  const counts = new Array<number>(bins).fill(0);
  let bin = 0;
  let upper = (first + 1n) * w;
  for (const v of sorted) {
    while (v >= upper) {
      bin++;
      upper += w;
    }
    counts[bin]!++;
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => pounds((first + BigInt(i)) * w));
  return { edges, counts };
}

/** The outcome statistics of every partner and then the total, from all the runs. */
export function summarise(ctx: SummaryContext, r: RangeResult): SimulatedOutcome[] {
  const width = ctx.partners.length + 1;
  const runs = BigInt(r.npv.length / width);
  const qPlaces = ctx.quantum.decimalPlaces();
  const q = scaledBigInt(ctx.quantum, qPlaces);
  const pounds = (quanta: bigint): Decimal => fromScaledBigInt(quanta * q, qPlaces);
  const makeBig = (n: number): BigInt64Array => new BigInt64Array(n);
  return [...ctx.partners, 'total'].map((partner, k): SimulatedOutcome => {
    const npv = column(r.npv, k, width, makeBig).sort();
    const npvSum = npv.reduce((s, v) => s + v, 0n);
    const negative = npv.findIndex((v) => v >= 0n);
    const net = column(r.net, k, width, makeBig).sort();
    return {
      partner,
      npv: statistics(npv, npvSum, 1n, pounds),
      npvHistogram: histogram(npv, pounds),
      netBenefit: statistics(net, r.netSum[k]!, ctx.netUnit, pounds),
      payback: payback(column(r.payback, k, width, (n) => new Int16Array(n)), ctx.years),
      probabilityWorseOff: share(BigInt(r.worseOff[k]!), runs, 6),
      probabilityNegativeNpv: share(BigInt(negative < 0 ? npv.length : negative), runs, 6),
    };
  });
}
