/**
 * Layout checks of a page open in a real browser, for any HTML the library writes (the scenario report,
 * the analysis pages). {@link layoutProblems} lists what a reader at the page's viewport width would see
 * wrong: the page scrolls sideways, text is too small to read, a table wider than the window does not
 * scroll in its own box, a word of a table's header or caption is broken over two lines. An empty list is a page that reads.
 *
 * The checks run in the page as plain JavaScript (the test's TypeScript has no DOM library).
 */
import type { Page } from 'playwright-core';

/** What is wrong, where, and by how much. */
export interface LayoutProblem {
  /**
   * - `page-scroll`: the page is wider than the window, so it scrolls sideways;
   * - `overflow-hidden`: the root or body hides sideways overflow (which hides a page-scroll, not fixes it);
   * - `small-text`: visible text displayed smaller than the minimum (for SVG text, as scaled on screen);
   * - `table-overflow`: a visible table wider than the window with no box of its own to scroll in,
   *   or whose box runs off the window;
   * - `broken-word`: a word of a table header or caption split over two lines.
   */
  readonly kind: 'page-scroll' | 'overflow-hidden' | 'small-text' | 'table-overflow' | 'broken-word';
  /** Where: the nearest ancestor with an id, the element, and the start of its text. */
  readonly where: string;
  /** What was found, with the sizes measured. */
  readonly message: string;
}

/** Options for {@link layoutProblems}. */
export interface LayoutOptions {
  /**
   * The smallest font size, in CSS pixels as displayed, that counts as readable.
   * @defaultValue 9
   */
  readonly minFontPx?: number;
  /**
   * At most this many problems of each kind are listed (the rest are counted in one more line).
   * @defaultValue 20
   */
  readonly maxPerKind?: number;
}

