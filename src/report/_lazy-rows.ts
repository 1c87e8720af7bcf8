import type { MeasureRow } from './measure-table.js';

/**
 * Where a table too large to hold as row objects (the `cells` view: a row per cell, millions at scale)
 * gets its rows: each made when it is read, so a renderer writing them one by one holds one at a time.
 */
export interface RowSource {
  /** How many rows. */
  readonly length: number;
  /** Row `i` (0 ≤ `i` < `length`), made when asked for. */
  row(i: number): MeasureRow;
  /**
   * The most digits after the point any number in column `j` (of the table's columns, not counting the
   * row label) has, found without making the rows; 0 for a column of words.
   */
  places(j: number): number;
  /** Every row label and every word in a cell, each at least once (for the note on short labels), without making the rows. */
  texts(): Iterable<string>;
}

const SOURCE: unique symbol = Symbol('row-source');

const indexOf = (p: string | symbol, length: number): number | undefined => {
  if (typeof p !== 'string' || !/^(?:0|[1-9]\d*)$/.test(p)) return undefined;
  const i = Number(p);
  return i < length ? i : undefined;
};

/**
 * The rows of a {@link RowSource} as a read-only array: `length` and each row read from the source when
 * asked for (every read makes the row anew), every array method working as on an array. Code that reads
 * a table's rows as an array works as before; a renderer that knows the source ({@link rowSourceOf}) reads
 * it one row at a time instead, and nothing holds every row.
 */
export function lazyRows(source: RowSource): readonly MeasureRow[] {
  const handler: ProxyHandler<MeasureRow[]> = {
    get(target, p, receiver) {
      if (p === SOURCE) return source;
      if (p === 'length') return source.length;
      const i = indexOf(p, source.length);
      return i === undefined ? Reflect.get(target, p, receiver) : source.row(i);
    },
    has: (target, p) => p === SOURCE || indexOf(p, source.length) !== undefined || Reflect.has(target, p),
    ownKeys: (target) => [...Array.from({ length: source.length }, (_, i) => String(i)), ...Reflect.ownKeys(target)],
    getOwnPropertyDescriptor(target, p) {
      if (p === 'length') return { value: source.length, writable: true, enumerable: false, configurable: false };
      const i = indexOf(p, source.length);
      return i === undefined ? Reflect.getOwnPropertyDescriptor(target, p) : { value: source.row(i), writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  };
  return new Proxy<MeasureRow[]>([], handler);
}

/**
 * The source of rows made by {@link lazyRows}, or undefined for rows held as an array.
 *
 * @param rows - a table's rows
 * @returns their source, if they have one
 */
export function rowSourceOf(rows: readonly MeasureRow[]): RowSource | undefined {
  return (rows as unknown as { readonly [SOURCE]?: RowSource })[SOURCE];
}
