import { describe, expect, it } from 'vitest';
import {
  Decimal,
  appraise,
  buildView,
  evaluate,
  isSharedServicesError,
  parseScenario,
  pivot,
  type TableModel,
} from '../../src/index.js';
import {
  CHART_NAMES,
  chartSpec,
  costsAgainstSavings,
  netBenefitByYear,
  savingsByPartnerAndTier,
  type VegaLiteSpec,
} from '../../src/report/full.js';
import { plotNumber, plotText } from '../../src/report/charts/_plot.js';
import { smallScenario } from './_scenarios.js';
import { costlyEvaluation, triBorough } from '../browser/_report-fixtures.js';

const tri = triBorough();
const small = costlyEvaluation();

type Row = Record<string, unknown>;
const values = (spec: VegaLiteSpec): Row[] => (spec['data'] as { values: Row[] }).values;
const layers = (spec: VegaLiteSpec): Row[] => spec['layer'] as Row[];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Decimal)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('the plotting boundary', () => {
  it.each([
    ['1314000', '£m', 1.314],
    ['1314000.01', '£m', 1.31400001],
    ['-2890000', '£000', -2890],
    ['0.01', '£', 0.01],
    ['0', '£m', 0],
  ] as const)('plots %s pounds in %s as %s, to the penny', (pounds, unit, expected) => {
    expect(plotNumber(new Decimal(pounds), unit)).toBe(expected);
  });

  it.each([
    ['1314000', '£m', '£1.314m'],
    ['1310000', '£m', '£1.31m'],
    ['1314000.01', '£m', '£1.31400001m'],
    ['-2890000', '£000', '−£2,890k'],
    ['1234567.5', '£', '£1,234,567.50'],
  ] as const)('labels %s pounds in %s exactly as %s', (pounds, unit, expected) => {
    expect(plotText(new Decimal(pounds), unit)).toBe(expected);
  });

  it('labels with at least the decimals asked for, as the tables print', () => {
    expect(plotText(new Decimal('1310000'), '£m', 3)).toBe('£1.310m');
  });
});

describe('savingsByPartnerAndTier', () => {
  const table = buildView(tri, 'tiers').tables[0] as TableModel;
  const spec = savingsByPartnerAndTier(table, { unit: '£m', decimals: 3 });

  it('is a stacked bar of partners by tier, one datum per cell of the view', () => {
    expect(spec['mark']).toEqual({ type: 'bar' });
    const enc = spec['encoding'] as Record<string, Row>;
    expect(enc['x']).toMatchObject({ field: 'amount', type: 'quantitative', stack: 'zero', title: '£m' });
    // Partners in the view's order, by a field of the data (a sort listing the names compiles to one test per partner).
    expect(enc['y']).toMatchObject({ field: 'partner', type: 'nominal', sort: { field: 'partnerOrder', op: 'min' } });
    expect([...new Map(values(spec).map((v) => [v['partnerOrder'], v['partner']])).entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map((e) => e[1])).toEqual(table.columns.map((c) => c.label).filter((l) => l !== 'Total only'));
    expect(enc['color']).toMatchObject({ field: 'tier', sort: ['Assured', 'Projected', 'Possible'] });
    expect(values(spec)).toHaveLength(9);
    expect(values(spec)[0]).toEqual({ partner: 'H&F', partnerOrder: 0, tier: 'Assured', tierOrder: 0, amount: 3.91, label: '£3.910m' });
  });

  it('maps the view’s cells and nothing else: each amount is its exact cell, read as a number', () => {
    const cells = table.rows.flatMap((r) => r.values.filter((v): v is Decimal => v !== null));
    expect(values(spec).map((v) => v['amount'])).toEqual(cells.map((c) => Number(c.dividedBy(1e6).toString())));
  });

  it('is plain JSON and leaves its (frozen) input alone', () => {
    const frozen = deepFreeze(buildView(tri, 'tiers').tables[0] as TableModel);
    const again = savingsByPartnerAndTier(frozen, { unit: '£m', decimals: 3 });
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
    expect(again).toEqual(spec);
  });

  it('refuses a table that is not money by tier and partner', () => {
    const byLine = pivot(tri, { rows: 'line', columns: 'partner' });
    let caught: unknown;
    try {
      savingsByPartnerAndTier(byLine);
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught) && caught.code).toBe('E_OPTION');
  });
});

