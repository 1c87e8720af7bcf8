import type { PartnerAppraisal } from '../../appraisal/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { CHART_CONFIG, COLOURS, NARROW_SUBTITLE_CHARS, VEGA_LITE_SCHEMA, axisFormat, axisTitle, narrowLines, plotNumber, plotText, yearAxis } from './_plot.js';
import type { Decimal } from '../../money/index.js';

/**
 * The Vega-Lite spec of net benefit by year: a bar for each year's net benefit (green at or above zero,
 * red below), a line of the cumulative position, and a rule marking the payback year with its label
 * (or, where the case does not pay back within the period, a subtitle saying so). It maps the
 * appraisal's figures to marks and computes nothing.
 *
 * @param appraisal - one partner's appraisal, or the total, from {@link index!appraise | appraise}
 * @param options - unit, title, size, and whether to draw narrow (for a phone)
 * @returns the spec, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * const spec = netBenefitByYear(appraise(evaluation).total, { unit: '£m' });
 * (spec.layer as unknown[]).length;
 * //=> 4 (zero line, bars, cumulative line, payback rule)
 * ```
 */
export function netBenefitByYear(appraisal: PartnerAppraisal, options: ChartOptions = {}): VegaLiteSpec {
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const years = appraisal.years.map((y) => y.year);
  const values = appraisal.years.map((y) => ({
    year: y.year,
    net: plotNumber(y.net, unit),
    netLabel: label(y.net),
    sign: y.net.isNegative() && !y.net.isZero() ? 'negative' : 'positive',
    cumulative: plotNumber(y.cumulative, unit),
    cumulativeLabel: label(y.cumulative),
  }));
  const payback = appraisal.paybackYear;
  const narrow = options.narrow === true;
  const width = options.width ?? (narrow ? 230 : 480);
  // Years in order by the scale's domain alone: a `sort` listing them compiles to one nested test per
  // year, which overflows Vega's expression parser at around a thousand.
  const x = { field: 'year', type: 'ordinal', title: 'Financial year', scale: { domain: years }, axis: yearAxis(years.length, width, narrow) };
  const money = { type: 'quantitative', title: axisTitle(unit), axis: { format: axisFormat(unit) } };
  const layer: Record<string, unknown>[] = [
    { name: 'zero', data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888888' }, encoding: { y: { field: 'zero', ...money } } },
    {
      name: 'net',
      mark: { type: 'bar', opacity: 0.85 },
      encoding: {
        x,
        y: { field: 'net', ...money },
        color: { field: 'sign', type: 'nominal', scale: { domain: ['positive', 'negative'], range: [COLOURS.positive, COLOURS.negative] }, legend: null },
        tooltip: [{ field: 'year', title: 'Year' }, { field: 'netLabel', title: 'Net benefit' }],
        description: { field: 'netLabel' },
      },
    },
    {
      name: 'cumulative',
      mark: { type: 'line', point: { color: COLOURS.cumulative }, color: COLOURS.cumulative, strokeWidth: 2 },
      encoding: {
        x,
        y: { field: 'cumulative', ...money },
        tooltip: [{ field: 'year', title: 'Year' }, { field: 'cumulativeLabel', title: 'Cumulative position' }],
        description: { field: 'cumulativeLabel' },
      },
    },
  ];
  if (payback !== null) {
    // Narrow: a payback in the later half of the years is labelled to the left of its rule, inside the plot.
    const leftward = narrow && years.indexOf(payback) >= years.length / 2;
    const text = leftward ? { align: 'right', dx: -4 } : { align: 'left', dx: 4 };
    layer.push({
      name: 'payback',
      description: `Payback year: ${payback}`,
      data: { values: [{ year: payback, label: `Payback ${payback}` }] },
      layer: [
        { mark: { type: 'rule', color: COLOURS.payback, strokeWidth: 2, strokeDash: [6, 3] }, encoding: { x, description: { field: 'label' } } },
        { mark: { type: 'text', color: COLOURS.payback, align: text.align, baseline: 'top', dx: text.dx, y: 2, fontWeight: 'bold' }, encoding: { x, text: { field: 'label' } } },
      ],
    });
  }
  const period = years.length === 0 ? '' : `${years[0]} to ${years[years.length - 1]}`;
  const title = options.title ?? 'Net benefit by year and cumulative position';
  const subtitle = [
    'Bars: net benefit in the year. Line: cumulative position.',
    payback === null ? `No payback within ${period}.` : `Payback year: ${payback} (the cumulative position stays at or above zero from then on).`,
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Net benefit by year (bars), cumulative position (line) and payback year (${unit}).`,
    title: narrow ? { text: narrowLines([title]), subtitle: narrowLines(subtitle, NARROW_SUBTITLE_CHARS) } : { text: title, subtitle },
    width,
    height: options.height ?? (narrow ? 220 : 260),
    data: { values },
    layer,
    config: CHART_CONFIG,
  };
}
