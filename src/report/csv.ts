import type { RenderInput, RenderOptions } from './render-options.js';
import { resolve } from './_input.js';
import { anyGrid } from './_grid.js';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a table, the reconciliation or a whole report as CSV (RFC 4180: CRLF line endings, fields
 * quoted where needed). Each table is a block: a title line, a header, its rows and a Total row; blocks
 * are separated by an empty line. Amounts are plain numbers in the unit named in the title, with a minus
 * sign for negatives, so spreadsheets read them as numbers. A report's caveats (unquantified costs,
 * unconfirmed funding) follow as a last block, `Caveats` and one caveat a line; its other notes are left
 * out.
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
  const { report, tables, ctx } = resolve(input, options);
  const lines = (rows: readonly (readonly string[])[]): string => rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
  const blocks = tables.map((t) => {
    const grid = anyGrid(t, ctx, 'plain');
    return lines([[grid.title], grid.header, ...grid.rows]);
  });
  const caveats = report?.caveats ?? [];
  if (caveats.length > 0) blocks.push(lines([['Caveats'], ...caveats.map((c) => [c])]));
  return blocks.join('\r\n');
}
