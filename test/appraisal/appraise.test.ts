import { describe, expect, it } from 'vitest';
import { Decimal, appraise, discountFactors, evaluate, parseScenario, rateInYear } from '../../src/index.js';

/** Two partners; a saving of 100 a year from the first year, split equally; a one-off cost of 150 in year 0. */
function scenario(extra: Record<string, unknown> = {}) {
  return parseScenario({
    version: 1,
    title: 'Appraisal fixture',
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 },
    partners: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    lines: [{ id: 'l', name: 'Shared team', amount: '100', tier: 'assured' }],
    costs: [{ id: 'k', name: 'Set-up', type: 'set-up', amount: '150' }],
    ...extra,
  });
}

describe('discount factors', () => {
  it('leaves the first year undiscounted and divides by 1.035 a year', () => {
    const f = discountFactors(new Decimal('0.035'), 3);
    expect(f[0]!.toString()).toBe('1');
    expect(f[1]!.times('1.035').toDecimalPlaces(60).toString()).toBe('1');
    expect(f[2]!.times('1.071225').toDecimalPlaces(60).toString()).toBe('1');
  });

  it('steps down to 3.0% after year 30 and 2.5% after year 75 (Green Book)', () => {
    const r = new Decimal('0.035');
    expect(rateInYear(r, 30).toString()).toBe('0.035');
    expect(rateInYear(r, 31).toString()).toBe('0.03');
    expect(rateInYear(r, 76).toString()).toBe('0.025');
    const f = discountFactors(r, 32);
    expect(f[30]!.dividedBy(f[31]!).toDecimalPlaces(40).toString()).toBe('1.03');
  });
});

