/**
 * The pure core of the Monte Carlo simulation, shared by `simulate` and the worker threads of
 * `simulateParallel`: a plan of plain data, and the runs of a range of run indexes. Run i depends only
 * on the plan and i, so any split of the runs over threads gives the same numbers.
 */
import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import { coefficients, makeEvaluator, newOutcome, evaluateOutcome, roundNet, copyFactors, type LinearModel, type Scales, type Discount } from '../outcome/index.js';
import { runStream } from './_prng.js';
import { sample, type SamplerPlan } from './_draw.js';

/** Everything the runs need. Plain data: structured-cloneable, for worker threads. */
export interface SimulationPlan {
  readonly model: LinearModel;
  readonly discount: Discount;
  readonly scales: Scales;
  readonly sampler: SamplerPlan;
  readonly seedKey: bigint;
  readonly runs: number;
}

/**
 * The outcomes of runs `from` to `to` (exclusive), run by run, each row holding the partners in order
 * and then the total: NPV in quanta, net benefit in quanta (rounded half-up; rounding keeps the order, so
 * nearest-rank percentiles of these are the rounded percentiles of the exact values), payback year index
 * (-1: never); with the exact sums of net benefit and the counts of runs that end below zero.
 */
export interface RangeResult {
  readonly from: number;
  readonly to: number;
  readonly npv: BigInt64Array;
  readonly net: BigInt64Array;
  readonly payback: Int16Array;
  readonly netSum: bigint[];
  readonly worseOff: number[];
}

/**
 * Blocks of consecutive runs, `size` runs each (the last may be shorter), that every thread of
 * `simulateParallel` claims one at a time through a counter in shared memory: a thread never waits for
 * another to hand it work. Which thread computes a block never changes its numbers.
 */
export interface BlockQueue {
  /** Over a `SharedArrayBuffer`: [the next block to claim, 1 once a thread has failed]. */
  readonly control: Int32Array;
  /** Runs in a block. */
  readonly size: number;
  /** Blocks in all. */
  readonly count: number;
}

/** A queue of the blocks of `runs` runs, `size` at a time, unclaimed. */
export function blockQueue(runs: number, size: number): BlockQueue {
  return { control: new Int32Array(new SharedArrayBuffer(8)), size, count: Math.ceil(runs / size) };
}

/** Claims the next block: its index, or -1 when none is left or a thread has failed. */
export function claimBlock(q: BlockQueue): number {
  if (Atomics.load(q.control, 1) !== 0) return -1;
  const block = Atomics.add(q.control, 0, 1);
  return block < q.count ? block : -1;
}

/** Stops every thread from claiming more blocks (one has failed). */
export function stopBlocks(q: BlockQueue): void {
  Atomics.store(q.control, 1, 1);
}

/** Runs between progress reports. */
export const CHUNK = 1000;

const MAX = (1n << 63n) - 1n;

function fits(v: bigint): bigint {
  if (v > MAX || v < -MAX) throw new InputError(makeIssue(ErrorCode.OPTION, ['scenario'], 'amounts under 2^63 quanta, which a simulation can hold', `${v} quanta`));
  return v;
}

/** Computes runs [from, to), calling `onChunk(done)` every {@link CHUNK} runs. */
export function runRange(plan: SimulationPlan, from: number, to: number, onChunk?: (done: number) => void): RangeResult {
  const { model, scales, sampler } = plan;
  const ev = makeEvaluator(model, plan.discount, scales);
  const width = model.partners.length + 1;
  const count = to - from;
  const npv = new BigInt64Array(count * width);
  const net = new BigInt64Array(count * width);
  const payback = new Int16Array(count * width);
  const netSum: bigint[] = new Array<bigint>(width).fill(0n);
  const worseOff: number[] = new Array<number>(width).fill(0);
  const coef: bigint[] = new Array<bigint>(model.columns).fill(0n);
  const out = newOutcome(model);
  const f = copyFactors(sampler.base);
  const g: number[] = new Array<number>(sampler.correlated + 1).fill(0);
  const z: number[] = new Array<number>(sampler.correlated).fill(0);
  for (let i = from; i < to; i++) {
    sample(sampler, runStream(plan.seedKey, i), f, g, z);
    coefficients(model, scales, f, coef);
    evaluateOutcome(ev, coef, out);
    const row = (i - from) * width;
    for (let k = 0; k < width; k++) {
      const x = out.net[k]!;
      npv[row + k] = fits(out.npv[k]!);
      net[row + k] = fits(roundNet(ev, x));
      payback[row + k] = out.payback[k]!;
      netSum[k] = netSum[k]! + x;
      if (x < 0n) worseOff[k]!++;
    }
    if (onChunk !== undefined && (i + 1 - from) % CHUNK === 0) onChunk(i + 1 - from);
  }
  if (onChunk !== undefined && count % CHUNK !== 0) onChunk(count);
  return { from, to, npv, net, payback, netSum, worseOff };
}

/** Joins consecutive ranges, in order, into one. */
export function joinRanges(ranges: readonly RangeResult[]): RangeResult {
  if (ranges.length === 1) return ranges[0]!;
  const width = ranges[0]!.netSum.length;
  const join = <T extends BigInt64Array | Int16Array>(make: (n: number) => T, pick: (r: RangeResult) => T): T => {
    const out = make(ranges.reduce((n, r) => n + pick(r).length, 0));
    let at = 0;
    for (const r of ranges) {
      out.set(pick(r) as never, at);
      at += pick(r).length;
    }
    return out;
  };
  return {
    from: ranges[0]!.from,
    to: ranges[ranges.length - 1]!.to,
    npv: join((n) => new BigInt64Array(n), (r) => r.npv),
    net: join((n) => new BigInt64Array(n), (r) => r.net),
    payback: join((n) => new Int16Array(n), (r) => r.payback),
    netSum: Array.from({ length: width }, (_, k) => ranges.reduce((s, r) => s + r.netSum[k]!, 0n)),
    worseOff: Array.from({ length: width }, (_, k) => ranges.reduce((s, r) => s + r.worseOff[k]!, 0)),
  };
}
