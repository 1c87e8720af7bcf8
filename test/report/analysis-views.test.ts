import { describe, expect, it } from 'vitest';
import {
  applyVariant,
  buildComparisonView,
  buildSensitivityView,
  buildSimulationView,
  buildView,
  evaluate,
  isMeasureTable,
  parseScenario,
  renderJson,
  renderMarkdown,
  sensitivity,
  simulate,
  type MeasureTable,
} from '../../src/index.js';
import { analysisScenario, cells } from './_analysis-scenario.js';

const scenario = parseScenario(analysisScenario());
const tables = (r: { tables: readonly object[] }): MeasureTable[] => r.tables.filter(isMeasureTable);

describe('buildComparisonView', () => {
  // The variant doubles the cost per head: exit compensation £600, £300 each, less £50 funding each.
  // At 10% each partner's exact NPV is 1,788.43 (base) or 1,638.43 (dear exits); the totals 3,576.86 and
  // 3,276.86 round half-up to 3,577 and 3,277, the odd £1 to Alpha, first in the tie order.
  const report = buildComparisonView(evaluate(scenario), evaluate(applyVariant(scenario, 'dear-exits')), { labels: ['Base', 'Dear exits'], appraisal: { discountRate: '0.1' } });
  const [savings, net, npv, payback] = tables(report);

  it('gives savings, net benefit by year, NPV and payback, with B − A', () => {
    expect(report.view).toBe('compare');
    expect(report.tables.map((t) => t.title)).toEqual(['Savings by partner', 'Net benefit by year', 'NPV by partner', 'Payback year']);
    expect(cells(savings!)).toEqual([
      ['Alpha', '800', '800', '0'],
      ['Beta', '800', '800', '0'],
      ['Total', '1600', '1600', '0'],
    ]);
    expect(cells(net!)).toEqual([
      ['2020/21', '800', '500', '-300'],
      ['2021/22', '1600', '1600', '0'],
      ['2022/23', '1600', '1600', '0'],
      ['Total', '4000', '3700', '-300'],
    ]);
    expect(cells(npv!)).toEqual([
      ['Alpha', '1789', '1639', '-150'],
      ['Beta', '1788', '1638', '-150'],
      ['Total', '3577', '3277', '-300'],
    ]);
    expect(cells(payback!)).toEqual([
      ['Alpha', '2020/21', '2020/21'],
      ['Beta', '2020/21', '2020/21'],
      ['Total', '2020/21', '2020/21'],
    ]);
  });

  it('names A and B in the notes and the title', () => {
    expect(report.title).toBe('Base compared with Dear exits');
    expect(report.notes).toContain('A: Base.');
    expect(report.notes).toContain('B: Dear exits.');
  });

  it('shows a partner missing from one side as a dash, never as zero', () => {
    const without = parseScenario({ ...analysisScenario(), variants: [{ name: 'beta-leaves', removePartners: ['b'] }], coalitions: [], staffing: [] });
    const c = buildComparisonView(evaluate(without), evaluate(applyVariant(without, 'beta-leaves')));
    expect(cells(tables(c)[0]!)[1]).toEqual(['Beta', '800', '', '-800']);
    expect(renderMarkdown(c)).toContain('| Beta    |   800 |     – |              (800) |');
  });
});

