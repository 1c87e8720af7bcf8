import { describe, expect, it } from 'vitest';
import { InputError, appraise, evaluate, netBenefit, parseScenario } from '../../src/index.js';

/** Two councils over three years; every figure below is worked out by hand. */
const evaluation = () =>
  evaluate(
    parseScenario({
      version: 1,
      title: 'Alpha and Beta',
      settings: { firstYear: '2020/21', years: 3 },
      partners: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
      lines: [
        // 100.01 a year from 2020/21, the odd penny to Alpha; 30 a year of projected savings from 2021/22.
        { id: 'team', name: 'Shared team', amount: '100.01', attribution: { rule: 'equal' } },
        { id: 'it', name: 'IT', tier: 'projected', amount: '30', attribution: { rule: 'equal' }, phasing: [{ year: '2021/22', share: '1' }] },
      ],
      // 150 of set-up in 2020/21, split equally.
      costs: [{ id: 'k', name: 'Set-up', type: 'set-up', amount: '150', attribution: { rule: 'equal' } }],
      // The scenario's own appraisal settings, which net benefit leaves aside.
      appraisal: { riskWeights: { projected: '0.5' }, optimismBias: '0.2' },
    }),
  );

const nets = (years: readonly { net: { toFixed(): string } }[]): string[] => years.map((y) => y.net.toFixed());

describe('netBenefit', () => {
  it('states each partner’s net benefit by year as the paper would: full tiers, costs as stated, no discounting', () => {
    const n = netBenefit(evaluation());
    expect(n.years).toEqual(['2020/21', '2021/22', '2022/23']);
    // Alpha: 50.01 − 75 = −24.99, then 50.01 + 15 = 65.01 a year. Beta: 50 − 75 = −25, then 65.
    expect(nets(n.partners[0]!.years)).toEqual(['-24.99', '65.01', '65.01']);
    expect(nets(n.partners[1]!.years)).toEqual(['-25', '65', '65']);
    expect(nets(n.total.years)).toEqual(['-49.99', '130.01', '130.01']);
    expect(n.total.years.map((y) => y.cumulative.toFixed())).toEqual(['-49.99', '80.02', '210.03']);
    expect([n.partners[0]!.total.toFixed(), n.partners[1]!.total.toFixed(), n.total.total.toFixed()]).toEqual(['105.03', '105', '210.03']);
    expect([n.partners[0]!.paybackYear, n.total.paybackYear]).toEqual(['2021/22', '2021/22']);
  });

  it('differs from the appraisal by exactly the weighting and the bias it leaves out', () => {
    const e = evaluation();
    const a = appraise(e);
    // The appraisal counts IT at half (15 a year, not 30) and the set-up at 150 × 1.2 = 180.
    expect(a.total.years.map((y) => [y.benefits.toFixed(), y.costs.toFixed()])).toEqual([
      ['100.01', '180'],
      ['115.01', '0'],
      ['115.01', '0'],
    ]);
    expect(netBenefit(e).total.years.map((y) => [y.benefits.toFixed(), y.costs.toFixed()])).toEqual([
      ['100.01', '150'],
      ['130.01', '0'],
      ['130.01', '0'],
    ]);
  });

  it('takes a period, and refuses one it cannot use, naming the option', () => {
    expect(netBenefit(evaluation(), { years: 5 }).total.years.map((y) => y.year)).toEqual(['2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(() => netBenefit(evaluation(), { years: 0 })).toThrow(InputError);
    expect(() => netBenefit(evaluation(), { years: 0 })).toThrow(/years: expected a whole number of years from 1 to 125, found 0/);
  });
});