/** The checks, run in the page: `(minFontPx, maxPerKind) => LayoutProblem[]`. */
const IN_PAGE = String.raw`(args) => {
  const [minFontPx, maxPerKind] = args;
  const problems = [];
  const win = window, doc = document, W = win.innerWidth;
  const px = (n) => Math.round(n * 10) / 10;
  const where = (el, text) => {
    let anchor = el, path = '';
    while (anchor && anchor !== doc.body && !anchor.id) anchor = anchor.parentElement;
    if (anchor && anchor.id) path += '#' + anchor.id + ' ';
    path += el.tagName.toLowerCase() + (el.classList && el.classList.length ? '.' + [...el.classList].join('.') : '');
    const t = (text ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return path + (t ? ' "' + (t.length > 40 ? t.slice(0, 40) + '…' : t) + '"' : '');
  };
  const shown = (el) => {
    if (!el.getClientRects().length) return false;
    const cs = win.getComputedStyle(el);
    return cs.visibility === 'visible' && cs.opacity !== '0';
  };

  // 1. The page never scrolls sideways, and does not hide that it would.
  const sw = doc.documentElement.scrollWidth;
  if (sw > W) problems.push({ kind: 'page-scroll', where: 'html', message: 'the page is ' + sw + ' px wide in a ' + W + ' px window' });
  for (const el of [doc.documentElement, doc.body]) {
    const ox = win.getComputedStyle(el).overflowX;
    if (ox === 'hidden' || ox === 'clip') problems.push({ kind: 'overflow-hidden', where: el.tagName.toLowerCase(), message: 'overflow-x: ' + ox + ' on ' + el.tagName.toLowerCase() + ' hides content wider than the window' });
  }

  // 2. Every visible piece of text at least minFontPx as displayed.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue || !node.nodeValue.trim()) continue;
    const el = node.parentElement;
    if (!el || seen.has(el)) continue;
    seen.add(el);
    const range = doc.createRange();
    range.selectNodeContents(node);
    if (!range.getClientRects().length || !shown(el)) continue;
    const size = parseFloat(win.getComputedStyle(el).fontSize);
    let displayed = size, how = 'font-size ' + px(size) + ' px';
    if (el instanceof SVGElement && typeof el.getScreenCTM === 'function') {
      const m = el.getScreenCTM();
      if (m) {
        const scale = Math.hypot(m.c, m.d);
        displayed = size * scale;
        how = 'SVG font-size ' + px(size) + ' px × scale ' + Math.round(scale * 1000) / 1000;
      }
    }
    if (displayed < minFontPx - 0.01) problems.push({ kind: 'small-text', where: where(el, node.nodeValue), message: 'text displayed at ' + px(displayed) + ' px (' + how + '), under ' + minFontPx + ' px' });
  }

  // 3. A table wider than the window scrolls in a box of its own that fits the window.
  for (const table of doc.querySelectorAll('table')) {
    if (!shown(table)) continue;
    const r = table.getBoundingClientRect();
    if (r.width <= W + 0.5) continue;
    let box = table.parentElement;
    while (box && box !== doc.body && !['auto', 'scroll'].includes(win.getComputedStyle(box).overflowX)) box = box.parentElement;
    if (!box || box === doc.body) {
      problems.push({ kind: 'table-overflow', where: where(table, table.caption?.textContent), message: 'a table ' + px(r.width) + ' px wide in a ' + W + ' px window has no box of its own to scroll in' });
      continue;
    }
    const b = box.getBoundingClientRect();
    if (b.left < -0.5 || b.right > W + 0.5) problems.push({ kind: 'table-overflow', where: where(table, table.caption?.textContent), message: 'the box the table scrolls in runs from ' + px(b.left) + ' to ' + px(b.right) + ' px, off a ' + W + ' px window' });
    else if (box.scrollWidth <= box.clientWidth) problems.push({ kind: 'table-overflow', where: where(table, table.caption?.textContent), message: 'the table is ' + px(r.width) + ' px wide but its box (' + box.clientWidth + ' px) does not scroll' });
  }

  // 4. No word of a table's header or caption broken over two lines.
  for (const el of doc.querySelectorAll('thead th, caption')) {
    if (!shown(el)) continue;
    const tw = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = tw.nextNode(); node; node = tw.nextNode()) {
      const text = node.nodeValue || '';
      // A word, or the part of a compound up to and with its hyphen or dash: a line may end there.
      for (const m of text.matchAll(/[^\s\-\u2010\u2013\u2014]+[\-\u2010\u2013\u2014]*|[\-\u2010\u2013\u2014]+/g)) {
        const range = doc.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
        if (tops.size > 1) problems.push({ kind: 'broken-word', where: where(el), message: 'the word "' + m[0] + '" is broken over ' + tops.size + ' lines' });
      }
    }
  }

  // At most maxPerKind of each kind, then a count of the rest.
  const out = [], count = {};
  for (const p of problems) {
    count[p.kind] = (count[p.kind] ?? 0) + 1;
    if (count[p.kind] <= maxPerKind) out.push(p);
  }
  for (const [kind, n] of Object.entries(count)) if (n > maxPerKind) out.push({ kind, where: '…', message: (n - maxPerKind) + ' more of this kind' });
  return out;
}`;

/**
 * The layout problems of the page as it is now laid out (call it after `page.setViewportSize`, and after
 * anything that changes the layout, such as opening a `<details>`): an empty list when the page reads at
 * this width. Only what is shown counts: text in a closed `<details>` or an element that is not
 * displayed is not measured.
 *
 * @param page - a playwright page with the document loaded
 * @param options - the smallest readable font size, and how many problems of a kind to list
 * @returns every problem found (at most `maxPerKind` of each kind, then a line counting the rest)
 *
 * @example
 * ```ts
 * await page.setViewportSize({ width: 390, height: 844 });
 * expect(await layoutProblems(page)).toEqual([]);
 * ```
 */
export async function layoutProblems(page: Page, options: LayoutOptions = {}): Promise<LayoutProblem[]> {
  const args = [options.minFontPx ?? 9, options.maxPerKind ?? 20];
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`) as Promise<LayoutProblem[]>;
}

/** The problems as lines of text, one a problem, for a readable test failure. */
export function describeProblems(problems: readonly LayoutProblem[]): string[] {
  return problems.map((p) => `${p.kind}: ${p.where}: ${p.message}`);
}
