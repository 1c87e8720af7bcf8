/**
 * Draws one run's input values from the run's generator, by the plan `_sampler.ts` made. Kept apart from
 * the checks that make the plan, so that worker threads load only what the runs need.
 */
import { normalCdf, type Rng } from './_prng.js';
import { setSlot, type Factors, type MutableFactors, type Slot } from '../outcome/index.js';

/** A sampled input: its distribution in steps of 0.000001, and its normal (-1 if independent). */
export interface SampledInput {
  readonly name: string;
  readonly slot: Slot;
  readonly triangular: boolean;
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly normal: number;
}

/** Everything a run needs to draw its inputs. Plain data, for worker threads. */
export interface SamplerPlan {
  /** Sampled inputs, by name. */
  readonly inputs: readonly SampledInput[];
  /** The inputs' values in every run before sampling: base values, with fixed distributions applied. */
  readonly base: Factors;
  /** How many inputs are correlated, and the lower-triangular Cholesky factor, row by row. */
  readonly correlated: number;
  readonly cholesky: readonly number[];
  /** 10^(input scale − 6): a step count times this is an input value. */
  readonly lift: bigint;
}

/** The input value, in steps, at the quantile `u` of its distribution, rounded to the nearest step. */
function quantile(x: SampledInput, u: number): number {
  const a = x.min;
  const b = x.max;
  let v: number;
  if (!x.triangular) v = a + u * (b - a);
  else {
    const c = x.mode;
    const w = b - a;
    v = w === 0 ? a : u * w < c - a ? a + Math.sqrt(u * w * (c - a)) : b - Math.sqrt((1 - u) * w * (b - c));
  }
  const r = Math.round(v);
  return r < a ? a : r > b ? b : r;
}

/**
 * Draws one run's inputs into `f` (which must start as a copy of the plan's base): first the standard
 * normals of the correlated inputs (Box–Muller, in pairs), then, for each sampled input by name, either
 * Φ of its correlated normal or the next uniform.
 */
export function sample(plan: SamplerPlan, rng: Rng, f: MutableFactors, g: number[], z: number[]): void {
  const k = plan.correlated;
  if (k > 0) {
    for (let i = 0; i < k; i += 2) {
      const [a, b] = rng.normals();
      g[i] = a;
      g[i + 1] = b;
    }
    const L = plan.cholesky;
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s += L[i * k + j]! * g[j]!;
      z[i] = s;
    }
  }
  for (const x of plan.inputs) {
    const u = x.normal >= 0 ? normalCdf(z[x.normal]!) : rng.uniform();
    setSlot(f, x.slot, BigInt(quantile(x, u)) * plan.lift);
  }
}
