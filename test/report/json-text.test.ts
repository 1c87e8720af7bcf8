/** The JSON renderer writes its text piece by piece; it must be JSON.stringify's, indented by two, byte for byte. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { LazyList, writeJson } from '../../src/report/_json-text.js';

const written = (value: unknown): string => {
  const out: string[] = [];
  writeJson(out, value);
  return out.join('');
};

describe('writeJson', () => {
  it('writes any JSON value as JSON.stringify(value, null, 2) does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON cannot hold as JSON.stringify does, reads a Decimal by its toJSON, and a lazy list item by item', () => {
    const value = { a: undefined, b: [undefined, () => 1, 1], c: new Decimal('1.50'), d: {}, e: [], f: -0, g: Number.NaN };
    expect(written(value)).toBe(JSON.stringify(value, null, 2));
    const made: number[] = [];
    const lazy = new LazyList(3, (i) => (made.push(i), { i }));
    expect(written({ rows: lazy })).toBe(JSON.stringify({ rows: [{ i: 0 }, { i: 1 }, { i: 2 }] }, null, 2));
    expect(made).toEqual([0, 1, 2]);
    expect(written(new LazyList(0, () => 1))).toBe('[]');
  });
});
