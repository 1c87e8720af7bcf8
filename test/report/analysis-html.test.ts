/**
 * The analysis pages: each a self-contained document on the shared page shell, its figures those of the
 * analysis's view, its data as JSON, the same bytes for the same input; the comparison lays each
 * partner's figures in A and B side by side with the change, as the view's own cells.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, buildComparisonView, compare, evaluate, parseScenario, sensitivity, simulate } from '../../src/index.js';
import { renderComparisonHtml, renderSensitivityHtml, renderSimulationHtml } from '../../src/report/full.js';
import { comparisonByPartner } from '../../src/report/_compare-by-partner.js';
import { histogramTable } from '../../src/report/_histogram-table.js';
import { analysisScenario } from './_analysis-scenario.js';
import { reportData } from '../browser/_report-fixtures.js';

const scenario = parseScenario(analysisScenario());
const variant = applyVariant(scenario, 'dear-exits');
const sens = sensitivity(scenario);
const sim = simulate(scenario, { runs: 400, seed: 11 });

describe('the analysis pages', () => {
  it.each([
    ['sensitivity', () => renderSensitivityHtml(scenario, sens), ['tornado', 'base', 'partners', 'notes']],
    ['simulation', () => renderSimulationHtml(scenario, sim), ['distribution', 'bands', 'risk', 'inputs', 'notes']],
    ['compare', () => renderComparisonHtml(evaluate(scenario), evaluate(variant)), ['by-partner', 'by-year', 'tables', 'notes']],
  ] as const)('%s: a whole document, its sections, the caveats, the data; the same bytes every time', async (analysis, render, sections) => {
    const html = await render();
    expect(await render()).toBe(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect([...html.matchAll(/<section class="report-section" id="([^"]+)"/g)].map((m) => m[1])).toEqual(sections);
    expect(html).toContain('Unquantified cost, not included: ICT integration');
    expect(reportData(html)).toMatchObject({ generator: 'shared-services-model', analysis, unit: '£' });
    expect(html).not.toMatch(/\b(?:href|src)="?https?:/);
  });

  it('carries the sensitivity analysis in the data, amounts as exact strings, without its own chart spec', async () => {
    const data = reportData(await renderSensitivityHtml(scenario, sens)) as { result: Record<string, unknown> & { rows: { input: string; swing: string }[] } };
    expect(data.result.rows.map((r) => [r.input, r.swing])).toEqual(sens.rows.map((r) => [r.input, r.swing.toFixed()]));
    expect(Object.keys(data.result)).not.toContain('chart');
  });

  it('draws the chart as inline SVG, or leaves it out when asked', async () => {
    const withChart = await renderSimulationHtml(scenario, sim);
    expect(withChart).toContain('<svg');
    expect(withChart).toContain('role="img" aria-label="Chart: histogram of total NPV over the runs, with P10, P50 and P90"');
    const without = await renderSimulationHtml(scenario, sim, { charts: false });
    expect(without).not.toContain('<svg');
    expect(without).toContain('<table class="figures');
  });

  it('carries the simulation in the data, every outcome with its histogram, amounts as exact strings', async () => {
    const data = reportData(await renderSimulationHtml(scenario, sim)) as { result: { total: { npv: { p50: string }; npvHistogram: { edges: string[]; counts: number[] } } } };
    expect(data.result.total.npv.p50).toBe(sim.total.npv.p50.toFixed());
    expect(data.result.total.npvHistogram.edges).toEqual(sim.total.npvHistogram.edges.map((e) => e.toFixed()));
    expect(data.result.total.npvHistogram.counts).toEqual(sim.total.npvHistogram.counts);
  });

  it('escapes the names it prints: a partner called <b>', async () => {
    const odd = parseScenario({ ...analysisScenario(), partners: [{ id: 'a', name: '<b>Alpha</b>' }, { id: 'b', name: 'Beta & "Co"' }] });
    const html = await renderSensitivityHtml(odd, sensitivity(odd));
    expect(html).not.toContain('<b>Alpha');
    expect(html).toContain('&lt;b&gt;Alpha&lt;/b&gt;');
  });
});

describe('histogramTable', () => {
  it('gives each band of the histogram a row: its exact edges and its runs, then all the runs', () => {
    const t = histogramTable(sim.total, sim.runs);
    const { edges, counts } = sim.total.npvHistogram;
    expect(t.rows.slice(0, -1).map((r) => r.values)).toEqual(counts.map((n, i) => [edges[i], edges[i + 1], String(n)]));
    expect(t.rows[t.rows.length - 1]).toMatchObject({ role: 'total', values: [null, null, '400'] });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
  });
});

describe('comparisonByPartner', () => {
  it('lays each partner’s savings, NPV and payback in A and B side by side with the change, as the view’s own cells', () => {
    const [a, b] = [evaluate(scenario), evaluate(variant)];
    const c = compare(a, b);
    const tables = comparisonByPartner(buildComparisonView(a, b));
    expect(tables.map((t) => t.title)).toEqual(['Alpha', 'Beta', 'All partners']);
    for (const [i, key] of ['a', 'b', 'total'].entries()) {
      const rows = tables[i]!.rows;
      const npv = c.npv.find((d) => d.key === key)!;
      const savings = c.savings.find((d) => d.key === key)!;
      const payback = c.payback.find((d) => d.key === key)!;
      expect(rows.map((r) => r.key)).toEqual(['savings', 'npv', 'paybackYear']);
      expect(rows[0]!.values).toEqual([savings.a, savings.b, savings.difference]);
      expect(rows[1]!.values).toEqual([npv.a, npv.b, npv.difference]);
      expect(rows[2]!.values).toEqual([payback.a ?? 'none', payback.b ?? 'none', null]);
    }
    // Dearer exits: a lower NPV for both partners under B.
    expect(tables.every((t) => (t.rows[1]!.values[2] as { isNegative(): boolean }).isNegative())).toBe(true);
  });
});
