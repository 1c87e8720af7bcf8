/**
 * A list whose items are made one at a time as they are written (a table's rows): the text holds each
 * item, the memory only the one being written.
 */
export class LazyList {
  constructor(
    readonly length: number,
    readonly at: (i: number) => unknown,
  ) {}
}

/** How many pieces of a list's text are held before they are joined into one. */
const PIECES = 65_536;

/**
 * Writes a value as `JSON.stringify(value, null, 2)` writes it, byte for byte, into `out` piece by piece
 * in one pass, reading a {@link LazyList} item by item. Plain data only, as the renderers make it:
 * objects, arrays, strings, numbers, booleans, null, and values with a `toJSON` (a Decimal). Given
 * `flush`, a long list hands the text written so far to it every few thousand pieces (it empties `out`),
 * so that text too long for one string (the cells view's rows at scale) can be written out as it is made.
 */
export function writeJson(out: string[], value: unknown, indent = '', flush?: (out: string[]) => void): void {
  const v = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (v instanceof LazyList || Array.isArray(v)) {
    const n = v.length;
    if (n === 0) {
      out.push('[]');
      return;
    }
    const inner = `${indent}  `;
    out.push('[\n');
    // A long list's pieces are joined as they come, a few thousand items at a time: millions of rows
    // would otherwise be tens of millions of small pieces held until the end.
    let from = out.length;
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(',\n');
      out.push(inner);
      if (out.length - from > PIECES) {
        // Given `flush`, the text so far is handed on (and `out` emptied); else the list's pieces are joined.
        if (flush !== undefined) flush(out);
        else out.push(out.splice(from).join(''));
        from = out.length;
      }
      const item = v instanceof LazyList ? v.at(i) : (v as unknown[])[i];
      // As JSON.stringify: what JSON cannot hold is null in a list.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else writeJson(out, item, inner, flush);
    }
    out.push(`\n${indent}]`);
    return;
  }
  if (v !== null && typeof v === 'object') {
    const record = v as Record<string, unknown>;
    const inner = `${indent}  `;
    let first = true;
    for (const key of Object.keys(record)) {
      const item = record[key];
      // As JSON.stringify: a property JSON cannot hold is left out.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      out.push(first ? `{\n${inner}` : `,\n${inner}`);
      first = false;
      out.push(`${JSON.stringify(key)}: `);
      writeJson(out, item, inner, flush);
    }
    out.push(first ? '{}' : `\n${indent}}`);
    return;
  }
  out.push(JSON.stringify(v) ?? 'null');
}
