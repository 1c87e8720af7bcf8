export { ruleWeights } from './weights.js';
export type { Drivers } from './weights.js';
export * from './time/index.js';
