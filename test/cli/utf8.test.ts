import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8 } from '../../src/cli/_utf8.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const ascii = (s: string): number[] => [...Buffer.from(s, 'latin1')];

describe('decodeUtf8: strict, with the place of the first bad sequence', () => {
  it.each([
    ['a Latin-1 é', [...ascii('ab\ncd'), 0xe9, ...ascii('f')], { offset: 5, line: 2, bytes: '0xe9' }],
    ['a byte that never starts a character', [0x41, 0xff], { offset: 1, line: 1, bytes: '0xff' }],
    ['a lone continuation byte', [0x80], { offset: 0, line: 1, bytes: '0x80' }],
    ['an overlong form of "/" (C0 AF)', [0xc0, 0xaf], { offset: 0, line: 1, bytes: '0xc0' }],
    ['an overlong three-byte form (E0 80 AF)', [0xe0, 0x80, 0xaf], { offset: 0, line: 1, bytes: '0xe0' }],
    ['a UTF-16 surrogate (ED A0 80)', [0x0a, 0x0a, 0xed, 0xa0, 0x80], { offset: 2, line: 3, bytes: '0xed' }],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80], { offset: 0, line: 1, bytes: '0xf4' }],
    ['a character cut short by the end of the file', [0x41, 0xe2, 0x82], { offset: 1, line: 1, bytes: '0xe2 0x82' }],
    ['a character cut short by ASCII', [0xf0, 0x9d, 0x84, 0x41], { offset: 0, line: 1, bytes: '0xf0 0x9d 0x84' }],
  ])('refuses %s', (_name, input, problem) => {
    expect(decodeUtf8(bytes(...input))).toEqual({ problem });
  });

  it('reads every well-formed text, dropping a byte-order mark', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ text: '{}' });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(decodeUtf8(new TextEncoder().encode(s))).toEqual({ text: s.charCodeAt(0) === 0xfeff ? s.slice(1) : s });
      }),
    );
  });

  it('finds the same first bad byte as a lenient decoder’s first replacement character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
        const result = decodeUtf8(b);
        // (A U+FFFD written in the input itself, EF BF BD, would be found first: such inputs are left out.)
        if (!lenient.includes('\uFFFD') || 'text' in result || Buffer.from(b).includes(Buffer.from([0xef, 0xbf, 0xbd]))) return;
        const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
        expect(result.problem.offset).toBe(new TextEncoder().encode(before).length);
      }),
    );
  });
});
