/**
 * `shared-services-model/testing/arbitraries`: fast-check arbitraries of amounts, weights, shares and
 * whole scenarios, for property tests of partner splits. Needs `fast-check` (an optional peer dependency)
 * installed beside this package; the checkers they feed are in `shared-services-model/testing`.
 *
 * @packageDocumentation
 */
export { amountArbitrary } from './amount-arbitrary.js';
export type { AmountArbitraryOptions } from './amount-arbitrary.js';
export { weightsArbitrary } from './weights-arbitrary.js';
export type { WeightsArbitraryOptions } from './weights-arbitrary.js';
export { sharesArbitrary } from './shares-arbitrary.js';
export type { SharesArbitraryOptions } from './shares-arbitrary.js';
export { scenarioArbitrary } from './scenario-arbitrary.js';
export type { ScenarioArbitraryOptions } from './scenario-arbitrary.js';
