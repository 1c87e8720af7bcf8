import type { Comparison } from '../../analysis/index.js';
import type { Decimal } from '../../money/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { VEGA_LITE_SCHEMA, axisFormat, axisTitle, plotNumber, plotText, narrowLines, wrapWords } from './_plot.js';
import { NARROW_CONFIG, frame, lineChars } from './_narrow.js';

/** The height each partner takes: up to two lines of its name, then its two bars. */
const STEP = 58;
/** The base in grey, the case compared with it in the report's blue. */
const SIDE_COLOURS = ['#99a3a4', '#1b4f72'];
const SIDES = ['A', 'B'] as const;

/**
 * The Vega-Lite spec of each partner's NPV in A and in B (a scenario and a variant, or two scenarios):
 * for each partner, its name and two bars, A above B, from zero; the totals and the change in the
 * subtitle. A partner missing from one side has no bar there. It maps the comparison's figures to marks
 * and computes nothing: each bar's label is the figure of {@link index!compare | compare} exactly. With
 * `narrow`, drawn to read unscaled on a phone (about 340 px across).
 *
 * @param comparison - from {@link index!compare | compare}
 * @param options - unit, decimals of the labels, title, narrow, width and height of the plot
 * @returns the spec, a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * const spec = comparisonNpv(compare(evaluate(scenario), evaluate(applyVariant(scenario, 'westminster-leaves'))), { unit: '£m' });
 * (spec.layer as { name: string }[]).map((l) => l.name);
 * //=> ['bars-A', 'bars-B', 'names', 'zero']
 * ```
 */
export function comparisonNpv(comparison: Comparison, options: ChartOptions = {}): VegaLiteSpec {
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const partners = comparison.npv.filter((d) => d.key !== 'total');
  const values = partners.flatMap((d, order) =>
    SIDES.flatMap((side) => {
      const npv = side === 'A' ? d.a : d.b;
      return npv === null ? [] : [{ partner: d.key, order, side, npv: plotNumber(npv, unit), value: npv.toFixed(), label: `${side}: ${label(npv)}` }];
    }),
  );
  const { width, title, subtitle } = frame(options.narrow === true, options.width);
  const names = partners.map((d, order) => ({ partner: d.key, order, name: wrapWords(d.label, lineChars(width), 2) }));
  const total = comparison.npv.find((d) => d.key === 'total');
  const y = { field: 'partner', type: 'nominal', axis: null, sort: { field: 'order', op: 'min' }, scale: { paddingInner: 0, paddingOuter: 0 } };
  const money = { type: 'quantitative', title: `NPV (${axisTitle(unit)})`, axis: { format: axisFormat(unit), tickCount: 4 } };
  const totals = total === undefined ? [] : [`All partners: A ${total.a === null ? '–' : label(total.a)}, B ${total.b === null ? '–' : label(total.b)}; change ${label(total.difference)}.`];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Each partner's NPV in A and in B (${unit}).`,
    title: { text: narrowLines([options.title ?? 'NPV by partner, A and B'], title), subtitle: totals.flatMap((t) => narrowLines([t], subtitle)) },
    width,
    height: options.height ?? { step: STEP },
    layer: [
      // A's bar just under the partner's name, B's under it: one layer each, offset within the partner's band.
      ...SIDES.map((side) => ({
        name: `bars-${side}`,
        data: { values: values.filter((v) => v.side === side) },
        mark: { type: 'bar', height: 11, yOffset: side === 'A' ? 8 : 21 },
        encoding: {
          y,
          x: { field: 'npv', ...money },
          color: { field: 'side', type: 'nominal', title: null, sort: [...SIDES], scale: { domain: [...SIDES], range: SIDE_COLOURS } },
          tooltip: [{ field: 'label', title: 'NPV' }],
          description: { field: 'label' },
        },
      })),
      {
        name: 'names',
        data: { values: names },
        mark: { type: 'text', align: 'left', baseline: 'top', yOffset: -STEP / 2 + 2, limit: width, lineHeight: 13, fontSize: 11 },
        encoding: { y, x: { value: 0 }, text: { field: 'name' } },
      },
      { name: 'zero', data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#888888' }, encoding: { x: { field: 'zero', ...money } } },
    ],
    config: { ...NARROW_CONFIG, legend: { ...NARROW_CONFIG.legend, orient: 'bottom', direction: 'horizontal' } },
  };
}
