/**
 * `shared-services-model/workbook`: the analyst's input workbook. A scenario written as an .xlsx workbook
 * of long, tidy tables (one sheet per part of a scenario, a README sheet explaining each), and read back
 * into the same scenario the JSON route gives, with every problem named by its cell (`Lines!F12 (Tier)`).
 * Needs the optional peer dependency `exceljs`, loaded when first called; without it each function throws
 * an `E_DEPENDENCY` error naming the package to install.
 *
 * @packageDocumentation
 */

export { scenarioWorkbook, scenarioWorkbookTemplate } from './scenario-workbook.js';
export { parseScenarioWorkbook, safeParseScenarioWorkbook, readScenarioWorkbook } from './parse-scenario-workbook.js';
export type { WorkbookIssue, ScenarioWorkbookRead, SafeParseScenarioWorkbookResult } from './parse-scenario-workbook.js';
export type { CellPlace } from './_places.js';