describe('buildSensitivityView', () => {
  const result = sensitivity(scenario, { discountRate: '0.1' });
  const report = buildSensitivityView(scenario, result);
  const [base, tornado, partners] = tables(report);

  it('gives the base case, the tornado by swing, and each partner at each end', () => {
    expect(report.view).toBe('sensitivity');
    // Each partner: net 400, 800, 800; at 10% flat, 400 + 727.27 + 661.16 = 1,788.43. Present values are
    // rounded once over partners and years so that they add up to the total's 3,577: 2021/22's 1,454.55
    // takes the spare pound (1,455), split 728 : 727 with Alpha first in the tie order.
    expect(cells(base!)).toEqual([
      ['Alpha', '2000', '1789', '2020/21'],
      ['Beta', '2000', '1788', '2020/21'],
      ['Total', '4000', '3577', '2020/21'],
    ]);
    expect(tornado!.rows.map((r) => r.key)).toEqual(result.rows.map((r) => r.input));
    // Possible savings from 0 to 1: £600 a year from 2021/22. Exact total NPV 2,535.54 without them and
    // 3,576.86 with them, each rounded half-up once: 2,536 and 3,577, a swing of 1,041.
    const possible = cells(tornado!).find((r) => r[0] === 'Realisation of possible savings')!;
    expect(possible.slice(1, 7)).toEqual(['1', '0', '1', '2536', '3577', '1041']);
    expect(partners!.columns.map((c) => c.label)).toEqual(['Alpha: low', 'Alpha: high', 'Beta: low', 'Beta: high']);
  });

  it('states the ranges, the order and the break-even convention', () => {
    expect(report.notes.some((n) => n.startsWith('Ranges: each input is varied alone'))).toBe(true);
    expect(report.notes.some((n) => n.startsWith('Break-even: on the step 0.000001'))).toBe(true);
  });
});

describe('buildSimulationView', () => {
  const sim = simulate(scenario, { runs: 200, seed: 2011 });
  const report = buildSimulationView(scenario, sim);
  const [npv, net, risk, inputs] = tables(report);

  it('gives P10, P50, P90 and the mean of NPV and net benefit, per partner and in total', () => {
    expect(report.view).toBe('simulation');
    expect(npv!.title).toBe('NPV over 200 runs');
    expect(cells(npv!)[2]).toEqual(['Total', ...[sim.total.npv.p10, sim.total.npv.p50, sim.total.npv.p90, sim.total.npv.mean].map(String)]);
    expect(cells(net!)[0]).toEqual(['Alpha', ...[sim.partners[0]!.netBenefit.p10, sim.partners[0]!.netBenefit.p50, sim.partners[0]!.netBenefit.p90, sim.partners[0]!.netBenefit.mean].map(String)]);
    expect(risk!.columns.map((c) => c.key)).toEqual(['paybackP10', 'paybackP50', 'paybackP90', 'meanYears', 'neverShare', 'probabilityWorseOff', 'probabilityNegativeNpv']);
    expect(inputs!.rows.map((r) => r.key)).toEqual(sim.inputs.map((i) => i.name));
  });

  it('states the runs and the seed, and renders the same bytes for the same seed', () => {
    expect(report.notes).toContain('200 runs with the seed 2011: the same seed gives the same figures.');
    const again = renderJson(buildSimulationView(scenario, simulate(scenario, { runs: 200, seed: 2011 })));
    expect(again).toBe(renderJson(report));
    expect(renderJson(buildSimulationView(scenario, simulate(scenario, { runs: 200, seed: 2012 })))).not.toBe(again);
  });
});

describe('measure tables in JSON', () => {
  it('names each column’s kind and unit, and writes every value as a string or null', () => {
    const json = JSON.parse(renderJson(buildView(evaluate(scenario), 'appraisal', { appraisal: { discountRate: '0.1' } }), { unit: '£000' }));
    const [summary, total] = json.tables;
    expect(summary.kind).toBe('measures');
    expect(summary.columns.map((c: { kind: string; unit: string | null }) => [c.kind, c.unit])).toEqual([
      ['money', '£000'],
      ['money', '£000'],
      ['money', '£000'],
      ['number', null],
      ['text', null],
    ]);
    expect(summary.rows[2]).toEqual({ key: 'total', label: 'Total', role: 'total', values: ['3.577', '3.777', '0.200', '18.89', '2020/21'] });
    expect(total.rows[3].values).toEqual(['4.200', '0.300', '0.100', '4.000', null, null, '3.577']);
    expect(total.rows[1].values[5]).toBe('0.909091');
  });
});
