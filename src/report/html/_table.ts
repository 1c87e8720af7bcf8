import { assertNever } from '../../errors/index.js';
import type { Report, ReportTable } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import type { ReconciliationTable } from '../reconciliation-table.js';
import { anyGrid, type TextGrid } from '../_grid.js';
import { resolveTable } from '../_input.js';
import { displayContext } from '../_display.js';
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

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the screen (the page
 * itself never does): a region named by the caption, which a keyboard can focus to scroll. The caption's
 * text sits in a span the style sheet keeps in view as the table scrolls.
 */
function scrollBox(caption: string, table: string): string {
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(caption)}" tabindex="0">\n${table}\n</div>`;
}

/** A table's caption, its text in a span (see {@link scrollBox}). */
function captionHtml(caption: string): string {
  return `<caption><span>${escapeHtml(caption)}</span></caption>`;
}

/** The columns from which a table is printed in a smaller type (class `wide`). */
const WIDE_COLUMNS = 10;

/** A class name made only of safe characters, from a verdict such as `rounding-of-parts`. */
function token(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** Fixed widths for the reconciliation's nine columns, so the long labels get the room and rows stay on one line where they can. */
const RECONCILIATION_COLUMNS = `<colgroup>${['index', 'label', 'unit', 'printed', 'model', 'difference', 'verdict', 'parts', 'adds'].map((c) => `<col class="col-${c}">`).join('')}</colgroup>`;

function reconciliationRow(table: ReconciliationTable, row: readonly string[], i: number): string {
  const r = table.rows[i]!;
  const cells = row.map((text, j) => {
    if (j === 6) return `<td><span class="verdict">${escapeHtml(text)}</span></td>`;
    if (j === 8) return `<td${r.addsUp === false ? ' class="adds-no"' : ''}>${escapeHtml(text)}</td>`;
    return j === 1 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td${[0, 3, 4, 5, 7].includes(j) ? ' class="num"' : ''}>${escapeHtml(text)}</td>`;
  });
  const hint = r.hint === null ? '' : `\n<tr class="hint verdict-${token(r.verdict)}"><td></td><td colspan="${row.length - 1}"><span class="note">Note:</span> ${escapeHtml(r.hint)}</td></tr>`;
  return `<tr class="verdict-${token(r.verdict)}">${cells.join('')}</tr>${hint}`;
}

/** One table of the reconciliation's rows `from` to `to`, with a caption. */
function reconciliationTableHtml(table: ReconciliationTable, grid: TextGrid, caption: string, from: number, to: number): string {
  const cls = (j: number): string => (grid.numeric[j] ? ' class="num"' : '');
  const head = `<thead><tr>${grid.header.map((h, j) => `<th scope="col"${cls(j)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = grid.rows.slice(from, to).map((row, k) => reconciliationRow(table, row, from + k));
  return scrollBox(caption, `<table class="figures reconciliation">\n${captionHtml(caption)}\n${RECONCILIATION_COLUMNS}\n${head}\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`);
}

/**
 * The reconciliation in its groups, what matters first: a group shown in full under a heading with its
 * count (the discrepancies, each hint as a note beneath its row); a group the table marks `collapsed`
 * folded into a `<details>` element whose summary counts it. A table with no rows is its header alone.
 */
function reconciliationHtml(table: ReconciliationTable, grid: TextGrid): string {
  const sections = grid.sections ?? [];
  const after = grid.after === undefined ? [] : [`<p class="not-shown">${escapeHtml(grid.after)}</p>`];
  if (sections.length === 0) return [reconciliationTableHtml(table, grid, grid.title, 0, grid.rows.length), ...after].join('\n');
  const parts = sections.map((s) => {
    const inner = reconciliationTableHtml(table, grid, `${grid.title}: ${s.heading.charAt(0).toLowerCase()}${s.heading.slice(1)}`, s.from, s.to);
    if (s.collapsed) return `<details class="group group-${token(s.key)}">\n<summary>${escapeHtml(s.heading)}: ${escapeHtml(s.summary)}</summary>\n${inner}\n</details>`;
    return `<div class="group group-${token(s.key)}">\n<h3>${escapeHtml(s.heading)}</h3>\n<p class="group-summary">${escapeHtml(s.summary)}.</p>\n${inner}\n</div>`;
  });
  return [...parts, ...after].join('\n');
}

/**
 * One table of a report as an HTML table, its text exactly as the markdown and CSV renderers print it
 * (the same grid): a caption with the unit, a header, numbers right-aligned, totals in bold. The
 * reconciliation is a table per group, each row classed by its verdict, the groups the table marks
 * collapsed folded into `<details>`. Each table sits in a box of its own that scrolls sideways on a
 * narrow screen. Every piece of text is escaped.
 */
export function tableHtml(given: ReportTable, report: Report, options: RenderOptions): string {
  // Rounded for display as the whole report is (money to the decimals asked for, totals still adding up).
  const { table, ctx } = resolveTable(given, report, options);
  const grid = anyGrid(table, displayContext(ctx, report, options), 'display');
  if (table.kind === 'reconciliation') return reconciliationHtml(table, grid);
  const cls = (j: number): string => (grid.numeric[j] ? ' class="num"' : '');
  const head = `<thead><tr>${grid.header.map((h, j) => `<th scope="col"${cls(j)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const totals = totalRows(table, grid);
  const body = grid.rows.map((row, i) => {
    const cells = row.map((text, j) => (j === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td${cls(j)}>${escapeHtml(text)}</td>`));
    return `<tr${totals[i] === true ? ' class="total"' : ''}>${cells.join('')}</tr>`;
  });
  // A table of many columns (a cost-sharing agreement's splits) is printed smaller, so that it fits A4.
  const wide = grid.header.length >= WIDE_COLUMNS ? ' wide' : '';
  return scrollBox(grid.title, `<table class="figures ${table.kind}${wide}">\n${captionHtml(grid.title)}\n${head}\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`);
}
