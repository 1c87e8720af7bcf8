import type { TableModel } from '../../engine/index.js';
import type { ReportTable } from '../report.js';
import { isReconciliationTable } from '../reconciliation-table.js';
import { isMeasureTable } from '../measure-table.js';

/** True for a pivot table (as opposed to a table of measures or the reconciliation). */
export function _isPivot(table: ReportTable): table is TableModel {
  return !isReconciliationTable(table) && !isMeasureTable(table);
}

/** The first money table of tiers by partner among a report's tables (the `tiers` view's, or the `partners` view's "All tiers"). */
export function _tierByPartner(tables: readonly ReportTable[]): TableModel | undefined {
  return tables.find((t): t is TableModel => _isPivot(t) && t.rowDimension === 'tier' && t.columnDimension === 'partner' && t.measure === 'money');
}
