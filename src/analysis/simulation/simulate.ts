import type { Scenario } from '../../model/index.js';
import { prepareSimulation } from './_prepare.js';
import { runRange } from './_core.js';
import type { SimulateOptions, Simulation } from './types.js';

/**
 * Monte Carlo simulation of a scenario's appraisal: in each run the uncertain inputs are drawn from their
 * distributions (the realisation of each tier's savings, overruns of one-off costs, the position in each
 * indirect saving's low–high range), optionally correlated, and the appraisal is recomputed exactly as
 * {@link appraise} would compute it for those inputs. Returns, per partner and in total, the P10, P50,
 * P90 and mean of NPV and of net benefit over the period, the payback year's percentiles and the share
 * of runs that never pay back, and the probability of ending up worse off.
 *
 * Seeded and pure: the same scenario, options and seed give byte-identical {@link simulationToJSON}
 * output, here or in {@link simulateParallel} with any number of threads. The scenario is evaluated once
 * and taken apart into exact per-partner, per-year components; each run is an exact weighted sum of them
 * (integer arithmetic throughout, rounded only where `appraise` rounds and at the end). The conventions
 * are stated in the result.
 *
 * @param scenario - a parsed scenario
 * @param options - runs, seed, distributions, correlations, appraisal options and a progress callback
 * @returns the statistics, the inputs and conventions used, and the caveats
 * @throws {@link InputError} (`E_OPTION`) for runs, a seed, a distribution or a correlation it cannot use,
 *   naming the option's path (`distributions["realisation.possible"].max`)
 *
 * @example
 * ```ts
 * const sim = simulate(scenario, {
 *   runs: 10000,
 *   seed: 2011,
 *   distributions: { 'realisation.possible': { type: 'triangular', min: '0', mode: '0.5', max: '1' } },
 * });
 * sim.total.npv.p50.toString();
 * //=> '38386000'
 * ```
 */
export function simulate(scenario: Scenario, options: SimulateOptions): Simulation {
  const { plan, finish } = prepareSimulation(scenario, options);
  const progress = options.onProgress;
  return finish(runRange(plan, 0, plan.runs, progress === undefined ? undefined : (done) => progress(done, plan.runs)));
}
