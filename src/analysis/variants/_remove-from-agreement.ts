import { assertNever, issueWithText, type InputPath, type Issue } from '../../errors/index.js';
import { Decimal } from '../../money/index.js';
import type { AgreementAttributionInput, AgreementRuleInput, AttributionRuleInput, ScenarioFile } from '../../schema/index.js';

// A cost-sharing agreement without a leaving partner. Its share is re-split by the agreement's own rule
// among the partners who stay: a rule that reads drivers (equal, metric) does so by itself once the
// partner and its metrics are gone; a stated split (a `shares` rule, a `prior`) is re-normalised, each
// remaining share divided by what the leaving partner's share leaves, exactly. Where that cannot be
// written exactly (0.2 / 0.7), or nothing is left to divide (the leaving partner held it all), the
// removal is refused at the path of the split: a rounded split would no longer be the one agreed.

type Agreement = NonNullable<ScenarioFile['agreements']>[number];
type AnyRule = AttributionRuleInput | AgreementRuleInput;
type Split = Readonly<Record<string, string | number>>;

/** The most decimal places an amount of the scenario file may have (the schema's amount range). */
const PLACES = 12;

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * A stated split among the partners who stay, each share divided by 1 − the leaving partner's share; the
 * split as it was where it does not name the partner. Appends an E_SHARES issue at `path` (and returns the
 * split as it was) where the result cannot be written exactly in at most {@link PLACES} decimal places.
 */
function renormalised(split: Split, id: string, path: InputPath, issues: Issue[]): Split {
  if (!hasOwn(split, id)) return split;
  const keys = Object.keys(split).filter((k) => k !== id);
  const leaving = new Decimal(split[id]!);
  const rest = keys.reduce((sum, k) => sum.plus(split[k]!), new Decimal(0));
  if (leaving.isZero()) return Object.fromEntries(keys.map((k) => [k, split[k]!]));
  const expected = `a split that ${id} leaves re-normalised exactly among the partners who stay (each share divided by ${rest.toString()}, what ${id}'s ${leaving.toString()} leaves), in at most ${PLACES} decimal places`;
  if (rest.isZero()) {
    issues.push(issueWithText('E_SHARES', path, expected, `${id} holding the whole split: nothing left to re-split among ${keys.join(', ') || 'no one'}`));
    return split;
  }
  const out: Record<string, string> = {};
  for (const k of keys) {
    const share = new Decimal(split[k]!);
    const q = share.div(rest);
    // With at most PLACES places the product below is exact, so q is the exact quotient, not a rounding.
    if (q.decimalPlaces() > PLACES || !q.times(rest).equals(share)) {
      issues.push(issueWithText('E_SHARES', path, expected, `${k}'s ${share.toString()} / ${rest.toString()}, which no decimal of ${PLACES} places states exactly`));
      return split;
    }
    out[k] = q.toString();
  }
  return out;
}

/** A rule of an agreement (or a part of its blend) without the partner: its stated splits re-normalised. */
function rule(r: AnyRule, id: string, path: InputPath, issues: Issue[]): AnyRule {
  const prior = 'prior' in r && r.prior !== undefined ? { prior: renormalised(r.prior, id, [...path, 'prior'], issues) } : {};
  switch (r.rule) {
    case 'equal':
    case 'metric':
    case 'fte-removed':
      return { ...r, ...prior } as AnyRule;
    case 'actual': {
      // Refused inside an agreement when read; the partner's amount goes as it does anywhere else.
      const amounts: Record<string, string | number> = {};
      for (const k of Object.keys(r.amounts)) if (k !== id) amounts[k] = r.amounts[k]!;
      return { ...r, amounts };
    }
    case 'shares':
      return { ...r, shares: renormalised(r.shares, id, [...path, 'shares'], issues) };
    case 'blend':
      return {
        ...r,
        ...prior,
        parts: r.parts.map((p, i) => ({ ...p, attribution: rule(p.attribution, id, [...path, 'parts', i, 'attribution'], issues) as AttributionRuleInput })),
      } as AnyRule;
    default:
      return assertNever(r, 'attribution rule');
  }
}

function attribution(a: AgreementAttributionInput, id: string, path: InputPath, issues: Issue[]): AgreementAttributionInput {
  if (a.rule !== 'schedule') return rule(a, id, path, issues) as AgreementRuleInput;
  return { ...a, steps: a.steps.map((s, k) => ({ ...s, attribution: rule(s.attribution, id, [...path, 'steps', k, 'attribution'], issues) as AgreementRuleInput })) };
}

/**
 * Agreement `a` (at `path`) without partner `id`: its stated splits re-normalised among the partners who
 * stay, its stand-alone cost gone; its costs, and every rule that reads drivers, as they were.
 */
export function agreementWithout(a: Agreement, id: string, path: InputPath, issues: Issue[]): Agreement {
  const out: Agreement = { ...a, attribution: attribution(a.attribution, id, [...path, 'attribution'], issues) };
  if (a.standAlone !== undefined && hasOwn(a.standAlone, id)) {
    const standAlone: NonNullable<Agreement['standAlone']> = {};
    for (const k of Object.keys(a.standAlone)) if (k !== id) standAlone[k] = a.standAlone[k]!;
    out.standAlone = standAlone;
  }
  return out;
}
