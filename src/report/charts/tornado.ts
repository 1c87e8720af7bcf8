import type { Sensitivity } from '../../analysis/index.js';
import type { Decimal } from '../../money/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { VEGA_LITE_SCHEMA, axisFormat, axisTitle, plotNumber, plotText, narrowLines, wrapWords } from './_plot.js';
import { NARROW_CONFIG, frame, lineChars } from './_narrow.js';

/** The height each input takes: up to two lines of its name, then its bars. */
const STEP = 46;
const ENDS = ['low end', 'high end'] as const;
const END_COLOURS = ['#ca6f1e', '#1b4f72'];

/**
 * The Vega-Lite spec of a tornado chart of a sensitivity analysis: for each input, its name, and two bars
 * from the base case's total NPV to the total NPV with the input at the low end of its range and at its
 * high end; the inputs by swing, largest first (ties in the analysis's order), and a rule at the base NPV. It maps
 * the analysis's figures to marks and computes nothing: each end is a figure of the tornado table, and
 * its label (in tooltips and the data) is that figure exactly. With `narrow`, drawn to read unscaled on a
 * phone (about 340 px across).
 *
 * @param result - from {@link index!sensitivity | sensitivity}
 * @param options - unit, decimals of the labels, title, narrow, width and height of the plot
 * @returns the spec, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * const spec = tornado(sensitivity(scenario), { unit: '£m' });
 * (spec.data as { values: { input: string }[] }).values.map((v) => v.input)[0];
 * //=> the input with the largest swing
 * ```
 */
export function tornado(result: Sensitivity, options: ChartOptions = {}): VegaLiteSpec {
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const base = result.base.npv;
  // The analysis gives its rows by swing already; sorted again (stably, ties in their order) so any rows are drawn so.
  const rows = [...result.rows].sort((x, y) => y.swing.comparedTo(x.swing));
  const values = rows.flatMap((row, order) =>
    ENDS.map((end) => {
      const npv = end === 'low end' ? row.npv.low : row.npv.high;
      return {
        input: row.input,
        name: row.label,
        order,
        end,
        inputValue: (end === 'low end' ? row.low : row.high).toFixed(),
        from: plotNumber(base, unit),
        to: plotNumber(npv, unit),
        npv: npv.toFixed(),
        npvLabel: label(npv),
        swingLabel: label(row.swing),
      };
    }),
  );
  const { width, title, subtitle } = frame(options.narrow === true, options.width);
  const names = rows.map((row, order) => ({ input: row.input, order, name: wrapWords(row.label, lineChars(width), 2) }));
  const y = { field: 'input', type: 'nominal', axis: null, sort: { field: 'order', op: 'min' }, scale: { paddingInner: 0, paddingOuter: 0 } };
  const money = { type: 'quantitative', title: `Total NPV (${axisTitle(unit)})`, scale: { zero: false, nice: true }, axis: { format: axisFormat(unit), tickCount: 4 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Tornado: total NPV as each input moves alone from the low to the high end of its range, largest swing first (${unit}).`,
    title: {
      text: narrowLines([options.title ?? 'What moves the total NPV most'], title),
      subtitle: [
        ...narrowLines(['Each input alone, from the low to the high end of its range; the largest swing first.'], subtitle),
        ...narrowLines([`Line: the base case, ${label(base)}.`], subtitle),
      ],
    },
    width,
    height: options.height ?? { step: STEP },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: 14, yOffset: 13 },
        encoding: {
          y,
          x: { field: 'from', ...money },
          x2: { field: 'to' },
          color: { field: 'end', type: 'nominal', title: 'Input at its', sort: [...ENDS], scale: { domain: [...ENDS], range: END_COLOURS } },
          tooltip: [
            { field: 'name', title: 'Input' },
            { field: 'end', title: 'At its' },
            { field: 'inputValue', title: 'Value' },
            { field: 'npvLabel', title: 'Total NPV' },
            { field: 'swingLabel', title: 'Swing' },
          ],
          description: { field: 'npvLabel' },
        },
      },
      {
        data: { values: names },
        mark: { type: 'text', align: 'left', baseline: 'top', yOffset: -STEP / 2 + 3, limit: width, lineHeight: 13, fontSize: 11 },
        encoding: { y, x: { value: 0 }, text: { field: 'name' } },
      },
      {
        data: { values: [{ base: plotNumber(base, unit), label: label(base) }] },
        mark: { type: 'rule', color: '#17202a', strokeWidth: 1.5 },
        encoding: { x: { field: 'base', ...money }, description: { field: 'label' } },
      },
    ],
    resolve: { scale: { y: 'shared' } },
    config: { ...NARROW_CONFIG, legend: { ...NARROW_CONFIG.legend, orient: 'bottom', direction: 'horizontal' } },
  };
}
