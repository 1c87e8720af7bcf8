import { Decimal } from '../money/index.js';
import type { Measure, Selector } from '../model/index.js';
import { partnerHeading } from '../model/index.js';
import { CATEGORIES, LINE_KINDS, POSITIONS, RECURRENCES, TIERS } from '../schema/index.js';
import { sumLineTable } from './_line-table.js';
import { selectPositionCells } from './select.js';
import type { Evaluation, PositionCell } from './types.js';

/** A dimension of line cells to group by. */
export type LineDimension = 'partner' | 'line' | 'service' | 'year' | 'tier' | 'category' | 'fund' | 'recurrence' | 'kind';
/** A dimension of position cells to group by. */
export type PositionDimension = 'partner' | 'budget' | 'service' | 'position';

/**
 * Options for {@link pivot}.
 *
 * @example
 * ```ts
 * const options: PivotOptions = { rows: 'line', columns: 'partner', filter: { tier: 'assured' } };
 * ```
 */
export interface PivotOptions {
  /** What the rows are. */
  readonly rows: LineDimension | PositionDimension;
  /** What the columns are. */
  readonly columns: LineDimension | PositionDimension;
  /** Money (pounds), FTE or heads. @defaultValue `'money'` */
  readonly measure?: Measure;
  /** Only cells matching this. A `budget` or `position` in it pivots the baselines instead of the lines. */
  readonly filter?: Selector;
  /** Pivot the baselines (`'positions'`) or the savings lines (`'lines'`). @defaultValue from the filter */
  readonly source?: 'lines' | 'positions';
  /** A title for renderers. @defaultValue a description of the pivot */
  readonly title?: string;
}

/** A heading of a row or column: the key (an id) and the label to print. */
export interface Heading {
  readonly key: string;
  readonly label: string;
}

/** A row of a {@link TableModel}: one value per column (null where no cell exists) and its total. */
export interface TableRow extends Heading {
  readonly values: readonly (Decimal | null)[];
  readonly total: Decimal;
}

/**
 * A plain table that renderers print: headings, rows of exact values, and totals that are sums of the
 * rows' cells. Renderers never compute money; they print these. Its `kind` (`'pivot'`) tells it from a
 * report's other tables.
 *
 * @example
 * ```ts
 * const table: TableModel = pivot(evaluation, { rows: 'line', columns: 'partner' });
 * table.grandTotal.toString();
 * ```
 */
export interface TableModel {
  /** What table this is, so a report's renderers tell a pivot from its other tables by `kind`. */
  readonly kind: 'pivot';
  readonly title: string;
  readonly measure: Measure;
  readonly rowDimension: string;
  readonly columnDimension: string;
  readonly columns: readonly Heading[];
  readonly rows: readonly TableRow[];
  readonly columnTotals: readonly Decimal[];
  readonly grandTotal: Decimal;
}

const TOTAL_ONLY = '(total only)';

/** The keys of a dimension in the scenario's own order, with labels. */
function headings(evaluation: Evaluation, dimension: string): Heading[] {
  const s = evaluation.scenario;
  const distinct = (values: readonly string[]): Heading[] => [...new Set(values)].map((v) => ({ key: v, label: v }));
  switch (dimension) {
    case 'partner':
      return [...s.partners.map((p) => ({ key: p.id, label: partnerHeading(p) })), { key: TOTAL_ONLY, label: 'Total only' }];
    case 'line':
      return s.lines.map((l) => ({ key: l.id, label: l.name }));
    case 'service':
      return [...s.services.map((x) => ({ key: x.id, label: x.name })), { key: '', label: '(no service)' }];
    case 'budget':
      return s.budgets.map((b) => ({ key: b.id, label: b.name }));
    case 'year':
      return s.settings.years.map((y) => ({ key: y, label: y }));
    case 'tier':
      return distinct(TIERS);
    case 'category':
      return distinct(CATEGORIES);
    case 'kind':
      return distinct(LINE_KINDS);
    case 'recurrence':
      return distinct(RECURRENCES);
    case 'position':
      return distinct(POSITIONS);
    case 'fund': {
      // By a loop: the lines are as many as a scenario holds.
      const funds = new Set<string>();
      for (const l of s.lines) funds.add(l.fund);
      for (const b of s.budgets) if (b.fund !== undefined) funds.add(b.fund);
      return distinct([...funds]);
    }
    default:
      return [];
  }
}

