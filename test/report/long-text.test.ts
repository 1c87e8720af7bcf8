import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildView, renderCsv, renderMarkdown } from '../../src/index.js';
import { renderHtml, renderSvg, renderXlsx } from '../../src/report/full.js';
import { reportData } from '../browser/_report-fixtures.js';
import { readCsv, renamed, unzip, xmlProblems } from './_hostile.js';

// A megabyte of text in a name, full of what each format escapes. Every renderer's work is linear in the
// text: one pass of escaping per copy, no padding of other cells to its width, no regex that rescans.
// These tests state what comes out; how long it takes is measured by hand (see docs/security.md).

const MB = 1_000_000;
const PATTERN = 'Ab<&"\'_x|,= ';
const LONG = PATTERN.repeat(Math.ceil(MB / PATTERN.length)).slice(0, MB);
const e = renamed({ partners: [`P${LONG}`, 'Beta'] });
/** The same megabyte as the title and a line's name (the partner's name is repeated in every table; these, less). */
const titled = renamed({ title: `T${LONG}`, lines: [`L${LONG}`, 'IT', 'Running'] });

const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('a name of a megabyte', () => {
  it('markdown: the name whole, and no other cell padded to its width', () => {
    const md = renderMarkdown(buildView(e, 'partners'));
    expect(md).toContain(`| P${LONG.replace(/\|/g, '\\|')} |`);
    const short = md.split('\n').filter((line) => !line.includes('Ab<&"'));
    expect(short.length).toBeGreaterThan(10);
    for (const line of short) expect(line.length).toBeLessThan(1000);
    expect(md.length).toBeLessThan(20 * MB);
  });

  it('CSV: the name whole, as one field', () => {
    const records = readCsv(renderCsv(buildView(e, 'partners')));
    expect(records[1]).toEqual(['Line', `P${LONG}`, 'Beta', 'Total']);
    expect(readCsv(renderCsv(buildView(titled, 'lines')))[2]?.[0]).toBe(`L${LONG}`);
  });

  it('HTML: the name escaped in the page, and exactly in the data', async () => {
    const page = await renderHtml(e);
    expect(page).toContain(`<th scope="col" class="num">${html(`P${LONG}`)}</th>`);
    expect(page).toContain(`<svg`);
    const other = await renderHtml(titled, { charts: false });
    expect(other).toContain(`<h1>${html(`T${LONG}`)}</h1>`);
    expect((reportData(other) as { title: string }).title).toBe(`T${LONG}`);
  });

  it('SVG: well-formed, with the name on the axis', async () => {
    const svg = await renderSvg(e, 'savingsByPartnerAndTier');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&')).toContain(`P${LONG}`);
  });

  it('xlsx: well-formed, and the name cut to what a cell holds, saying so', async () => {
    const bytes = await renderXlsx(e, { views: ['partners'] });
    for (const [name, xml] of unzip(bytes)) if (name.endsWith('.xml')) expect(xmlProblems(xml), name).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const heading = book.getWorksheet('Partners')!.getCell('B4').value as string;
    expect(heading.length).toBeLessThanOrEqual(32_767);
    expect(heading.startsWith(`P${LONG.slice(0, 32_000)}`)).toBe(true);
    expect(heading.endsWith(' … [cut: 1000001 characters in all, more than a cell holds; the CSV and JSON outputs hold the whole text]')).toBe(true);
  });

});
