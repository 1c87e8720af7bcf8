import type { GameAnalysis } from './_core.js';
import type { ResolvedFairnessOptions } from './_options.js';
import type { FairnessConventions } from './types.js';

/**
 * What the analysis assumed, in words, so every output can be read without the options that made it.
 *
 * @param budgetsChosen - whether the caller named the baseline budgets (else every money budget counts)
 * @param years - the appraisal's financial years, for the period individual rationality is judged over
 * @param game - the coalition game, or null when the scenario states no coalition values
 */
export function fairnessConventions(o: ResolvedFairnessOptions, budgetsChosen: boolean, years: readonly string[], game: GameAnalysis | null): FairnessConventions {
  const { tiers, precision, budgets, rationality } = o;
  const last = years[years.length - 1] ?? '';
  return {
    savings: `Annual savings (the agreed attribution): each partner's on-going savings and income less recurring costs once every line has landed, from the tiers ${tiers.join(', ')}, unweighted; one-off lines and indirect savings are left out.`,
    shares: `Shares are exact ratios stated to ${precision.toString()} by largest remainder, so they sum to exactly 1; none when the total is zero.`,
    costs: 'One-off costs: quantified costs as the model splits them, before funding and optimism bias; unquantified costs are caveats.',
    baseline: `Baseline: the starting positions of ${budgetsChosen ? `the budgets ${[...budgets].join(', ')}` : 'every money budget'}, per partner (budgets given only as a total are left out).`,
    rationality: `Individually rational: ${rationality === 'net' ? 'undiscounted net benefit' : 'NPV'} over the appraisal period (${years[0] ?? ''} to ${last}) at or above zero.`,
    coalitions: 'Coalition values are per year: as stated; else a partner alone saves 0, the whole partnership saves the model’s annual savings, and any other group the sum of what its members save alone (no synergy until stated).',
    shapley: game?.conventions.shapley ?? 'Not computed: no coalition values are stated.',
    core: game?.conventions.core ?? 'Not checked: no coalition values are stated.',
  };
}
