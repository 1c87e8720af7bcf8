import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineColumn, lineColumns } from '../../src/model/_json-reader.js';

describe('lineColumns', () => {
  it('names every offset of a text as lineColumn does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ', '{'), maxLength: 40 }), (text) => {
        const where = lineColumns(text);
        for (let offset = 0; offset <= text.length + 1; offset++) expect(where(offset)).toBe(lineColumn(text, offset));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['', 0, 'line 1, column 1'],
    ['ab\ncd', 3, 'line 2, column 1'],
    ['ab\ncd', 2, 'line 1, column 3'],
    ['\n\n\n', 3, 'line 4, column 1'],
  ])('names offset %#', (text, offset, expected) => {
    expect(lineColumns(text)(offset)).toBe(expected);
  });
});
