import type { Scenario } from '../../model/index.js';
import type { Evaluation } from '../../engine/index.js';
import { compare, sensitivityToJSON, simulationToJSON, type Sensitivity, type Simulation } from '../../analysis/index.js';
import type { RenderOptions } from '../render-options.js';
import { buildSensitivityView } from '../sensitivity-view.js';
import { buildSimulationView } from '../simulation-view.js';
import { buildComparisonView, type ComparisonViewOptions } from '../compare-view.js';
import { comparisonByPartner } from '../_compare-by-partner.js';
import { histogramTable } from '../_histogram-table.js';
import { specToSvg } from '../charts/spec-to-svg.js';
import { tornado } from '../charts/tornado.js';
import { npvHistogram } from '../charts/npv-histogram.js';
import { comparisonNpv } from '../charts/comparison-npv.js';
import type { VegaLiteSpec } from '../charts/chart-options.js';
import { inlineSvg } from './_escape.js';
import type { ChartPair } from './_sections.js';
import { analysisPage, chartOptions, type PagePart } from './_analysis-page.js';

/**
 * Options for {@link renderSensitivityHtml}, {@link renderSimulationHtml} and {@link renderComparisonHtml}.
 *
 * @example
 * ```ts
 * const options: AnalysisHtmlOptions = { unit: '£m', charts: true };
 * ```
 */
export interface AnalysisHtmlOptions extends RenderOptions {
  /**
   * Whether to draw the chart (inline SVG, twice: wide for a desktop screen and print, narrow for a
   * phone, the style sheet showing the one that fits). Without it the page is quicker to build.
   * @defaultValue true
   */
  readonly charts?: boolean;
}

/** A chart drawn as inline SVG twice, wide (a desktop screen, print) and narrow (a phone), or nothing when charts are not wanted. */
async function drawn(spec: (narrow: boolean) => VegaLiteSpec, label: string, options: AnalysisHtmlOptions): Promise<ChartPair | undefined> {
  if (options.charts === false) return undefined;
  const [wide, narrow] = await Promise.all([specToSvg(spec(false)), specToSvg(spec(true))]);
  return { wide: inlineSvg(wide, label), narrow: inlineSvg(narrow, label) };
}

/**
 * Renders a sensitivity analysis as one self-contained HTML page: what the analysis is, in a finance
 * reader's words; a tornado chart (each input's swing of total NPV around the base case, largest first);
 * the tornado table with the break-even values, the base case and each partner's net benefit at each end;
 * the caveats and conventions. The data sits in the page as JSON (`#report-data`). Nothing is fetched.
 * Every figure comes from {@link buildSensitivityView}; this only prints them. The same input gives the
 * same bytes.
 *
 * @param scenario - the scenario analysed
 * @param result - from {@link index!sensitivity | sensitivity} of that scenario
 * @param options - unit and decimals, whether to draw the chart
 * @returns a promise of the HTML text
 *
 * @example
 * ```ts
 * const html = await renderSensitivityHtml(scenario, sensitivity(scenario), { unit: '£m' });
 * html.includes('What moves the total NPV most');
 * //=> true
 * ```
 */
export async function renderSensitivityHtml(scenario: Scenario, result: Sensitivity, options: AnalysisHtmlOptions = {}): Promise<string> {
  const report = buildSensitivityView(scenario, result);
  const [base, table, partners] = report.tables;
  const chart = await drawn((narrow) => tornado(result, { ...chartOptions(report, options), narrow }), 'Chart: tornado of total NPV as each input varies alone', options);
  const within = `payback within ${result.paybackWithin} years`;
  const parts: PagePart[] = [
    {
      id: 'tornado',
      heading: 'What moves the NPV most',
      lead: `Each uncertain input is moved alone from the low to the high end of a plausible range, everything else as planned, and the total net present value (NPV) worked out again. The longer an input’s bar, the more the case rests on it. The break-even values say where the NPV falls to zero, and where the partnership first achieves ${within}.`,
      chart,
      caption: 'Total NPV with each input at the low and at the high end of its range; the line is the base case.',
      tables: [table!],
    },
    { id: 'base', heading: 'The base case', lead: 'Every input as planned: each partner’s net benefit over the period, NPV and payback year.', tables: [base!] },
    { id: 'partners', heading: 'Each partner at each end', lead: 'Each partner’s net benefit over the period (undiscounted) with each input at its low and its high end.', tables: [partners!] },
  ];
  // The analysis as JSON, less its own chart spec (the page draws the tornado above).
  const json = Object.fromEntries(Object.entries(sensitivityToJSON(result)).filter(([key]) => key !== 'chart'));
  const data = { analysis: 'sensitivity', result: json };
  return analysisPage(report, 'Sensitivity analysis: how far the case rests on each uncertain input.', parts, data, options);
}

/**
 * Renders a Monte Carlo simulation as one self-contained HTML page: what the simulation is, in a finance
 * reader's words; a histogram of the total NPV over the runs with P10, P50 and P90 marked and labelled;
 * the percentiles of NPV and net benefit per partner, the payback year and the chances of being worse
 * off; the inputs drawn; the caveats and conventions. The data (with every outcome's histogram) sits in
 * the page as JSON (`#report-data`). Nothing is fetched. The same simulation gives the same bytes.
 *
 * @param scenario - the scenario simulated
 * @param simulation - from {@link index!simulate | simulate} or {@link index!simulateParallel | simulateParallel} of that scenario
 * @param options - unit and decimals, whether to draw the chart
 * @returns a promise of the HTML text
 *
 * @example
 * ```ts
 * const html = await renderSimulationHtml(scenario, simulate(scenario, { runs: 10000, seed: 2011 }));
 * html.includes('P50');
 * //=> true
 * ```
 */
