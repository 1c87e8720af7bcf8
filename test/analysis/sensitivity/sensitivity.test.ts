/**
 * Sensitivity: the tornado table is ordered by swing, every figure is appraise's, and break-even values
 * are exact on the step of 0.000001 (the condition holds at the value and fails one step beyond it).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal, appraise, evaluate, isSharedServicesError, parseScenario, sensitivity, sensitivityToJSON, type AppraiseOptions, type Scenario } from '../../../src/index.js';

const tri = parseScenario(JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/tri-borough-2011/scenario.json', import.meta.url)), 'utf8')));
const STEP = new Decimal('0.000001');
const npv = (s: Scenario, options: AppraiseOptions): Decimal => appraise(evaluate(s), options).total.npv;

/** One-off cost of 1000 in the first year, 100 a year assured and 500 a year possible, for four years. */
const toy = parseScenario({
  version: 1,
  title: 'Toy',
  settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 4 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  lines: [
    { id: 'sure', name: 'Assured', amount: '100', tier: 'assured' },
    { id: 'maybe', name: 'Possible', amount: '500', tier: 'possible' },
  ],
  costs: [{ id: 'setup', name: 'Set-up', type: 'set-up', amount: '1000' }],
});

describe('sensitivity of the tri-borough example', () => {
  const result = sensitivity(tri);

  it('varies the default inputs and orders the tornado by swing, largest first', () => {
    expect(result.rows.map((r) => r.input)).toEqual([
      'realisation.possible',
      'realisation.projected',
      'discountRate',
      'indirect.accommodation',
      'cost.exit-compensation',
      'cost.change-management',
      'indirect.ict-per-computer',
    ]);
    const swings = result.rows.map((r) => r.swing);
    swings.forEach((s, i) => {
      if (i > 0) expect(s.lessThanOrEqualTo(swings[i - 1]!)).toBe(true);
      expect(s.toString()).toBe(result.rows[i]!.npv.high.minus(result.rows[i]!.npv.low).abs().toString());
    });
  });

  it('gives appraise’s NPV at both ends of each range', () => {
    const row = (input: string) => result.rows.find((r) => r.input === input)!;
    expect(row('realisation.possible').npv.low.toString()).toBe(npv(tri, { riskWeights: { possible: '0' } }).toString());
    expect(row('discountRate').npv.high.toString()).toBe(npv(tri, { discountRate: '0.06' }).toString());
    expect(row('indirect.accommodation').npv.high.toString()).toBe(npv(tri, { indirect: 'high' }).toString());
    expect(result.base.npv.toString()).toBe(npv(tri, {}).toString());
    expect(row('discountRate').base!.toString()).toBe('0.035');
    expect(row('indirect.accommodation').base).toBeNull();
  });

  it('gives each partner’s net benefit over the period', () => {
    const a = appraise(evaluate(tri), { riskWeights: { possible: '0' } });
    const row = result.rows.find((r) => r.input === 'realisation.possible')!;
    expect(row.netBenefit.map((x) => x.low.toString())).toEqual(a.partners.map((p) => p.years.reduce((s, y) => s.plus(y.net), new Decimal(0)).toString()));
    expect(result.base.netBenefit.map((x) => x.partner)).toEqual(['hf', 'rbkc', 'cow']);
  });

  it('gives each partner’s NPV and payback year in the base case, as appraise does, adding up to the total NPV', () => {
    const a = appraise(evaluate(tri), {});
    expect(result.base.partners.map((p) => [p.partner, p.npv.toString(), p.paybackYear])).toEqual(a.partners.map((p) => [p.partner, p.npv.toString(), p.paybackYear]));
    expect(result.base.partners.reduce((s, p) => s.plus(p.npv), new Decimal(0)).toString()).toBe(result.base.npv.toString());
  });

  it('finds where NPV reaches zero as one-off costs grow, exactly', () => {
    const r = sensitivity(tri, { inputs: [{ input: 'costs', low: '1', high: '30' }] });
    const value = r.rows[0]!.breakEven.npv!;
    expect(value.toString()).toBe('19.200981');
    // A multiplier m on every cost is optimism bias m − 1 in appraise.
    const at = npv(tri, { optimismBias: value.minus(1) });
    expect(at.greaterThanOrEqualTo(0) && at.lessThanOrEqualTo(tri.settings.quantum)).toBe(true);
    expect(npv(tri, { optimismBias: value.minus(1).plus(STEP) }).isNegative()).toBe(true);
  });

  it('has no break-even where NPV stays positive across the range', () => {
    expect(result.rows.every((r) => r.breakEven.npv === null)).toBe(true);
  });

  it('writes a Vega-Lite v5 tornado of NPV and of each partner’s net benefit', () => {
    const chart = result.chart as { $schema: string; data: { values: { measure: string; order: number }[] }; facet: { row: { sort: string[] } } };
    expect(chart.$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
    expect(chart.facet.row.sort).toEqual([
      'NPV (total)',
      'Net benefit: London Borough of Hammersmith & Fulham',
      'Net benefit: Royal Borough of Kensington and Chelsea',
      'Net benefit: City of Westminster',
    ]);
    expect(chart.data.values).toHaveLength(4 * result.rows.length * 2);
    expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
  });

  it('gives byte-identical JSON each time, with amounts as strings', () => {
    const text = JSON.stringify(sensitivityToJSON(result));
    expect(JSON.stringify(sensitivityToJSON(sensitivity(tri)))).toBe(text);
    expect(sensitivityToJSON(result).base.npv).toBe(result.base.npv.toFixed());
  });
});

describe('break-even values', () => {
  it('finds where possible savings pay back within 2 and 3 years', () => {
    // Within 2 years: 2 × (100 + 500r) ≥ 1000, so r ≥ 0.8; within 3: r ≥ 7/15 = 0.4666…, so 0.466667.
    const inputs = [{ input: 'realisation.possible', low: '0', high: '1' }];
    const two = sensitivity(toy, { inputs, paybackWithin: 2 }).rows[0]!.breakEven.payback!;
    const three = sensitivity(toy, { inputs, paybackWithin: 3 }).rows[0]!.breakEven.payback!;
    expect([two.toString(), three.toString()]).toEqual(['0.8', '0.466667']);
    const payback = (r: Decimal): string | null => appraise(evaluate(toy), { riskWeights: { possible: r } }).total.paybackYear;
    expect([payback(two), payback(two.minus(STEP))]).toEqual(['2021/22', '2022/23']);
    expect([payback(three), payback(three.minus(STEP))]).toEqual(['2022/23', '2023/24']);
  });

  it('finds where NPV reaches zero: NPV is zero within one quantum at the value, negative one step below', () => {
    const r = sensitivity(toy, { inputs: [{ input: 'realisation.possible', low: '0', high: '1' }] }).rows[0]!;
    const value = r.breakEven.npv!;
    const at = npv(toy, { riskWeights: { possible: value } });
    expect(at.greaterThanOrEqualTo(0) && at.lessThanOrEqualTo(1)).toBe(true);
    expect(npv(toy, { riskWeights: { possible: value.minus(STEP) } }).isNegative()).toBe(true);
  });

  it('bisects the discount rate too, where NPV changes sign within the range', () => {
    const s = parseScenario({
      version: 1,
      title: 'Late savings',
      settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 },
      partners: [{ id: 'a', name: 'A' }],
      lines: [{ id: 'late', name: 'Late', amount: '600', recurrence: 'one-off', phasing: [{ year: '2022/23', share: '1' }] }],
      costs: [{ id: 'k', name: 'Cost', amount: '550' }],
    });
    const value = sensitivity(s, { inputs: [{ input: 'discountRate', low: '0', high: '0.2' }] }).rows[0]!.breakEven.npv!;
    expect(npv(s, { discountRate: value }).greaterThanOrEqualTo(0)).toBe(true);
    expect(npv(s, { discountRate: value.plus(STEP) }).isNegative()).toBe(true);
  });
});

describe('sensitivity refuses options it cannot use, naming the path', () => {
  it.each([
    [{ inputs: [{ input: 'realisation.maybe', low: '0', high: '1' }] }, 'inputs[0].input'],
    [{ inputs: [{ input: 'costs', low: '2', high: '1' }] }, 'inputs[0].high'],
    [{ inputs: [{ input: 'indirect.accommodation', low: '0', high: '1.5' }] }, 'inputs[0].high'],
    [{ inputs: [{ input: 'realisation.possible', low: '0.0000001', high: '1' }] }, 'inputs[0].low'],
    [{ paybackWithin: 9 }, 'paybackWithin'],
    [{ mitigation: '2' }, 'mitigation'],
    [{ riskWeights: { possible: '-1' } }, 'riskWeights.possible'],
  ])('%j → %s', (options, where) => {
    let caught: unknown;
    try {
      sensitivity(tri, options);
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught)).toBe(true);
    expect((caught as { issues: { message: string }[] }).issues[0]!.message.startsWith(`${where}: expected`)).toBe(true);
  });
});
