import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import type { SimulatedOutcome, Simulation } from '../../analysis/index.js';
import type { Decimal } from '../../money/index.js';
import type { ChartOptions, VegaLiteSpec } from './chart-options.js';
import { COLOURS, VEGA_LITE_SCHEMA, axisFormat, axisTitle, plotNumber, plotText, narrowLines } from './_plot.js';
import { NARROW_CONFIG, frame } from './_narrow.js';

const PERCENTILES = ['P10', 'P50', 'P90'] as const;
/** Where each percentile's label sits above the plot (pixels from its top), so that no two overlap. */
const LABEL_Y = { P10: -30, P50: -17, P90: -4 } as const;

/** The outcome drawn: the partnership's, or the partner's asked for. */
function outcomeOf(simulation: Simulation, partner: string | undefined): SimulatedOutcome {
  if (partner === undefined) return simulation.total;
  const found = simulation.partners.find((p) => p.partner === partner);
  if (found === undefined) throw new InputError(makeIssue(ErrorCode.OPTION, ['partner'], `a partner id (${simulation.partners.map((p) => p.partner).join(', ')})`, partner));
  return found;
}

/**
 * The Vega-Lite spec of a histogram of simulated NPV: the runs counted in the simulation's own bins
 * (`npvHistogram`, exact edges), with a rule at each of P10, P50 and P90 labelled with its figure. It maps
 * the simulation's figures to marks and computes nothing: the bins, counts and percentiles are the
 * simulation's, and each label is its figure exactly. A label sits beside its rule on the side with more
 * room, each percentile at its own height. With `narrow`, drawn to read unscaled on a phone (about 340 px
 * across).
 *
 * @param simulation - from {@link index!simulate | simulate} or {@link index!simulateParallel | simulateParallel}
 * @param options - unit, decimals of the labels, title, the partner (default: the total), narrow, width and height of the plot
 * @returns the spec, a plain JSON-serialisable object
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for a partner the simulation does not have
 *
 * @example
 * ```ts
 * const spec = npvHistogram(simulate(scenario, { runs: 10000, seed: 2011 }), { unit: '£m' });
 * (spec.layer as { name?: string }[]).map((l) => l.name);
 * //=> ['runs', 'percentiles', 'label-P10', 'label-P50', 'label-P90']
 * ```
 */
export function npvHistogram(simulation: Simulation, options: ChartOptions = {}): VegaLiteSpec {
  const unit = options.unit ?? '£';
  const label = (pounds: Decimal): string => plotText(pounds, unit, options.decimals);
  const outcome = outcomeOf(simulation, options.partner);
  const { edges, counts } = outcome.npvHistogram;
  const bins = counts.map((count, i) => ({
    from: plotNumber(edges[i]!, unit),
    to: plotNumber(edges[i + 1]!, unit),
    fromLabel: label(edges[i]!),
    toLabel: label(edges[i + 1]!),
    count,
  }));
  const first = edges[0]!;
  const last = edges[edges.length - 1]!;
  const marks = PERCENTILES.map((p) => {
    const value = outcome.npv[p === 'P10' ? 'p10' : p === 'P50' ? 'p50' : 'p90'];
    // The label runs to the right of its rule in the left half of the range, to the left in the right half.
    const side = value.times(2).lessThan(first.plus(last)) ? 'left' : 'right';
    return { percentile: p, value: value.toFixed(), at: plotNumber(value, unit), label: `${p} ${label(value)}`, side } as const;
  });
  const money = {
    type: 'quantitative',
    title: `${options.partner === undefined ? 'Total NPV' : 'NPV'} (${axisTitle(unit)})`,
    scale: { domain: [plotNumber(first, unit), plotNumber(last, unit)], nice: false, zero: false },
    axis: { format: axisFormat(unit), tickCount: 4 },
  };
  // One layer a label, at its own height above the plot (a pixel position, so the runs' scale is untouched).
  const labelLayer = (m: (typeof marks)[number]) => ({
    name: `label-${m.percentile}`,
    data: { values: [m] },
    mark: { type: 'text', align: m.side, baseline: 'bottom', dx: m.side === 'left' ? 3 : -3, y: LABEL_Y[m.percentile], fontSize: 11, fontWeight: 'bold', color: COLOURS.payback },
    encoding: { x: { field: 'at', ...money }, text: { field: 'label' } },
  });
  const who = options.partner === undefined ? 'Total NPV' : `NPV of ${options.partner}`;
  const { width, title, subtitle } = frame(options.narrow === true, options.width);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${who} over ${simulation.runs} runs: runs per band of NPV, with P10, P50 and P90 marked (${unit}).`,
    title: {
      text: narrowLines([options.title ?? `${who} over ${simulation.runs} runs`], title),
      subtitle: [
        ...narrowLines(['Bars: runs in each band of NPV. Lines: P10, P50 and P90 (a tenth of runs fall below P10, half below P50, nine tenths below P90).'], subtitle),
        '',
      ],
    },
    width,
    height: options.height ?? (options.narrow === true ? 180 : 240),
    layer: [
      {
        name: 'runs',
        data: { values: bins },
        mark: { type: 'bar', color: COLOURS.tiers[1], stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          // Binned already (the simulation's bins): the bars stand on the axis, from one edge to the next.
          x: { field: 'from', bin: 'binned', ...money },
          x2: { field: 'to' },
          y: { field: 'count', type: 'quantitative', title: 'Runs', axis: { format: ',d', tickCount: 4 } },
          tooltip: [
            { field: 'fromLabel', title: 'From' },
            { field: 'toLabel', title: 'To (not included)' },
            { field: 'count', title: 'Runs' },
          ],
          description: { field: 'count' },
        },
      },
      {
        name: 'percentiles',
        data: { values: marks },
        mark: { type: 'rule', color: COLOURS.payback, strokeWidth: 2, strokeDash: [5, 3] },
        encoding: { x: { field: 'at', ...money }, tooltip: [{ field: 'label', title: 'Percentile' }], description: { field: 'label' } },
      },
      ...marks.map(labelLayer),
    ],
    config: NARROW_CONFIG,
  };
}
