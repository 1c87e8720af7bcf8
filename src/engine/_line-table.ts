import { type Decimal, fromSafeInteger, fromScaledBigInt } from '../money/index.js';
import type { Line, Selector } from '../model/index.js';
import { lineBlocksOf } from './_blocks.js';
import { ExactTotal, TableSums } from './_table-sums.js';
import { lineFilter } from './select.js';
import type { Evaluation } from './types.js';

/** A heading of a row or column (as `pivot`'s). */
interface Heading {
  readonly key: string;
  readonly label: string;
}

/** A row of the table: its values (null where no cell falls) and its total. */
interface TableRow extends Heading {
  readonly values: readonly (Decimal | null)[];
  readonly total: Decimal;
}

/** The key of a line-level dimension (not partner or year) for a line: '' where the line has none. */
function lineKey(l: Line, d: string): string {
  switch (d) {
    case 'line':
      return l.id;
    case 'service':
      return l.service ?? '';
    case 'tier':
    case 'category':
    case 'fund':
    case 'recurrence':
    case 'kind':
      return l[d];
    default:
      return '';
  }
}

/** The Decimal of `u` quanta of 10^-places, exactly. */
function decimalOf(u: number | bigint, places: number): Decimal {
  return typeof u === 'bigint' ? fromScaledBigInt(u, places) : fromSafeInteger(u, places);
}

/**
 * A row whose values are made Decimals when they are first read, once: a table of a million values
 * that a caller only totals, or renders a part of, never makes the rest. The row is otherwise a plain
 * object: `values` is an own enumerable property (a getter), so spreading, comparing or serialising the
 * row reads it as any other.
 */
function lazyRow(h: Heading, sumsOfRow: readonly (number | bigint | null)[], total: Decimal, places: number): TableRow {
  let values: readonly (Decimal | null)[] | undefined;
  return {
    key: h.key,
    label: h.label,
    get values(): readonly (Decimal | null)[] {
      return (values ??= sumsOfRow.map((v) => (v === null ? null : decimalOf(v, places))));
    },
    total,
  };
}

/**
 * The rows, columns and totals of a pivot of line cells: the cells a selector picks out summed by row and
 * column heading in integer quanta, into index-based typed arrays ({@link TableSums}), with a Decimal made
 * only for each value and total the table holds. Rows and columns with no cells are left out; a value is
 * null where no cell falls. Row, column and grand totals are exact sums of the same integers, so they
 * equal the sums of the printed values.
 */
export function sumLineTable(
  evaluation: Evaluation,
  filter: Selector,
  rowDimension: string,
  columnDimension: string,
  allRows: readonly Heading[],
  allColumns: readonly Heading[],
): { rows: TableRow[]; columns: Heading[]; columnTotals: Decimal[]; grandTotal: Decimal } {
  const blocks = lineBlocksOf(evaluation);
  const { block } = lineFilter(evaluation, filter);
  const lines = new Map<string, Line>(evaluation.scenario.lines.map((l) => [l.id, l]));
  const indexOf = (hs: readonly Heading[]): Map<string, number> => {
    const m = new Map<string, number>();
    hs.forEach((h, i) => {
      if (!m.has(h.key)) m.set(h.key, i);
    });
    return m;
  };
  const rowAt = indexOf(allRows);
  const colAt = indexOf(allColumns);
  const nCols = allColumns.length;
  // Sums are taken as integers at the finest scale any block uses.
  const places = blocks.reduce((m, b) => Math.max(m, b.places), 0);
  const sums = new TableSums(allRows.length, nCols, places);
  const byPartner = rowDimension === 'partner' || columnDimension === 'partner' || filter.partner !== undefined;
  const byYear = rowDimension === 'year' || columnDimension === 'year' || filter.year !== undefined;
  const axisIndex = (d: string, axis: 'partner' | 'year', key: string, at: Map<string, number>): number => (d === axis ? (at.get(key) ?? -1) : 0);
  // The part of a slot that the year and the partner decide, for each list of years or partners (blocks
  // share them); -1 for one the table or the filter leaves out.
  const yearsSeen = new Map<readonly string[], Float64Array>();
  const partnersSeen = new Map<readonly string[], Float64Array>();
  const offsets = (keys: readonly string[], axis: 'partner' | 'year', wanted: string | undefined, seen: Map<readonly string[], Float64Array>): Float64Array => {
    let at = seen.get(keys);
    if (at === undefined) {
      at = new Float64Array(keys.length);
      keys.forEach((k, i) => {
        const r = axisIndex(rowDimension, axis, k, rowAt);
        const c = axisIndex(columnDimension, axis, k, colAt);
        at![i] = r < 0 || c < 0 || (wanted !== undefined && k !== wanted) ? -1 : r * nCols + c;
      });
      seen.set(keys, at);
    }
    return at;
  };
  for (const b of blocks) {
    if (!block(b.line, b.measure)) continue;
    const line = lines.get(b.line)!;
    // The row and column the line itself decides (0 where the partner or year decides it).
    const r0 = rowDimension === 'partner' || rowDimension === 'year' ? 0 : (rowAt.get(lineKey(line, rowDimension)) ?? -1);
    const c0 = columnDimension === 'partner' || columnDimension === 'year' ? 0 : (colAt.get(lineKey(line, columnDimension)) ?? -1);
    const base = r0 < 0 || c0 < 0 ? -1 : r0 * nCols + c0;
    sums.add(b, { yearAt: offsets(b.years, 'year', filter.year, yearsSeen), partnerAt: offsets(b.partners, 'partner', filter.partner, partnersSeen), base }, byYear, byPartner);
  }
  const present = sums.presence();
  const colIndex: number[] = [];
  for (let c = 0; c < nCols; c++) if (present.columns[c] === 1) colIndex.push(c);
  const columns = colIndex.map((c) => allColumns[c]!);
  const colTotals = colIndex.map(() => new ExactTotal());
  const grand = new ExactTotal();
  const rows: TableRow[] = [];
  for (let r = 0; r < allRows.length; r++) {
    if (present.rows[r] !== 1) continue;
    const total = new ExactTotal();
    // The row's exact sums, in quanta; null where no cell falls.
    const sumsOfRow: (number | bigint | null)[] = new Array<number | bigint | null>(colIndex.length);
    for (let j = 0; j < colIndex.length; j++) {
      const c = colIndex[j]!;
      if (!sums.has(r, c)) {
        sumsOfRow[j] = null;
        continue;
      }
      const v = sums.value(r, c);
      sumsOfRow[j] = v;
      total.add(v);
      colTotals[j]!.add(v);
    }
    grand.add(total.value());
    rows.push(lazyRow(allRows[r]!, sumsOfRow, decimalOf(total.value(), places), places));
  }
  return { rows, columns, columnTotals: colTotals.map((t) => decimalOf(t.value(), places)), grandTotal: decimalOf(grand.value(), places) };
}
