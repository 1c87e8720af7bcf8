import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderSvg } from '../../src/report/full.js';
import { reportData } from '../browser/_report-fixtures.js';
import { illegalXmlChar, renamed, xmlProblems } from './_hostile.js';

/** What an HTML parser reports as an error in its input (controls, noncharacters, lone surrogates), as the HTML standard lists them. */
function htmlParseErrorChar(text: string): string | null {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const control = (cp < 0x20 && ![0x9, 0xa, 0xc, 0xd].includes(cp)) || (cp >= 0x7f && cp <= 0x9f);
    const nonchar = (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
    const surrogate = cp >= 0xd800 && cp <= 0xdfff;
    if (control || nonchar || surrogate) return `U+${cp.toString(16).toUpperCase()}`;
  }
  return null;
}

/** The text with each character the check finds replaced by U+FFFD, code point by code point. */
function shown(text: string, bad: (ch: string) => string | null): string {
  let out = '';
  for (const ch of text) out += bad(ch) === null ? ch : '\uFFFD';
  return out;
}

const HOSTILE = ['\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u000B', '\u000C', '\uD800', 'a\uDC00b', '\x7F', '\x85', '\uFDD0', '\u{1FFFE}', '😀\uD83D'];

describe('SVG charts: well-formed XML whatever the names', () => {
  it.each(HOSTILE.map((h) => [h]))('%j in partner names and the title', async (hostile) => {
    const e = renamed({ partners: [`P${hostile}`, `Q${hostile}`] });
    for (const chart of ['savingsByPartnerAndTier', 'netBenefitByYear'] as const) {
      const svg = await renderSvg(e, chart, { title: `Title ${hostile}` });
      expect(xmlProblems(svg), chart).toEqual([]);
      expect(svg).toContain('Title ');
    }
    const savings = await renderSvg(e, 'savingsByPartnerAndTier');
    expect(savings).toContain(`P${shown(hostile, illegalXmlChar)}`); // shown, as �, not dropped
  });

  it('property: any UTF-16 text as partner names', async () => {
    const text = fc.array(fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), { minLength: 1, maxLength: 6 }).map((u) => u.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, async (a, b) => {
        const svg = await renderSvg(renamed({ partners: [a, `${b}!`] }), 'savingsByPartnerAndTier');
        expect(xmlProblems(svg)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('renderHtml: no character an HTML (or XML) parser rejects, and the data keeps every name exactly', () => {
  it.each(HOSTILE.map((h) => [h]))('%j in names, title, source and the chart labels', async (hostile) => {
    const names = { title: `T${hostile}`, source: `S${hostile}`, partners: [`P${hostile}`, 'Beta'] as const, lines: [`L${hostile}`, 'IT', 'Running'] as const, service: `V${hostile}` };
    const html = await renderHtml(renamed(names));
    expect(htmlParseErrorChar(html)).toBeNull();
    expect(illegalXmlChar(html)).toBeNull();
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g) ?? []) expect(xmlProblems(svg)).toEqual([]);
    const data = reportData(html) as { title: string; source: string };
    expect([data.title, data.source]).toEqual([names.title, names.source]);
    expect(JSON.stringify(data)).toContain(JSON.stringify(names.partners[0]).slice(1, -1));
    expect(html).toContain(`<h1>T${shown(hostile, (ch) => htmlParseErrorChar(ch) ?? illegalXmlChar(ch))}</h1>`); // shown, as �, not dropped
  });

  it('property: any UTF-16 text as names and title (without charts)', async () => {
    const text = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), fc.constantFrom('<', '&', '"', "'", '</script>', '\u2028')), { maxLength: 8 }).map((u) => u.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, partner, line) => {
        const html = await renderHtml(renamed({ title, partners: [partner, 'Beta'], lines: [line, 'IT', 'Running'] }), { charts: false });
        expect(htmlParseErrorChar(html)).toBeNull();
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect((reportData(html) as { title: string }).title).toBe(title);
      }),
      { numRuns: 30 },
    );
  });
});
