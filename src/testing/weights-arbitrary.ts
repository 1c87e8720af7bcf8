import fc from 'fast-check';
import { Decimal } from '../money/index.js';
import { render } from './_scaled.js';

/**
 * Options for {@link weightsArbitrary}.
 *
 * @example
 * ```ts
 * const options: WeightsArbitraryOptions = { maxScale: 0, allowZero: false };
 * ```
 */
export interface WeightsArbitraryOptions {
  /** The most decimal places a weight may have. @defaultValue `3` */
  readonly maxScale?: number;
  /** The largest weight, as a whole number. @defaultValue `10_000_000n` */
  readonly max?: bigint;
  /** Whether some (never all) weights may be zero. @defaultValue `true` */
  readonly allowZero?: boolean;
}

/**
 * Exactly `n` non-negative weights (metrics, drivers) as decimal strings, at least one above zero, so
 * they can always be apportioned by.
 *
 * @param n - how many weights (≥ 1)
 * @param options - scale, size and whether zeros appear
 * @returns an arbitrary of `n` decimal strings
 *
 * @example
 * ```ts
 * fc.sample(weightsArbitrary(3), 1);
 * //=> e.g. [['0', '12.5', '7']]
 * ```
 */
export function weightsArbitrary(n: number, options: WeightsArbitraryOptions = {}): fc.Arbitrary<string[]> {
  const maxScale = options.maxScale ?? 3;
  const max = options.max ?? 10_000_000n;
  const min = options.allowZero === false ? 1n : 0n;
  const one = fc.oneof(
    { arbitrary: fc.constant(min === 0n ? '0' : '1'), weight: 1 },
    { arbitrary: fc.bigInt({ min, max: 1000n < max ? 1000n : max }).map((k) => k.toString()), weight: 3 },
    {
      arbitrary: fc
        .integer({ min: 0, max: maxScale })
        .chain((s) => fc.bigInt({ min: min * 10n ** BigInt(s), max: max * 10n ** BigInt(s) }).map((k) => render(k, s))),
      weight: 3,
    },
  );
  return fc.array(one, { minLength: n, maxLength: n }).map((ws) => (ws.some((w) => !new Decimal(w).isZero()) ? ws : ['1', ...ws.slice(1)]));
}
