/**
 * Every example's HTML report on a phone (390 px) and a desktop (1440 px) in Debian's chromium: the page
 * never scrolls sideways, no text displays under 9 px (SVG chart text as scaled on screen), and a table
 * wider than the window scrolls in its own box. Skipped, as the other browser tests, when
 * /usr/bin/chromium is absent, unless REQUIRE_BROWSER_TESTS=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { evaluate, parseScenario } from '../../src/index.js';
import { renderHtml } from '../../src/report/full.js';
import { describeProblems, layoutProblems } from './_layout.js';

const CHROMIUM = '/usr/bin/chromium';
const RUN = existsSync(CHROMIUM) || process.env['REQUIRE_BROWSER_TESTS'] === '1';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const NAMES = readdirSync(EXAMPLES).filter((d) => existsSync(path.join(EXAMPLES, d, 'scenario.json')));
const WIDTHS = [390, 1440] as const;
/** A4's width less the report's page margins (210 mm − 2 × 14 mm) in CSS pixels, at 96 to the inch. */
const A4_TEXT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

describe.skipIf(!RUN)(`every example's HTML report at phone and desktop widths (skipped when ${CHROMIUM} is absent)`, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    dir = mkdtempSync(path.join(tmpdir(), 'ssm-layout-'));
    for (const name of NAMES) {
      const evaluation = evaluate(parseScenario(readFileSync(path.join(EXAMPLES, name, 'scenario.json'), 'utf8')));
      writeFileSync(path.join(dir, `${name}.html`), await renderHtml(evaluation));
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(path.join(dir, `${name}.html`)).href, { waitUntil: 'load' });
    return page;
  }

  it('finds the examples', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(6);
  });

  // The checks can fail: each rule the report relies on, undone in the page, is caught.
  it.each([
    ['tables no longer scroll in their own box', '.table-scroll { overflow-x: visible !important; }', ['page-scroll', 'table-overflow']],
    ['the wide charts shown on a phone (scaled down)', '.chart-narrow { display: none !important; } .chart-wide { display: block !important; }', ['small-text']],
    ['a table squeezed to the window, its header words broken anywhere', 'table.figures { min-width: 0 !important; width: 100% !important; } table.figures thead th { overflow-wrap: anywhere !important; }', ['broken-word']],
    ['the sideways scroll hidden rather than fixed', 'html { overflow-x: hidden !important; } .table-scroll { overflow-x: visible !important; }', ['overflow-hidden', 'table-overflow']],
    ['small print', '.notes { font-size: 8px !important; }', ['small-text']],
  ])('finds the problem when %s', async (_what, css, kinds) => {
    const page = await open('tri-borough-2011', 390);
    expect(await layoutProblems(page)).toEqual([]);
    await page.addStyleTag({ content: css });
    const found = new Set((await layoutProblems(page)).map((p) => p.kind));
    for (const kind of kinds) expect([...found]).toContain(kind);
    await page.close();
  });

  describe.each(NAMES)('%s', (name) => {
    it('printed (print media, at the 688 px text width of A4 with the report’s margins): nothing runs off the paper, no text under 9 px, no header word broken', async () => {
      const page = await open(name, A4_TEXT_WIDTH);
      await page.emulateMedia({ media: 'print' });
      expect(describeProblems(await layoutProblems(page))).toEqual([]);
      await page.close();
    });

    it.each(WIDTHS)('at %i px: no sideways page scroll, no text under 9 px, wide tables scroll in their own box (folded groups opened too)', async (width) => {
      const page = await open(name, width);
      expect(describeProblems(await layoutProblems(page))).toEqual([]);
      // The folded reconciliation groups, opened, read as well.
      await page.$$eval('details', (els) => els.forEach((e) => e.setAttribute('open', '')));
      expect(describeProblems(await layoutProblems(page))).toEqual([]);
      await page.close();
    });
  });
});
