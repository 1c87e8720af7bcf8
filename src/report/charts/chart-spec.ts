import { ErrorCode, InputError, assertNever, makeIssue } from '../../errors/index.js';
import type { Evaluation, TableModel } from '../../engine/index.js';
import { Decimal } from '../../money/index.js';
import { appraise, type PartnerAppraisal } from '../../appraisal/index.js';
import { buildView } from '../build-view.js';
import { reportPrecision } from '../_precision.js';
import { tierByPartner } from './_tables.js';
import { resolveTable } from '../_input.js';
import { CHART_NAMES, type ChartName, type ChartOptions, type VegaLiteSpec } from './chart-options.js';
import { savingsByPartnerAndTier } from './savings-by-partner-and-tier.js';
import { netBenefitByYear } from './net-benefit-by-year.js';
import { costsAgainstSavings } from './costs-against-savings.js';

/** Refuses a name that is not a chart. */
export function checkChartName(chart: string): asserts chart is ChartName {
  if (!(CHART_NAMES as readonly string[]).includes(chart)) throw new InputError(makeIssue(ErrorCode.OPTION, ['chart'], `one of ${CHART_NAMES.join(', ')}`, chart));
}

/** The appraisal a year chart draws: the total, or the partner asked for. */
function appraisalFor(evaluation: Evaluation, options: ChartOptions): PartnerAppraisal {
  const appraisal = appraise(evaluation, options.appraisal);
  if (options.partner === undefined) return appraisal.total;
  const found = appraisal.partners.find((p) => p.partner === options.partner);
  if (found === undefined) {
    const ids = evaluation.scenario.partners.map((p) => p.id).join(', ');
    throw new InputError(makeIssue(ErrorCode.OPTION, ['partner'], `a partner id (${ids})`, options.partner));
  }
  return found;
}

/** The table of savings by tier and partner, from the `tiers` view (an empty table when there are no lines). */
function tierTable(evaluation: Evaluation, options: ChartOptions): TableModel {
  const report = buildView(evaluation, 'tiers');
  const table = tierByPartner(report.tables);
  if (table !== undefined) {
    // The figures the tiers table shows: rounded for display where the options or the scenario ask.
    const shown = resolveTable(table, report, options).table;
    return shown.kind === 'pivot' ? shown : table;
  }
  return { kind: 'pivot', title: 'Savings by tier', measure: 'money', rowDimension: 'tier', columnDimension: 'partner', columns: [], rows: [], columnTotals: [], grandTotal: new Decimal(0) };
}

/**
 * Builds a named chart of an evaluation as a Vega-Lite spec: the view or appraisal it draws is computed
 * first (exactly), then mapped to marks. Money is shown in the scenario's unit unless told otherwise.
 *
 * @param evaluation - from {@link index!evaluate | evaluate}
 * @param chart - which chart; see {@link ChartName}
 * @param options - unit, title, partner, appraisal options, size, and whether to draw narrow (for a phone)
 * @returns the spec, a plain JSON-serialisable object
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for an unknown chart or partner, or unusable appraisal options
 *
 * @example
 * ```ts
 * const spec = chartSpec(evaluate(scenario), 'netBenefitByYear');
 * JSON.stringify(spec).includes('Payback');
 * //=> true (for the tri-borough example)
 * ```
 */
export function chartSpec(evaluation: Evaluation, chart: ChartName, options: ChartOptions = {}): VegaLiteSpec {
  checkChartName(chart);
  const unit = options.unit ?? evaluation.scenario.settings.unit;
  const resolved: ChartOptions = { ...options, unit, decimals: options.decimals ?? reportPrecision(evaluation.scenario).money[unit] };
  switch (chart) {
    case 'savingsByPartnerAndTier':
      return savingsByPartnerAndTier(tierTable(evaluation, options), resolved);
    case 'netBenefitByYear':
      return netBenefitByYear(appraisalFor(evaluation, resolved), resolved);
    case 'costsAgainstSavings':
      return costsAgainstSavings(appraisalFor(evaluation, resolved), resolved);
    default:
      return assertNever(chart, 'chart');
  }
}
