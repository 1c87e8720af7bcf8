import type { PartnerAppraisal } from '../../appraisal/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { CHART_CONFIG, COLOURS, VEGA_LITE_SCHEMA, axisFormat, axisTitle, narrowLines, plotNumber, plotText, yearAxis } from './_plot.js';
import type { Decimal } from '../../money/index.js';

const SERIES = { savings: 'Savings counted', costs: 'One-off costs', funding: 'External funding' } as const;

/**
 * The Vega-Lite spec of one-off costs against savings, year by year: grouped bars of the savings the
 * appraisal counts, the one-off costs and (where there is any) the external funding offsetting them. It
 * maps the appraisal's figures to marks and computes nothing.
 *
 * @param appraisal - one partner's appraisal, or the total, from {@link index!appraise | appraise}
 * @param options - unit, title, size, and whether to draw narrow (for a phone)
 * @returns the spec, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * const spec = costsAgainstSavings(appraise(evaluation).total, { unit: '£m' });
 * (spec.encoding as { xOffset: { field: string } }).xOffset.field;
 * //=> 'series'
 * ```
 */
export function costsAgainstSavings(appraisal: PartnerAppraisal, options: ChartOptions = {}): VegaLiteSpec {
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const years = appraisal.years.map((y) => y.year);
  const withFunding = appraisal.years.some((y) => !y.funding.isZero());
  const series = withFunding ? [SERIES.savings, SERIES.costs, SERIES.funding] : [SERIES.savings, SERIES.costs];
  const colours = withFunding ? [COLOURS.savings, COLOURS.costs, COLOURS.funding] : [COLOURS.savings, COLOURS.costs];
  const values = appraisal.years.flatMap((y) => [
    { year: y.year, series: SERIES.savings, order: 0, amount: plotNumber(y.benefits, unit), label: label(y.benefits) },
    { year: y.year, series: SERIES.costs, order: 1, amount: plotNumber(y.costs, unit), label: label(y.costs) },
    ...(withFunding ? [{ year: y.year, series: SERIES.funding, order: 2, amount: plotNumber(y.funding, unit), label: label(y.funding) }] : []),
  ]);
  const narrow = options.narrow === true;
  const width = options.width ?? (narrow ? 230 : 480);
  const title = options.title ?? 'One-off costs against savings, by year';
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `One-off costs against savings by year (${unit}).`,
    title: narrow ? narrowLines([title]) : title,
    width,
    height: options.height ?? (narrow ? 220 : 260),
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      // Years in order by the scale's domain alone (a `sort` listing them compiles to a test per year).
      x: { field: 'year', type: 'ordinal', title: 'Financial year', scale: { domain: years }, axis: yearAxis(years.length, width, narrow) },
      xOffset: { field: 'series', type: 'nominal', sort: series, scale: { domain: series } },
      y: { field: 'amount', type: 'quantitative', title: axisTitle(unit), axis: { format: axisFormat(unit) } },
      color: { field: 'series', type: 'nominal', title: null, sort: series, scale: { domain: series, range: colours }, ...(narrow ? { legend: { columns: 1 } } : {}) },
      tooltip: [
        { field: 'year', title: 'Year' },
        { field: 'series', title: 'Series' },
        { field: 'label', title: 'Amount' },
      ],
      description: { field: 'label' },
    },
    config: CHART_CONFIG,
  };
}
