/**
 * Analyses of an evaluation or a scenario, one folder each: reconciliation, staffing, budget context,
 * variants and comparison, fairness, sensitivity and simulation (the last two share `outcome/`).
 */
export { reconcile, VERDICTS } from './reconcile/index.js';
export type { Verdict, ArithmeticCheck, ReconciliationRow, Reconciliation, DriverCheck } from './reconcile/index.js';
export { staffing } from './staffing/index.js';
export type { StaffingRow, StaffingSummary } from './staffing/index.js';
export { budgetContext } from './context/index.js';
export type { ContextRow } from './context/index.js';
export { applyVariant, compare } from './variants/index.js';
export type { Comparison, Difference } from './variants/index.js';
export { fairness } from './fairness/index.js';
export type { FairnessOptions, Fairness, PartnerFairness, FairnessGame, CoreCheck, CoreViolation, FairnessConventions } from './fairness/index.js';
export { simulate, simulateParallel, simulationToJSON, defaultDistributions } from './simulation/index.js';
export type { SimulateParallelOptions, SimulateOptions, Simulation, SimulationJSON, SimulationStatistics, NpvHistogram, PaybackStatistics, SimulatedOutcome, SimulatedInput, SimulationConventions, Distribution, Correlation } from './simulation/index.js';
export type { AmountsAsText } from './outcome/index.js';
export { sensitivity, defaultSensitivityRanges, sensitivityToJSON } from './sensitivity/index.js';
export type { SensitivityOptions, SensitivityRange, SensitivityRow, Sensitivity, SensitivityJSON } from './sensitivity/index.js';