describe('appraise', () => {
  const a = appraise(evaluate(scenario()));

  it('recurs an on-going saving every year from its start and puts a one-off cost in its year', () => {
    expect(a.total.years.map((y) => y.benefits.toString())).toEqual(['100', '100', '100']);
    expect(a.total.years.map((y) => y.costs.toString())).toEqual(['150', '0', '0']);
    expect(a.total.years.map((y) => y.net.toString())).toEqual(['-50', '100', '100']);
    expect(a.total.years.map((y) => y.cumulative.toString())).toEqual(['-50', '50', '150']);
  });

  it('finds the payback year, per partner and in total', () => {
    expect(a.total.paybackYear).toBe('2021/22');
    expect(a.partners.map((p) => p.paybackYear)).toEqual(['2021/22', '2021/22']);
  });

  it('discounts per partner and year, rounding the present values once, as a whole, so years and partners add up', () => {
    // Each partner: −25, 50/1.035 = 48.309, 50/1.071225 = 46.676; NPV 69.985 each, 139.970 in all, so 140.
    // The years' totals are 96.618 → 97 and 93.352 → 93: year 1 needs one partner at 49, so year 2 one at
    // 46, and each partner still comes to 70 (rounding each figure apart gave years of 96 and 94).
    expect(a.total.years.map((y) => y.presentValue.toString())).toEqual(['-50', '97', '93']);
    expect(a.partners.map((p) => p.years.map((y) => y.presentValue.toString()))).toEqual([
      ['-25', '48', '47'],
      ['-25', '49', '46'],
    ]);
    expect(a.total.npv.toString()).toBe('140');
    expect(a.partners.map((p) => p.npv.toString())).toEqual(['70', '70']);
    expect(a.total.pvBenefits.minus(a.total.pvCosts).toString()).toBe(a.total.npv.toString());
  });

  it('states its conventions', () => {
    expect(a.conventions.discountRate).toBe('0.035');
    expect(a.conventions.firstYearUndiscounted).toBe(true);
    expect(a.conventions.period).toBe('3 years, 2020/21 to 2022/23');
    expect(a.conventions.riskWeights).toEqual({ assured: '1', projected: '1', possible: '1' });
  });

  it('applies optimism bias as cost × (1 + bias × (1 − mitigation))', () => {
    const b = appraise(evaluate(scenario()), { optimismBias: '0.2', mitigation: '0.5' });
    expect(b.total.years[0]!.costs.toString()).toBe('165');
  });

  it('weights savings by tier', () => {
    const s = scenario({ lines: [{ id: 'l', name: 'Possible', amount: '100', tier: 'possible' }] });
    const b = appraise(evaluate(s), { riskWeights: { possible: '0.5' } });
    expect(b.total.years.map((y) => y.benefits.toString())).toEqual(['50', '50', '50']);
    expect(b.total.paybackYear).toBe('2022/23');
  });

  it('has no payback year when the position never turns positive', () => {
    const s = scenario({ costs: [{ id: 'k', name: 'Set-up', amount: '1000' }] });
    expect(appraise(evaluate(s)).total.paybackYear).toBeNull();
  });

  it('offsets costs by confirmed funding only, unless told otherwise, and lists caveats', () => {
    const s = scenario({
      costs: [
        { id: 'k', name: 'Set-up', amount: '150' },
        { id: 'ict', name: 'ICT integration', type: 'ict', unquantified: true },
      ],
      funding: [{ id: 'seed', name: 'Seed funding', amount: '100', offsets: ['k'] }],
    });
    const e = evaluate(s);
    expect(appraise(e).total.years[0]!.funding.toString()).toBe('0');
    expect(appraise(e, { includeUnconfirmedFunding: true }).total.years[0]!.net.toString()).toBe('50');
    expect(appraise(e).caveats).toEqual([
      'Unquantified cost, not included: ICT integration',
      'Unconfirmed funding not included: Seed funding',
    ]);
  });

  it('takes an appraisal period longer than the scenario, carrying on-going savings forward', () => {
    const b = appraise(evaluate(scenario()), { years: 5 });
    expect(b.years).toEqual(['2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(b.total.years[4]!.benefits.toString()).toBe('100');
  });
});

describe('appraise: options that cannot be used', () => {
  const e = evaluate(scenario());
  it.each([
    [{ discountRate: 'abc' }, 'discountRate'],
    [{ discountRate: '-0.01' }, 'discountRate'],
    [{ mitigation: '3' }, 'mitigation'],
    [{ optimismBias: '-1.2' }, 'optimismBias'],
    [{ riskWeights: { possible: '-0.5' } }, 'riskWeights.possible'],
    [{ years: 0 }, 'years'],
  ])('refuses %j naming %s', (options, path) => {
    expect(() => appraise(e, options as never)).toThrow(new RegExp(`^${path.replace('.', '\\.')}: expected`));
  });

  it('refuses the same in the scenario file, with the path', () => {
    expect(() => scenario({ appraisal: { mitigation: '3' } })).toThrow(/appraisal\.mitigation: expected a proportion from 0 to 1/);
  });

  it('reports funding beyond the costs it offsets as a caveat', () => {
    const s = scenario({ funding: [{ id: 'grant', name: 'Grant', amount: '200', confirmed: true, offsets: ['k'] }] });
    const a = appraise(evaluate(s));
    expect(a.total.years[0]!.funding.toString()).toBe('150');
    expect(a.caveats).toEqual(['Funding beyond the costs it offsets, not counted: Grant (50 of 200 pounds)']);
  });

  it('weights a recurring cost line by its tier, like any line', () => {
    const s = scenario({ lines: [{ id: 'c', name: 'Licence', kind: 'cost', tier: 'possible', amount: '40' }], costs: [] });
    const a = appraise(evaluate(s), { riskWeights: { possible: '0.5' } });
    expect(a.total.years[0]!.benefits.toString()).toBe('-20');
  });
});

describe('scenario references from context and funding', () => {
  it('names an unknown budget in a context figure by its path', () => {
    expect(() =>
      scenario({ context: [{ id: 'x', label: 'Share of spend', reduction: '10', of: { budget: 'nope', position: 'starting' } }] }),
    ).toThrow(/context\[0\]\.of\.budget: expected a budget id/);
  });

  it('accepts funding against an unquantified cost and says it cannot be counted yet', () => {
    const s = scenario({
      costs: [{ id: 'setup', name: 'Programme management', type: 'set-up', unquantified: true }],
      funding: [{ id: 'seed', name: 'Seed funding', unquantified: true, offsets: ['setup'] }],
    });
    expect(appraise(evaluate(s)).caveats).toContain('Funding Seed funding offsets an unquantified cost (Programme management): counted only against quantified costs');
  });
});
