import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { Decimal, tryParseAmount, type AmountInput } from '../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../engine/index.js';
import type { Tier } from '../model/index.js';
import { discountFactors } from './discount.js';

/**
 * Options for {@link appraise}. Each falls back to the scenario's own `appraisal` settings, then to the
 * default shown.
 *
 * @example
 * ```ts
 * const options: AppraiseOptions = { discountRate: '0.035', years: 10, riskWeights: { possible: '0.5' } };
 * ```
 */
export interface AppraiseOptions {
  /** Real discount rate. @defaultValue `'0.035'` (HM Treasury Green Book) */
  readonly discountRate?: AmountInput;
  /** Appraisal period in financial years from the first. @defaultValue the scenario's years */
  readonly years?: number;
  /** Share of each tier's savings counted. @defaultValue 1 for every tier */
  readonly riskWeights?: Partial<Readonly<Record<Tier, AmountInput>>>;
  /** Optimism bias on one-off costs: cost × (1 + bias × (1 − mitigation)). @defaultValue 0 */
  readonly optimismBias?: AmountInput;
  /** Share of the optimism bias mitigated, 0 to 1. @defaultValue 0 */
  readonly mitigation?: AmountInput;
  /** Count funding that is not yet confirmed. @defaultValue false */
  readonly includeUnconfirmedFunding?: boolean;
  /** Which end of the indirect-saving ranges to count. @defaultValue `'central'` */
  readonly indirect?: 'low' | 'central' | 'high' | 'none';
}

/**
 * One financial year of an appraisal, for one partner or in total. Money in pounds; `presentValue`
 * is rounded to the scenario quantum (half-up) per partner and year, and totals are sums of those.
 *
 * @example
 * ```ts
 * const row: AppraisalYear = appraise(evaluation).total.years[0];
 * row.net.toString();
 * ```
 */
export interface AppraisalYear {
  readonly year: string;
  /** Savings and income counted this year (on-going lines recur from their start), risk weighted. */
  readonly benefits: Decimal;
  /** One-off costs this year, with optimism bias. */
  readonly costs: Decimal;
  /** Funding offsetting this year's costs. */
  readonly funding: Decimal;
  /** benefits − costs + funding. */
  readonly net: Decimal;
  /** Net summed to the end of this year. */
  readonly cumulative: Decimal;
  readonly discountFactor: Decimal;
  readonly presentValue: Decimal;
}

/**
 * The appraisal of one partner, or of the partnership in total.
 *
 * @example
 * ```ts
 * const hf: PartnerAppraisal = appraise(evaluation).partners[0];
 * hf.paybackYear;
 * //=> '2011/12'
 * ```
 */
export interface PartnerAppraisal {
  readonly partner: string;
  readonly years: readonly AppraisalYear[];
  readonly npv: Decimal;
  readonly pvBenefits: Decimal;
  readonly pvCosts: Decimal;
  /** PV of benefits ÷ PV of net costs, to 2 decimals; null when there are no costs. */
  readonly benefitCostRatio: Decimal | null;
  /** The first year from which the cumulative net position stays at or above zero; null if never. */
  readonly paybackYear: string | null;
}

/**
 * The conventions an appraisal used, stated in every output.
 *
 * @example
 * ```ts
 * appraise(evaluation).conventions.discountRate;
 * //=> '0.035'
 * ```
 */
export interface AppraisalConventions {
  readonly discountRate: string;
  readonly schedule: string;
  readonly firstYearUndiscounted: true;
  readonly period: string;
  readonly riskWeights: Readonly<Record<Tier, string>>;
  readonly optimismBias: string;
  readonly mitigation: string;
  readonly unconfirmedFundingIncluded: boolean;
  readonly indirect: string;
  readonly presentValueRounding: string;
}

/**
 * The result of {@link appraise}.
 *
 * @example
 * ```ts
 * const a: Appraisal = appraise(evaluation);
 * a.total.npv.toString();
 * ```
 */
export interface Appraisal {
  readonly conventions: AppraisalConventions;
  readonly years: readonly string[];
  readonly partners: readonly PartnerAppraisal[];
  readonly total: PartnerAppraisal;
  /** Unquantified costs and unconfirmed funding: what the figures leave out. */
  readonly caveats: readonly string[];
}

function yearLabels(first: string, n: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: n }, (_, i) => `${start + i}/${String((start + i + 1) % 100).padStart(2, '0')}`);
}

const ZERO = new Decimal(0);
const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** Reads a numeric option, refusing what cannot be used with the option's name as the path. */
function option(value: unknown, name: string, expected: string, ok: (d: Decimal) => boolean): Decimal | undefined {
  if (value === undefined) return undefined;
  const d = tryParseAmount(value);
  if (d === undefined || !ok(d)) throw new InputError(makeIssue(ErrorCode.OPTION, name.split('.'), expected, value));
  return d;
}

