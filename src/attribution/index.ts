export { ruleWeights } from './weights.js';
