import { loadPeers } from '../report/index.js';

/**
 * Loads exceljs, the optional peer dependency a workbook needs; when it is not installed, the one-line
 * `E_DEPENDENCY` error the report's workbook gives, naming the package and the command that installs it.
 */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  const [module] = await loadPeers('an xlsx workbook', ['exceljs']);
  return (module as { default?: typeof import('exceljs') }).default ?? module;
}
