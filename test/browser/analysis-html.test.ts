/**
 * The analysis pages (sensitivity, simulation, a variant against its base) in Debian's chromium, at a
 * phone's width (390 px) and a desktop's (1440 px): the page never scrolls sideways, no text displays
 * under 9 px (chart text as scaled on screen), the chart is drawn and its labels read, nothing is fetched.
 * Skipped, as the other browser tests, when /usr/bin/chromium is absent, unless REQUIRE_BROWSER_TESTS=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { applyVariant, evaluate, sensitivity, simulate } from '../../src/index.js';
import { renderComparisonHtml, renderSensitivityHtml, renderSimulationHtml } from '../../src/report/full.js';
import { pdfPageCount, triBorough } from './_report-fixtures.js';
import { describeProblems, layoutProblems } from './_layout.js';

const CHROMIUM = '/usr/bin/chromium';
const RUN = existsSync(CHROMIUM) || process.env['REQUIRE_BROWSER_TESTS'] === '1';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WIDTHS = [390, 1440] as const;
const PAGES = ['sensitivity', 'simulation', 'comparison'] as const;

/** What the page's window offers that this test uses (the test's TypeScript has no DOM library; the callback runs in the page). */
interface PageWindow {
  getComputedStyle(element: unknown): { readonly breakBefore: string };
}

if (!RUN) console.warn(`Browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium; CI installs it in .ci/run).`);

describe.skipIf(!RUN)(`the analysis pages at phone and desktop widths (skipped when ${CHROMIUM} is absent)`, () => {
  let browser: Browser;
  let dir: string;
  const sim = simulate(triBorough().scenario, { runs: 2000, seed: 2011 });

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    dir = mkdtempSync(path.join(tmpdir(), 'ssm-analysis-'));
    const tri = triBorough();
    const s = tri.scenario;
    writeFileSync(path.join(dir, 'sensitivity.html'), await renderSensitivityHtml(s, sensitivity(s)));
    writeFileSync(path.join(dir, 'simulation.html'), await renderSimulationHtml(s, sim));
    writeFileSync(path.join(dir, 'comparison.html'), await renderComparisonHtml(tri, evaluate(applyVariant(s, 'westminster-leaves'))));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page at a width, recording every request it makes and every console error. */
  async function open(name: string, width: number): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path.join(dir, `${name}.html`)).href, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  describe.each(PAGES)('%s', (name) => {
    it.each(WIDTHS)('at %i px: no sideways page scroll, no text under 9 px, no request, no error', async (width) => {
      const { page, requests, errors } = await open(name, width);
      expect(describeProblems(await layoutProblems(page))).toEqual([]);
      expect(requests).toEqual([pathToFileURL(path.join(dir, `${name}.html`)).href]);
      expect(errors).toEqual([]);
      expect(await page.locator('table.figures').count()).toBeGreaterThan(0);
      expect(await page.locator('#notes .callout.caveats').isVisible()).toBe(true);
      await page.close();
    });
  });

  it('draws the tornado, each input named; the histogram with P10, P50 and P90 labelled with the simulation’s figures; each partner’s NPV in A and B', async () => {
    const { page } = await open('sensitivity', 390);
    const tornado = page.locator('#tornado figure.chart svg >> visible=true');
    expect(await tornado.isVisible()).toBe(true);
    expect((await tornado.boundingBox())!.width).toBeGreaterThan(250);
    await expect(page.locator('#tornado .chart-narrow svg text', { hasText: 'Realisation of possible' }).first().isVisible()).resolves.toBe(true);
    await page.close();
    const { page: hist } = await open('simulation', 390);
    expect(await hist.locator('#distribution .chart-narrow svg').isVisible()).toBe(true);
    expect(await hist.locator('#distribution .chart-wide svg').isVisible()).toBe(false);
    const labels = await hist.locator('#distribution .chart-narrow svg text').allTextContents();
    for (const [p, value] of [['P10', sim.total.npv.p10], ['P50', sim.total.npv.p50], ['P90', sim.total.npv.p90]] as const) {
      expect(labels).toContain(`${p} £${value.dividedBy(1_000_000).toFixed(3)}m`);
    }
    await hist.close();
    const { page: cmp } = await open('comparison', 390);
    expect(await cmp.locator('#by-partner .chart-narrow svg').isVisible()).toBe(true);
    await expect(cmp.locator('#by-partner .chart-narrow svg text', { hasText: 'City of Westminster' }).first().isVisible()).resolves.toBe(true);
    await cmp.setViewportSize({ width: 1440, height: 900 });
    expect(await cmp.locator('#by-partner .chart-wide svg').isVisible()).toBe(true);
    expect(await cmp.locator('#by-partner .chart-narrow svg').isVisible()).toBe(false);
    await cmp.close();
  });

  it.each(PAGES)('%s prints on A4 with its sections running on (no page of its own each), no chart split', async (name) => {
    const { page } = await open(name, 1100);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.report-section').evaluateAll((els) => els.map((e) => (globalThis as unknown as PageWindow).getComputedStyle(e).breakBefore));
    expect(breaks.length).toBeGreaterThanOrEqual(4);
    expect(new Set(breaks)).toEqual(new Set(['auto']));
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThan(breaks.length);
    await page.close();
  });

  // The check can fail: small chart text, or a chart too wide for the phone, is caught on these pages.
  it.each([
    ['the chart scaled down to 200 px', 'figure.chart svg { width: 200px !important; }', 'small-text'],
    ['the wide chart shown on a phone (scaled down)', '.chart-narrow { display: none !important; } .chart-wide { display: block !important; }', 'small-text'],
    ['the chart too wide for the window', 'figure.chart svg { width: 700px !important; max-width: none !important; }', 'page-scroll'],
  ])('finds the problem when %s', async (_what, css, kind) => {
    const { page } = await open('simulation', 390);
    await page.addStyleTag({ content: css });
    expect((await layoutProblems(page)).map((p) => p.kind)).toContain(kind);
    await page.close();
  });
});
