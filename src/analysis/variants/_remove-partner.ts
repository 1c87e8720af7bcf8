import { assertNever, type Issue } from '../../errors/index.js';
import type { AgreementAttributionInput, AgreementRuleInput, AttributionRuleInput, ScenarioFile } from '../../schema/index.js';
import { agreementWithout } from './_remove-from-agreement.js';

// Every place in the scenario file format that can name a partner, walked through the file's own
// structure: one function per structure that holds partners, so a new partner-bearing field has exactly
// one place to be added. Nothing else is touched: a key or a list entry that merely equals the partner's
// id (a cost id in `offsets`, a key such as `unit` or `tier`, a metric name) is not a partner.

type PerPartner = Readonly<Record<string, string | number>>;
type Budget = ScenarioFile['services'][number]['budgets'][number];
type Line = ScenarioFile['lines'][number];
type Cost = ScenarioFile['costs'][number];

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** A record keyed by partner id, without the partner's own key. */
function perPartner<T extends PerPartner>(record: T, id: string): T {
  if (!hasOwn(record, id)) return record;
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(record)) if (key !== id) out[key] = record[key]!;
  return out as T;
}

/** A list of partner ids (a tie order, a group), without the partner. */
function partnerList(list: readonly string[], id: string): string[] {
  return list.filter((x) => x !== id);
}

/** A line's or a cost's rule: a rule as anywhere, or (as an agreement may state) a schedule of rules or a rule reading another year's drivers. */
type LineRule = AttributionRuleInput | AgreementAttributionInput;

/**
 * An attribution rule: its `shares`, `amounts` and `prior` are keyed by partner, a blend's parts and a
 * schedule's steps are rules. A line's or a cost's split keeps today's reading: the partner's keys go and
 * nothing is re-normalised (a cost-sharing agreement's stated splits are, in _remove-from-agreement).
 */
function attribution<R extends LineRule>(rule: R, id: string): R;
function attribution(rule: LineRule, id: string): LineRule {
  const prior = 'prior' in rule && rule.prior !== undefined ? { prior: perPartner(rule.prior, id) } : {};
  switch (rule.rule) {
    case 'equal':
    case 'metric':
    case 'fte-removed':
      return { ...rule, ...prior } as LineRule;
    case 'actual':
      return { ...rule, amounts: perPartner(rule.amounts, id) };
    case 'shares':
      return { ...rule, shares: perPartner(rule.shares, id) };
    case 'blend':
      return { ...rule, ...prior, parts: rule.parts.map((p) => ({ ...p, attribution: attribution(p.attribution, id) })) } as LineRule;
    case 'schedule':
      return { ...rule, steps: rule.steps.map((step) => ({ ...step, attribution: attribution<AgreementRuleInput>(step.attribution, id) })) };
    default:
      return assertNever(rule, 'attribution rule');
  }
}

/**
 * A closing read from an agreement's contributions in a year: exactly `agreement` and `year`, the year
 * a financial year's label, which no amount is, so no per-partner record (even of partners called
 * "agreement" and "year") is mistaken for it. The model reads the closing by the same test.
 */
function isAgreementClosing(at: object): boolean {
  const keys = Object.keys(at);
  const { agreement, year } = at as { agreement?: unknown; year?: unknown };
  return keys.length === 2 && typeof agreement === 'string' && typeof year === 'string' && /^\d{4}\/\d{2}$/.test(year);
}

/**
 * A starting or closing position: per partner, or combined (with the rule that splits a combined
 * closing), or an agreement's contributions (which name no partner: the agreement splits among those left).
 */
function position<T extends Budget['starting'] | NonNullable<Budget['closing']>>(at: T, id: string): T {
  if (isAgreementClosing(at)) return at;
  // "combined" cannot be a partner id (it names a total), so its presence marks the combined form.
  if (!hasOwn(at, 'combined')) return perPartner(at as PerPartner, id) as T;
  const combined = at as { combined: string | number; attribution?: AttributionRuleInput };
  return (combined.attribution === undefined ? at : { ...combined, attribution: attribution(combined.attribution, id) }) as T;
}

function budget(b: Budget, id: string): Budget {
  return { ...b, starting: position(b.starting, id), ...(b.closing === undefined ? {} : { closing: position(b.closing, id) }) };
}

function line(l: Line, id: string): Line {
  const out: Line = { ...l };
  if (l.tieOrder !== undefined) out.tieOrder = partnerList(l.tieOrder, id);
  if (l.attribution !== undefined) out.attribution = attribution(l.attribution, id);
  if (l.fte !== undefined && 'attribution' in l.fte && l.fte.attribution !== undefined) out.fte = { ...l.fte, attribution: attribution(l.fte.attribution, id) };
  // A line split by actual amounts loses the leaving partner's amount: its stated total no longer holds.
  if (l.attribution?.rule === 'actual') delete out.amount;
  return out;
}

function cost(k: Cost, id: string): Cost {
  return k.attribution === undefined ? k : { ...k, attribution: attribution(k.attribution, id) };
}

/**
 * The scenario file without partner `id`: its entry in `partners`, its keys in per-partner records and
 * attribution rules, its place in tie orders; the staffing effects, budget context and stated coalitions
 * about it; and every published figure (the paper's figures describe the partnership as it was). In a
 * cost-sharing agreement its share is re-split by the rule among the partners who stay: its stand-alone
 * cost goes, and a stated split (`shares`, `prior`) is re-normalised exactly, or refused with an issue
 * appended to `issues` at the split's path where that cannot be exact.
 * A line that states it needs the partner (`needs`) lapses: it is dropped, with the staffing effects
 * stated of it. Everything else is returned as it was; the input is not changed.
 */
export function removePartnerFromFile(file: ScenarioFile, id: string, issues: Issue[]): ScenarioFile {
  // A line that needs the partner lapses with it, and so do the staffing effects stated of that line.
  const lapsed = new Set(file.lines.filter((l) => l.needs?.includes(id) === true).map((l) => l.id));
  return {
    ...file,
    settings: file.settings.tieOrder === undefined ? file.settings : { ...file.settings, tieOrder: partnerList(file.settings.tieOrder, id) },
    // Metrics (stated once or by year) and the membership belong to the partner object itself and go with it.
    partners: file.partners.filter((p) => p.id !== id),
    services: file.services.map((s) => ({ ...s, budgets: s.budgets.map((b) => budget(b, id)) })),
    lines: file.lines.filter((l) => !lapsed.has(l.id)).map((l) => line(l, id)),
    costs: file.costs.map((k) => cost(k, id)),
    staffing: file.staffing.filter((x) => x.partner !== id && (x.line === undefined || !lapsed.has(x.line))),
    context: file.context.filter((x) => x.of.partner !== id),
    // The paper's printed figures describe the partnership as it was; they no longer apply.
    published: [],
    // A stated value of a group with the leaving partner no longer describes a group of partners.
    ...(file.coalitions === undefined ? {} : { coalitions: file.coalitions.filter((g) => !g.partners.includes(id)) }),
    ...(file.agreements === undefined ? {} : { agreements: file.agreements.map((a, i) => agreementWithout(a, id, ['agreements', i], issues)) }),
  };
}