describe('netBenefitByYear', () => {
  it('draws net bars, the cumulative line and a rule with a label at the payback year', () => {
    const total = appraise(tri).total;
    const spec = netBenefitByYear(total, { unit: '£m' });
    expect(layers(spec).map((l) => l['name'])).toEqual(['zero', 'net', 'cumulative', 'payback']);
    const payback = layers(spec)[3]!;
    expect(payback['data']).toEqual({ values: [{ year: total.paybackYear, label: `Payback ${total.paybackYear}` }] });
    expect(JSON.stringify(payback)).toContain('"type":"rule"');
    expect(values(spec).map((v) => v['year'])).toEqual(total.years.map((y) => y.year));
    expect(values(spec).map((v) => v['cumulative'])).toEqual(total.years.map((y) => Number(y.cumulative.dividedBy(1e6).toString())));
    expect(JSON.stringify(spec['title'])).toContain(`Payback year: ${total.paybackYear}`);
  });

  it('says so, and draws no rule, when the case does not pay back within the period', () => {
    const dear = costlyEvaluation({ costs: [{ id: 'setup', name: 'Set-up', type: 'set-up', amount: '100000', attribution: { rule: 'equal' } }], funding: [] });
    const total = appraise(dear).total;
    expect(total.paybackYear).toBeNull();
    const spec = netBenefitByYear(total);
    expect(layers(spec).map((l) => l['name'])).toEqual(['zero', 'net', 'cumulative']);
    expect(JSON.stringify(spec['title'])).toContain('No payback within 2020/21 to 2021/22');
    expect(values(spec)[0]!['sign']).toBe('negative');
  });
});

describe('costsAgainstSavings', () => {
  it('groups savings and one-off costs by year, with funding only where there is any', () => {
    const withoutFunding = costsAgainstSavings(appraise(tri).total, { unit: '£m' });
    expect((withoutFunding['encoding'] as Record<string, Row>)['xOffset']).toMatchObject({ field: 'series', sort: ['Savings counted', 'One-off costs'] });
    expect(values(withoutFunding).filter((v) => v['series'] === 'One-off costs').map((v) => v['amount'])).toEqual([2, 0.25, 0.25, 0]);

    const funded = costsAgainstSavings(appraise(small, { includeUnconfirmedFunding: true }).total);
    expect(new Set(values(funded).map((v) => v['series']))).toEqual(new Set(['Savings counted', 'One-off costs', 'External funding']));
  });
});

describe('chartSpec', () => {
  it.each(CHART_NAMES.map((n) => [n]))('%s: builds from the evaluation in the scenario’s unit', (name) => {
    const spec = chartSpec(tri, name);
    expect(spec['$schema']).toMatch(/vega-lite\/v6\.json$/);
    expect(JSON.stringify(spec)).toContain('£m');
    expect(chartSpec(tri, name)).toEqual(spec);
  });

  it('draws one partner’s years when asked, and the unit asked for', () => {
    const hf = chartSpec(tri, 'netBenefitByYear', { partner: 'hf', unit: '£000' });
    const expected = appraise(tri).partners.find((p) => p.partner === 'hf')!;
    expect(values(hf).map((v) => v['net'])).toEqual(expected.years.map((y) => Number(y.net.dividedBy(1000).toString())));
  });

  it.each([
    ['an unknown chart', () => chartSpec(tri, 'pie' as never), ['chart']],
    ['an unknown partner', () => chartSpec(tri, 'netBenefitByYear', { partner: 'nowhere' }), ['partner']],
    ['an unusable discount rate', () => chartSpec(tri, 'netBenefitByYear', { appraisal: { discountRate: '2' } }), ['discountRate']],
  ])('refuses %s (E_OPTION, naming the option)', (_name, call, path) => {
    let caught: unknown;
    try {
      call();
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught) && caught.code).toBe('E_OPTION');
    expect((caught as { issues: { path: unknown }[] }).issues[0]!.path).toEqual(path);
  });

  it('draws an empty savings chart for a scenario without lines', () => {
    const bare = evaluate(parseScenario({ ...smallScenario(), lines: [], published: [] }));
    expect(values(chartSpec(bare, 'savingsByPartnerAndTier'))).toEqual([]);
  });
});
