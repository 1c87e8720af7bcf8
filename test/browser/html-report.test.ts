/**
 * The HTML report in a real browser: Debian's chromium (never a downloaded one), driven by playwright-core.
 * CI installs chromium (.ci/run) and sets REQUIRE_BROWSER_TESTS=1, so there a missing browser fails the
 * tests instead of skipping them; elsewhere they are skipped, with a message, when /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { reconcile } from '../../src/index.js';
import { renderHtml } from '../../src/report/full.js';
import { costlyEvaluation, pdfPageCount, triBorough } from './_report-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const RUN = existsSync(CHROMIUM) || process.env['REQUIRE_BROWSER_TESTS'] === '1';
const SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url));
const PHONE_SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot-phone.png', import.meta.url));
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The tri-borough report's pages as this chromium and Debian's DejaVu fonts print it: 8 sections, of which
 * partners, services, staffing, costs and net benefit run over; the reconciliation prints its
 * discrepancies and folds the 300 other figures away, so it takes a page or two (it took ten).
 */
const TRI_BOROUGH_PAGES = { min: 10, max: 20 };
const RECONCILIATION_PAGES = { min: 1, max: 2 };

/** What the page's window offers that this test uses (the test's TypeScript has no DOM library; the callback runs in the page). */
interface PageWindow {
  getComputedStyle(element: unknown): { readonly breakBefore: string };
}

if (!RUN) console.warn(`Browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium; CI installs it in .ci/run).`);

