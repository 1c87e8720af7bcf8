/**
 * The confidence tiers of a saving, in the order every output lists them: `assured` on implementation,
 * `projected` (likely), `possible` (not yet worked up). The one list: the scenario schema, the types, the
 * command line's `--risk-weights`, the reports and the help texts are all made from it.
 *
 * @example
 * ```ts
 * TIERS.join(', ');
 * //=> 'assured, projected, possible'
 * ```
 */
export const TIERS = ['assured', 'projected', 'possible'] as const;

/**
 * Confidence in a saving: one of {@link TIERS}.
 *
 * @example
 * ```ts
 * const tier: Tier = 'projected';
 * ```
 */
export type Tier = (typeof TIERS)[number];

/**
 * True for one of the {@link TIERS}.
 *
 * @param value - anything, such as a name typed on the command line
 * @returns whether it names a tier
 *
 * @example
 * ```ts
 * isTier('possible');
 * //=> true
 * isTier('likely');
 * //=> false
 * ```
 */
export function isTier(value: unknown): value is Tier {
  return (TIERS as readonly unknown[]).includes(value);
}

/**
 * An object with one entry per tier, in the order of {@link TIERS}.
 *
 * @param f - the value of each tier
 * @returns `{ assured: f('assured'), projected: f('projected'), possible: f('possible') }`
 *
 * @example
 * ```ts
 * perTier((t) => t.length);
 * //=> { assured: 7, projected: 9, possible: 8 }
 * ```
 */
export function perTier<T>(f: (tier: Tier) => T): Record<Tier, T> {
  return Object.fromEntries(TIERS.map((t) => [t, f(t)])) as Record<Tier, T>;
}
