import type { Game, Rational } from './_game.js';

/**
 * A small seeded PRNG: xoshiro128** (Blackman and Vigna), its 128-bit state filled from the seed by
 * splitmix32. Deterministic for a seed on every platform: 32-bit integer arithmetic only.
 */
export class Xoshiro128 {
  private readonly s = new Uint32Array(4);

  constructor(seed: number) {
    // splitmix32 over the seed's low and high 32-bit words.
    let x = (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x9e3779b9);
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    if (this.s.every((w) => w === 0)) this.s[0] = 1;
  }

  /** A generator with its state set directly (for checks against the reference vectors). */
  static fromState(words: readonly [number, number, number, number]): Xoshiro128 {
    const g = new Xoshiro128(0);
    g.s.set(words);
    return g;
  }

  /** The next 32 random bits, as an unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = s[1]! << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result;
  }

  /** A uniform integer in [0, k), 0 < k ≤ 2³², without modulo bias (rejection). */
  below(k: number): number {
    const limit = 2 ** 32 - (2 ** 32 % k);
    for (;;) {
      const r = this.nextUint32();
      if (r < limit) return r % k;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** The sampled Shapley value: each player's mean marginal contribution, and the variance numerator. */
export interface SampledShapley {
  /** Means over the sampled orders, each over the denominator `samples`. */
  readonly means: readonly Rational[];
  /**
   * The square of each mean's standard error, as `num / den` in squared scaled units:
   * (m·Σx² − (Σx)²) / (m²(m − 1)).
   */
  readonly variances: readonly Rational[];
}

/**
 * Estimates the Shapley value from `samples` orders of the players drawn uniformly (Fisher–Yates with a
 * seeded xoshiro128**): in each order every player is credited with v(players before it and itself) −
 * v(players before it). In every order the credits sum to v(N), so the means do too, exactly.
 */
export function sampledShapley(game: Game, samples: number, seed: number): SampledShapley {
  const n = game.n;
  const rng = new Xoshiro128(seed);
  const full = (1n << BigInt(n)) - 1n;
  const stated = new Map(game.groups.map((g) => [g.mask, g.value]));
  const bits = Array.from({ length: n }, (_, i) => 1n << BigInt(i));
  const sum = new Array<bigint>(n).fill(0n);
  const squares = new Array<bigint>(n).fill(0n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let m = 0; m < samples; m++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mask = 0n;
    let fill = 0n; // the sum of the singles of the players so far
    let before = 0n;
    for (const p of order) {
      mask |= bits[p]!;
      fill += game.singles[p]!;
      const value = mask === full ? game.grand : (stated.get(mask) ?? fill);
      const x = value - before;
      sum[p] = sum[p]! + x;
      squares[p] = squares[p]! + x * x;
      before = value;
    }
  }
  const m = BigInt(samples);
  return {
    means: sum.map((num) => ({ num, den: m })),
    variances: sum.map((s, i) => ({ num: m * squares[i]! - s * s, den: m * m * (m - 1n) })),
  };
}
