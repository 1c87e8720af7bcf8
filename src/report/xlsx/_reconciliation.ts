import type { Decimal } from '../../money/index.js';
import type { Verdict } from '../../analysis/index.js';
import type { ReconciliationTable } from '../reconciliation-table.js';
import { largest } from '../_largest.js';
import { countFormat, sheetNumber, sumFormula, unitFormat } from './_number.js';
import type { SheetWriter } from './_sheet.js';

const HEADER = ['#', 'Published figure', 'Unit', 'Printed', 'Model', 'Difference', 'Verdict', 'Parts sum', 'Adds up?'];
const NUMERIC = new Set([0, 3, 4, 5, 7]);
/** The sheet columns (from 1) of the printed, computed, difference and parts-sum values. */
const VALUE_COLUMNS = [
  [4, 'printed'],
  [5, 'computed'],
  [6, 'difference'],
  [8, 'partsSum'],
] as const;

/** The verdicts in the order the reconciliation describes them, with words for a table. */
export const VERDICT_WORDS: readonly (readonly [Verdict, string])[] = [
  ['exact', 'Exact'],
  ['rounding', 'Within the printed rounding'],
  ['round-figure', 'A round figure of the model'],
  ['within-bound', 'Within the stated bound'],
  ['rounding-of-parts', 'Within the rounding of the printed parts'],
  ['discrepancy', 'Discrepancy'],
  ['not-modelled', 'Not modelled'],
];

/**
 * Writes the count of figures per verdict, with a Total that is a SUM formula over the counts.
 *
 * @param w - the sheet writer; its row is advanced past the block and one blank row
 * @param table - the reconciliation
 */
export function writeVerdictCounts(w: SheetWriter, table: ReconciliationTable): void {
  w.text(w.row, 1, 'Verdict', { bold: true });
  w.text(w.row, 2, 'Figures', { bold: true, right: true });
  w.row += 1;
  const first = w.row;
  for (const [verdict, word] of VERDICT_WORDS) {
    w.text(w.row, 1, word);
    w.number(w.row, 2, table.counts[verdict], countFormat(0));
    w.row += 1;
  }
  w.text(w.row, 1, 'Total', { bold: true });
  w.formula(w.row, 2, sumFormula(first, 2, w.row - 1, 2), table.rows.length, countFormat(0), { bold: true });
  w.row += 2;
}

/**
 * Writes the reconciliation: one row per published figure with its values in its own unit, to at least
 * its printed precision; no totals, since the figures are of different things. Then the counts.
 *
 * @param w - the sheet writer; its row is advanced past the table
 * @param table - the reconciliation
 */
export function writeReconciliation(w: SheetWriter, table: ReconciliationTable): void {
  w.text(w.row, 1, table.title, { bold: true, size: 12 }, false);
  w.row += 1;
  HEADER.forEach((h, j) => w.text(w.row, j + 1, h, { bold: true, right: NUMERIC.has(j) }));
  w.row += 1;
  table.rows.forEach((r, i) => {
    const values: readonly (Decimal | null)[] = [r.printed, r.computed, r.difference, r.partsSum];
    const dp = largest(values.map((v) => v?.decimalPlaces() ?? 0), r.precision.decimalPlaces());
    const numFmt = unitFormat(r.unit, dp);
    w.number(w.row, 1, r.index + 1, countFormat(0));
    w.text(w.row, 2, r.label);
    w.text(w.row, 3, r.unit);
    VALUE_COLUMNS.forEach(([column, field], k) => {
      const v = values[k];
      if (v !== null && v !== undefined) w.number(w.row, column, sheetNumber(v, dp), numFmt);
    });
    w.text(w.row, 7, r.verdict);
    if (r.addsUp !== null) w.text(w.row, 9, r.addsUp ? 'yes' : 'no');
    w.row += 1;
  });
  w.row += 1;
  writeVerdictCounts(w, table);
}