/**
 * Groups the cells of an evaluation into a table: rows by one dimension, columns by another, each value
 * the exact sum of its cells, and row, column and grand totals that are sums of those same cells (so
 * they add up along both axes). Rows and columns with no cells are left out.
 *
 * @param evaluation - from {@link evaluate}
 * @param options - rows, columns, measure, filter
 * @returns the table model
 *
 * @example
 * ```ts
 * const t = pivot(evaluation, { rows: 'tier', columns: 'partner' });
 * t.rows.map((r) => r.key);
 * //=> ['assured', 'projected', 'possible']
 * ```
 */
export function pivot(evaluation: Evaluation, options: PivotOptions): TableModel {
  const measure = options.measure ?? options.filter?.measure ?? 'money';
  const filter: Selector = { ...options.filter, measure };
  const positions = (options.source ?? (filter.budget !== undefined || filter.position !== undefined ? 'positions' : 'lines')) === 'positions';
  const allColumns = headings(evaluation, options.columns);
  const allRows = headings(evaluation, options.rows);
  const { rows, columns, columnTotals, grandTotal } = positions
    ? tableOfSums(allRows, allColumns, sumPositions(evaluation, filter, options))
    : sumLineTable(evaluation, filter, options.rows, options.columns, allRows, allColumns);
  return {
    kind: 'pivot',
    title: options.title ?? `${measure === 'money' ? 'Money' : measure.toUpperCase()} by ${options.rows} and ${options.columns}`,
    measure,
    rowDimension: options.rows,
    columnDimension: options.columns,
    columns,
    rows,
    columnTotals,
    grandTotal,
  };
}

/** A table's body: the rows and columns that have cells, with their totals. */
type TableBody = Pick<TableModel, 'rows' | 'columns' | 'columnTotals' | 'grandTotal'>;

/** A table from sums keyed by row and column key (the baselines: a few cells, summed in Decimal). */
function tableOfSums(allRows: readonly Heading[], allColumns: readonly Heading[], sums: Map<string, Decimal>): TableBody {
  const rowKeys = new Set<string>();
  const colKeys = new Set<string>();
  for (const id of sums.keys()) {
    const [r, k] = id.split('\u0000') as [string, string];
    rowKeys.add(r);
    colKeys.add(k);
  }
  const columns = allColumns.filter((h) => colKeys.has(h.key));
  const rows = allRows
    .filter((h) => rowKeys.has(h.key))
    .map((h) => {
      const values = columns.map((col) => sums.get(`${h.key}\u0000${col.key}`) ?? null);
      const total = values.reduce<Decimal>((a, v) => (v === null ? a : a.plus(v)), new Decimal(0));
      return { ...h, values, total };
    });
  const columnTotals = columns.map((_, j) => rows.reduce((a, r) => (r.values[j] === null ? a : a.plus(r.values[j]!)), new Decimal(0)));
  const grandTotal = rows.reduce((a, r) => a.plus(r.total), new Decimal(0));
  return { rows, columns, columnTotals, grandTotal };
}

/** Sums position cells by their row and column keys. */
function sumPositions(evaluation: Evaluation, filter: Selector, options: PivotOptions): Map<string, Decimal> {
  const budgets = new Map(evaluation.scenario.budgets.map((b) => [b.id, b]));
  const key = (c: PositionCell, d: string): string =>
    d === 'partner' ? (c.partner ?? TOTAL_ONLY) : d === 'budget' ? c.budget : d === 'service' ? c.service : d === 'position' ? c.position : d === 'fund' ? (budgets.get(c.budget)?.fund ?? '') : '';
  const sums = new Map<string, Decimal>();
  for (const c of selectPositionCells(evaluation, filter)) {
    const id = `${key(c, options.rows)}\u0000${key(c, options.columns)}`;
    sums.set(id, (sums.get(id) ?? new Decimal(0)).plus(c.value));
  }
  return sums;
}
