import fc from 'fast-check';
import type { LineAttributionInput, ScenarioInput } from '../schema/index.js';
import { dateFromDay, financialYearStart } from '../model/index.js';
import { times } from './_scaled.js';
import { big, chance, pick, record, type Context } from './_scenario-context.js';
import { sharesArbitrary } from './shares-arbitrary.js';

// Cost-sharing agreements for a generated scenario: a driver stated by year (and for the year before the
// first, so last year's actuals can be read), partners joining and leaving on dates inside the years,
// rules that change by year or from a date inside one, running costs as net or gross and income, and
// stand-alone costs stated once or by year. Every value is valid: the parties in any stretch of days are
// never none (the first partner is a party throughout), and the driver is positive, so no split is empty.

type Agreement = NonNullable<ScenarioInput['agreements']>[number];
type Rule = Exclude<Agreement['attribution'], { rule: 'schedule' }>;

/** The metric the agreements read, stated by year; lines never read it. */
export const AGREEMENT_METRIC = 'demand';

const PRECISIONS = ['0.01', '0.05', '0.1', '0.001'] as const;
const TOLERANCES = ['0', '0.01', '0.03', '0.1'] as const;

/** The year label of a start year: 2021 → "2021/22". */
const label = (start: number): string => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
const startOf = (year: string): number => Number(year.slice(0, 4));

/** A day inside the scenario's years, from its first day (never its first day), as an ISO date. */
function dayInside(ctx: Context, first: number, last: number): string {
  const start = financialYearStart(first);
  const end = financialYearStart(last + 1);
  return dateFromDay(Number(big(ctx.g, BigInt(start + 1), BigInt(end - 1))));
}

/** A rule of an agreement: equal, the driver (this year's, last year's or a fixed year's), or shares where every partner is a party throughout. */
function rule(ctx: Context, sharesAllowed: boolean): Rule {
  const { g, partners, years } = ctx;
  const modifiers = (): { precision?: string; prior?: Record<string, string>; tolerance?: string } => {
    const out: { precision?: string; prior?: Record<string, string>; tolerance?: string } = {};
    if (chance(g, 0.6)) out.precision = pick(g, PRECISIONS);
    if (chance(g, 0.6)) out.tolerance = pick(g, TOLERANCES);
    if (chance(g, 0.3)) out.prior = record(partners, g(sharesArbitrary, partners.length, { maxScale: 2 }));
    return out;
  };
  const kind = pick(g, ['equal', 'metric', 'metric', ...(sharesAllowed ? ['shares'] : [])] as const);
  switch (kind) {
    case 'equal':
      return { rule: 'equal', ...modifiers() };
    case 'metric': {
      const read = pick(g, ['same', 'last', 'fixed'] as const);
      const driverYear = read === 'last' ? { driverYear: -1 } : read === 'fixed' ? { driverYear: pick(g, years) } : {};
      return { rule: 'metric', metric: AGREEMENT_METRIC, ...driverYear, ...modifiers() };
    }
    case 'shares':
      return { rule: 'shares', shares: record(partners, g(sharesArbitrary, partners.length)) };
  }
}

/** One agreement: a plain rule or a schedule of steps in strictly increasing order, costs for some years, stand-alone costs. */
function agreement(ctx: Context, id: string, sharesAllowed: boolean): Agreement {
  const { g, partners, years, q } = ctx;
  const first = startOf(years[0]!);
  const steps = g(fc.integer, { min: 1, max: 3 });
  let attribution: Agreement['attribution'];
  if (steps === 1 && chance(g, 0.5)) attribution = rule(ctx, sharesAllowed);
  else {
    const froms = [...new Set(Array.from({ length: steps - 1 }, () => dayInside(ctx, first, first + years.length - 1)))].sort();
    attribution = {
      rule: 'schedule',
      steps: [
        { year: years[0]!, attribution: rule(ctx, sharesAllowed) },
        ...froms.map((from) => {
          const start = Number(from.slice(0, 4)) - (from.slice(5) < '04-01' ? 1 : 0);
          // A step on 1 April is written as its year alone, as a paper would.
          return from.slice(5) === '04-01' ? { year: label(start), attribution: rule(ctx, sharesAllowed) } : { year: label(start), from, attribution: rule(ctx, sharesAllowed) };
        }),
      ],
    };
  }
  const amount = (): string => times(q, big(g, 0n, 10n ** 9n));
  const costs = years.flatMap((year): NonNullable<Agreement['costs']> => {
    if (!chance(g, 0.8)) return [];
    if (chance(g, 0.5)) return [{ year, net: amount() }];
    const income = big(g, 0n, 10n ** 8n);
    return [{ year, gross: times(q, income + big(g, 0n, 10n ** 9n)), ...(chance(g, 0.7) ? { income: times(q, income) } : {}) }];
  });
  const standAlone = Object.fromEntries(
    partners.flatMap((p) => (chance(g, 0.5) ? [[p, chance(g, 0.5) ? amount() : Object.fromEntries(years.filter(() => chance(g, 0.7)).map((y) => [y, amount()]))]] : [])),
  );
  return { id, name: `Agreement ${id}`, costs, attribution, ...(Object.keys(standAlone).length === 0 ? {} : { standAlone }) };
}

