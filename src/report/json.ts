import type { Decimal } from '../money/index.js';
import type { TableModel } from '../engine/index.js';
import { assertNever } from '../errors/index.js';
import type { ReconciliationTable } from './reconciliation-table.js';
import type { MeasureTable } from './measure-table.js';
import { columnHeading, columnUnit, measureCells, measureTexts } from './_measure-cells.js';
import { rowSourceOf } from './_lazy-rows.js';
import type { RenderInput, RenderOptions } from './render-options.js';
import { resolve } from './_input.js';
import { additive, cellText, plainNumber, tableContext, unitLabel, type CellContext } from './_cell.js';
import { tableValues } from './_grid.js';
import { figureDifferenceText, figureValueText } from './_figure-text.js';
import { VERDICTS } from '../analysis/index.js';
import { LazyList, writeJson } from './_json-text.js';

function pivotJSON(table: TableModel, given: CellContext): Record<string, unknown> {
  const ctx = tableContext(tableValues(table), table.measure, given);
  const amount = (v: Decimal | null): string | null => (v === null ? null : cellText(v, table.measure, ctx, 'plain'));
  const across = additive(table.columnDimension);
  const down = additive(table.rowDimension);
  return {
    kind: 'table',
    title: table.title,
    measure: table.measure,
    unit: unitLabel(table.measure, ctx.unit),
    rowDimension: table.rowDimension,
    columnDimension: table.columnDimension,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
    // Each row made as it is written.
    rows: new LazyList(table.rows.length, (i) => {
      const r = table.rows[i]!;
      return { key: r.key, label: r.label, values: r.values.map(amount), total: across ? amount(r.total) : null };
    }),
    columnTotals: down ? table.columnTotals.map(amount) : null,
    grandTotal: down && across ? amount(table.grandTotal) : null,
  };
}

function measureJSON(table: MeasureTable, ctx: CellContext): Record<string, unknown> {
  const source = rowSourceOf(table.rows);
  const columns = table.columns.map((c) => ({ key: c.key, label: columnHeading(c, 'plain'), kind: c.kind, unit: columnUnit(c, ctx) }));
  if (source !== undefined) {
    // Rows made as they are read (the cells view): each made, and its text, as it is written.
    const { text } = measureTexts(table, ctx, 'plain', true);
    const rows = new LazyList(source.length, (i) => {
      const r = source.row(i);
      return { key: r.key, label: r.label, role: r.role, values: text(r) };
    });
    return { kind: 'measures', title: table.title, rowHeading: table.rowHeading, columns, rows };
  }
  const { rows } = measureCells(table, ctx, 'plain', true);
  return {
    kind: 'measures',
    title: table.title,
    rowHeading: table.rowHeading,
    columns,
    rows: table.rows.map((r, i) => ({ key: r.key, label: r.label, role: r.role, values: rows[i] })),
  };
}

function reconciliationJSON(table: ReconciliationTable): Record<string, unknown> {
  return {
    kind: 'reconciliation',
    title: table.title,
    total: table.total,
    counts: Object.fromEntries(VERDICTS.map((v) => [v, table.counts[v]])),
    arithmeticFailures: table.arithmeticFailures,
    groups: table.groups.map((g) => ({ group: g.group, heading: g.heading, count: g.count, verdicts: Object.fromEntries(g.verdicts.map((v) => [v.verdict, v.count])), shown: g.shown, summary: g.summary })),
    only: table.only === null ? null : [...table.only],
    notShown: table.notShown,
    rows: table.rows.map((r) => {
      const min = r.precision.decimalPlaces();
      const num = (v: Decimal | null): string | null => (v === null ? null : figureValueText(v, r.unit, min, 'plain').text);
      return {
        index: r.index,
        id: r.id,
        label: r.label,
        unit: r.unit,
        precision: plainNumber(r.precision, 0),
        printed: num(r.printed),
        computed: num(r.computed),
        difference: r.difference === null ? null : figureDifferenceText(r.difference, r.unit, min, 'plain').text,
        verdict: r.verdict,
        group: r.group,
        hint: r.hint,
        partsSum: num(r.partsSum),
        addsUp: r.addsUp,
      };
    }),
  };
}

/**
 * Renders a table, the reconciliation or a whole report as JSON. Amounts are strings (exact decimals in
 * the unit the table names, never JSON numbers); keys are in a fixed order, so the same input always
 * gives byte-identical text. Totals that mean nothing (a sum of starting, closing and change) are null.
 * A report's caveats (unquantified costs, unquantified or unconfirmed funding) are its `caveats` array,
 * and are also among its `notes`. In a table of measures, each column names its `kind` and `unit`, and
 * each value is a string (a number as text, or words) or null. The reconciliation lists its rows in its
 * groups' order, each with its `group` and `hint` (or null), a `year` figure's values as financial years
 * (`2014/15`) and its difference in years; `groups` counts every group, shown or not, and `notShown`
 * says what a table built with `only` leaves out.
 *
 * @param input - a table from {@link pivot}, a {@link MeasureTable}, a {@link ReconciliationTable}, or a {@link Report}
 * @param options - unit and decimals
 * @returns the JSON text, indented by two spaces, ending with a newline
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(buildView(evaluation, 'lines'), { unit: '£m' })).tables[0].rows[0].total;
 * //=> '1.089'
 * ```
 */
export function renderJson(input: RenderInput, options?: RenderOptions): string {
  // One pass: the text written piece by piece (a table's rows made as they are written), joined once.
  const out: string[] = [];
  writeJson(out, jsonValue(input, options));
  out.push('\n');
  return out.join('');
}

/**
 * Writes what {@link renderJson} returns, in pieces, each handed to `write` as it is made: for text
 * longer than a string can hold (the cells view at scale: 3.3 million rows, about 870 MB), which the
 * command line writes out piece by piece.
 *
 * @param input - as for {@link renderJson}
 * @param options - as for {@link renderJson}
 * @param write - takes each piece, in order
 *
 * @example
 * ```ts
 * const pieces: string[] = [];
 * writeJsonPieces(buildView(evaluation, 'cells'), {}, (text) => pieces.push(text));
 * pieces.join('') === renderJson(buildView(evaluation, 'cells'));
 * //=> true
 * ```
 */
export function writeJsonPieces(input: RenderInput, options: RenderOptions | undefined, write: (text: string) => void): void {
  const out: string[] = [];
  const flush = (pieces: string[]): void => {
    write(pieces.join(''));
    pieces.length = 0;
  };
  writeJson(out, jsonValue(input, options), '', flush);
  out.push('\n');
  flush(out);
}

/** The JSON value {@link renderJson} writes: plain data, a table's rows each made as it is written. */
function jsonValue(input: RenderInput, options: RenderOptions | undefined): unknown {
  const { report, tables, ctx } = resolve(input, options, 'data');
  const json = tables.map((t) => {
    switch (t.kind) {
      case 'reconciliation':
        return reconciliationJSON(t);
      case 'measures':
        return measureJSON(t, ctx);
      case 'pivot':
        return pivotJSON(t, ctx);
      default:
        return assertNever(t, 'table');
    }
  });
  return report === undefined ? json[0] : { title: report.title, view: report.view, unit: ctx.unit, tables: json, caveats: [...report.caveats], notes: [...report.notes] };
}
