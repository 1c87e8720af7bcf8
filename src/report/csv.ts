import type { RenderInput, RenderOptions } from './render-options.js';
import { resolve } from './_input.js';
import { anyGrid } from './_grid.js';
import { lazyGrid } from './_lazy-grid.js';

/**
 * What a spreadsheet may take for the start of a formula when it opens a CSV file (OWASP, "CSV
 * injection", CWE-1236): `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed (a cell such as
 * `\t=1+1` is trimmed and evaluated by some), and the full-width `＝ ＋ － ＠` some spreadsheets accept.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A number as this renderer writes one: an optional minus, digits, and digits after a point. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A text field (a title, a heading, a name, words): RFC 4180 quoting where needed; and, where a
 * spreadsheet could read it as a formula, a single quote before it and the whole quoted, as OWASP
 * recommends, so the cell shows the text (with the quote) and runs nothing. Decided by the cell's role,
 * not its look: a partner named `-12.50` is text, and is written `"'-12.50"`.
 */
function textField(text: string): string {
  if (FORMULA_START.test(text)) return quoted(`'${text}`);
  return /[",\r\n]/.test(text) ? quoted(text) : text;
}

/**
 * A number field, written by this renderer from an exact value (`-12.50`, or empty where there is
 * none): as it is, so spreadsheets read a number. Anything but a plain number in a number cell (which
 * the grid never gives) is written as text.
 */
function numberField(text: string): string {
  return text === '' || PLAIN_NUMBER.test(text) ? text : textField(text);
}

/** One line of text fields. */
const textLine = (row: readonly string[]): string => `${row.map(textField).join(',')}\r\n`;

/** One body line: numbers this renderer wrote as they are, text guarded. */
const bodyLine = (row: readonly string[], numbers: readonly boolean[] | undefined): string => `${row.map((text, j) => (numbers?.[j] === true ? numberField(text) : textField(text))).join(',')}\r\n`;

/** Lines joined into one piece of text at a time, so that a table of millions of rows is not millions of pieces. */
const PIECE = 4096;

/**
 * Renders a table, the reconciliation or a whole report as CSV (RFC 4180: CRLF line endings, fields
 * quoted where needed). Each table is a block: a title line, a header, its rows and a Total row; blocks
 * are separated by an empty line. The reconciliation's rows are in its groups' order, with the group and
 * any hint in columns of their own; shown `only` in part, a line after it counts what it leaves out. Amounts are plain numbers in the unit named in the title, with a minus
 * sign for negatives, so spreadsheets read them as numbers. A report's caveats (unquantified costs,
 * unconfirmed funding) follow as a last block, `Caveats` and one caveat a line; its other notes are left
 * out. A tidy report (the `cells` view) is its header and rows alone, for data tools.
 *
 * Text never reaches a spreadsheet as a formula: a title, heading, name or caveat beginning with `=`,
 * `+`, `-`, `@`, a tab, a carriage return or a line feed (`=cmd|' /C calc'!A0`, `-1+1`) is written
 * with a single quote before it, and quoted (`"'=cmd|' /C calc'!A0"`). Which cells are numbers is
 * known from the table, not guessed from the text: the amounts this renderer writes (`-12.50`) stay
 * numbers, and a name that looks like one stays text.
 *
 * @param input - a table from {@link pivot}, a {@link MeasureTable}, a {@link ReconciliationTable}, or a {@link Report}
 * @param options - unit and decimals
 * @returns the CSV text, each line ending with CRLF
 *
 * @example
 * ```ts
 * renderCsv(pivot(evaluation, { rows: 'tier', columns: 'partner', title: 'Tiers' }), { unit: '£m', decimals: 3 });
 * //=> 'Tiers (£m)\r\nTier,H&F,RBKC,CoW,Total\r\nassured,3.910,2.656,1.129,7.695\r\n…'
 * ```
 */
export function renderCsv(input: RenderInput, options?: RenderOptions): string {
  const out: string[] = [];
  writeCsvPieces(input, options, (text) => out.push(text));
  return out.join('');
}

/**
 * Writes what {@link renderCsv} returns, in pieces, each handed to `write` as it is made: a table whose
 * rows are made as they are read (the cells view: 3.3 million rows at scale) a few thousand rows at a
 * time, so that the command line writes it out without holding the whole text.
 *
 * @param input - as for {@link renderCsv}
 * @param options - as for {@link renderCsv}
 * @param write - takes each piece, in order
 *
 * @example
 * ```ts
 * const pieces: string[] = [];
 * writeCsvPieces(buildView(evaluation, 'cells'), {}, (text) => pieces.push(text));
 * pieces.join('') === renderCsv(buildView(evaluation, 'cells'));
 * //=> true
 * ```
 */
export function writeCsvPieces(input: RenderInput, options: RenderOptions | undefined, write: (text: string) => void): void {
  const { report, tables, ctx } = resolve(input, options, 'data');
  const tidy = report?.tidy === true;
  // One pass: every line is written once into one list and joined once (a long table's a few thousand
  // lines at a time); blocks are separated by an empty line (a bare CRLF before every block but the first).
  const out: string[] = [];
  const flush = (): void => {
    write(out.join(''));
    out.length = 0;
  };
  let started = false;
  const startBlock = (): void => {
    if (started) out.push('\r\n');
    started = true;
  };
  for (const t of tables) {
    // A table whose rows are made as they are read (the cells view) is written a row at a time.
    const lazy = t.kind === 'measures' ? lazyGrid(t, ctx, 'plain') : undefined;
    if (lazy !== undefined) {
      startBlock();
      if (!tidy) out.push(textLine([lazy.title]));
      out.push(textLine(lazy.header));
      let piece: string[] = [];
      for (let i = 0; i < lazy.length; i++) {
        const { cells, numbers } = lazy.row(i);
        piece.push(bodyLine(cells, numbers));
        if (piece.length === PIECE) {
          out.push(piece.join(''));
          piece = [];
          flush();
        }
      }
      out.push(piece.join(''));
      continue;
    }
    const grid = anyGrid(t, ctx, 'plain');
    startBlock();
    // A long table for data tools is its header and rows alone: a title line would be read as the header.
    if (!tidy) out.push(textLine([grid.title]));
    out.push(textLine(grid.header));
    grid.rows.forEach((row, i) => out.push(bodyLine(row, grid.numbers[i])));
    if (!tidy && grid.after !== undefined) {
      startBlock();
      out.push(textLine([grid.after]));
    }
  }
  const caveats = report?.caveats ?? [];
  if (caveats.length > 0 && !tidy) {
    startBlock();
    out.push(textLine(['Caveats']));
    for (const c of caveats) out.push(textLine([c]));
  }
  flush();
}
