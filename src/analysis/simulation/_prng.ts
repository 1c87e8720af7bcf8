/**
 * The seeded random numbers of the Monte Carlo simulation. Nothing here reads a clock or a global
 * generator: every number is a function of the seed and the run index, so a run draws the same values
 * whichever thread computes it and in whatever order.
 *
 * - Streams: the run's stream is keyed by splitmix64's finaliser applied to (finaliser(seed) + run index),
 *   on 64-bit BigInts; splitmix64 then expands that key into the 128-bit state of a xoshiro128**
 *   generator (Blackman and Vigna), which draws the run's numbers with 32-bit integer arithmetic.
 * - Uniforms: (x + 0.5) / 2^32 for a 32-bit output x, so never exactly 0 or 1.
 * - Normals: Box–Muller on two uniforms; the normal CDF by Hart's double-precision approximation
 *   (W. J. Cody's coefficients as given by G. West, 2005), accurate to about 1e-15.
 *
 * JavaScript's Math.log, Math.cos, Math.sin, Math.exp are V8's ports of fdlibm (the same on every
 * platform) and Math.sqrt is correctly rounded, so the draws do not depend on the machine.
 */

const M64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

/** splitmix64's output function: a bijection of 64-bit integers that mixes every bit. */
export function mix64(z0: bigint): bigint {
  let z = z0 & M64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}

/** A xoshiro128** generator: four 32-bit words of state. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // the all-zero state is a fixed point
  }

  /** The next 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  /** A uniform number in (0, 1), never 0 or 1. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** Two independent standard normals (Box–Muller). */
  normals(): [number, number] {
    const radius = Math.sqrt(-2 * Math.log(this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The 64-bit key of the seed: computed once per simulation. */
export function seedKey(seed: bigint): bigint {
  return mix64(seed + GOLDEN);
}

/** The generator of run `index` of a simulation whose seed has key `key` (see {@link seedKey}). */
export function runStream(key: bigint, index: number): Rng {
  let state = mix64(key + BigInt(index));
  const words: number[] = [];
  for (let i = 0; i < 2; i++) {
    state = (state + GOLDEN) & M64;
    const z = mix64(state);
    words.push(Number(z >> 32n), Number(z & 0xffffffffn));
  }
  return new Rng(words[0]!, words[1]!, words[2]!, words[3]!);
}

/** The standard normal CDF Φ(x) (Hart's algorithm 5666, West 2005). */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let c = 0;
  if (z <= 37) {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      c = (e * n) / d;
    } else {
      let b = z + 0.65;
      b = z + 4 / b;
      b = z + 3 / b;
      b = z + 2 / b;
      b = z + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}