/**
 * The scenario file with agreements added: its partners gain the driver by year and (all but the first,
 * sometimes) a membership; one to three agreements.
 */
export function withAgreements(ctx: Context, file: ScenarioInput): ScenarioInput {
  const { g, years } = ctx;
  const first = startOf(years[0]!);
  const last = first + years.length - 1;
  const labels = [label(first - 1), ...years];
  const partners = file.partners.map((p, j) => {
    const demand = Object.fromEntries(labels.map((y) => [y, String(big(g, 1n, 100000n))]));
    const membership: { from?: string; until?: string } = {};
    if (j > 0 && chance(g, 0.3)) membership.from = dayInside(ctx, first, last);
    if (j > 0 && chance(g, 0.3)) {
      const until = dayInside(ctx, first, last);
      if (membership.from === undefined || membership.from <= until) membership.until = until;
    }
    return { ...p, metrics: { ...p.metrics, [AGREEMENT_METRIC]: demand }, ...(Object.keys(membership).length === 0 ? {} : { membership }) };
  });
  const sharesAllowed = partners.every((p) => !('membership' in p));
  const agreements = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, i) => agreement(ctx, `agreement-${i}`, sharesAllowed));
  if (sharesAllowed) return { ...file, partners, agreements };
  // Lines and costs are then split among each stretch's parties, of whom the first partner may be the
  // only one: it must weigh something under every rule, or the stretch has nothing to split by.
  const firstId = partners[0]!.id;
  const [head, ...rest] = partners;
  const positive = { ...head!, metrics: Object.fromEntries(Object.entries(head!.metrics ?? {}).map(([k, v]) => [k, isZero(v) ? '1' : v])) };
  return {
    ...file,
    partners: [positive, ...rest],
    lines: file.lines?.map((l) => {
      const attribution = l.attribution === undefined || l.attribution === null ? {} : { attribution: firstWeighs(l.attribution as LineAttributionInput, firstId) };
      // A line's FTE may have a rule of its own, split the same way.
      const fte = l.fte !== undefined && l.fte !== null && 'attribution' in l.fte && l.fte.attribution !== undefined ? { fte: { ...l.fte, attribution: firstWeighs(l.fte.attribution as LineAttributionInput, firstId) } } : {};
      return { ...l, ...attribution, ...fte };
    }),
    costs: file.costs?.map((k) => (k.attribution === undefined || k.attribution === null ? k : { ...k, attribution: firstWeighs(k.attribution as LineAttributionInput, firstId) })),
    agreements,
  };
}

type AnyRule = LineAttributionInput;

/** Whether a decimal string is zero ("0", "0.00"). */
const isZero = (v: unknown): boolean => typeof v === 'string' && /^0(\.0*)?$/.test(v);

/** The rule with the first partner's share in every `shares` rule swapped with a positive one, where it was zero. */
function firstWeighs(rule: AnyRule, firstId: string): AnyRule {
  if (rule.rule === 'blend') return { ...rule, parts: rule.parts.map((p) => ({ ...p, attribution: firstWeighs(p.attribution as AnyRule, firstId) as typeof p.attribution })) };
  if (rule.rule !== 'shares') return rule;
  const { shares } = rule as Extract<AnyRule, { rule: 'shares' }>;
  if (!isZero(shares[firstId])) return rule;
  const donor = Object.keys(shares).find((id) => !isZero(shares[id]));
  if (donor === undefined) return rule;
  return { ...rule, shares: { ...shares, [firstId]: shares[donor]!, [donor]: shares[firstId]! } } as AnyRule;
}
