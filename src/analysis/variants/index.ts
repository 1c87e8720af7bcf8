/** Variants: a scenario changed by a named variant, and two evaluations compared. */
export { applyVariant } from './variants.js';
export { compare } from './compare.js';
export type { Comparison, Difference } from './compare.js';