/**
 * Appraises an evaluation over a period of financial years, following HM Treasury's Green Book: cash
 * flows by year and partner (on-going savings recur every year from their start; one-off items in their
 * year), net benefit, the cumulative position, the payback year, NPV and benefit–cost ratio, each per
 * partner and in total. Year 0 is undiscounted; 3.5% real by default, with the Green Book's lower rates
 * after year 30. Savings are weighted by tier; one-off costs carry optimism bias as
 * cost × (1 + bias × (1 − mitigation)). Totals are sums of the partners' figures, so they add up exactly.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - discount rate, period, risk weights, optimism bias (else the scenario's settings)
 * @returns per-partner and total appraisals with the conventions and caveats
 * @throws {@link InputError} with code `E_OPTION` for an option that cannot be used (a rate or weight
 *   or mitigation outside 0–1, a negative risk weight, an optimism bias below −1, a period outside
 *   1–125 years)
 *
 * @example
 * ```ts
 * const a = appraise(evaluate(scenario), { riskWeights: { possible: '0.5' } });
 * a.total.paybackYear;
 * //=> '2011/12' (for the tri-borough example)
 * ```
 */
export function appraise(evaluation: Evaluation, options: AppraiseOptions = {}): Appraisal {
  const s = evaluation.scenario;
  const set = s.appraisal;
  const inUnitInterval = (d: Decimal): boolean => !d.isNegative() && d.lessThanOrEqualTo(1);
  const rate = option(options.discountRate, 'discountRate', 'a rate from 0 to 1, such as "0.035"', inUnitInterval) ?? set.discountRate ?? new Decimal('0.035');
  const n = options.years ?? set.years ?? s.settings.years.length;
  if (!Number.isInteger(n) || n < 1 || n > 125) throw new InputError(makeIssue(ErrorCode.OPTION, ['years'], 'a whole number of years from 1 to 125', n));
  const years = yearLabels(s.settings.firstYear, n);
  const given: Partial<Record<Tier, Decimal>> = {};
  for (const t of ['assured', 'projected', 'possible'] as const) {
    // Above 1 is allowed: a tier may be realised beyond plan (as simulations draw).
    const w = option(options.riskWeights?.[t], `riskWeights.${t}`, 'a non-negative weight such as "0.5"', (d) => !d.isNegative());
    if (w !== undefined) given[t] = w;
  }
  const weight = (t: Tier): Decimal => given[t] ?? set.riskWeights?.[t] ?? new Decimal(1);
  // Below 0 is an expected underrun; below −1 would make a cost negative.
  const bias = option(options.optimismBias, 'optimismBias', 'a bias of at least -1, such as "0.2"', (d) => d.greaterThanOrEqualTo(-1)) ?? set.optimismBias ?? new Decimal(0);
  const mitigation = option(options.mitigation, 'mitigation', 'a share mitigated from 0 to 1', inUnitInterval) ?? set.mitigation ?? new Decimal(0);
  const uplift = new Decimal(1).plus(bias.times(new Decimal(1).minus(mitigation)));
  const includeUnconfirmed = options.includeUnconfirmedFunding ?? set.includeUnconfirmedFunding ?? false;
  const indirectRange = options.indirect ?? 'central';
  const factors = discountFactors(rate, n);
  const quantum = s.settings.quantum;
  const pv = (x: Decimal, t: number): Decimal => x.times(factors[t]!).dividedBy(quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(quantum);
  const funding = new Map(s.funding.map((f) => [f.id, f]));
  const indirect = new Map(s.indirect.map((x) => [x.id, x]));
  const at = (year: string): number => years.indexOf(year);

  // Line cells summed per tier and recurrence first (exact), so the work per partner does not grow with lines.
  const lineSums = sumLinesByPartnerYear(evaluation, years, (l, measure) => (measure === 'money' ? `${l.tier}\u0000${l.recurrence}` : undefined));
  const partners = s.partners.map((p, i): PartnerAppraisal => {
    const benefits = years.map(() => ZERO);
    const costs = years.map(() => ZERO);
    const funds = years.map(() => ZERO);
    const addFrom = (arr: Decimal[], start: number, value: Decimal, recurs: boolean): void => {
      if (start < 0) return;
      for (let t = start; t < (recurs ? n : start + 1); t++) arr[t] = arr[t]!.plus(value);
    };
    for (const [group, byPartner] of lineSums) {
      const [tier, recurrence] = group.split('\u0000') as [Tier, string];
      // A line's tier weight applies to all its cells: savings, income and recurring costs alike.
      byPartner[i]!.forEach((value, t) => {
        if (!value.isZero()) addFrom(benefits, t, value.times(weight(tier)), recurrence === 'ongoing');
      });
    }
    if (indirectRange !== 'none') {
      for (const c of evaluation.indirectCells) {
        if (c.partner === p.id && c.range === indirectRange) addFrom(benefits, at(c.year), c.value.times(weight(indirect.get(c.indirect)!.tier)), true);
      }
    }
    for (const c of evaluation.costCells) if (c.partner === p.id) addFrom(costs, at(c.year), c.value.times(uplift), false);
    for (const c of evaluation.fundingCells) {
      if (c.partner === p.id && (funding.get(c.funding)!.confirmed || includeUnconfirmed)) addFrom(funds, at(c.year), c.value, false);
    }
    return summarise(p.id, years, benefits, costs, funds, factors, pv);
  });
  const total = summarise(
    'total',
    years,
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.benefits))),
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.costs))),
    years.map((_, t) => sum(partners.map((p) => p.years[t]!.funding))),
    factors,
    pv,
    partners,
  );
  const caveats = [
    ...s.costs.filter((k) => k.unquantified).map((k) => `Unquantified cost, not included: ${k.name}${k.note ? ` (${k.note})` : ''}`),
    ...s.funding.filter((f) => f.amount === undefined).map((f) => `Unquantified funding, not included: ${f.name}`),
    ...s.funding.filter((f) => !f.confirmed && f.amount !== undefined).map((f) => `Unconfirmed funding ${includeUnconfirmed ? 'included' : 'not included'}: ${f.name}`),
    ...s.funding.flatMap((f) =>
      f.offsets
        .map((id) => s.costs.find((k) => k.id === id))
        .filter((k) => k?.unquantified === true)
        .map((k) => `Funding ${f.name} offsets an unquantified cost (${k!.name}): counted only against quantified costs`),
    ),
    ...s.funding.flatMap((f) => {
      if (f.amount === undefined) return [];
      const used = evaluation.fundingCells.filter((c) => c.funding === f.id).reduce((a, c) => a.plus(c.value), ZERO);
      return used.lessThan(f.amount) ? [`Funding beyond the costs it offsets, not counted: ${f.name} (${f.amount.minus(used).toString()} of ${f.amount.toString()} pounds)`] : [];
    }),
  ];
  const riskWeights = { assured: weight('assured').toString(), projected: weight('projected').toString(), possible: weight('possible').toString() };
  return {
    conventions: {
      discountRate: rate.toString(),
      schedule: `HM Treasury Green Book: ${rate.times(100).toString()}% real to year 30, 0.5 points lower for years 31–75 and 1 point lower for 76–125`,
      firstYearUndiscounted: true,
      period: `${n} year${n === 1 ? '' : 's'}, ${years[0]} to ${years[n - 1]}`,
      riskWeights,
      optimismBias: bias.toString(),
      mitigation: mitigation.toString(),
      unconfirmedFundingIncluded: includeUnconfirmed,
      indirect: indirectRange === 'none' ? 'indirect savings not counted' : `indirect savings at the ${indirectRange} rate, recurring from the year the FTE is removed`,
      presentValueRounding: `present values rounded half-up to £${quantum.toString()} per partner and year; totals are sums of those`,
    },
    years,
    partners,
    total,
    caveats,
  };
}