export async function renderSimulationHtml(scenario: Scenario, simulation: Simulation, options: AnalysisHtmlOptions = {}): Promise<string> {
  const report = buildSimulationView(scenario, simulation);
  const [npv, net, risk, ...inputs] = report.tables;
  const chart = await drawn((narrow) => npvHistogram(simulation, { ...chartOptions(report, options), narrow }), 'Chart: histogram of total NPV over the runs, with P10, P50 and P90', options);
  const parts: PagePart[] = [
    {
      id: 'distribution',
      heading: 'The range of outcomes',
      lead: `The uncertain inputs are drawn at random ${simulation.runs} times, each from its own range, and the appraisal worked out for each draw. P10 is the figure a tenth of the runs fall below (a cautious case), P50 the middle outcome and P90 the figure nine runs in ten fall below (a hopeful case).`,
      chart,
      caption: 'Runs by band of total NPV; the lines mark P10, P50 and P90.',
      tables: [npv!, net!],
    },
    { id: 'bands', heading: 'Runs by band of NPV', lead: 'The histogram’s figures: how many runs fall in each band of total NPV.', tables: [histogramTable(simulation.total, simulation.runs)] },
    { id: 'risk', heading: 'Payback and the chance of being worse off', lead: 'When each partner pays back, and how often it never does, ends the period worse off, or has a negative NPV.', tables: [risk!] },
    { id: 'inputs', heading: 'What was drawn', lead: 'The inputs drawn at random, and how each is spread.', tables: inputs },
  ];
  return analysisPage(report, 'Monte Carlo simulation: the range of outcomes the uncertain inputs give.', parts, { analysis: 'simulation', result: simulationToJSON(simulation) }, options);
}

/**
 * Options for {@link renderComparisonHtml}: those of the page, and the labels and appraisal options of
 * {@link ComparisonViewOptions}.
 *
 * @example
 * ```ts
 * const options: ComparisonHtmlOptions = { labels: ['As planned', 'Westminster leaves'], unit: '£m' };
 * ```
 */
export interface ComparisonHtmlOptions extends AnalysisHtmlOptions, ComparisonViewOptions {}

/**
 * Renders a comparison of two evaluations (a scenario and a variant of it, or two scenarios) as one
 * self-contained HTML page: A and B named; a chart of each partner's NPV in A and in B; for each partner,
 * and for all partners together, its savings,
 * NPV and payback year in A and in B side by side with the difference B − A; then net benefit by year and
 * the tables of {@link buildComparisonView}; the caveats and conventions. The data sits in the page as
 * JSON (`#report-data`). Nothing is fetched. The same input gives the same bytes.
 *
 * @param a - the base evaluation
 * @param b - the evaluation compared with it (the variant)
 * @param options - labels for A and B, appraisal options, unit and decimals
 * @returns a promise of the HTML text
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for appraisal options that cannot be used
 *
 * @example
 * ```ts
 * const html = await renderComparisonHtml(evaluate(scenario), evaluate(applyVariant(scenario, 'westminster-leaves')));
 * html.includes('All partners');
 * //=> true
 * ```
 */
export async function renderComparisonHtml(a: Evaluation, b: Evaluation, options: ComparisonHtmlOptions = {}): Promise<string> {
  const { labels, appraisal, ...rest } = options;
  const report = buildComparisonView(a, b, { ...(labels === undefined ? {} : { labels }), ...(appraisal === undefined ? {} : { appraisal }) });
  const byPartner = comparisonByPartner(report);
  const [savings, netByYear, npv, payback] = report.tables;
  const chart = await drawn((narrow) => comparisonNpv(compare(a, b, appraisal), { ...chartOptions(report, rest), narrow }), 'Chart: each partner’s NPV in A and in B', options);
  const parts: PagePart[] = [
    {
      id: 'by-partner',
      heading: 'Each partner, A against B',
      lead: 'Each partner’s savings, net present value (NPV) and payback year under A and under B, and the change from A to B (B − A): a negative change is a partner worse off under B.',
      chart,
      caption: 'Each partner’s NPV under A (grey) and under B (blue).',
      tables: byPartner,
    },
    { id: 'by-year', heading: 'Net benefit by year', lead: 'The partnership’s net benefit in each year under A and under B.', tables: [netByYear!] },
    { id: 'tables', heading: 'The figures by measure', lead: 'The same figures a measure at a time, as the markdown and CSV reports give them.', tables: [savings!, npv!, payback!] },
  ];
  const intro = 'Comparison: what changes between A and B, partner by partner.';
  const [ta, tb] = [a.scenario.title, b.scenario.title];
  const heading = `${ta === tb ? ta : `${ta} and ${tb}`}: A compared with B`;
  return analysisPage(report, intro, parts, { analysis: 'compare', sides: labels ?? [ta, tb] }, rest, heading);
}
