/** Fairness: each partner's share against the Shapley value and the core of the savings game. */
export { fairness } from './fairness.js';
export type { FairnessOptions, Fairness, PartnerFairness, FairnessGame, CoreCheck, CoreViolation, FairnessConventions } from './types.js';
