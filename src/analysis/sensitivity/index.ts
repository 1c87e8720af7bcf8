/** Sensitivity: each input varied alone over its range, its effect on NPV and payback, and break-even values. */
export { sensitivity } from './sensitivity.js';
export { defaultSensitivityRanges, sensitivityToJSON } from './types.js';
export type { SensitivityOptions, SensitivityRange, SensitivityRow, Sensitivity, SensitivityJSON } from './types.js';
