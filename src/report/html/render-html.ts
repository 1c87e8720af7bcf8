import type { Evaluation } from '../../engine/index.js';
import type { AppraiseOptions } from '../../appraisal/index.js';
import { buildView } from '../build-view.js';
import { resolveTable } from '../_input.js';
import type { Report } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import { renderJson } from '../json.js';
import { chartSpec } from '../charts/chart-spec.js';
import type { VegaLiteSpec } from '../charts/chart-options.js';
import { specToSvg } from '../charts/spec-to-svg.js';
import { savingsByPartnerAndTier } from '../charts/savings-by-partner-and-tier.js';
import { tierByPartner } from '../charts/_tables.js';
import { escapeHtml, inlineSvg } from './_escape.js';
import { htmlPage } from './_page.js';
import { SECTION_VIEWS, section, type ChartPair, type HtmlSection, type Views } from './_sections.js';
import { summarySection, partnersSection, servicesSection, staffingSection, costsSection, netBenefitSection, contributionsSection, caveatsSection, reconciliationSection, type Charts } from './_section-bodies.js';

/**
 * Options for {@link renderHtml}.
 *
 * @example
 * ```ts
 * const options: HtmlOptions = { unit: '£000', appraisal: { discountRate: '0.035' } };
 * ```
 */
export interface HtmlOptions extends RenderOptions {
  /**
   * Options for the appraisal (net benefit, payback, NPV) and the caveats.
   * @defaultValue the scenario's own appraisal settings
   */
  readonly appraisal?: AppraiseOptions;
  /**
   * Whether to draw the charts (inline SVG). Without them the report is quicker to build.
   * @defaultValue true
   */
  readonly charts?: boolean;
}

/** A chart's spec drawn as inline SVG twice: wide (the desktop screen and print) and narrow (a phone). */
async function drawPair(spec: (narrow: boolean) => VegaLiteSpec, label: string): Promise<ChartPair> {
  const [wide, narrow] = await Promise.all([specToSvg(spec(false)), specToSvg(spec(true))]);
  return { wide: inlineSvg(wide, label), narrow: inlineSvg(narrow, label) };
}

/** Draws the three charts as inline SVG, each wide and narrow, from the views already built and the appraisal. */
async function drawCharts(evaluation: Evaluation, views: Views, options: HtmlOptions): Promise<Charts> {
  if (options.charts === false) return {};
  const unit = options.unit ?? evaluation.scenario.settings.unit;
  const decimals = options.decimals ?? views.tiers.precision.money[unit];
  const chartOptions = { unit, decimals, ...(options.appraisal === undefined ? {} : { appraisal: options.appraisal }) };
  // The savings chart labels the figures the tiers table shows: rounded for display where it is.
  const tiers = tierByPartner(views.tiers.tables);
  const shown = tiers === undefined ? undefined : resolveTable(tiers, views.tiers, options).table;
  const tierTable = shown?.kind === 'pivot' ? shown : undefined;
  const [savings, netBenefit, costs] = await Promise.all([
    tierTable === undefined ? undefined : drawPair((narrow) => savingsByPartnerAndTier(tierTable, { ...chartOptions, narrow }), 'Chart: savings by partner and confidence tier'),
    drawPair((narrow) => chartSpec(evaluation, 'netBenefitByYear', { ...chartOptions, narrow }), 'Chart: net benefit by year, cumulative position and payback year'),
    drawPair((narrow) => chartSpec(evaluation, 'costsAgainstSavings', { ...chartOptions, narrow }), 'Chart: one-off costs against savings by year'),
  ]);
  return { ...(savings === undefined ? {} : { savings }), netBenefit, costs };
}

/** The contents: a link to each section. */
function contents(sections: readonly HtmlSection[]): string {
  const items = sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.heading)}</a></li>`);
  return `<nav class="contents" aria-label="Contents">\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}

