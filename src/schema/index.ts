export { scenarioSchema } from './scenario.js';
export type { ScenarioInput, ScenarioFile } from './scenario.js';
export { attributionSchema } from './attribution.js';
export type { AttributionRuleInput } from './attribution.js';
export { scenarioJsonSchema } from './json-schema.js';
export { RESERVED_IDS } from './_primitives.js';
export { TIERS, isTier, perTier } from './tiers.js';
export type { Tier } from './tiers.js';