function summarise(
  partner: string,
  years: readonly string[],
  benefits: readonly Decimal[],
  costs: readonly Decimal[],
  funds: readonly Decimal[],
  factors: readonly Decimal[],
  pv: (x: Decimal, t: number) => Decimal,
  parts?: readonly PartnerAppraisal[],
): PartnerAppraisal {
  let cumulative = ZERO;
  const rows: AppraisalYear[] = years.map((year, t) => {
    const net = benefits[t]!.minus(costs[t]!).plus(funds[t]!);
    cumulative = cumulative.plus(net);
    // Totals sum the partners' rounded present values, so they add up exactly.
    const presentValue = parts ? sum(parts.map((p) => p.years[t]!.presentValue)) : pv(benefits[t]!, t).minus(pv(costs[t]!.minus(funds[t]!), t));
    return { year, benefits: benefits[t]!, costs: costs[t]!, funding: funds[t]!, net, cumulative, discountFactor: factors[t]!, presentValue };
  });
  const pvBenefits = parts ? sum(parts.map((p) => p.pvBenefits)) : sum(benefits.map((b, t) => pv(b, t)));
  const pvCosts = parts ? sum(parts.map((p) => p.pvCosts)) : sum(costs.map((c, t) => pv(c.minus(funds[t]!), t)));
  const npv = sum(rows.map((r) => r.presentValue));
  let payback: string | null = null;
  for (let t = rows.length - 1; t >= 0 && rows[t]!.cumulative.greaterThanOrEqualTo(0); t--) payback = rows[t]!.year;
  return {
    partner,
    years: rows,
    npv,
    pvBenefits,
    pvCosts,
    benefitCostRatio: pvCosts.isZero() ? null : pvBenefits.dividedBy(pvCosts).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    paybackYear: payback,
  };
}
