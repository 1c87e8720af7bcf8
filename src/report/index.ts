export { VIEW_NAMES, VIEW_SUMMARIES } from './report.js';
export type { ViewName, ReportName, Report, ReportTable, ReportPrecision } from './report.js';
export { buildView } from './build-view.js';
export type { BuildViewOptions } from './build-view.js';
export { buildComparisonView } from './compare-view.js';
export type { ComparisonViewOptions } from './compare-view.js';
export { buildSensitivityView } from './sensitivity-view.js';
export { buildSimulationView } from './simulation-view.js';
export { isMeasureTable } from './measure-table.js';
export type { MeasureTable, MeasureColumn, MeasureRow, MeasureCell, ColumnKind } from './measure-table.js';
export { reconciliationTable, isReconciliationTable, describeReconciliation } from './reconciliation-table.js';
export type { ReconciliationTable, ReconciliationTableRow } from './reconciliation-table.js';
export type { RenderOptions, RenderInput } from './render-options.js';
export { render, RENDER_FORMATS } from './render.js';
export type { RenderFormat } from './render.js';
export { renderMarkdown } from './markdown.js';
export { renderCsv } from './csv.js';
export { renderJson } from './json.js';

// XLSX: a workbook of views, totals as SUM formulas (src/report/xlsx).
export { renderXlsx } from './xlsx/index.js';
export type { RenderXlsxOptions } from './xlsx/index.js';

// Charts (Vega-Lite specs, drawn to SVG in Node) and the self-contained HTML report (src/report/charts, src/report/html).
export { CHART_NAMES, savingsByPartnerAndTier, netBenefitByYear, costsAgainstSavings, chartSpec, specToSvg, renderSvg } from './charts/index.js';
export type { ChartName, ChartOptions, VegaLiteSpec, SvgOptions } from './charts/index.js';
export { renderHtml } from './html/index.js';
export type { HtmlOptions } from './html/index.js';