describe.skipIf(!RUN)(`the HTML report in Debian's chromium (skipped when ${CHROMIUM} is absent)`, () => {
  let browser: Browser;
  let dir: string;
  let triFile: string;
  let smallFile: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    dir = mkdtempSync(path.join(tmpdir(), 'ssm-html-'));
    triFile = path.join(dir, 'tri-borough.html');
    smallFile = path.join(dir, 'small.html');
    writeFileSync(triFile, await renderHtml(triBorough()));
    writeFileSync(smallFile, await renderHtml(costlyEvaluation()));
  });

  afterAll(async () => {
    await browser?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a file, recording every request the page makes and every console error. */
  async function open(file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  /** The pages of the PDF of what the page shows now, printed on A4. */
  async function pages(page: Page): Promise<number> {
    return pdfPageCount(await page.pdf({ format: 'A4' }));
  }

  /** The pages one section takes printed alone (with the title block, for the first). */
  async function pagesAlone(file: string, id: string, first: boolean): Promise<number> {
    const { page } = await open(file);
    const hide = `.report-section:not(#${id})${first ? '' : ', .report-header'} { display: none !important; } #${id} { break-before: auto !important; }`;
    await page.addStyleTag({ content: hide });
    const n = await pages(page);
    await page.close();
    return n;
  }

  it('shows the tables, the three SVG charts (drawn wide) and the caveats, makes no network request, and is screenshotted', async () => {
    const { page, requests, errors } = await open(triFile);
    expect(await page.title()).toBe(triBorough().scenario.title);
    const tables = page.locator('table.figures');
    expect(await tables.count()).toBeGreaterThan(20);
    for (const i of [0, 1]) expect(await tables.nth(i).isVisible()).toBe(true);
    expect(await page.locator('#reconciliation .group-discrepancies table.figures').isVisible()).toBe(true);
    // Each chart drawn twice, wide and narrow; at this width the wide ones show and the narrow are hidden.
    expect(await page.locator('figure.chart svg').count()).toBe(6);
    for (const i of [0, 1, 2]) expect(await page.locator('figure.chart .chart-narrow svg').nth(i).isVisible()).toBe(false);
    const charts = page.locator('figure.chart .chart-wide svg');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      expect(await charts.nth(i).isVisible()).toBe(true);
      const box = await charts.nth(i).boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(150);
    }
    await expect(page.locator('#net-benefit .chart-wide svg text', { hasText: 'Payback 2011/12' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('#caveats').isVisible()).toBe(true);
    const callout = page.locator('#summary .callout.caveats');
    expect(await callout.isVisible()).toBe(true);
    expect(await callout.innerText()).toContain('Unquantified cost, not included: Costs of new ICT');
    expect(await page.locator('#reconciliation tr.verdict-discrepancy').count()).toBe(reconcile(triBorough()).counts.discrepancy);
    expect((JSON.parse((await page.locator('#report-data').textContent())!) as { title: string }).title).toBe(triBorough().scenario.title);
    // Nothing but the file itself: no http(s), no fonts, no favicon.
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(requests).toEqual([pathToFileURL(triFile).href]);
    expect(errors).toEqual([]);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('on a phone (390 px): the narrow charts show with every label and the payback marker; a wide table scrolls in its box, its caption and row headers held in view', async () => {
    const { page, errors } = await open(triFile);
    await page.setViewportSize({ width: 390, height: 844 });
    for (let i = 0; i < 3; i++) {
      expect(await page.locator('figure.chart .chart-wide svg').nth(i).isVisible()).toBe(false);
      const narrow = page.locator('figure.chart .chart-narrow svg').nth(i);
      expect(await narrow.isVisible()).toBe(true);
      // Shown at the width it was drawn, not shrunk: its text displays at the size it was drawn.
      expect((await narrow.boundingBox())!.width).toBe(Number(await narrow.getAttribute('width')));
    }
    await expect(page.locator('#net-benefit .chart-narrow svg text', { hasText: 'Payback 2011/12' }).isVisible()).resolves.toBe(true);
    for (const year of ['2011/12', '2012/13', '2013/14', '2014/15']) expect(await page.locator('#costs .chart-narrow svg text', { hasText: year }).count()).toBe(1);
    // The reconciliation is wider than the phone: it scrolls in its own box, never the page.
    const box = page.locator('#reconciliation .group-discrepancies .table-scroll');
    const [scrollWidth, clientWidth] = await box.evaluate((b) => [b.scrollWidth, b.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await box.evaluate((b) => b.scrollBy(10_000, 0));
    const pageScroll = await page.evaluate(() => {
      const w = globalThis as unknown as { scrollX: number; document: { documentElement: { scrollWidth: number } } };
      return [w.scrollX, w.document.documentElement.scrollWidth];
    });
    expect(pageScroll).toEqual([0, 390]);
    // Scrolled to its end, the caption and the row headers (the published figure's name) are still in view.
    const boxBox = (await box.boundingBox())!;
    for (const held of [box.locator('caption span'), box.locator('tbody th').first()]) {
      const b = (await held.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(boxBox.x - 0.5);
      expect(b.x + Math.min(b.width, 60)).toBeLessThanOrEqual(boxBox.x + boxBox.width);
    }
    expect(errors).toEqual([]);
    // The savings section as a phone shows it, for the README.
    await box.evaluate((b) => b.scrollTo(0, 0));
    await page.evaluate(() => (globalThis as unknown as { document: { getElementById(id: string): { scrollIntoView(): void } } }).document.getElementById('partners').scrollIntoView());
    await page.screenshot({ path: PHONE_SCREENSHOT, fullPage: false });
    expect(existsSync(PHONE_SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('prints the tri-borough report on A4, each section starting a page: the pages are those of its sections printed alone', async () => {
    const { page } = await open(triFile);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.report-section').evaluateAll((els) => els.map((e) => (globalThis as unknown as PageWindow).getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page', 'page', 'page']);
    const ids = await page.$$eval('.report-section', (els) => els.map((e) => e.id));
    const total = await pages(page);
    await page.close();
    const alone = await Promise.all(ids.map((id, i) => pagesAlone(triFile, id, i === 0)));
    console.log(`tri-borough: ${total} A4 pages; by section ${ids.map((id, i) => `${id} ${alone[i]}`).join(', ')}`);
    expect(alone.every((n) => n >= 1)).toBe(true);
    expect(total).toBe(alone.reduce((a, b) => a + b, 0));
    const reconciliation = alone[ids.indexOf('reconciliation')]!;
    expect(reconciliation).toBeGreaterThanOrEqual(RECONCILIATION_PAGES.min);
    expect(reconciliation).toBeLessThanOrEqual(RECONCILIATION_PAGES.max);
    expect(total).toBeGreaterThanOrEqual(TRI_BOROUGH_PAGES.min);
    expect(total).toBeLessThanOrEqual(TRI_BOROUGH_PAGES.max);
  });

  it('shows the discrepancies in full; the other groups are folded until a reader opens one', async () => {
    const { page } = await open(triFile);
    const discrepancies = page.locator('#reconciliation .group-discrepancies tr.verdict-discrepancy');
    expect(await discrepancies.count()).toBeGreaterThan(0);
    expect(await discrepancies.first().isVisible()).toBe(true);
    const agreements = page.locator('#reconciliation details.group-agreements');
    expect(await agreements.getAttribute('open')).toBeNull();
    const exact = agreements.locator('tr.verdict-exact').first();
    expect(await exact.isVisible()).toBe(false);
    expect(await agreements.locator('summary').innerText()).toMatch(/^Agreeing with the model: \d+ agreeing with the model: /);
    await agreements.locator('summary').click();
    expect(await exact.isVisible()).toBe(true);
    await page.close();
  });

  it('prints a small scenario on exactly one A4 page per section', async () => {
    const { page } = await open(smallFile);
    const ids = await page.$$eval('.report-section', (els) => els.map((e) => e.id));
    expect(ids).toHaveLength(8);
    expect(await pages(page)).toBe(ids.length);
    await page.close();
  });
});
