/**
 * The analyses' pages and charts from the command line: `sensitivity`, `simulate` and `compare` write
 * `--format html` (a page with the chart and tables) and `--format svg` (the tornado, the histogram of
 * NPV, each partner's NPV in A and B); the same input gives the same bytes, the same as the library's renderers give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { applyVariant, compare, evaluate, parseScenario, sensitivity, simulate } from '../../src/index.js';
import { comparisonNpv, npvHistogram, renderSensitivityHtml, renderSimulationHtml, specToSvg, tornado } from '../../src/report/full.js';

const tri = readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8');
const scenario = parseScenario(JSON.parse(tri));

function memory(): CliIO & { out: string; err: string; written: Map<string, string | Uint8Array> } {
  const io = {
    out: '',
    err: '',
    written: new Map<string, string | Uint8Array>(),
    stdout: (data: string | Uint8Array) => void (io.out += String(data)),
    stderr: (t: string) => void (io.err += t),
    readFile: async () => tri,
    writeFile: async (path: string, data: string | Uint8Array) => void io.written.set(path, data),
  };
  return io;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string; written: Map<string, string | Uint8Array> }> {
  const io = memory();
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err, written: io.written };
}

/** The data the page carries, parsed back. */
function data(html: string): Record<string, unknown> {
  const m = /<script type="application\/json" id="report-data">\n([\s\S]*?)\n<\/script>/.exec(html);
  return JSON.parse(m![1]!) as Record<string, unknown>;
}

describe('--format html and svg of the analyses', () => {
  it('sensitivity --format html: the library’s page, byte for byte, the same every time', async () => {
    const first = await run('sensitivity', 't.json', '--format', 'html');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe(await renderSensitivityHtml(scenario, sensitivity(scenario)));
    expect((await run('sensitivity', 't.json', '--format', 'html')).out).toBe(first.out);
    expect(first.out).toMatch(/^<!DOCTYPE html>/);
    expect(first.out).toContain('<figure class="chart">');
    expect(data(first.out)).toMatchObject({ analysis: 'sensitivity', unit: '£m' });
  });

  it('simulate --format html: seeded, so the same bytes; the histogram labels the P10, P50 and P90 of the table', async () => {
    const args = ['simulate', 't.json', '--runs', '800', '--seed', '7', '--format', 'html'];
    const first = await run(...args);
    expect(first.code, first.err).toBe(0);
    expect((await run(...args)).out).toBe(first.out);
    const sim = simulate(scenario, { runs: 800, seed: 7 });
    expect(first.out).toBe(await renderSimulationHtml(scenario, sim));
    for (const [p, v] of [['P10', sim.total.npv.p10], ['P50', sim.total.npv.p50], ['P90', sim.total.npv.p90]] as const) expect(first.out).toContain(`>${p} £${v.dividedBy(1e6).toFixed(3)}m<`);
    const result = data(first.out)['result'] as { total: { npvHistogram: { counts: number[] } } };
    expect(result.total.npvHistogram.counts.reduce((a, b) => a + b, 0)).toBe(800);
  });

  it('compare --variant --format html: each partner’s figures in A and B side by side, with the change', async () => {
    const r = await run('compare', 't.json', '--variant', 'westminster-leaves', '--format', 'html', '--unit', '£000');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^<!DOCTYPE html>/);
    for (const caption of ['H&amp;F (£000)', 'RBKC (£000)', 'CoW (£000)', 'All partners (£000)', 'Net benefit by year (£000)']) expect(r.out).toMatch(new RegExp(`<caption>(?:<span>)?${caption.replace(/[()]/g, "\\$&")}<`));
    expect(r.out).toContain('westminster-leaves');
    expect(data(r.out)).toMatchObject({ analysis: 'compare', unit: '£000' });
    expect((await run('compare', 't.json', '--variant', 'westminster-leaves', '--format', 'html', '--unit', '£000')).out).toBe(r.out);
  });

  it('sensitivity and simulate --format svg: the tornado and the histogram, as the library draws them', async () => {
    const t = await run('sensitivity', 't.json', '--format', 'svg');
    expect(t.code, t.err).toBe(0);
    expect(t.out).toBe(await specToSvg(tornado(sensitivity(scenario), { unit: '£m', decimals: 3 })));
    const h = await run('simulate', 't.json', '--runs', '500', '--seed', '3', '--format', 'svg', '--unit', '£000');
    expect(h.code, h.err).toBe(0);
    expect(h.out).toBe(await specToSvg(npvHistogram(simulate(scenario, { runs: 500, seed: 3 }), { unit: '£000', decimals: 0 })));
  });

  it('--out names the format: sensitivity --out tornado.svg, simulate --out sim.html', async () => {
    const t = await run('sensitivity', 't.json', '--out', 'tornado.svg');
    expect(t.code, t.err).toBe(0);
    expect(String(t.written.get('tornado.svg'))).toMatch(/^<svg/);
    const s = await run('simulate', 't.json', '--runs', '100', '--seed', '1', '--out', 'sim.html');
    expect(s.code, s.err).toBe(0);
    expect(String(s.written.get('sim.html'))).toMatch(/^<!DOCTYPE html>/);
  });

  it('compare --format svg: each partner’s NPV in A and B, as the library draws it; xlsx stays report’s alone', async () => {
    const r = await run('compare', 't.json', '--variant', 'westminster-leaves', '--format', 'svg');
    expect(r.code, r.err).toBe(0);
    const [a, b] = [evaluate(scenario), evaluate(applyVariant(scenario, 'westminster-leaves'))];
    expect(r.out).toBe(await specToSvg(comparisonNpv(compare(a, b), { unit: '£m', decimals: 3 })));
    const x = await run('sensitivity', 't.json', '--format', 'xlsx');
    expect(x.code).toBe(2);
    expect(x.err).toContain("argument 'xlsx' is invalid. Allowed choices are md, csv, json, html, svg.");
  });
});
