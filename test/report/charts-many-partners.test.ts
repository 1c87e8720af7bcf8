import { describe, expect, it } from 'vitest';
import { appraise, evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { CHART_NAMES, chartSpec, costsAgainstSavings, netBenefitByYear, renderHtml, renderSvg, specToSvg } from '../../src/report/full.js';
import { xmlProblems } from './_hostile.js';

/** A partnership of `n` councils: two lines split equally, a one-off cost. */
function manyPartners(n: number): Evaluation {
  return evaluate(
    parseScenario({
      version: 1,
      title: `${n} councils`,
      settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 3 },
      partners: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Council ${i}` })),
      lines: [
        { id: 'a', name: 'Shared back office', amount: '1000000', attribution: { rule: 'equal' } },
        { id: 'b', name: 'Shared IT', tier: 'projected', amount: '50000', attribution: { rule: 'equal' } },
      ],
      costs: [{ id: 'c', name: 'Set-up', type: 'set-up', amount: '40000', start: '2020/21', attribution: { rule: 'equal' } }],
    }),
  );
}

describe('charts of a thousand partners', () => {
  const e = manyPartners(1000);

  it.each(CHART_NAMES.map((c) => [c]))('%s draws, as well-formed SVG', async (chart) => {
    const svg = await renderSvg(e, chart);
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('shows every partner on the savings chart, in the scenario’s order (the sort is a field, not a test per name)', async () => {
    const spec = chartSpec(e, 'savingsByPartnerAndTier');
    expect(JSON.stringify((spec['encoding'] as { y: unknown }).y)).not.toContain('Council');
    const svg = await renderSvg(e, 'savingsByPartnerAndTier');
    const labels = [...svg.matchAll(/>(Council \d+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(Array.from({ length: 1000 }, (_, i) => `Council ${i}`));
  });

  it('the HTML report of a thousand partners draws all its charts', async () => {
    const html = await renderHtml(e);
    expect(html.match(/<figure class="chart">/g)).toHaveLength(3);
  });
});

describe('year charts of 2,000 years (more than a scenario may state; the charts take any appraisal)', () => {
  const total = appraise(manyPartners(2)).total;
  const long = { ...total, years: Array.from({ length: 2000 }, (_, i) => ({ ...total.years[i % total.years.length]!, year: `Y${i}` })) };

  it.each([
    ['netBenefitByYear', netBenefitByYear],
    ['costsAgainstSavings', costsAgainstSavings],
  ] as const)('%s draws, its years in order (the order is the scale’s domain, not a test per year)', async (_name, chart) => {
    const svg = await specToSvg(chart(long));
    expect(xmlProblems(svg)).toEqual([]);
    const years = [...svg.matchAll(/>(Y\d+)<\/text>/g)].map((m) => m[1]);
    expect(years.slice(0, 3)).toEqual(['Y0', 'Y1', 'Y2']);
  });
});
