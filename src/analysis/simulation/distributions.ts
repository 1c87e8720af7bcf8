import type { AmountInput } from '../../money/index.js';
import type { Scenario } from '../../model/index.js';

/**
 * How one input of a simulation varies from run to run. Values are decimal strings (preferred) or
 * numbers, on the step 0.000001, and are read in the input's own terms: a share for a tier's realisation
 * (0.5 = half the savings counted), a multiplier for a cost (1.2 = a 20% overrun), a position for an
 * indirect saving's range (0 = the low rate, 1 = the high rate).
 *
 * - `fixed`: the value in every run.
 * - `uniform`: equally likely anywhere from `min` to `max`.
 * - `triangular`: from `min` to `max`, most likely at `mode`, falling away linearly on both sides.
 *
 * @example
 * ```ts
 * const possible: Distribution = { type: 'triangular', min: '0', mode: '0.5', max: '1' };
 * const overrun: Distribution = { type: 'uniform', min: '1', max: '1.3' };
 * const assured: Distribution = { type: 'fixed', value: '1' };
 * ```
 */
export type Distribution =
  | { readonly type: 'fixed'; readonly value: AmountInput }
  | { readonly type: 'uniform'; readonly min: AmountInput; readonly max: AmountInput }
  | { readonly type: 'triangular'; readonly min: AmountInput; readonly mode: AmountInput; readonly max: AmountInput };

/**
 * A correlation the user states between two sampled inputs, as the coefficient (strictly between −1 and
 * 1) of a Gaussian copula: each run draws standard normals, correlates them through the Cholesky factor
 * of the stated correlation matrix, turns each into a uniform with the normal CDF and reads the input's
 * distribution at it. The coefficient is the correlation of the normal scores; the correlation of the
 * values themselves is close to it but not equal.
 *
 * @example
 * ```ts
 * const together: Correlation = { between: ['realisation.projected', 'realisation.possible'], coefficient: '0.6' };
 * ```
 */
export interface Correlation {
  readonly between: readonly [string, string];
  readonly coefficient: AmountInput;
}

/**
 * The distributions a simulation uses when it is given none, stated here so they can be printed, copied
 * and changed: assured savings realised 90–100% (most likely 100%); projected 50–100% (most likely 80%);
 * possible 0–100% (most likely 50%); each quantified one-off cost 0.9 to 1.5 times its estimate (most
 * likely as estimated: overruns are likelier than savings); each indirect saving anywhere in its low–high
 * range. They are a starting point for a discussion, not evidence.
 *
 * @param scenario - a parsed scenario
 * @returns distributions by input name
 *
 * @example
 * ```ts
 * Object.keys(defaultDistributions(scenario));
 * //=> ['realisation.assured', 'realisation.projected', 'realisation.possible', 'cost.exit-compensation', 'cost.change-management', 'indirect.accommodation', 'indirect.ict-per-computer']
 * ```
 */
export function defaultDistributions(scenario: Scenario): Record<string, Distribution> {
  const out: Record<string, Distribution> = {
    'realisation.assured': { type: 'triangular', min: '0.9', mode: '1', max: '1' },
    'realisation.projected': { type: 'triangular', min: '0.5', mode: '0.8', max: '1' },
    'realisation.possible': { type: 'triangular', min: '0', mode: '0.5', max: '1' },
  };
  for (const k of scenario.costs) if (!k.unquantified && k.money !== undefined) out[`cost.${k.id}`] = { type: 'triangular', min: '0.9', mode: '1', max: '1.5' };
  for (const x of scenario.indirect) out[`indirect.${x.id}`] = { type: 'uniform', min: '0', max: '1' };
  return out;
}
