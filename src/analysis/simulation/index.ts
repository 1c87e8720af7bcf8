/**
 * Simulation: seeded Monte Carlo runs over the varied inputs, on one thread or several. The worker thread's
 * entry, `_simulate-worker.ts`, is built on its own (`dist/simulate-worker.js`) and is not exported here.
 */
export { simulate } from './simulate.js';
export { simulateParallel } from './simulate-parallel.js';
export type { SimulateParallelOptions } from './simulate-parallel.js';
export { simulationToJSON } from './types.js';
export type { SimulateOptions, Simulation, SimulationJSON, SimulationStatistics, NpvHistogram, PaybackStatistics, SimulatedOutcome, SimulatedInput, SimulationConventions } from './types.js';
export { defaultDistributions } from './distributions.js';
export type { Distribution, Correlation } from './distributions.js';
