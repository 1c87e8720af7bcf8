import type { Decimal } from '../../money/index.js';
import type { ReconciliationTable } from '../reconciliation-table.js';
import { RECONCILIATION_GROUP_WORDS } from '../reconciliation-groups.js';
import { VERDICTS } from '../../analysis/index.js';
import { VERDICT_WORDS } from '../verdict-words.js';
import { figureValueText } from '../_figure-text.js';
import { largest } from '../_largest.js';
import { countFormat, percentFormat, sheetNumber, sumFormula, unitFormat } from './_number.js';
import type { SheetWriter } from './_sheet.js';

const HEADER = ['#', 'Published figure', 'Unit', 'Printed', 'Model', 'Difference', 'Verdict', 'Parts sum', 'Adds up?', 'Group', 'Hint'];
const NUMERIC = new Set([0, 3, 4, 5, 7]);
/** The sheet columns (from 1) of the printed, computed, difference and parts-sum values. */
const VALUE_COLUMNS = [
  [4, 'printed'],
  [5, 'computed'],
  [6, 'difference'],
  [8, 'partsSum'],
] as const;

/** A verdict's words for a cell, capitalised: `Within printed rounding`. */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Writes the count of figures per verdict, in the order a reader needs them (discrepancies first), with a
 * Total that is a SUM formula over the counts.
 *
 * @param w - the sheet writer; its row is advanced past the block and one blank row
 * @param table - the reconciliation
 */
export function writeVerdictCounts(w: SheetWriter, table: ReconciliationTable): void {
  w.text(w.row, 1, 'Verdict', { bold: true });
  w.text(w.row, 2, 'Figures', { bold: true, right: true });
  w.row += 1;
  const first = w.row;
  for (const verdict of VERDICTS) {
    w.text(w.row, 1, capitalised(VERDICT_WORDS[verdict].label));
    w.number(w.row, 2, table.counts[verdict], countFormat(0));
    w.row += 1;
  }
  w.text(w.row, 1, 'Total', { bold: true });
  w.formula(w.row, 2, sumFormula(first, 2, w.row - 1, 2), table.total, countFormat(0), { bold: true });
  w.row += 2;
}

/** The number format of a figure's values: money in its unit, a percentage with a literal `%`, a count or a ratio grouped. */
function valueFormat(unit: string, dp: number): string {
  return unit === '%' ? percentFormat(dp) : unitFormat(unit, dp);
}

/**
 * Writes the reconciliation in its groups' order (discrepancies first): one row per published figure with
 * its values in its own unit, to at least its printed precision (a year as its financial year, as text;
 * its difference a number of years), its verdict in words, its group and any hint; no totals, since the
 * figures are of different things. Then a line counting what a table built with `only` leaves out.
 *
 * @param w - the sheet writer; its row is advanced past the table
 * @param table - the reconciliation
 */
export function writeReconciliation(w: SheetWriter, table: ReconciliationTable): void {
  w.text(w.row, 1, table.title, { bold: true, size: 12 }, false);
  w.row += 1;
  HEADER.forEach((h, j) => w.text(w.row, j + 1, h, { bold: true, right: NUMERIC.has(j) }));
  w.row += 1;
  for (const r of table.rows) {
    const values: readonly (Decimal | null)[] = [r.printed, r.computed, r.difference, r.partsSum];
    const dp = largest(values.map((v) => v?.decimalPlaces() ?? 0), r.precision.decimalPlaces());
    w.number(w.row, 1, r.index + 1, countFormat(0));
    w.text(w.row, 2, r.label);
    w.text(w.row, 3, r.unit);
    VALUE_COLUMNS.forEach(([column, field], k) => {
      const v = values[k];
      if (v === null || v === undefined) return;
      const text = figureValueText(v, r.unit, dp, 'plain');
      if (field !== 'difference' && !text.number) w.text(w.row, column, text.text, { right: true });
      else w.number(w.row, column, sheetNumber(v, dp), field === 'difference' && r.unit === 'year' ? countFormat(0) : valueFormat(r.unit, dp));
    });
    w.text(w.row, 7, capitalised(VERDICT_WORDS[r.verdict].label));
    if (r.addsUp !== null) w.text(w.row, 9, r.addsUp ? 'yes' : 'no');
    w.text(w.row, 10, RECONCILIATION_GROUP_WORDS[r.group].heading);
    if (r.hint !== null) w.text(w.row, 11, r.hint);
    w.row += 1;
  }
  if (table.notShown !== null) {
    w.text(w.row, 1, table.notShown, {}, false);
    w.row += 1;
  }
  w.row += 1;
  writeVerdictCounts(w, table);
}
