import { ScenarioError, issueWithText, makeIssue, type InputPath, type Issue } from '../errors/index.js';
import { parseScenario, type Scenario } from '../model/index.js';
import type { ScenarioFile } from '../schema/index.js';

type Json = unknown;
type Variant = ScenarioFile['variants'][number];

/** Splits "costs[exit].costPerHead" into ['costs', {id:'exit'}, 'costPerHead']. */
function segments(path: string): ({ key: string } | { id: string } | { index: number })[] | undefined {
  const out: ({ key: string } | { id: string } | { index: number })[] = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z_$][\w$-]*)((?:\[[^\]]+\])*)$/.exec(part);
    if (m === null) return undefined;
    out.push({ key: m[1]! });
    for (const sel of m[2]!.match(/\[[^\]]+\]/g) ?? []) {
      const inner = sel.slice(1, -1);
      out.push(/^\d+$/.test(inner) ? { index: Number(inner) } : { id: inner });
    }
  }
  return out;
}

function setAt(root: Record<string, Json>, path: string, value: Json, where: InputPath, issues: Issue[]): void {
  const segs = segments(path);
  if (segs === undefined || segs.length === 0) {
    issues.push(makeIssue('E_VARIANT_PATH', where, 'a path such as "costs[exit].costPerHead"', path));
    return;
  }
  let at: Json = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if ('key' in seg) {
      if (at === null || typeof at !== 'object' || Array.isArray(at)) break;
      const obj = at as Record<string, Json>;
      if (last) {
        obj[seg.key] = value;
        return;
      }
      if (!Object.prototype.hasOwnProperty.call(obj, seg.key) || obj[seg.key] === undefined) obj[seg.key] = {};
      at = obj[seg.key];
    } else {
      if (!Array.isArray(at)) break;
      const index = 'index' in seg ? seg.index : at.findIndex((x) => x !== null && typeof x === 'object' && (x as { id?: unknown }).id === seg.id);
      if (index < 0 || index >= at.length) {
        issues.push(issueWithText('E_VARIANT_PATH', where, `a path to something in the scenario`, `"${path}": no item ${'id' in seg ? `with id "${seg.id}"` : `at index ${seg.index}`}`));
        return;
      }
      if (last) {
        at[index] = value;
        return;
      }
      at = at[index];
    }
  }
  issues.push(issueWithText('E_VARIANT_PATH', where, 'a path to something in the scenario', `"${path}"`));
}

/** Drops a partner everywhere: partner lists, per-partner records, tie orders; and the published figures. */
function removePartner(file: Record<string, Json>, id: string): void {
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.filter((x) => x !== id).map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (k !== id) out[k] = walk(v);
    return out;
  };
  file.partners = (file.partners as { id: string }[]).filter((p) => p.id !== id);
  // The paper's printed figures describe the partnership as it was; they no longer apply.
  file.published = [];
  // Staffing effects and budget context about the leaving partner go with it.
  file.staffing = ((file.staffing as { partner?: string }[]) ?? []).filter((x) => x.partner !== id);
  file.context = ((file.context as { of: { partner?: string } }[]) ?? []).filter((x) => x.of.partner !== id);
  for (const key of ['settings', 'services', 'lines', 'costs', 'funding']) if (key in file) file[key] = walk(file[key]);
  // A stated coalition value of a group with the leaving partner no longer describes a group of partners.
  if (Array.isArray(file.coalitions)) file.coalitions = (file.coalitions as { partners: string[] }[]).filter((g) => !g.partners.includes(id));
  // A line split by actual amounts loses the leaving partner's amount: its stated total no longer holds.
  for (const line of (file.lines as Record<string, Json>[]) ?? []) {
    const a = line.attribution as { rule?: string } | undefined;
    if (a?.rule === 'actual') delete line.amount;
  }
}

/**
 * Applies one of a scenario's named variants (or a variant given inline) and returns the changed
 * scenario, checked again from the start. A variant may remove partners (a partner leaving the
 * partnership: its baselines, amounts and shares go) and set any value by path, such as a tier's
 * realisation (`appraisal.riskWeights.possible`), a metric (`partners[hf].metrics.population`), a cost per
 * head (`costs[exit].costPerHead`) or a phasing (`lines[finance].phasing`). The original is not changed.
 *
 * @param scenario - a parsed scenario
 * @param variant - the name of one of its variants, or a variant object
 * @returns the scenario with the variant applied (its own variants kept)
 * @throws {@link ScenarioError} for an unknown variant, a path that names nothing, or a result that is
 *   no longer a valid scenario (with the paths of the changed scenario)
 *
 * @example
 * ```ts
 * const without = applyVariant(scenario, { name: 'cow-leaves', removePartners: ['cow'] });
 * without.partners.map((p) => p.id);
 * //=> ['hf', 'rbkc']
 * ```
 */
export function applyVariant(scenario: Scenario, variant: string | Variant): Scenario {
  const file = structuredClone(scenario.file) as Record<string, Json>;
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
    else removePartner(file, id);
  }
  (v.set ?? []).forEach((s, i) => setAt(file, s.path, s.value, [...base, 'set', i, 'path'], issues));
  if (issues.length > 0) throw new ScenarioError(issues);
  return parseScenario(file);
}
