import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import type { Evaluation } from '../../engine/index.js';
import type { Report } from '../report.js';
import { tierByPartner } from './_tables.js';
import { resolveTable } from '../_input.js';
import type { ChartName, ChartOptions } from './chart-options.js';
import { specToSvg, type SvgOptions } from './spec-to-svg.js';
import { chartSpec, checkChartName } from './chart-spec.js';
import { savingsByPartnerAndTier } from './savings-by-partner-and-tier.js';

function isEvaluation(input: Evaluation | Report): input is Evaluation {
  // 'in' rather than reading it: an evaluation's line cells are made only when first read.
  return 'lineCells' in input;
}

/**
 * Draws a named chart as SVG text (asynchronous). Given an evaluation, it draws any chart, computing
 * the view or appraisal first; given a report from {@link index!buildView | buildView}, it draws the chart of savings by
 * partner and tier from the report's tier-by-partner table (the `tiers` or `partners` view). The year
 * charts need the appraisal, so they take the evaluation.
 *
 * @param input - an evaluation, or a report holding a table of tiers by partner
 * @param chart - which chart; see {@link ChartName}
 * @param options - unit, title, partner, appraisal options, size, whether to draw narrow (for a phone), where warnings go
 * @returns a promise of the SVG document text; the same input always gives the same bytes
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for an unknown chart or partner, or a report that cannot give the chart
 *
 * @example
 * ```ts
 * const svg = await renderSvg(evaluate(scenario), 'netBenefitByYear', { unit: '£m' });
 * svg.includes('Payback 2012/13');
 * //=> true (for the tri-borough example)
 * ```
 */
export async function renderSvg(input: Evaluation | Report, chart: ChartName, options: ChartOptions & SvgOptions = {}): Promise<string> {
  checkChartName(chart);
  if (isEvaluation(input)) return specToSvg(chartSpec(input, chart, options), options);
  const table = chart === 'savingsByPartnerAndTier' ? tierByPartner(input.tables) : undefined;
  if (table === undefined) {
    const expected = chart === 'savingsByPartnerAndTier' ? 'an evaluation, or a report with a table of tiers by partner (the tiers or partners view)' : `an evaluation (the ${chart} chart draws the appraisal)`;
    throw new InputError(makeIssue(ErrorCode.OPTION, ['input'], expected, `the ${input.view} view`));
  }
  const unit = options.unit ?? input.unit;
  // The figures the report's table shows: rounded for display where the options or the scenario ask.
  const shown = resolveTable(table, input, options).table;
  return specToSvg(savingsByPartnerAndTier(shown.kind === 'pivot' ? shown : table, { ...options, unit, decimals: options.decimals ?? input.precision.money[unit] }), options);
}
