import type { ReportTable } from '../report.js';
import type { TableModel as PivotTable } from '../../engine/index.js';

/** The first money table of tiers by partner among a report's tables (the `tiers` view's, or the `partners` view's "All tiers"). */
export function tierByPartner(tables: readonly ReportTable[]): PivotTable | undefined {
  return tables.find((t): t is PivotTable => t.kind === 'pivot' && t.rowDimension === 'tier' && t.columnDimension === 'partner' && t.measure === 'money');
}
