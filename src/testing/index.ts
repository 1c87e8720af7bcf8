/**
 * `shared-services-model/testing`: fast-check arbitraries and invariant checkers for tests of partner
 * splits. The arbitraries need `fast-check` (an optional peer dependency) installed beside this package.
 *
 * @packageDocumentation
 */
export { checkApportionment } from './invariants.js';
export type { ApportionmentViolation } from './invariants.js';
export { checkEvaluationInvariants } from './scenario-invariants.js';
export type { EvaluationViolation } from './evaluation-violation.js';
export { amountArbitrary } from './amount-arbitrary.js';
export type { AmountArbitraryOptions } from './amount-arbitrary.js';
export { weightsArbitrary } from './weights-arbitrary.js';
export type { WeightsArbitraryOptions } from './weights-arbitrary.js';
export { sharesArbitrary } from './shares-arbitrary.js';
export type { SharesArbitraryOptions } from './shares-arbitrary.js';
export { scenarioArbitrary } from './scenario-arbitrary.js';
export type { ScenarioArbitraryOptions } from './scenario-arbitrary.js';
