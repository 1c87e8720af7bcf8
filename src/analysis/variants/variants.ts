import { ScenarioError, makeIssue, type InputPath, type Issue } from '../../errors/index.js';
import { parseScenario, type Scenario } from '../../model/index.js';
import type { ScenarioFile } from '../../schema/index.js';
import { removePartnerFromFile } from './_remove-partner.js';
import { setAt } from './_set-path.js';

type Json = unknown;
type Variant = ScenarioFile['variants'][number];

/**
 * Applies one of a scenario's named variants (or a variant given inline) and returns the changed
 * scenario, checked again from the start. A variant may remove partners (a partner leaving the
 * partnership: its baselines, amounts and shares go, from the places the file format names partners and
 * nowhere else; the published figures go too, and so does the stated total of a line split by actual
 * amounts; in a cost-sharing agreement its share is re-split by the rule among the partners who stay,
 * a stated split re-normalised exactly, and its stand-alone cost and membership go) and set any value by
 * path, such as a tier's realisation (`appraisal.riskWeights.possible`), a metric
 * (`partners[hf].metrics.population`), a cost per head (`costs[exit].costPerHead`), a phasing
 * (`lines[finance].phasing`), the day a partner joins the agreements (`partners[hf].membership.from`) or
 * an agreement's cost (`agreements[contact-centre].costs[0].net`). The original is not changed.
 *
 * @param scenario - a parsed scenario
 * @param variant - the name of one of its variants, or a variant object
 * @returns the scenario with the variant applied (its own variants kept)
 * @throws {@link ScenarioError} for an unknown variant, a path that names nothing or uses `__proto__`,
 *   `constructor` or `prototype` (code `E_VARIANT_PATH`), an agreement's stated split that a leaving
 *   partner's share cannot be re-split from exactly (code `E_SHARES`, at the split's path), or a result
 *   that is no longer a valid scenario (with the paths of the changed scenario)
 *
 * @example
 * ```ts
 * const without = applyVariant(scenario, { name: 'cow-leaves', removePartners: ['cow'] });
 * without.partners.map((p) => p.id);
 * //=> ['hf', 'rbkc']
 * ```
 */
export function applyVariant(scenario: Scenario, variant: string | Variant): Scenario {
  let file = structuredClone(scenario.file) as Record<string, Json>;
  const variants = (file.variants as Variant[] | undefined) ?? [];
  const v = typeof variant === 'string' ? variants.find((x) => x.name === variant) : variant;
  if (v === undefined) {
    throw new ScenarioError([makeIssue('E_UNKNOWN_VARIANT', ['variants'], `the name of a variant (${variants.map((x) => x.name).join(', ') || 'none defined'})`, variant)]);
  }
  const at = typeof variant === 'string' ? variants.indexOf(v) : -1;
  const base: InputPath = at >= 0 ? ['variants', at] : ['variant'];
  const issues: Issue[] = [];
  for (const id of v.removePartners ?? []) {
    if (!(file.partners as { id: string }[]).some((p) => p.id === id)) issues.push(makeIssue('E_UNKNOWN_REFERENCE', [...base, 'removePartners'], 'a partner id', id));
    else file = removePartnerFromFile(file as ScenarioFile, id, issues) as Record<string, Json>;
  }
  (v.set ?? []).forEach((s, i) => setAt(file, s.path, s.value, [...base, 'set', i, 'path'], issues));
  if (issues.length > 0) throw new ScenarioError(issues);
  return parseScenario(file);
}
