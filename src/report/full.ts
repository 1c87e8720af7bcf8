/**
 * `shared-services-model/report`: the renderers that need optional peer dependencies. An Excel workbook
 * of the views (needs `exceljs`), Vega-Lite charts drawn to SVG in Node and one self-contained HTML report
 * (need `vega` and `vega-lite`). Each loads its peers when first called; a peer that is not installed
 * gives an `E_DEPENDENCY` error naming the packages to install.
 *
 * Everything else (parsing, evaluation, views, and the md, csv and json renderers) is in
 * `shared-services-model` itself, which loads none of these packages.
 *
 * @packageDocumentation
 */

// XLSX: an Excel workbook of the views, money as numbers in £ formats, totals as SUM formulas.
export { renderXlsx } from './xlsx/index.js';
export type { RenderXlsxOptions } from './xlsx/index.js';

// Charts and HTML: Vega-Lite specs drawn to SVG in Node, and one self-contained HTML report (both async).
export { CHART_NAMES, savingsByPartnerAndTier, netBenefitByYear, costsAgainstSavings, chartSpec, specToSvg, renderSvg } from './charts/index.js';
export type { ChartName, ChartOptions, VegaLiteSpec, SvgOptions } from './charts/index.js';
export { renderHtml } from './html/index.js';
export type { HtmlOptions } from './html/index.js';

// Pages and charts of the analyses: a tornado of a sensitivity analysis, a histogram of a simulation's
// NPV, and a comparison of a variant with its base, side by side (all async but the specs).
export { tornado } from './charts/tornado.js';
export { npvHistogram } from './charts/npv-histogram.js';
export { comparisonNpv } from './charts/comparison-npv.js';
export { renderSensitivityHtml, renderSimulationHtml, renderComparisonHtml } from './html/render-analysis-html.js';
export type { AnalysisHtmlOptions, ComparisonHtmlOptions } from './html/render-analysis-html.js';
