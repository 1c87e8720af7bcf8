/**
 * `shared-services-model/testing`: invariant checkers for tests of partner splits and evaluations. They
 * need nothing beyond the package itself; the fast-check arbitraries that generate inputs for them are
 * in `shared-services-model/testing/arbitraries` (which needs `fast-check`, an optional peer dependency).
 *
 * @packageDocumentation
 */
export { checkApportionment } from './invariants.js';
export type { ApportionmentViolation } from './invariants.js';
export { checkEvaluationInvariants } from './scenario-invariants.js';
export type { EvaluationViolation } from './evaluation-violation.js';
