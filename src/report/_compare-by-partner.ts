import type { Report } from './report.js';
import { isMeasureTable, type MeasureCell, type MeasureRow, type MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable } from './_measures.js';

/** The rows of the comparison view's table with this title, by key. */
function rowsOf(report: Report, title: string): ReadonlyMap<string, MeasureRow> {
  const table = report.tables.find((t): t is MeasureTable => isMeasureTable(t) && t.title === title);
  return new Map((table?.rows ?? []).map((r) => [r.key, r]));
}

/**
 * The comparison view's figures by partner, side by side: for each partner and then all partners
 * together, a table of its savings, NPV and payback year in A and in B, and the change B − A. A
 * re-arrangement of the view's own cells ({@link buildComparisonView}): nothing is computed.
 */
export function comparisonByPartner(report: Report): MeasureTable[] {
  const savings = rowsOf(report, 'Savings by partner');
  const npv = rowsOf(report, 'NPV by partner');
  const payback = rowsOf(report, 'Payback year');
  const keys = [...new Set([...npv.keys(), ...savings.keys(), ...payback.keys()])];
  const columns = [column('a', 'A', 'money'), column('b', 'B', 'money'), column('difference', 'Change', 'money')];
  const cells = (row: MeasureRow | undefined, n: number): MeasureCell[] => Array.from({ length: n }, (_, i) => row?.values[i] ?? null);
  return keys.map((key) => {
    const any = npv.get(key) ?? savings.get(key) ?? payback.get(key)!;
    const label = key === 'total' ? 'All partners' : any.label;
    return measureTable(label, 'Figure', columns, [
      dataRow('savings', 'Savings a year, every line landed', cells(savings.get(key), 3)),
      dataRow('npv', 'NPV', cells(npv.get(key), 3)),
      dataRow('paybackYear', 'Payback year', [...cells(payback.get(key), 2), null]),
    ]);
  });
}
