import { describe, expect, it } from 'vitest';
import { budgetContext, evaluate, parseScenario, staffing } from '../../src/index.js';

const base = {
  version: 1,
  title: 'Staffing fixture',
  settings: { unit: '£000', quantum: '1', firstYear: '2019/20', years: 2 },
  partners: [{ id: 'c', name: 'Council' }],
  services: [
    {
      id: 'svc',
      name: 'Service',
      budgets: [
        { id: 'exp', name: 'Controllable expenditure', basis: 'expenditure', controllable: true, starting: { c: '17317' } },
        { id: 'posts', name: 'Posts', measure: 'fte', basis: 'staffing', starting: { c: '121' } },
      ],
    },
  ],
  lines: [
    { id: 'a', name: 'Line A', amount: '100' },
    { id: 'b', name: 'Line B', amount: '50' },
  ],
};

describe('staffing', () => {
  it('works out staff at risk as reductions less vacancies and VR requests, never below zero', () => {
    const s = parseScenario({
      ...base,
      staffing: [
        { line: 'a', fte: '233', headcount: '279', reductions: [{ year: '2019/20', fte: '50' }, { year: '2020/21', fte: '50' }], vacancies: '32', vrRequests: '2' },
        { line: 'b', fte: '53', headcount: '60', reductions: [{ year: '2019/20', fte: '6' }], vacancies: '13', vrRequests: '2' },
      ],
      costs: [{ id: 'exit', name: 'Exit compensation', type: 'exit-compensation', heads: '60', costPerHead: '25' }],
    });
    const v = staffing(evaluate(s));
    expect(v.rows.map((r) => r.atRisk.toString())).toEqual(['66', '0']);
    expect(v.rows[0]!.label).toBe('Line A');
    expect(v.totals.fte?.toString()).toBe('286');
    expect(v.totals.headcount?.toString()).toBe('339');
    expect(v.totals.reductions.map((r) => [r.year, r.fte.toString()])).toEqual([
      ['2019/20', '56'],
      ['2020/21', '50'],
    ]);
    expect(v.totals.atRisk.toString()).toBe('66');
    expect(v.exitHeads?.toString()).toBe('60');
    expect(v.notes).toEqual(['Exit compensation is costed for 60 staff; the staffing effects put 66 at risk.']);
  });
});

describe('budget context', () => {
  it('states a reduction as a percentage of controllable expenditure, exactly and to whole percent', () => {
    const s = parseScenario({
      ...base,
      context: [
        { id: 'money', label: 'Reduction as % of controllable expenditure', reduction: '185', of: { budget: 'exp', position: 'starting' } },
        { id: 'fte', label: 'FTE reduction as % of FTE', measure: 'fte', reduction: '0', of: { budget: 'posts', position: 'starting' } },
      ],
    });
    const rows = budgetContext(evaluate(s));
    expect(rows.map((r) => r.percentage?.toString())).toEqual(['1.07', '0']);
    expect(rows.map((r) => r.wholePercent?.toString())).toEqual(['1', '0']);
    expect(rows[0]!.baseline?.toString()).toBe('17317000');
  });
});
