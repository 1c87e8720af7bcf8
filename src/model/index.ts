export { parseScenario, safeParseScenario } from './parse.js';
export type { SafeParseScenarioResult } from './parse.js';
export { DEFAULT_SCENARIO_LIMITS } from './limits.js';
export type { ScenarioLimits, ParseScenarioOptions } from './limits.js';
export type * from './types.js';
export { usesFteRemoved } from './_rules.js';
export { parseBaselinesCsv } from './baselines-csv.js';
export type { ServicesInput, ParseBaselinesCsvOptions } from './baselines-csv.js';
