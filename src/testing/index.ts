/**
 * `shared-services-model/testing`: fast-check arbitraries and invariant checkers for tests of partner
 * splits. The arbitraries need `fast-check` (an optional peer dependency) installed beside this package.
 *
 * @packageDocumentation
 */
export { checkApportionment } from './invariants.js';
export type { ApportionmentViolation } from './invariants.js';
export { checkEvaluationInvariants } from './scenario-invariants.js';
export type { EvaluationViolation } from './scenario-invariants.js';
export { amountArbitrary, weightsArbitrary, sharesArbitrary, scenarioArbitrary } from './arbitraries.js';
export type { AmountArbitraryOptions, WeightsArbitraryOptions, SharesArbitraryOptions, ScenarioArbitraryOptions } from './arbitraries.js';
