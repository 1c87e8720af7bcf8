/**
 * The charts of the analyses: the tornado of a sensitivity analysis and the histogram of a simulation's
 * NPV. Their figures are the analyses' own, exactly; the bars are in order of swing; the SVG is the same
 * bytes every time and narrow enough to show unscaled on a phone.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, compare, evaluate, isSharedServicesError, sensitivity, simulate, type Sensitivity } from '../../src/index.js';
import { comparisonNpv, npvHistogram, specToSvg, tornado } from '../../src/report/full.js';
import { triBorough } from '../browser/_report-fixtures.js';

const scenario = triBorough().scenario;
const sens = sensitivity(scenario);
const sim = simulate(scenario, { runs: 3000, seed: 2011 });

type Values = { values: Record<string, unknown>[] };
const layers = (spec: Record<string, unknown>) => spec['layer'] as { name?: string; data: Values; encoding?: Record<string, unknown> }[];
const svgWidth = (svg: string): number => Number(/^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)![1]);

describe('tornado', () => {
  it('draws each input’s two ends from the base NPV, with the analysis’s exact figures', () => {
    const spec = tornado(sens, { unit: '£m' });
    const bars = layers(spec)[0]!.data.values;
    expect(bars).toHaveLength(sens.rows.length * 2);
    sens.rows.forEach((row, i) => {
      const [low, high] = [bars[2 * i]!, bars[2 * i + 1]!];
      expect([low.input, low.end, low.npv, low.inputValue]).toEqual([row.input, 'low end', row.npv.low.toFixed(), row.low.toFixed()]);
      expect([high.input, high.end, high.npv, high.inputValue]).toEqual([row.input, 'high end', row.npv.high.toFixed(), row.high.toFixed()]);
      expect(low.from).toBe(Number(sens.base.npv.dividedBy(1e6).toFixed(8)));
      expect(low.npvLabel).toBe(`£${row.npv.low.dividedBy(1e6).toFixed(Math.max(3, row.npv.low.dividedBy(1e6).decimalPlaces()))}m`);
    });
    expect(layers(spec)[2]!.data.values).toEqual([{ base: Number(sens.base.npv.dividedBy(1e6).toFixed(8)), label: `£${sens.base.npv.dividedBy(1e6).toFixed(3)}m` }]);
  });

  it('orders the bars by swing, largest first, whatever order the rows come in (ties keep theirs)', () => {
    const shuffled: Sensitivity = { ...sens, rows: [...sens.rows].reverse() };
    const order = (s: Sensitivity) => (layers(tornado(s))[1]!.data.values as { input: string; order: number }[]).map((v) => v.input);
    const expected = [...sens.rows].sort((x, y) => y.swing.comparedTo(x.swing)).map((r) => r.input);
    expect(order(sens)).toEqual(expected);
    const ties = [...shuffled.rows].filter((r, _, all) => all.some((o) => o !== r && o.swing.equals(r.swing))).map((r) => r.input);
    const swings = order(shuffled).map((input) => sens.rows.find((r) => r.input === input)!.swing);
    swings.slice(1).forEach((s, i) => expect(s.lessThanOrEqualTo(swings[i]!)).toBe(true));
    // Tied rows stay in the order they were given (reversed here).
    expect(order(shuffled).filter((i) => ties.includes(i))).toEqual(ties);
  });

  it.each([[false, 686], [true, 340]])('narrow %s: drawn as the same SVG every time, within %i px, naming the inputs and the base case', async (narrow, most) => {
    const warnings: string[] = [];
    const svg = await specToSvg(tornado(sens, { unit: '£m', decimals: 3, narrow }), { onWarning: (m) => warnings.push(m) });
    expect(await specToSvg(tornado(sens, { unit: '£m', decimals: 3, narrow }))).toBe(svg);
    expect(warnings).toEqual([]);
    expect(svgWidth(svg)).toBeLessThanOrEqual(most);
    expect(svg).toContain('Discount rate');
    expect(svg).toContain(`Line: the base case, £${sens.base.npv.dividedBy(1e6).toFixed(3)}m.`);
  });
});

describe('npvHistogram', () => {
  it('marks P10, P50 and P90 at the simulation’s own percentiles, labelled with them exactly', () => {
    const spec = npvHistogram(sim, { unit: '£m', decimals: 3 });
    const marks = layers(spec).find((l) => l.name === 'percentiles')!.data.values;
    const { p10, p50, p90 } = sim.total.npv;
    expect(marks.map((m) => [m.percentile, m.value, m.label])).toEqual([
      ['P10', p10.toFixed(), `P10 £${p10.dividedBy(1e6).toFixed(3)}m`],
      ['P50', p50.toFixed(), `P50 £${p50.dividedBy(1e6).toFixed(3)}m`],
      ['P90', p90.toFixed(), `P90 £${p90.dividedBy(1e6).toFixed(3)}m`],
    ]);
    const labels = layers(spec).filter((l) => l.name?.startsWith('label-')).map((l) => l.data.values[0]!.label);
    expect(labels).toEqual(marks.map((m) => m.label));
  });

  it('draws the simulation’s bins with their exact edges, and every run in them', () => {
    const bins = layers(npvHistogram(sim, { unit: '£' })).find((l) => l.name === 'runs')!.data.values;
    const { edges, counts } = sim.total.npvHistogram;
    expect(bins.map((b) => b.count)).toEqual(counts);
    expect(bins.reduce((n, b) => n + (b.count as number), 0)).toBe(3000);
    expect(bins.map((b) => b.fromLabel)).toEqual(edges.slice(0, -1).map((e) => `${e.isNegative() ? '−' : ''}£${e.abs().toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`));
    expect(bins.map((b) => b.from)).toEqual(edges.slice(0, -1).map((e) => Number(e.toFixed(2))));
  });

  it('draws one partner when asked, and refuses a partner the simulation does not have (E_OPTION)', () => {
    const hf = sim.partners[0]!;
    const marks = layers(npvHistogram(sim, { partner: hf.partner })).find((l) => l.name === 'percentiles')!.data.values;
    expect(marks.map((m) => m.value)).toEqual([hf.npv.p10, hf.npv.p50, hf.npv.p90].map((d) => d.toFixed()));
    let caught: unknown;
    try {
      npvHistogram(sim, { partner: 'nobody' });
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught) && caught.code).toBe('E_OPTION');
  });

  it.each([[false, 686], [true, 340]])('narrow %s: drawn as the same SVG every time, within %i px, with the percentiles labelled', async (narrow, most) => {
    const warnings: string[] = [];
    const svg = await specToSvg(npvHistogram(sim, { unit: '£m', decimals: 3, narrow }), { onWarning: (m) => warnings.push(m) });
    expect(await specToSvg(npvHistogram(simulate(scenario, { runs: 3000, seed: 2011 }), { unit: '£m', decimals: 3, narrow }))).toBe(svg);
    expect(warnings).toEqual([]);
    expect(svgWidth(svg)).toBeLessThanOrEqual(most);
    expect(svg).toContain(`P50 £${sim.total.npv.p50.dividedBy(1e6).toFixed(3)}m`);
  });

  it('draws a simulation of one run: one bin, the three percentiles on it', async () => {
    const one = simulate(scenario, { runs: 1, seed: 7 });
    expect(one.total.npvHistogram.counts).toEqual([1]);
    const svg = await specToSvg(npvHistogram(one));
    expect(svg).toContain('P10 £');
  });
});

describe('comparisonNpv', () => {
  const c = compare(triBorough(), evaluate(applyVariant(scenario, 'westminster-leaves')));

  it('draws each partner’s NPV in A and in B, exactly the comparison’s, and no bar for a side without the partner', () => {
    const spec = comparisonNpv(c, { unit: '£m', decimals: 3 });
    const [a, b] = [layers(spec)[0]!.data.values, layers(spec)[1]!.data.values];
    const partners = c.npv.filter((d) => d.key !== 'total');
    expect(a.map((v) => [v.partner, v.value])).toEqual(partners.filter((d) => d.a !== null).map((d) => [d.key, d.a!.toFixed()]));
    expect(b.map((v) => [v.partner, v.value])).toEqual(partners.filter((d) => d.b !== null).map((d) => [d.key, d.b!.toFixed()]));
    // Westminster leaves: it has no bar under B.
    expect(b.map((v) => v.partner)).not.toContain('cow');
    const total = c.npv.find((d) => d.key === 'total')!;
    expect(JSON.stringify(spec['title'])).toContain(`change −£${total.difference.abs().dividedBy(1e6).toFixed(3)}m`);
  });

  it.each([[false, 686], [true, 340]])('narrow %s: drawn as the same SVG every time, within %i px, naming the partners', async (narrow, most) => {
    const warnings: string[] = [];
    const svg = await specToSvg(comparisonNpv(c, { unit: '£m', narrow }), { onWarning: (m) => warnings.push(m) });
    expect(await specToSvg(comparisonNpv(c, { unit: '£m', narrow }))).toBe(svg);
    expect(warnings).toEqual([]);
    expect(svgWidth(svg)).toBeLessThanOrEqual(most);
    expect(svg).toContain('City of Westminster');
  });
});
