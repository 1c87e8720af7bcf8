/**
 * `shared-services-model/testing`: fast-check arbitraries and invariant checkers for tests of partner
 * splits.
 *
 * @packageDocumentation
 */
export { checkApportionment } from './invariants.js';
export type { ApportionmentViolation } from './invariants.js';
