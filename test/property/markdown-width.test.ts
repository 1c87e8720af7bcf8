/**
 * Markdown width, as properties: prose wrapped at a width loses no word and keeps every line within it
 * (but a single word longer than a line); a table's row labels cut to fit keep each line within the
 * width whenever its other columns leave room, and each cut label begins its key's full text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitTable, wrapProse } from '../../src/report/_fit.js';

const word = fc.stringMatching(/^[A-Za-z&(),£0-9.'-]{1,14}$/);
const words = fc.array(word, { minLength: 1, maxLength: 40 });
const escape = (t: string): string => t.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

describe('wrapProse', () => {
  it('loses no word and keeps every line within the width, continuation lines indented', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 120 }), (ws, width) => {
        const text = `- ${ws.join(' ')}`;
        const lines = wrapProse(text, width).split('\n');
        expect(lines.join('\n').replace(/\n {2}/g, ' ')).toBe(text);
        lines.slice(1).forEach((l) => expect(l.startsWith('  ')).toBe(true));
        lines.forEach((l) => expect(l.length <= width || !l.trim().includes(' ')).toBe(true));
      }),
    );
  });
});

describe('fitTable', () => {
  it('fits every line in the width where the numbers leave room for a label of 30, each cut label the start of its key', () => {
    const label = words.map((ws) => ws.join(' '));
    const number = fc.integer({ min: -1e9, max: 1e9 }).map(String);
    fc.assert(
      fc.property(fc.array(fc.tuple(label, number, number), { minLength: 1, maxLength: 12 }), fc.integer({ min: 60, max: 140 }), (rows, width) => {
        const header = ['Line', 'A', 'B'];
        const cells = rows.map(([l, a, b]) => [l, a, b]);
        const { rows: out, keys } = fitTable(header, cells, 0, width, 80, escape);
        const widths = header.map((h, j) => Math.max(3, h.length, ...out.map((r) => r[j]!.length)));
        const line = widths.reduce((a, w) => a + w, 0) + 3 * widths.length + 1;
        const others = widths[1]! + widths[2]! + 3 * 3 + 1;
        if (width - others >= 30) expect(line).toBeLessThanOrEqual(width);
        out.forEach((r, i) => {
          const m = /^(.*)… \[(\d+)\]$/.exec(r[0]!);
          if (m === null) expect(r[0]).toBe(escape(cells[i]![0]!));
          else {
            expect(keys[Number(m[2]) - 1]).toBe(cells[i]![0]);
            expect(escape(cells[i]![0]!).startsWith(m[1]!)).toBe(true);
          }
        });
      }),
    );
  });
});
