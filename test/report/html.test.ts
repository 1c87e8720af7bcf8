import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildView, describeReconciliation, evaluate, parseScenario, reconcile, reconciliationTable, renderJson, renderMarkdown } from '../../src/index.js';
import { renderHtml } from '../../src/report/full.js';
import { smallScenario } from './_scenarios.js';
import { costlyEvaluation, costlyScenario, reportData, sectionIds, triBorough } from '../browser/_report-fixtures.js';

/** Text as the report escapes it. */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const tri = triBorough();
const triHtml = await renderHtml(tri);
const costly = costlyEvaluation();
const costlyHtml = await renderHtml(costly);

const SECTIONS = ['summary', 'partners', 'services', 'staffing', 'costs', 'net-benefit', 'caveats', 'reconciliation'];

/** The text of the section with this id. */
function section(html: string, id: string): string {
  const m = new RegExp(`<section class="report-section" id="${id}"[\\s\\S]*?</section>`).exec(html);
  if (m === null) throw new Error(`no section ${id}`);
  return m[0];
}

describe('renderHtml: one self-contained document', () => {
  it.each([
    ['tri-borough', triHtml],
    ['a scenario with costs and funding', costlyHtml],
  ])('%s: nothing to fetch, no script to run', (_name, html) => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    // No address outside the document: no src or href to http(s) or protocol-relative, no url(), no @import.
    expect(html).not.toMatch(/\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/url\s*\(|@import|<link\b|<img\b|<iframe\b|<object\b|<embed\b/i);
    // Not even an XML namespace: the inline SVGs drop theirs, so no "http" appears anywhere.
    expect(html).not.toMatch(/https?:\/\//);
    // One script element, and it is data, not code.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/json" id="report-data">']);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('has every section in the order of a committee paper’s financial appendix, charts inline', () => {
    expect(sectionIds(triHtml)).toEqual(SECTIONS);
    expect(sectionIds(costlyHtml)).toEqual(SECTIONS);
    // Three charts, each drawn wide (a desktop, print) and narrow (a phone).
    expect(triHtml.match(/<svg\b/g)).toHaveLength(6);
    expect(triHtml.match(/<div class="chart-narrow">/g)).toHaveLength(3);
    expect(section(triHtml, 'partners')).toContain('<svg');
    expect(section(triHtml, 'costs')).toContain('<svg');
    expect(section(triHtml, 'net-benefit')).toContain('Payback 2011/12');
    expect(section(triHtml, 'summary')).toContain('Savings by tier (£m)');
    expect(section(triHtml, 'summary')).toContain('Appraisal summary (£m)');
    expect(section(triHtml, 'services')).toContain('Single Management Team: Staffing budgets (£m)');
    expect(section(triHtml, 'staffing')).toContain('FTE reduced by line (FTE)');
    expect(section(triHtml, 'costs')).toContain('One-off costs by partner (£m)');
    expect(section(triHtml, 'net-benefit')).toContain('Cash flows by year: Total (£m)');
  });

  it('prints on A4 with each section on a new page and no row split across pages', () => {
    expect(triHtml).toContain('@page { size: A4;');
    expect(triHtml).toMatch(/@media print \{[\s\S]*\.report-section \+ \.report-section \{ break-before: page; \}/);
    expect(triHtml).toMatch(/@media print \{[\s\S]*tr, figure\.chart, \.callout \{ break-inside: avoid; \}/);
    expect(triHtml).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('prints each table’s figures exactly as the markdown renderer does (it formats; it never computes)', () => {
    const md = renderMarkdown(buildView(tri, 'tiers'));
    const cells = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Tier') && !l.includes('---')).flatMap((l) => l.split('|').slice(2, -1).map((c) => c.trim()));
    expect(cells.length).toBeGreaterThan(10);
    const summary = section(triHtml, 'summary');
    for (const c of cells) expect(summary).toContain(`<td class="num">${c}</td>`);
  });

  it('carries the data as JSON: each view as renderJson writes it, amounts as exact strings', () => {
    const data = reportData(triHtml);
    expect(data['title']).toBe(tri.scenario.title);
    expect(Object.keys(data['views'] as object)).toEqual(['tiers', 'partners', 'services', 'staffing', 'costs', 'appraisal', 'reconcile']);
    expect((data['views'] as Record<string, unknown>)['tiers']).toEqual(JSON.parse(renderJson(buildView(tri, 'tiers'))));
    expect(data['caveats']).toEqual(buildView(tri, 'appraisal').caveats);
  });

  it('styles each reconciliation verdict, discrepancies most of all, in full; the other groups folded away', () => {
    const recon = section(triHtml, 'reconciliation');
    const table = reconciliationTable(reconcile(tri));
    expect(recon.match(/<tr class="verdict-discrepancy">/g)).toHaveLength(table.counts.discrepancy);
    expect(recon).toContain('<tr class="verdict-rounding-of-parts">');
    expect(recon).toContain('<td class="adds-no">no</td>');
    expect(recon).toContain(escapeText(describeReconciliation(table)));
    // Every discrepancy comes before the first folded group, and every other row is inside one.
    const first = recon.indexOf('<details');
    expect(recon.lastIndexOf('<tr class="verdict-discrepancy">')).toBeLessThan(first);
    expect(recon.slice(0, first).match(/<tr class="verdict-(?!discrepancy)/g)).toBeNull();
    expect(recon.match(/<details class="group/g)!.length).toBe(table.groups.filter((g) => g.collapsed && g.count > 0).length);
    expect(section(costlyHtml, 'reconciliation')).toContain('<tr class="verdict-discrepancy">');
  });

  it('is the same bytes for the same input, whatever was rendered before', async () => {
    await renderHtml(evaluate(parseScenario(smallScenario())));
    expect(await renderHtml(triBorough())).toBe(triHtml);
    expect(await renderHtml(costlyEvaluation())).toBe(costlyHtml);
  });
});

describe('renderHtml: every example, and a scenario with nothing in it', () => {
  // Every example folder with a scenario (examples/your-own-tests holds a test, not a scenario).
  const examples = readdirSync(fileURLToPath(new URL('../../examples/', import.meta.url)), { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(fileURLToPath(new URL(`../../examples/${d.name}/scenario.json`, import.meta.url))),
  );

  it.each(examples.map((d) => [d.name]))('%s: every section, self-contained', async (name) => {
    const file = fileURLToPath(new URL(`../../examples/${name}/scenario.json`, import.meta.url));
    const e = evaluate(parseScenario(readFileSync(file, 'utf8')));
    const html = await renderHtml(e);
    // The contributions have a section, after the net benefit, only where the scenario states agreements.
    const expected = e.contributions === undefined ? SECTIONS : [...SECTIONS.slice(0, 6), 'contributions', ...SECTIONS.slice(6)];
    expect(sectionIds(html)).toEqual(expected);
    expect(html).not.toMatch(/https?:\/\/|<script>|url\(/);
    expect(html.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('a scenario without lines or published figures says so in each section', async () => {
    const html = await renderHtml(evaluate(parseScenario({ ...smallScenario(), lines: [], published: [] })));
    expect(sectionIds(html)).toEqual(SECTIONS);
    expect(section(html, 'partners')).toContain('The scenario states no savings lines.');
    expect(section(html, 'partners')).not.toContain('<svg');
    expect(section(html, 'reconciliation')).toContain('The scenario carries no published figures to reconcile.');
  });
});

describe('renderHtml: caveats, prominently', () => {
  it('lists an unquantified cost and unconfirmed funding on the first page and in the caveats section, never as zero', () => {
    for (const id of ['summary', 'caveats']) {
      const text = section(costlyHtml, id);
      expect(text).toContain('<aside class="callout caveats" aria-label="Caveats">');
      expect(text).toContain('Unquantified cost, not included: ICT &lt;integration&gt; &amp; data (Known to exist; no figure yet.)');
      expect(text).toContain('Unconfirmed funding not included: Seed grant');
    }
    expect(section(costlyHtml, 'costs')).toContain('not quantified (a caveat, not zero)');
  });

  it('states the appraisal’s conventions and the scenario’s own assumptions', () => {
    const caveats = section(triHtml, 'caveats');
    expect(caveats).toContain('Conventions of the appraisal');
    expect(caveats).toContain('Discount rate 0.035 real');
    expect(caveats).toContain('Assumptions the scenario states');
    expect(caveats).toContain('Cost of staff exiting (exit compensation): Paper, Costs:');
  });

  it('says there is nothing left out when nothing is', async () => {
    const html = await renderHtml(evaluate(parseScenario(smallScenario())), { charts: false });
    expect(section(html, 'summary')).toContain('None: every cost and every funding stream the scenario names is quantified');
    expect(section(html, 'costs')).toContain('The scenario states no one-off costs.');
  });
});

describe('renderHtml: escaping', () => {
  const hostile = '<script>alert("x")</script> & <b>co</b>';
  const scenario = costlyScenario({ title: hostile, source: '</script><script>alert(2)</script>', partners: [{ id: 'a', name: '<img src=x onerror=alert(3)>' }, { id: 'b', name: "Beta's" }] });
  const html = renderHtml(evaluate(parseScenario(scenario)));

  it('writes every piece of text as text: a title like <script> cannot inject', async () => {
    const text = await html;
    expect(text).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</title>');
    expect(text).toContain('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</h1>');
    expect(text).not.toMatch(/<script>|<img\b|<b>co/);
    expect(text.match(/<script\b/g)).toHaveLength(1);
    expect(text).toContain('&lt;img src=x onerror=alert(3)&gt;');
  });

  it('keeps the JSON data inert and exact: no </script> inside, and it parses back to the title', async () => {
    const text = await html;
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(text)![1]!;
    expect(data).not.toMatch(/<|>/);
    expect(reportData(text)['title']).toBe(hostile);
    expect(reportData(text)['source']).toBe('</script><script>alert(2)</script>');
  });
});

describe('renderHtml: options', () => {
  it('prints money in the unit asked for, in tables and charts', async () => {
    const html = await renderHtml(tri, { unit: '£000' });
    expect(section(html, 'summary')).toContain('Savings by tier (£000)');
    expect(section(html, 'net-benefit')).toContain('>£000</text>');
    expect(reportData(html)['unit']).toBe('£000');
  });

  it('leaves the charts out when asked', async () => {
    const html = await renderHtml(tri, { charts: false });
    expect(html).not.toContain('<svg');
    expect(sectionIds(html)).toEqual(SECTIONS);
  });

  it('passes appraisal options to the appraisal and the caveats', async () => {
    const html = await renderHtml(costly, { appraisal: { includeUnconfirmedFunding: true }, charts: false });
    expect(section(html, 'summary')).toContain('Unconfirmed funding included: Seed grant');
  });
});
