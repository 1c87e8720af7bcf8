/**
 * The model's value of what a published figure selects, in the model's own terms (pounds, FTE or heads,
 * percentages, a ratio, a year as the calendar year it starts in), before the figure's sense and unit
 * are applied: the cells it picks out, summed over a range of years where it names one; a budget-context
 * percentage; a staffing figure; an appraisal result under the figure's options; an agreement's
 * contributions; or any of these as a share of the same selection over every partner.
 */
import { assertNever } from '../../errors/index.js';
import { Decimal, percentage } from '../../money/index.js';
import { selectTotal, type Evaluation } from '../../engine/index.js';
import { appraise, type AppraiseOptions } from '../../appraisal/index.js';
import type { AppraisalSettings, PublishedFigure, PublishedSelector, Selector } from '../../model/index.js';
import { staffing } from '../staffing/index.js';

/** How the model signs what a figure selects: gains positive, costs positive, or neither (a position, a count). */
export type ModelSign = 'benefit' | 'cost' | 'neutral';

/** A percentage to 12 decimals: exact to far below any printed precision. */
const PERCENT_DECIMALS = 12;

/** A budget-context percentage. */
function contextPercent(evaluation: Evaluation, id: string): Decimal | undefined {
  const x = evaluation.scenario.context.find((c) => c.id === id);
  if (x === undefined) return undefined;
  const baseline = selectTotal(evaluation, x.of);
  return baseline === undefined || baseline.isZero() ? undefined : percentage(x.reduction, baseline, { decimals: PERCENT_DECIMALS });
}

/** A total summed over the figure's years (each through `one`), or `one` itself without a range; undefined where no year has a value. */
function overYears(of: PublishedSelector, one: (year: string | undefined) => Decimal | undefined): Decimal | undefined {
  if (of.years === undefined) return one(of.year);
  let sum: Decimal | undefined;
  for (const y of of.years) {
    const v = one(y);
    if (v !== undefined) sum = (sum ?? new Decimal(0)).plus(v);
  }
  return sum;
}

/** The cells a selector picks out, over its years; in each year as the partners see it where it says `inYear`. */
function cells(evaluation: Evaluation, of: PublishedSelector, partner: string | undefined): Decimal | undefined {
  const { years: _range, staffing: _s, appraisal: _a, agreement: _g, share: _share, inYear: _i, year: _y, partner: _p, ...base } = of;
  const at = (year: string | undefined, extra: Partial<Selector> = {}): Decimal | undefined =>
    selectTotal(evaluation, { ...base, ...extra, ...(year === undefined ? {} : { year }), ...(partner === undefined ? {} : { partner }) });
  if (of.inYear !== true) return overYears(of, (year) => at(year));
  const all = evaluation.scenario.settings.years;
  // A year's in-year savings: what lands in it once, and every on-going line landed in it or before.
  const inYear = (year: string): Decimal | undefined => {
    const values = [
      ...(base.recurrence === 'ongoing' ? [] : [at(year, { recurrence: 'one-off' })]),
      ...(base.recurrence === 'one-off' ? [] : all.slice(0, all.indexOf(year) + 1).map((y) => at(y, { recurrence: 'ongoing' }))),
    ].filter((v): v is Decimal => v !== undefined);
    return values.length === 0 ? undefined : values.reduce((a, v) => a.plus(v), new Decimal(0));
  };
  if (of.years === undefined && of.year === undefined) return overYears({ ...of, years: all }, (year) => inYear(year!));
  return overYears(of, (year) => inYear(year!));
}

/** An agreement's contributions (net), of a partner or of every party, over the figure's years. */
function contributions(evaluation: Evaluation, of: PublishedSelector, partner: string | undefined): Decimal | undefined {
  const agreement = evaluation.contributions?.find((a) => a.agreement === of.agreement);
  if (agreement === undefined) return undefined;
  return overYears(of, (year) => {
    const picked = agreement.years.filter((y) => year === undefined || y.year === year).flatMap((y) => y.cells.filter((c) => partner === undefined || c.partner === partner));
    return picked.length === 0 ? undefined : picked.reduce((a, c) => a.plus(c.net), new Decimal(0));
  });
}

/** A staffing figure of the effects the selector picks out (by line, service and partner). */
function staffingFigure(evaluation: Evaluation, of: PublishedSelector): Decimal | undefined {
  const effects = evaluation.scenario.staffing;
  const rows = staffing(evaluation).rows.filter((r) => {
    const e = effects[r.index]!;
    return (of.line === undefined || e.line === of.line) && (of.service === undefined || e.service === of.service) && (of.partner === undefined || e.partner === of.partner);
  });
  const sum = (pick: (r: (typeof rows)[number]) => Decimal | null | undefined): Decimal | undefined => {
    const values = rows.map(pick).filter((v): v is Decimal => v !== null && v !== undefined);
    return values.length === 0 ? undefined : values.reduce((a, v) => a.plus(v), new Decimal(0));
  };
  const figure = of.staffing!;
  switch (figure) {
    case 'fte':
      return sum((r) => r.fte);
    case 'headcount':
      return sum((r) => r.headcount);
    case 'reductions':
      return overYears(of, (year) => sum((r) => (year === undefined ? (r.reductions.length === 0 ? undefined : r.totalReductions) : r.reductions.find((x) => x.year === year)?.fte)));
    case 'vacancies':
      return sum((r) => (effects[r.index]!.vacancies === undefined ? undefined : r.vacancies));
    case 'vr-requests':
      return sum((r) => (effects[r.index]!.vrRequests === undefined ? undefined : r.vrRequests));
    case 'at-risk':
      return sum((r) => r.atRisk);
    default:
      return assertNever(figure, 'staffing figure');
  }
}

