export { parseScenario, safeParseScenario } from './parse.js';
export type { SafeParseScenarioResult } from './parse.js';
export type * from './types.js';
export { usesFteRemoved } from './_rules.js';
