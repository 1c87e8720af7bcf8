/**
 * The values of the varied inputs, as exact integers, and the column weights they give the linear model.
 */
import { Decimal, pow10, scaledBigInt } from '../../money/index.js';
import type { LinearModel } from './_linear.js';

/** Sampled and varied values are quantised to this many decimal places (a step of 0.000001). */
export const STEP_PLACES = 6;

/**
 * One set of input values, each an integer × 10^-input scale: the realisation (share counted) of each
 * tier, a multiplier on all one-off costs and one per cost, and each indirect saving's position in its
 * low–high range (0 low, 1 high; null for the scenario's central rate).
 */
export interface Factors {
  readonly realisation: readonly bigint[];
  readonly costs: bigint;
  readonly cost: readonly bigint[];
  readonly indirect: readonly (bigint | null)[];
}

/** The fixed powers of ten the weights are built with. */
export interface Scales {
  /** Decimal places of input values. */
  readonly input: number;
  /** Optimism-bias uplift, 1 + bias × (1 − mitigation), × 10^upliftScale. */
  readonly uplift: bigint;
  readonly upliftScale: number;
  /** Decimal places of the column weights: 2 × input + upliftScale. */
  readonly weight: number;
  readonly one: bigint;
  readonly tierLift: bigint;
  readonly upliftLift: bigint;
  readonly funding: bigint;
}

/** The scales for inputs with `inputPlaces` decimals (at least the step's) and a cost uplift. */
export function inputScales(inputPlaces: number, uplift: Decimal): Scales {
  const input = Math.max(inputPlaces, STEP_PLACES);
  const upliftScale = uplift.decimalPlaces();
  const weight = 2 * input + upliftScale;
  return {
    input,
    uplift: scaledBigInt(uplift, upliftScale),
    upliftScale,
    weight,
    one: pow10(input),
    tierLift: pow10(input + upliftScale),
    upliftLift: pow10(upliftScale),
    funding: -pow10(weight),
  };
}

/** A Decimal as an integer at the input scale (it must have no more places than the scale). */
export function toInput(d: Decimal, sc: Scales): bigint {
  return scaledBigInt(d, sc.input);
}

/** An input integer back to a Decimal. */
export function fromInput(v: bigint, sc: Scales): Decimal {
  return new Decimal(v.toString()).dividedBy(sc.one);
}

/** Writes the weight of every column of `model` for the inputs `f` into `out` (× 10^weight). */
export function coefficients(model: LinearModel, sc: Scales, f: Factors, out: bigint[]): void {
  const r = f.realisation;
  out[0] = r[0]! * sc.tierLift;
  out[1] = r[1]! * sc.tierLift;
  out[2] = r[2]! * sc.tierLift;
  let col = 3;
  for (let i = 0; i < model.indirect.length; i++, col += 3) {
    const ri = r[model.indirect[i]!.tier]!;
    const u = f.indirect[i]!;
    if (u === null) {
      out[col] = 0n;
      out[col + 1] = ri * sc.tierLift;
      out[col + 2] = 0n;
    } else {
      out[col] = ri * (sc.one - u) * sc.upliftLift;
      out[col + 1] = 0n;
      out[col + 2] = ri * u * sc.upliftLift;
    }
  }
  const all = sc.uplift * f.costs;
  for (let k = 0; k < model.costs.length; k++, col++) out[col] = all * f.cost[k]!;
  out[col] = sc.funding;
}
