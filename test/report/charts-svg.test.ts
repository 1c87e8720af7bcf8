import { describe, expect, it } from 'vitest';
import { buildView, evaluate, isSharedServicesError, parseScenario } from '../../src/index.js';
import { CHART_NAMES, chartSpec, renderSvg, specToSvg } from '../../src/report/full.js';
import { smallScenario } from './_scenarios.js';
import { costlyEvaluation, triBorough } from '../browser/_report-fixtures.js';

const tri = triBorough();

describe('renderSvg (asynchronous, in Node, no browser)', () => {
  it.each(CHART_NAMES.map((n) => [n]))('%s: an SVG document, the same bytes every time, generic fonts only, no warnings', async (name) => {
    const warnings: string[] = [];
    const first = await renderSvg(tri, name, { onWarning: (m) => warnings.push(m) });
    // Another chart in between: no counter or cache may leak from one drawing into the next.
    await renderSvg(costlyEvaluation(), 'costsAgainstSavings');
    const second = await renderSvg(tri, name);
    expect(first.startsWith('<svg')).toBe(true);
    expect(first.endsWith('</svg>')).toBe(true);
    expect(second).toBe(first);
    expect(warnings).toEqual([]);
    expect(new Set([...first.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))).toEqual(new Set(['sans-serif']));
    expect(first).not.toMatch(/\b(?:href|src)=|url\(|@import|<image\b/);
  });

  it('marks the payback year on the net-benefit chart', async () => {
    const svg = await renderSvg(tri, 'netBenefitByYear');
    expect(svg).toContain('Payback 2011/12');
    expect(svg).toContain('payback');
    expect(svg).toContain('Payback year: 2011/12');
  });

  it('shows the partners’ names and the exact amounts (as labels) on the savings chart', async () => {
    const svg = await renderSvg(tri, 'savingsByPartnerAndTier');
    expect(svg).toContain('H&amp;F');
    expect(svg).toContain('£3.910m');
  });

  it('draws savings by partner from a report (tiers or partners view) as from the evaluation', async () => {
    const fromEvaluation = await renderSvg(tri, 'savingsByPartnerAndTier');
    expect(await renderSvg(buildView(tri, 'tiers'), 'savingsByPartnerAndTier')).toBe(fromEvaluation);
    expect(await renderSvg(buildView(tri, 'partners'), 'savingsByPartnerAndTier', { title: 'Savings by partner and confidence tier' })).toBe(fromEvaluation);
  });

  it('refuses a report that cannot give the chart, and an unknown chart (E_OPTION)', async () => {
    for (const call of [() => renderSvg(buildView(tri, 'costs'), 'netBenefitByYear'), () => renderSvg(buildView(tri, 'services'), 'savingsByPartnerAndTier'), () => renderSvg(tri, 'pie' as never)]) {
      const caught = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isSharedServicesError(caught) && caught.code).toBe('E_OPTION');
    }
  });

  it('escapes names: a partner called <script> stays text', async () => {
    const s = smallScenario();
    const e = evaluate(parseScenario({ ...s, partners: [{ id: 'a', name: '<script>alert(1)</script>' }, { id: 'b', name: 'B & "C"' }] }));
    const svg = await renderSvg(e, 'savingsByPartnerAndTier');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('specToSvg refuses a spec Vega-Lite cannot compile, and leaves the spec alone', async () => {
    const spec = Object.freeze({ mark: 'nonsense', data: Object.freeze({ values: [] }) });
    await expect(specToSvg(spec)).rejects.toBeInstanceOf(Error);
  });

  it('specToSvg draws any spec and reports Vega-Lite’s warnings', async () => {
    const warnings: string[] = [];
    const spec = { ...chartSpec(tri, 'costsAgainstSavings'), encoding: { x: { field: 'year', type: 'ordinal' }, y: { field: 'amount', type: 'quantitative' }, shape: { field: 'series', type: 'nominal' } }, mark: 'bar' };
    const svg = await specToSvg(spec, { onWarning: (m) => warnings.push(m) });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
  });
});
