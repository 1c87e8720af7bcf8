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
export type { ReconciliationTable, ReconciliationTableRow, ReconciliationTableOptions, ReconciliationGroupSummary } from './reconciliation-table.js';
export { RECONCILIATION_GROUPS, RECONCILIATION_GROUP_WORDS, groupOf, isReconciliationGroup } from './reconciliation-groups.js';
export type { ReconciliationGroup, GroupWords } from './reconciliation-groups.js';
export { VERDICT_WORDS, countOfVerdict } from './verdict-words.js';
export type { VerdictWords } from './verdict-words.js';
export type { RenderOptions, RenderInput } from './render-options.js';
export { render } from './render.js';
export { OUTPUT_FORMATS, RENDER_FORMATS } from './formats.js';
export type { FormatInfo, FormatName, RenderFormat } from './formats.js';
export { PEERS, loadPeers } from './peers.js';
export { fixZipTimes } from './xlsx/_zip.js';
export { setDocumentProperties } from './xlsx/_properties.js';
export type { PeerName } from './peers.js';
export { renderMarkdown } from './markdown.js';
export { renderCsv } from './csv.js';
export { renderJson } from './json.js';
// The text formats in pieces, for the command line's output of the cells view at scale; not part of the public API.
export { writeMarkdownPieces } from './markdown.js';
export { writeCsvPieces } from './csv.js';
export { writeJsonPieces } from './json.js';

// Workbooks, charts and the HTML report need optional peer dependencies: they are exported by
// ./full.ts (the entry `shared-services-model/report`), never from here, so the core loads none of them.
