import type { TableModel } from '../engine/index.js';
import type { ReportTable } from './report.js';

/** A pivot as a report holds it: a {@link TableModel} marked `kind: 'pivot'`. */
export type PivotTable = Extract<ReportTable, { readonly kind: 'pivot' }>;

/** Marks a pivot as such, so renderers tell it from the other tables by `kind`. */
export function pivotTable(table: TableModel): PivotTable {
  return { ...table, kind: 'pivot' };
}