/** The data behind the report, as JSON: each view as {@link renderJson} writes it (amounts as exact strings). */
function reportData(evaluation: Evaluation, views: Views, contributions: Report | undefined, options: HtmlOptions): unknown {
  const s = evaluation.scenario;
  const json = (r: Report): unknown => JSON.parse(renderJson(r, options));
  return {
    generator: 'shared-services-model',
    title: s.title,
    source: s.source ?? null,
    unit: options.unit ?? s.settings.unit,
    caveats: [...views.appraisal.caveats],
    views: { ...Object.fromEntries(SECTION_VIEWS.map((v) => [v, json(views[v])])), ...(contributions === undefined ? {} : { contributions: json(contributions) }) },
  };
}

/**
 * Renders an evaluation as one self-contained HTML document laid out like the financial appendix of a
 * committee paper: title and source; a summary with the caveats; savings by partner and tier (with a
 * chart); baselines by service; staffing; one-off costs and funding (with a chart); net benefit by year
 * (with a chart marking the payback year); the cost-sharing agreements' contributions, where the
 * scenario states any; caveats, conventions and assumptions; and the reconciliation
 * of published figures, each verdict styled. Nothing is fetched: the CSS and the SVG charts are inline,
 * a Content-Security-Policy forbids any other source, and the data sits in a
 * `<script type="application/json" id="report-data">`. On paper (A4) each section starts a new page and
 * no table row is split. All text is escaped: markup characters as entities, and any character HTML
 * reports as an error (a control character, U+FFFE, a lone surrogate) as U+FFFD on the page and as a
 * `\u` escape in the data, which keeps it exactly. Every figure comes from a view ({@link index!buildView | buildView}); this
 * only prints them. Asynchronous, because drawing the charts is. The same input gives the same bytes.
 *
 * @param evaluation - from {@link index!evaluate | evaluate}
 * @param options - unit and decimals, appraisal options, whether to draw charts
 * @returns a promise of the HTML text
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for appraisal options that cannot be used
 *
 * @example
 * ```ts
 * const html = await renderHtml(evaluate(scenario), { unit: '£m' });
 * html.startsWith('<!DOCTYPE html>');
 * //=> true
 * ```
 */
export async function renderHtml(evaluation: Evaluation, options: HtmlOptions = {}): Promise<string> {
  const viewOptions = options.appraisal === undefined ? {} : { appraisal: options.appraisal };
  const views = Object.fromEntries(SECTION_VIEWS.map((v) => [v, buildView(evaluation, v, viewOptions)])) as unknown as Views;
  const charts = await drawCharts(evaluation, views, options);
  // A section of its own only where the scenario states agreements: every other report is as it was.
  const contributions = (evaluation.contributions?.length ?? 0) > 0 ? buildView(evaluation, 'contributions', viewOptions) : undefined;
  const sections = [
    summarySection(evaluation, views, options),
    partnersSection(views, options, charts),
    servicesSection(views, options),
    staffingSection(views, options),
    costsSection(views, options, charts),
    netBenefitSection(views, options, charts),
    ...(contributions === undefined ? [] : [contributionsSection(contributions, options)]),
    caveatsSection(evaluation, views),
    reconciliationSection(views, options),
  ].map((b) => section(b.id, b.heading, b.lead, b.body));
  const s = evaluation.scenario;
  const header = [
    `<header class="report-header">`,
    `<h1>${escapeHtml(s.title)}</h1>`,
    s.source === undefined ? '' : `<p class="source">Source: ${escapeHtml(s.source)}</p>`,
    `<p class="meta">Financial appendix, produced by shared-services-model from the scenario. Money in ${escapeHtml(options.unit ?? s.settings.unit)} unless a table says otherwise; every figure is exact, and every total is the sum of the figures shown.</p>`,
    contents(sections),
    `</header>`,
  ].filter((x) => x !== '');
  return htmlPage(s.title, [...header, '<main>', ...sections.map((x) => x.html), '</main>'], reportData(evaluation, views, contributions, options));
}
