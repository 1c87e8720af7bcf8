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

/**
 * Writes a value as `JSON.stringify(value, null, 2)` writes it, byte for byte, into `out` piece by piece
 * in one pass, reading a {@link LazyList} item by item. Plain data only, as the renderers make it:
 * objects, arrays, strings, numbers, booleans, null, and values with a `toJSON` (a Decimal).
 */
export function writeJson(out: string[], value: unknown, indent = ''): void {
  const v = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON: () => unknown }).toJSON() : value;
  if (v instanceof LazyList || Array.isArray(v)) {
    const n = v.length;
    if (n === 0) {
      out.push('[]');
      return;
    }
    const inner = `${indent}  `;
    out.push('[\n');
    for (let i = 0; i < n; i++) {
      if (i > 0) out.push(',\n');
      out.push(inner);
      const item = v instanceof LazyList ? v.at(i) : (v as unknown[])[i];
      // As JSON.stringify: what JSON cannot hold is null in a list.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.push('null');
      else writeJson(out, item, inner);
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
      writeJson(out, item, inner);
    }
    out.push(first ? '{}' : `\n${indent}}`);
    return;
  }
  out.push(JSON.stringify(v) ?? 'null');
}
