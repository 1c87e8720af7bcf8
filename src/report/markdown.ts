import type { RenderInput, RenderOptions } from './render-options.js';
import { resolve } from './_input.js';
import { anyGrid, type TextGrid } from './_grid.js';
import { largest } from './_largest.js';

/** A line break as markdown reads one: LF, CR or CRLF. */
const LINE_BREAK = /\r\n?|\n/g;

/** Escapes what would break a markdown table cell: backslashes, pipes and line breaks (a lone CR too). */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(LINE_BREAK, ' ');
}

/**
 * The widest a column is padded to. A longer cell is printed whole and pushes its own line out; padding
 * every cell of a column to its longest would make the text grow as rows × the longest name.
 */
const PAD_LIMIT = 80;

/** A grid as a markdown table, columns padded (up to {@link PAD_LIMIT}) so the text lines up; numbers aligned right. */
function table(grid: TextGrid): string {
  const cells = [grid.header, ...grid.rows].map((row) => row.map(escape));
  const widths = grid.header.map((_, j) => Math.min(PAD_LIMIT, largest(cells.map((row) => (row[j] ?? '').length), 3)));
  const pad = (text: string, j: number): string => (grid.numeric[j] ? text.padStart(widths[j]!) : text.padEnd(widths[j]!));
  const line = (row: readonly string[]): string => `| ${row.map((c, j) => pad(c, j)).join(' | ')} |`;
  const rule = `|${widths.map((w, j) => (grid.numeric[j] ? ` ${'-'.repeat(w - 1)}: ` : ` ${'-'.repeat(w)} `)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/** A grid as markdown blocks: one table, or for a grid in sections a heading, a count, a table and notes per section. */
function grouped(grid: TextGrid, level: string): string[] {
  if (grid.sections === undefined || grid.sections.length === 0) return [table(grid)];
  return grid.sections.flatMap((s) => [
    `${level} ${escape(s.heading)}`,
    `${s.summary.replace(LINE_BREAK, ' ')}.`,
    table({ ...grid, rows: grid.rows.slice(s.from, s.to) }),
    ...(s.notes.length === 0 ? [] : [s.notes.map((n) => `- Note: ${n.replace(LINE_BREAK, ' ')}`).join('\n')]),
  ]);
}

/**
 * Renders a table, the reconciliation or a whole report as markdown: a heading per table with its unit,
 * a Total row and a Total column, money as council papers print it (`£1.314m`, `(2,890)` in `£000`),
 * and the report's notes beneath (the caveats first, each as `Caveat: …`). The reconciliation is shown in
 * its groups, what matters first (discrepancies, the paper's own arithmetic, not modelled, agreements),
 * each under a heading with its count, a hint beside a discrepancy as a note beneath its group.
 *
 * @param input - a table from {@link pivot}, a {@link MeasureTable}, a {@link ReconciliationTable}, or a {@link Report}
 * @param options - unit and decimals
 * @returns the markdown text, ending with a newline
 *
 * @example
 * ```ts
 * renderMarkdown(buildView(evaluation, 'tiers'), { unit: '£000' }).split('\n')[2];
 * //=> '## Savings by tier (£000)'
 * ```
 */
export function renderMarkdown(input: RenderInput, options?: RenderOptions): string {
  const { report, tables, ctx } = resolve(input, options);
  const blocks: string[] = [];
  if (report !== undefined) blocks.push(`# ${escape(report.title)}`);
  const level = report === undefined ? '#' : '##';
  for (const t of tables) {
    const grid = anyGrid(t, ctx, 'display');
    blocks.push(`${level} ${escape(grid.title)}`);
    for (const block of grouped(grid, `${level}#`)) blocks.push(block);
    if (grid.after !== undefined) blocks.push(grid.after.replace(LINE_BREAK, ' '));
  }
  if (report !== undefined && report.notes.length > 0) blocks.push(`${level} Notes`, report.notes.map((n) => `- ${n.replace(LINE_BREAK, ' ')}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
