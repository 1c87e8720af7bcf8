import { assertNever } from '../../errors/index.js';
import type { Report, ReportTable } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import type { ReconciliationTable } from '../reconciliation-table.js';
import { anyGrid, type TextGrid } from '../_grid.js';
import { resolve } from '../_input.js';
import { escapeHtml } from './_escape.js';

/** Which body rows are totals: a pivot's added Total row, a measure table's rows of role `total`. */
function totalRows(table: ReportTable, grid: TextGrid): boolean[] {
  switch (table.kind) {
    case 'reconciliation':
      return grid.rows.map(() => false);
    case 'measures':
      return table.rows.map((r) => r.role === 'total');
    case 'pivot':
      return grid.rows.map((_, i) => i >= table.rows.length);
    default:
      return assertNever(table, 'table');
  }
}

/** A class name made only of safe characters, from a verdict such as `rounding-of-parts`. */
function token(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** Fixed widths for the reconciliation's nine columns, so the long labels get the room and rows stay on one line where they can. */
const RECONCILIATION_COLUMNS = `<colgroup>${['index', 'label', 'unit', 'printed', 'model', 'difference', 'verdict', 'parts', 'adds'].map((c) => `<col class="col-${c}">`).join('')}</colgroup>`;

function reconciliationRow(table: ReconciliationTable, row: readonly string[], i: number): string {
  const verdict = table.rows[i]!.verdict;
  const addsUp = table.rows[i]!.addsUp;
  const cells = row.map((text, j) => {
    if (j === 6) return `<td><span class="verdict">${escapeHtml(text)}</span></td>`;
    if (j === 8) return `<td${addsUp === false ? ' class="adds-no"' : ''}>${escapeHtml(text)}</td>`;
    return j === 1 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td${[0, 3, 4, 5, 7].includes(j) ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
  });
  return `<tr class="verdict-${token(verdict)}">${cells.join('')}</tr>`;
}

/**
 * One table of a report as an HTML table, its text exactly as the markdown and CSV renderers print it
 * (the same grid): a caption with the unit, a header, numbers right-aligned, totals in bold, and for the
 * reconciliation each row classed by its verdict. Every piece of text is escaped.
 */
export function tableHtml(table: ReportTable, report: Report, options: RenderOptions): string {
  const { ctx } = resolve(report, options);
  const grid = anyGrid(table, ctx, 'display');
  const cls = (j: number): string => (grid.numeric[j] ? ' class="num"' : '');
  const head = `<thead><tr>${grid.header.map((h, j) => `<th scope="col"${cls(j)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const totals = totalRows(table, grid);
  const body = grid.rows.map((row, i) => {
    if (table.kind === 'reconciliation') return reconciliationRow(table, row, i);
    const cells = row.map((text, j) => (j === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td${cls(j)}>${escapeHtml(text)}</td>`));
    return `<tr${totals[i] === true ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  const cols = table.kind === 'reconciliation' ? `\n${RECONCILIATION_COLUMNS}` : '';
  return `<table class="figures ${table.kind}">\n<caption>${escapeHtml(grid.title)}</caption>${cols}\n${head}\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}
