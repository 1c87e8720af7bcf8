import type { Decimal } from '../../money/index.js';
import type { AppraisalConventions, AppraiseOptions } from '../../appraisal/index.js';
import { toText, type AmountsAsText } from '../outcome/index.js';
import type { Correlation, Distribution } from './distributions.js';

/**
 * Options for {@link simulate} and {@link simulateParallel}. The appraisal options fall back to the
 * scenario's own settings, then to `appraise`'s defaults, exactly as {@link appraise} resolves them.
 *
 * @example
 * ```ts
 * const options: SimulateOptions = {
 *   runs: 10000,
 *   seed: 2011,
 *   distributions: { 'realisation.possible': { type: 'triangular', min: '0', mode: '0.5', max: '1' } },
 *   correlations: [{ between: ['realisation.possible', 'cost.exit-compensation'], coefficient: '-0.3' }],
 * };
 * ```
 */
export interface SimulateOptions extends Omit<AppraiseOptions, 'indirect'> {
  /**
   * How many runs: from 1 to 10,000,000, and within two bounds checked before any work starts. Each run
   * keeps 18 bytes per partner and for the total until the end, so runs × (partners + 1) may be at most
   * 50,000,000 (about 900 MB); and runs × (partners + 1) × years (the appraisal period) at most
   * 2,000,000,000, a few minutes on one thread. Past either, an {@link InputError} at `runs` says the
   * most runs the scenario allows.
   */
  readonly runs: number;
  /** The seed: a whole number from 0 to 2^64 − 1, as a number, a BigInt or a string of digits. */
  readonly seed: number | bigint | string;
  /**
   * How each varied input is distributed, by input name: `realisation.<tier>`, `costs`, `cost.<id>`,
   * `indirect.<id>`. Inputs not named keep their base value.
   * @defaultValue {@link defaultDistributions} of the scenario
   */
  readonly distributions?: Readonly<Record<string, Distribution>>;
  /** Correlations between sampled inputs. @defaultValue none (independent inputs) */
  readonly correlations?: readonly Correlation[];
  /** Called as runs complete (every 1,000 runs and at the end), with the runs done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Percentiles (nearest rank) and the mean of an amount over the runs, in pounds, rounded half-up to the
 * scenario quantum.
 *
 * @example
 * ```ts
 * const npv: SimulationStatistics = simulate(scenario, { runs: 1000, seed: 1 }).total.npv;
 * npv.p10.lessThanOrEqualTo(npv.p90);
 * //=> true
 * ```
 */
export interface SimulationStatistics {
  readonly p10: Decimal;
  readonly p50: Decimal;
  readonly p90: Decimal;
  readonly mean: Decimal;
}

/**
 * How the runs' NPV is distributed: the runs counted in bins of one width, with exact edges. The width is
 * the smallest of 1, 2 or 5 × 10^k quanta that needs at most 20 bins (fewer for a
 * small simulation: at most ⌈√runs⌉), and the edges are multiples of it, so bins start at round figures.
 * Bin `i` holds the runs with `edges[i] ≤ NPV < edges[i + 1]`; the counts add up to the runs. Kept
 * instead of every run's value, so a simulation of millions of runs stays small.
 *
 * @example
 * ```ts
 * const h: NpvHistogram = simulate(scenario, { runs: 1000, seed: 1 }).total.npvHistogram;
 * h.counts.reduce((a, b) => a + b, 0);
 * //=> 1000
 * h.edges.length === h.counts.length + 1;
 * //=> true
 * ```
 */
export interface NpvHistogram {
  /** The bins' edges in pounds, ascending, one more than the bins; exact multiples of the width. */
  readonly edges: readonly Decimal[];
  /** The runs in each bin. */
  readonly counts: readonly number[];
}

/**
 * When the runs pay back: percentiles (nearest rank) of the payback year over the runs that pay back
 * within the period, their mean, and the share of runs that never do.
 *
 * @example
 * ```ts
 * simulate(scenario, { runs: 1000, seed: 1 }).total.payback.p50;
 * //=> '2011/12'
 * ```
 */
export interface PaybackStatistics {
  readonly p10: string | null;
  readonly p50: string | null;
  readonly p90: string | null;
  /** The mean number of years to pay back (1 = within the first year), to 2 places; null if no run pays back. */
  readonly meanYears: Decimal | null;
  /** The share of runs whose cumulative net position ends the period below zero. */
  readonly neverShare: Decimal;
}

/**
 * The simulated outcome of one partner, or of the partnership (`partner: 'total'`).
 *
 * @example
 * ```ts
 * const hf: SimulatedOutcome = simulate(scenario, { runs: 1000, seed: 1 }).partners[0];
 * hf.probabilityWorseOff.toString();
 * //=> '0'
 * ```
 */
export interface SimulatedOutcome {
  readonly partner: string;
  /** NPV exactly as `appraise` computes it, run by run. */
  readonly npv: SimulationStatistics;
  /** How the runs' NPV is spread: counts in bins with exact edges (see {@link NpvHistogram}). */
  readonly npvHistogram: NpvHistogram;
  /** Net benefit over the period, undiscounted. */
  readonly netBenefit: SimulationStatistics;
  readonly payback: PaybackStatistics;
  /** The share of runs in which the partner ends up worse off: net benefit over the period below zero. */
  readonly probabilityWorseOff: Decimal;
  /** The share of runs with an NPV below zero. */
  readonly probabilityNegativeNpv: Decimal;
}

/**
 * How a simulation was done, in words, stated in every output.
 *
 * @example
 * ```ts
 * simulate(scenario, { runs: 10, seed: 1 }).conventions.percentiles;
 * //=> 'nearest rank: the P-th percentile of N values is the one at rank ⌈P × N / 100⌉ in ascending order'
 * ```
 */
export interface SimulationConventions {
  readonly appraisal: AppraisalConventions;
  readonly inputs: string;
  readonly step: string;
  readonly randomNumbers: string;
  readonly correlation: string;
  readonly costs: string;
  readonly percentiles: string;
  readonly rounding: string;
  readonly payback: string;
  readonly probabilities: string;
}

/**
 * One input of a simulation and its distribution (values as strings).
 *
 * @example
 * ```ts
 * const input: SimulatedInput = { name: 'realisation.possible', label: 'Realisation of possible savings', distribution: { type: 'triangular', min: '0', mode: '0.5', max: '1' } };
 * ```
 */
export interface SimulatedInput {
  readonly name: string;
  readonly label: string;
  readonly distribution: Readonly<Record<string, string>>;
}

/**
 * The result of {@link simulate} and {@link simulateParallel}: the same for the same scenario, options
 * and seed, to the byte, however many threads computed it.
 *
 * @example
 * ```ts
 * const sim: Simulation = simulate(scenario, { runs: 10000, seed: 2011 });
 * sim.total.npv.p50.toString();
 * ```
 */
export interface Simulation {
  readonly conventions: SimulationConventions;
  readonly runs: number;
  readonly seed: string;
  readonly years: readonly string[];
  readonly inputs: readonly SimulatedInput[];
  readonly correlations: readonly { readonly between: readonly [string, string]; readonly coefficient: string }[];
  readonly partners: readonly SimulatedOutcome[];
  readonly total: SimulatedOutcome;
  /** Unquantified costs and unconfirmed funding: what the figures leave out. */
  readonly caveats: readonly string[];
}

/**
 * The plain-JSON form of a simulation: amounts as strings of plain digits, never numbers.
 *
 * @example
 * ```ts
 * const json: SimulationJSON = simulationToJSON(simulate(scenario, { runs: 100, seed: 1 }));
 * ```
 */
export type SimulationJSON = AmountsAsText<Simulation>;

/**
 * Writes a simulation as plain JSON: every amount as a string, keys in a fixed order, so the same seed
 * gives byte-identical text.
 *
 * @param simulation - from {@link simulate} or {@link simulateParallel}
 * @returns a JSON-serialisable object
 *
 * @example
 * ```ts
 * JSON.stringify(simulationToJSON(simulate(scenario, { runs: 100, seed: 7 }))) === JSON.stringify(simulationToJSON(simulate(scenario, { runs: 100, seed: 7 })));
 * //=> true
 * ```
 */
export function simulationToJSON(simulation: Simulation): SimulationJSON {
  return toText(simulation) as SimulationJSON;
}
