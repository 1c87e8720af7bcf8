import { largest } from './_largest.js';

/**
 * Fitting a markdown table and its prose into a width: long row labels cut at a word with a numbered key
 * to their full text, prose wrapped with its continuation lines indented.
 */

/** No row label is cut narrower than this (nor narrower than its heading). */
const NARROWEST = 30;

/** In a table too wide to fit whatever its labels, labels are cut to this, so that at least they do not widen it. */
const LONGEST_CUT = 40;

/** What a table's cells become to fit: the cells, some cut, and each key's full text, in key order. */
export interface Fitted {
  readonly rows: readonly (readonly string[])[];
  readonly keys: readonly string[];
}

/** Characters a cut label may not end with: spaces and the punctuation that joins words. */
const TRAILING = /[\s,;:(–—-]+$/;

/** `text` cut at a word so that it, escaped, and `… [key]` take at most `room` characters. */
export function cut(text: string, room: number, key: number, escape: (t: string) => string): string {
  const suffix = `… [${key}]`;
  const budget = Math.max(1, room - suffix.length);
  const words = text.split(' ');
  let kept = '';
  for (const w of words) {
    const next = kept === '' ? w : `${kept} ${w}`;
    if (escape(next).length > budget) break;
    kept = next;
  }
  if (kept === '') kept = [...text].slice(0, budget).join('');
  while (escape(kept).length > budget && kept.length > 1) kept = kept.slice(0, -1);
  return `${kept.replace(TRAILING, '')}${suffix}`;
}

/**
 * Cuts a table's long row labels until every line of it, as markdown (`| a | b |`, each column as wide as
 * its widest cell), is at most `width` characters. A cut label ends at a word with `… [1]`; the same
 * label cut twice shares its key. Only the labels are cut, never below their heading or
 * {@link NARROWEST}: where the other columns alone are too wide for that, labels longer than
 * {@link LONGEST_CUT} are cut to it and the table stays wider than `width`.
 *
 * @param header - the heading of each column, escaped
 * @param rows - the body, as given (escaped by `escape` when measured)
 * @param label - the column of the row labels
 * @param width - the widest a line may be
 * @param limit - the widest a column is padded to
 * @param escape - how a cell is escaped for markdown
 * @returns the body (escaped) and the keys' full texts
 */
export function fitTable(header: readonly string[], rows: readonly (readonly string[])[], label: number, width: number, limit: number, escape: (t: string) => string): Fitted {
  const escaped = rows.map((r) => r.map(escape));
  const natural = header.map((h, j) => largest(escaped.map((r) => (r[j] ?? '').length), Math.max(3, h.length)));
  const cap = labelCap(header, natural, label, width, limit);
  if (cap === undefined) return { rows: escaped, keys: [] };
  const keys: string[] = [];
  const out = rows.map((r, i) =>
    r.map((cell, j) => {
      if (j !== label || escaped[i]![j]!.length <= cap) return escaped[i]![j]!;
      let k = keys.indexOf(cell);
      if (k < 0) k = keys.push(cell) - 1;
      return escape(cut(cell, cap, k + 1, escape));
    }),
  );
  return { rows: out, keys };
}

/**
 * The longest a row label may be for a table to fit `width` (see {@link fitTable}), or undefined where
 * the table fits as it is.
 *
 * @param header - the heading of each column, escaped
 * @param natural - each column's widest cell (escaped), at least 3 and its heading
 * @param label - the column of the row labels
 * @param width - the widest a line may be
 * @param limit - the widest a column is padded to
 * @returns the longest a label may be, or undefined
 */
export function labelCap(header: readonly string[], natural: readonly number[], label: number, width: number, limit: number): number | undefined {
  const line = (ws: readonly number[]): number => ws.reduce((a, w) => a + w, 0) + 3 * ws.length + 1;
  // The longest line is that of the longest cells: a cell past the padding limit pushes its own line out.
  if (line(natural) <= width) return undefined;
  const floor = Math.max(NARROWEST, header[label]!.length);
  const room = width - (line(natural) - natural[label]!);
  return Math.min(limit, room >= floor ? room : Math.max(floor, LONGEST_CUT));
}

/**
 * Prose wrapped at `width`: words moved to a new line, each line after the first beginning with
 * `indent`. A word longer than a line (an address) stays whole on its own line.
 *
 * @param text - one paragraph, or one list item with its marker (`- `)
 * @param width - the widest a line may be
 * @param indent - what each continuation line begins with
 * @returns the lines, joined by line feeds
 */
export function wrapProse(text: string, width: number, indent = '  '): string {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = `${indent}${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines.join('\n');
}
