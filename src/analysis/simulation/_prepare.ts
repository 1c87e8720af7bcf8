/**
 * Checks a simulation's options and prepares its plan; and, once the runs are done, writes the result.
 * Shared by `simulate` and `simulateParallel`, so the two differ only in who computes the runs.
 */
import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import { Decimal, type AmountInput } from '../../money/index.js';
import type { Scenario } from '../../model/index.js';
import { makeSetup, scaledDiscount, makeEvaluator, inputLabel } from '../outcome/index.js';
import { samplerPlan } from './_sampler.js';
import { seedKey } from './_prng.js';
import { summarise } from './_summary.js';
import type { RangeResult, SimulationPlan } from './_core.js';
import { defaultDistributions, type Distribution } from './distributions.js';
import type { SimulateOptions, Simulation, SimulationConventions } from './types.js';

/** The most runs a simulation takes. */
export const MAX_RUNS = 10_000_000;
/**
 * The most values a simulation keeps, runs × (partners + 1): each run keeps NPV, net benefit and the
 * payback year (18 bytes) for every partner and the total until the end, so about 900 MB at the bound
 * (`simulateParallel` briefly twice that, while it joins its blocks).
 */
export const MAX_KEPT = 50_000_000;
/**
 * The most work a simulation takes on, runs × (partners + 1) × years: a run's time grows with the
 * partners and years it computes. At the bound, a few minutes on one thread.
 */
export const MAX_WORK = 2_000_000_000;

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const option = (key: string, expected: string, received: unknown): never => {
  throw new InputError(makeIssue(ErrorCode.OPTION, [key], expected, received));
};

/** The seed as a 64-bit unsigned integer. */
function readSeed(seed: unknown): bigint {
  const ok = (typeof seed === 'number' && Number.isSafeInteger(seed)) || typeof seed === 'bigint' || (typeof seed === 'string' && /^\d{1,20}$/.test(seed));
  const value = ok ? BigInt(seed as number | bigint | string) : -1n;
  if (value < 0n || value >= 1n << 64n) option('seed', 'a whole number from 0 to 2^64 − 1 (a number, a BigInt or a string of digits)', seed);
  return value;
}

function conventions(appraisal: Simulation['conventions']['appraisal'], quantum: Decimal): SimulationConventions {
  const q = `£${quantum.toString()}`;
  return {
    appraisal,
    inputs:
      'inputs without a distribution keep their base value in every run: the risk weight for a tier, 1 for a cost multiplier, the central rate for an indirect saving; a realisation replaces its tier’s risk weight and applies to the tier’s indirect savings too',
    step: 'sampled values are rounded to the nearest 0.000001 before use; given those values every figure is exact (integer arithmetic) and rounded only as stated here',
    randomNumbers:
      'each run draws its own random values from the seed, so the same seed gives the same figures on any computer and with any number of threads, and another seed gives another sample of the same ranges',
    correlation:
      'inputs stated as correlated move together from run to run: towards 1, high in the same runs; towards −1, one high where the other is low; the coefficient holds between the inputs’ normal scores, so the values themselves correlate a little less (0.79 for 0.8 between two uniform inputs)',
    costs: 'a cost multiplier scales each evaluated cost cell after optimism bias, keeping the evaluated split among partners and years; funding stays as evaluated',
    percentiles: 'nearest rank: the P-th percentile of N values is the one at rank ⌈P × N / 100⌉ in ascending order',
    rounding: `NPV run by run exactly as appraise computes it (present values rounded once to ${q} over partners and years: the total NPV is the exact NPV rounded half-up, and the partners' NPVs add up to it); net benefit exact run by run; percentiles and means rounded half-up to ${q}`,
    payback:
      'payback year percentiles are over the runs that pay back within the period (the cumulative net position stays at or above zero from that year on); meanYears counts the first year as 1, to 2 decimal places; neverShare is the share of runs that spend and never recover it within the period; runs that spend nothing have nothing to pay back and count in neither',
    probabilities: 'shares of runs, to 6 decimal places, rounded half-up; worse off: net benefit over the period, undiscounted, below zero',
  };
}

/** A distribution with its values as plain decimal strings, keys in a fixed order. */
function describe(d: Distribution): Record<string, string> {
  const text = (v: AmountInput): string => new Decimal(v).toString();
  if (d.type === 'fixed') return { type: d.type, value: text(d.value) };
  if (d.type === 'uniform') return { type: d.type, min: text(d.min), max: text(d.max) };
  return { type: d.type, min: text(d.min), mode: text(d.mode), max: text(d.max) };
}

/** The plan of a simulation, and how to write its result from the runs. */
export function prepareSimulation(scenario: Scenario, options: SimulateOptions): { plan: SimulationPlan; finish: (runs: RangeResult) => Simulation } {
  const { runs } = options;
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) option('runs', `a whole number of runs from 1 to ${MAX_RUNS}`, runs);
  // Checked before any work, so that no number of runs can exhaust the memory (an array too large to make).
  const width = scenario.partners.length + 1;
  if (runs * width > MAX_KEPT) {
    const most = Math.floor(MAX_KEPT / width);
    option('runs', `at most ${grouped(most)} runs for ${width - 1} partners: runs × (partners + 1) may be at most ${grouped(MAX_KEPT)}, the values a simulation keeps in memory`, runs);
  }
  const seed = readSeed(options.seed);
  const setup = makeSetup(scenario, options);
  if (runs * width * setup.years > MAX_WORK) {
    const most = Math.floor(MAX_WORK / (width * setup.years));
    option('runs', `at most ${grouped(most)} runs for ${width - 1} partners over ${setup.years} years: runs × (partners + 1) × years may be at most ${grouped(MAX_WORK)}`, runs);
  }
  const distributions = options.distributions ?? defaultDistributions(scenario);
  const correlations = options.correlations ?? [];
  const sampler = samplerPlan(setup, distributions, correlations);
  const discount = scaledDiscount(setup.schedule, setup.years);
  const plan: SimulationPlan = { model: setup.model, discount, scales: setup.scales, sampler, seedKey: seedKey(seed), runs };
  const finish = (result: RangeResult): Simulation => {
    const a = setup.appraisal;
    const quantum = scenario.settings.quantum;
    const outcomes = summarise({ partners: setup.model.partners, years: setup.model.years, quantum, netUnit: makeEvaluator(setup.model, discount, setup.scales).netUnit }, result);
    return {
      conventions: conventions({ ...a.conventions, indirect: 'indirect savings at the central rate unless sampled; a sampled position p counts low + p × (high − low)' }, quantum),
      runs,
      seed: seed.toString(),
      years: setup.model.years,
      inputs: Object.keys(distributions)
        .sort()
        .map((name) => ({
          name,
          label: inputLabel(scenario, name),
          distribution: describe(distributions[name]!),
        })),
      correlations: correlations.map((c) => ({ between: [c.between[0], c.between[1]] as const, coefficient: new Decimal(c.coefficient).toString() })),
      partners: outcomes.slice(0, -1),
      total: outcomes[outcomes.length - 1]!,
      caveats: a.caveats,
    };
  };
  return { plan, finish };
}
