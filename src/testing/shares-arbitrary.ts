import fc from 'fast-check';
import { cutInto, render } from './_scaled.js';

/**
 * Options for {@link sharesArbitrary}.
 *
 * @example
 * ```ts
 * const options: SharesArbitraryOptions = { maxScale: 2 };
 * ```
 */
export interface SharesArbitraryOptions {
  /** The most decimal places a share may have. @defaultValue `4` */
  readonly maxScale?: number;
}

/**
 * Exactly `n` non-negative shares as decimal strings that sum exactly to 1 (some may be zero): agreed
 * splits, prior splits and phasing shares.
 *
 * @param n - how many shares (≥ 1)
 * @param options - how many decimal places
 * @returns an arbitrary of `n` decimal strings summing to exactly 1
 *
 * @example
 * ```ts
 * fc.sample(sharesArbitrary(3), 1);
 * //=> e.g. [['0.25', '0.70', '0.05']]
 * ```
 */
export function sharesArbitrary(n: number, options: SharesArbitraryOptions = {}): fc.Arbitrary<string[]> {
  const maxScale = options.maxScale ?? 4;
  return fc
    .tuple(fc.integer({ min: 0, max: maxScale }), fc.array(fc.bigInt({ min: 0n, max: 10n ** BigInt(maxScale) }), { minLength: n - 1, maxLength: n - 1 }))
    .map(([s, raw]) => cutInto(10n ** BigInt(s), raw).map((k) => render(k, s)));
}
