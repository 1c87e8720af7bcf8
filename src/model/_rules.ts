import { assertNever, type InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { AttributionRuleInput } from '../schema/index.js';
import type { Collector } from './_collector.js';
import type { Partner, Rule, RuleModifiers, Split } from './types.js';

type Amounts = Record<string, string | number>;

/** Reads a per-partner record: known partners only, every partner present. */
export function readPerPartner(
  c: Collector,
  record: Amounts,
  partners: readonly Partner[],
  path: InputPath,
  convert: (v: string | number) => Decimal,
  what: string,
): Map<string, Decimal> {
  const known = new Set(partners.map((p) => p.id));
  const out = new Map<string, Decimal>();
  for (const key of Object.keys(record)) {
    if (!known.has(key)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a partner id (${[...known].join(', ')})`, key);
  }
  for (const p of partners) {
    if (!Object.prototype.hasOwnProperty.call(record, p.id)) {
      c.addText('E_MISSING', [...path, p.id], `${what} for every partner`, `none for ${p.id}`);
      continue;
    }
    out.set(p.id, convert(record[p.id]!));
  }
  return out;
}

/** Where a rule is read: agreements read drivers by year and chain their priors, so they check less here. */
export interface RuleOptions {
  /**
   * In a cost-sharing agreement: metrics are checked year by year (with the schedule), a prior may name
   * only the partners it was agreed among, and a tolerance without a prior compares each split with
   * the one stated before it. @defaultValue false
   */
  readonly agreement?: boolean;
}

/** Reads a record keyed by some of the partners (known ids only; the partners it leaves out are not in it). */
function readNamedPartners(c: Collector, record: Amounts, partners: readonly Partner[], path: InputPath): Map<string, Decimal> {
  const known = new Set(partners.map((p) => p.id));
  const out = new Map<string, Decimal>();
  for (const key of Object.keys(record)) {
    if (!known.has(key)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a partner id (${[...known].join(', ')})`, key);
    else out.set(key, c.decimal(record[key]!));
  }
  return out;
}

function readModifiers(c: Collector, input: { precision?: string | number; prior?: Amounts; tolerance?: string | number }, partners: readonly Partner[], path: InputPath, options: RuleOptions): RuleModifiers {
  const out: { precision?: Decimal; prior?: Map<string, Decimal>; tolerance?: Decimal } = {};
  if (input.precision !== undefined) {
    const p = c.decimal(input.precision);
    if (p.isZero() || p.isNegative() || !new Decimal(1).mod(p).isZero()) {
      c.add('E_OPTION', [...path, 'precision'], 'a positive precision that divides 1 exactly, such as "0.01"', input.precision);
    } else out.precision = p;
  }
  if (input.prior !== undefined) {
    const prior = options.agreement === true ? readNamedPartners(c, input.prior, partners, [...path, 'prior']) : readPerPartner(c, input.prior, partners, [...path, 'prior'], (v) => c.decimal(v), 'a prior share');
    const sum = [...prior.values()].reduce((a, b) => a.plus(b), new Decimal(0));
    if ((options.agreement === true || prior.size === partners.length) && !sum.equals(1)) c.addText('E_SHARES', [...path, 'prior'], 'prior shares summing to exactly 1', `shares summing to ${sum.toString()}`);
    out.prior = prior;
    out.tolerance = input.tolerance === undefined ? new Decimal(0) : c.decimal(input.tolerance);
  } else if (input.tolerance !== undefined && options.agreement === true) {
    out.tolerance = c.decimal(input.tolerance);
  } else if (input.tolerance !== undefined) {
    c.addText('E_OPTION', [...path, 'tolerance'], 'a tolerance only together with a prior split', 'a tolerance without a prior');
  }
  return out;
}

/**
 * Reads an attribution rule into a {@link Split}. `total` is the amount to split (already in its final
 * unit), or undefined when the rule must supply it (an `actual` rule without a stated total).
 */
export function readSplit(
  c: Collector,
  input: AttributionRuleInput,
  total: Decimal | undefined,
  partners: readonly Partner[],
  path: InputPath,
  convert: (v: string | number) => Decimal,
  show: (d: Decimal) => string,
): Split {
  if (input.rule === 'actual') {
    const perPartner = readPerPartner(c, input.amounts, partners, [...path, 'amounts'], convert, 'an amount');
    const sum = [...perPartner.values()].reduce((a, b) => a.plus(b), new Decimal(0));
    if (total !== undefined && perPartner.size === partners.length && !sum.equals(total)) {
      const gap = total.minus(sum);
      c.addText(
        'E_SUM',
        [...path, 'amounts'],
        `amounts adding up to the line, ${show(total)}`,
        `${show(sum)} (${gap.isPositive() ? 'short' : 'over'} by ${show(gap.abs())})`,
      );
    }
    return { kind: 'fixed', perPartner };
  }
  if (total === undefined) {
    c.addText('E_MISSING', path, 'an amount for the line (or an "actual" rule that states it per partner)', 'no amount');
    return { kind: 'fixed', perPartner: new Map() };
  }
  return { kind: 'rule', total, rule: readRule(c, input, partners, path) };
}

/** Reads a rule that produces weights (every kind but `actual`). */
export function readRule(c: Collector, input: Exclude<AttributionRuleInput, { rule: 'actual' }>, partners: readonly Partner[], path: InputPath, options: RuleOptions = {}): Rule {
  switch (input.rule) {
    case 'equal':
      return { kind: 'equal', ...readModifiers(c, input, partners, path, options) };
    case 'metric': {
      const byYear = partners.filter((p) => p.metricsByYear.has(input.metric)).map((p) => p.id);
      const missing = partners.filter((p) => !p.metrics.has(input.metric)).map((p) => p.id);
      if (options.agreement === true) {
        // Read year by year with the agreement's schedule, where the years it reads are known.
      } else if (byYear.length > 0) {
        c.addText('E_RULE', [...path, 'metric'], 'a metric stated once (values by year are read by agreements, lines and costs only)', `"${input.metric}" stated by year for ${byYear.join(', ')}`);
      } else if (missing.length > 0) {
        c.addText('E_UNKNOWN_REFERENCE', [...path, 'metric'], `a metric every partner states`, `"${input.metric}" missing for ${missing.join(', ')}`);
      } else if (partners.every((p) => p.metrics.get(input.metric)!.isZero())) {
        c.addText('E_WEIGHTS', [...path, 'metric'], 'a metric above zero for at least one partner', `"${input.metric}" zero for every partner`);
      }
      return { kind: 'metric', metric: input.metric, ...readModifiers(c, input, partners, path, options) };
    }
    case 'shares': {
      // An agreement's shares may name only the partners who pay (a partner who joins later may have none).
      const shares = options.agreement === true ? readNamedPartners(c, input.shares, partners, [...path, 'shares']) : readPerPartner(c, input.shares, partners, [...path, 'shares'], (v) => c.decimal(v), 'a share');
      const sum = [...shares.values()].reduce((a, b) => a.plus(b), new Decimal(0));
      if ((options.agreement === true || shares.size === partners.length) && !sum.equals(1)) c.addText('E_SHARES', [...path, 'shares'], 'shares summing to exactly 1', `shares summing to ${sum.toString()}`);
      return { kind: 'shares', shares };
    }
    case 'fte-removed':
      if (options.agreement === true) c.addText('E_RULE', [...path, 'rule'], 'a rule an agreement can split by (equal, metric, shares, blend)', '"fte-removed" (FTE removed is known for the business case\'s lines, not for an agreement)');
      return { kind: 'fte-removed', ...readModifiers(c, input, partners, path, options) };
    case 'blend': {
      const parts = input.parts.map((part, i) => ({
        weight: c.decimal(part.weight),
        rule: part.attribution.rule === 'actual'
          ? (c.addText('E_RULE', [...path, 'parts', i, 'attribution', 'rule'], 'a rule that gives weights (equal, metric, shares, blend)', '"actual"'), { kind: 'equal' as const })
          : readRule(c, part.attribution, partners, [...path, 'parts', i, 'attribution'], options),
      }));
      if (parts.every((p) => p.weight.isZero())) c.addText('E_WEIGHTS', [...path, 'parts'], 'at least one part with a weight above zero', 'all weights zero');
      return { kind: 'blend', parts, ...readModifiers(c, input, partners, path, options) };
    }
    default:
      // Every rule the schema allows is read above: one added to the schema alone fails to compile here,
      // rather than split equally in silence.
      return assertNever(input, 'attribution rule');
  }
}

/** Whether a rule (or a part of a blend) splits by FTE removed, which only costs and funding may. */
export function usesFteRemoved(rule: Rule): boolean {
  return rule.kind === 'fte-removed' || (rule.kind === 'blend' && rule.parts.some((p) => usesFteRemoved(p.rule)));
}