/** The scenario's appraisal settings as the options `appraise` takes. */
function optionsOf(settings: AppraisalSettings): AppraiseOptions {
  const schedule = settings.discountSchedule;
  return {
    ...(settings.discountRate === undefined ? {} : { discountRate: settings.discountRate }),
    ...(schedule === undefined ? {} : { discountSchedule: typeof schedule === 'string' ? schedule : schedule.map((s) => ({ fromYear: s.fromYear, rate: s.rate })) }),
    ...(settings.years === undefined ? {} : { years: settings.years }),
    ...(settings.riskWeights === undefined ? {} : { riskWeights: settings.riskWeights }),
    ...(settings.optimismBias === undefined ? {} : { optimismBias: settings.optimismBias }),
    ...(settings.mitigation === undefined ? {} : { mitigation: settings.mitigation }),
    ...(settings.includeUnconfirmedFunding === undefined ? {} : { includeUnconfirmedFunding: settings.includeUnconfirmedFunding }),
  };
}

/** An appraisal result of a partner or of the partnership, under the figure's options over the scenario's. */
function appraisalResult(evaluation: Evaluation, f: PublishedFigure): Decimal | undefined {
  const a = appraise(evaluation, f.appraisal === undefined ? {} : optionsOf(f.appraisal));
  const of = f.of;
  const who = of.partner === undefined ? a.total : a.partners.find((p) => p.partner === of.partner);
  if (who === undefined) return undefined;
  const result = of.appraisal!;
  switch (result) {
    case 'npv':
      return who.npv;
    case 'pv-benefits':
      return who.pvBenefits;
    case 'pv-costs':
      return who.pvCosts;
    case 'benefit-cost-ratio':
      return who.benefitCostRatio ?? undefined;
    case 'payback-year':
      return who.paybackYear === null ? undefined : new Decimal(who.paybackYear.slice(0, 4));
    case 'cumulative':
      return who.years.find((y) => y.year === of.year)?.cumulative;
    case 'net':
      return who.years.find((y) => y.year === of.year)?.net;
    default:
      return assertNever(result, 'appraisal result');
  }
}

/** The selection's share of the same selection over every partner, as a percentage; undefined where that total is zero. */
function shareOf(part: Decimal | undefined, whole: Decimal | undefined): Decimal | undefined {
  if (part === undefined || whole === undefined || whole.isZero()) return undefined;
  return percentage(part, whole, { decimals: PERCENT_DECIMALS });
}

/**
 * The model's value of a figure in one evaluation, undefined where the model holds nothing it describes.
 *
 * @param evaluation - the scenario's, or a variant's
 * @param f - the published figure
 */
export function figureValue(evaluation: Evaluation, f: PublishedFigure): Decimal | undefined {
  const of = f.of;
  switch (f.source) {
    case 'cells':
      return of.share === true ? shareOf(cells(evaluation, of, of.partner), cells(evaluation, of, undefined)) : cells(evaluation, of, of.partner);
    case 'context':
      return contextPercent(evaluation, of.context!);
    case 'staffing':
      return staffingFigure(evaluation, of);
    case 'appraisal':
      return appraisalResult(evaluation, f);
    case 'agreement':
      return of.share === true ? shareOf(contributions(evaluation, of, of.partner), contributions(evaluation, of, undefined)) : contributions(evaluation, of, of.partner);
    default:
      return assertNever(f.source, 'figure source');
  }
}

/**
 * How the model signs a figure's value: savings, income, funding, indirect savings and net benefits are
 * gains (positive); one-off costs, present values of costs and contributions are costs (positive);
 * baselines, counts, percentages, ratios and years are neither.
 */
export function modelSign(f: PublishedFigure): ModelSign {
  if (f.quantity !== 'money') return 'neutral';
  switch (f.source) {
    case 'cells':
      if (f.of.cost !== undefined || f.of.costType !== undefined) return 'cost';
      if (f.of.budget !== undefined || f.of.position !== undefined || f.of.basis !== undefined || f.of.controllable !== undefined) return 'neutral';
      return 'benefit';
    case 'agreement':
      return 'cost';
    case 'appraisal':
      return f.of.appraisal === 'pv-costs' ? 'cost' : 'benefit';
    case 'context':
    case 'staffing':
      return 'neutral';
    default:
      return assertNever(f.source, 'figure source');
  }
}
