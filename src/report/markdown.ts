import type { RenderInput, RenderOptions } from './render-options.js';
import { resolve } from './_input.js';
import { anyGrid, type TextGrid } from './_grid.js';
import { largest } from './_largest.js';
import { displayContext } from './_display.js';
import { cut, fitTable, labelCap, wrapProse } from './_fit.js';
import { lazyGrid, type LazyGrid } from './_lazy-grid.js';
import { ErrorCode, InputError, makeIssue } from '../errors/index.js';

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
function table(grid: TextGrid, width: number): string {
  const header = grid.header.map(escape);
  const fitted = fitTable(header, grid.rows, grid.labelColumn ?? 0, width, PAD_LIMIT, escape);
  const cells = [header, ...fitted.rows];
  const widths = grid.header.map((_, j) => Math.min(PAD_LIMIT, largest(cells.map((row) => (row[j] ?? '').length), 3)));
  const pad = (text: string, j: number): string => (grid.numeric[j] ? text.padStart(widths[j]!) : text.padEnd(widths[j]!));
  const line = (row: readonly string[]): string => `| ${row.map((c, j) => pad(c, j)).join(' | ')} |`;
  const rule = `|${widths.map((w, j) => (grid.numeric[j] ? ` ${'-'.repeat(w - 1)}: ` : ` ${'-'.repeat(w)} `)).join('|')}|`;
  const text = [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
  if (fitted.keys.length === 0) return text;
  return `${text}\n\n${fitted.keys.map((k, i) => wrapProse(`- [${i + 1}] ${k.replace(LINE_BREAK, ' ')}`, width)).join('\n')}`;
}

/** Lines joined into one piece of text at a time, so that a table of millions of rows is not millions of pieces. */
const PIECE = 4096;

/**
 * A table whose rows are made as they are read (the cells view) as markdown, exactly as {@link table}
 * lays it out, in pieces: its rows are read once for the columns' widths (twice where labels are cut,
 * to know the cut labels' widths), then once more as they are written.
 */
function* lazyTable(grid: LazyGrid, width: number): Generator<string> {
  const header = grid.header.map(escape);
  const natural = header.map((h) => Math.max(3, h.length));
  for (let i = 0; i < grid.length; i++) {
    const cells = grid.row(i).cells;
    for (let j = 0; j < natural.length; j++) natural[j] = Math.max(natural[j]!, escape(cells[j] ?? '').length);
  }
  const cap = labelCap(header, natural, 0, width, PAD_LIMIT);
  const keys: string[] = [];
  const fitted = (cells: readonly string[]): string[] =>
    cells.map((cell, j) => {
      const escaped = escape(cell);
      if (cap === undefined || j !== 0 || escaped.length <= cap) return escaped;
      let k = keys.indexOf(cell);
      if (k < 0) k = keys.push(cell) - 1;
      return escape(cut(cell, cap, k + 1, escape));
    });
  const most = header.map((h) => Math.max(3, h.length));
  if (cap === undefined) natural.forEach((w, j) => (most[j] = w));
  else {
    for (let i = 0; i < grid.length; i++) fitted(grid.row(i).cells).forEach((c, j) => (most[j] = Math.max(most[j]!, c.length)));
    keys.length = 0;
  }
  const widths = most.map((w) => Math.min(PAD_LIMIT, w));
  const pad = (text: string, j: number): string => (grid.numeric[j] ? text.padStart(widths[j]!) : text.padEnd(widths[j]!));
  const line = (row: readonly string[]): string => `| ${row.map((c, j) => pad(c, j)).join(' | ')} |`;
  const rule = `|${widths.map((w, j) => (grid.numeric[j] ? ` ${'-'.repeat(w - 1)}: ` : ` ${'-'.repeat(w)} `)).join('|')}|`;
  yield `${line(header)}\n${rule}`;
  let piece: string[] = [];
  for (let i = 0; i < grid.length; i++) {
    piece.push(line(fitted(grid.row(i).cells)));
    if (piece.length === PIECE) {
      yield `\n${piece.join('\n')}`;
      piece = [];
    }
  }
  if (piece.length > 0) yield `\n${piece.join('\n')}`;
  if (keys.length > 0) yield `\n\n${keys.map((k, i) => wrapProse(`- [${i + 1}] ${k.replace(LINE_BREAK, ' ')}`, width)).join('\n')}`;
}

/** A grid as markdown blocks: one table, or for a grid in sections a heading, a count, a table and notes per section. */
function grouped(grid: TextGrid, level: string, width: number): string[] {
  if (grid.sections === undefined || grid.sections.length === 0) return [table(grid, width)];
  return grid.sections.flatMap((s) => [
    `${level} ${escape(s.heading)}`,
    wrapProse(`${s.summary.replace(LINE_BREAK, ' ')}.`, width),
    table({ ...grid, rows: grid.rows.slice(s.from, s.to) }, width),
    ...(s.notes.length === 0 ? [] : [s.notes.map((n) => wrapProse(`- Note: ${n.replace(LINE_BREAK, ' ')}`, width)).join('\n')]),
  ]);
}

/** The default of {@link RenderOptions.width}. */
const WIDTH = 120;
/** The narrowest width asked for that a table can still be laid out in. */
const NARROWEST_WIDTH = 40;

/** The width asked for, checked. */
function widthOf(options: RenderOptions | undefined): number {
  const width = options?.width ?? WIDTH;
  if (!Number.isSafeInteger(width) || width < NARROWEST_WIDTH) throw new InputError(makeIssue(ErrorCode.OPTION, ['width'], `a whole number of characters, ${NARROWEST_WIDTH} or more`, width));
  return width;
}

/**
 * Renders a table, the reconciliation or a whole report as markdown: a heading per table with its unit,
 * a Total row and a Total column, figures as council papers print them (`0.684` under a `(£m)` heading,
 * negatives in brackets, `(2,890)`, or with a minus sign as `negatives` says; shares as percentages),
 * and the report's notes beneath (the caveats first, each as `Caveat: …`). A table wider than `width`
 * cuts its long row labels at a word, each ending with a key (`… [1]`) listed with its full text
 * beneath the table; notes and other prose wrap at `width`, continuation lines indented. The
 * reconciliation is shown in its groups, what matters first (discrepancies, the paper's own arithmetic,
 * not modelled, agreements), each under a heading with its count, a hint beside a discrepancy as a note
 * beneath its group.
 *
 * @param input - a table from {@link pivot}, a {@link MeasureTable}, a {@link ReconciliationTable}, or a {@link Report}
 * @param options - unit, decimals, negatives and width
 * @returns the markdown text, ending with a newline
 * @throws {@link InputError} (`E_OPTION`) for a width that is not a whole number of 40 or more
 *
 * @example
 * ```ts
 * renderMarkdown(buildView(evaluation, 'tiers'), { unit: '£000' }).split('\n')[2];
 * //=> '## Savings by tier (£000)'
 * ```
 */
export function renderMarkdown(input: RenderInput, options?: RenderOptions): string {
  const out: string[] = [];
  writeMarkdownPieces(input, options, (text) => out.push(text));
  return out.join('');
}

/**
 * Writes what {@link renderMarkdown} returns, in pieces, each handed to `write` as it is made: a table
 * whose rows are made as they are read (the cells view: 3.3 million rows at scale) a few thousand rows at
 * a time, so that the command line writes it out without holding the whole text.
 *
 * @param input - as for {@link renderMarkdown}
 * @param options - as for {@link renderMarkdown}
 * @param write - takes each piece, in order
 * @throws {@link InputError} (`E_OPTION`) as {@link renderMarkdown} does, before anything is written
 *
 * @example
 * ```ts
 * const pieces: string[] = [];
 * writeMarkdownPieces(buildView(evaluation, 'cells'), {}, (text) => pieces.push(text));
 * pieces.join('') === renderMarkdown(buildView(evaluation, 'cells'));
 * //=> true
 * ```
 */
export function writeMarkdownPieces(input: RenderInput, options: RenderOptions | undefined, write: (text: string) => void): void {
  const width = widthOf(options);
  const resolved = resolve(input, options);
  const { report, tables } = resolved;
  const ctx = displayContext(resolved.ctx, report, options);
  // A block is its text, or the pieces of a table written a row at a time (made as they are written).
  const blocks: (string | Iterable<string>)[] = [];
  if (report !== undefined) blocks.push(`# ${escape(report.title)}`);
  const level = report === undefined ? '#' : '##';
  for (const t of tables) {
    const lazy = t.kind === 'measures' ? lazyGrid(t, ctx, 'display') : undefined;
    if (lazy !== undefined) {
      blocks.push(`${level} ${escape(lazy.title)}`, lazyTable(lazy, width));
      continue;
    }
    const grid = anyGrid(t, ctx, 'display');
    blocks.push(`${level} ${escape(grid.title)}`);
    for (const block of grouped(grid, `${level}#`, width)) blocks.push(block);
    if (grid.after !== undefined) blocks.push(wrapProse(grid.after.replace(LINE_BREAK, ' '), width));
  }
  if (report !== undefined && report.notes.length > 0) blocks.push(`${level} Notes`, report.notes.map((n) => wrapProse(`- ${n.replace(LINE_BREAK, ' ')}`, width)).join('\n'));
  // The short blocks gathered into one piece, each long table's pieces handed on as they are made.
  let out: string[] = [];
  blocks.forEach((b, i) => {
    if (i > 0) out.push('\n\n');
    if (typeof b === 'string') out.push(b);
    else {
      write(out.join(''));
      out = [];
      for (const piece of b) write(piece);
    }
  });
  out.push('\n');
  write(out.join(''));
}
