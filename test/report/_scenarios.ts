import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';

/** A small scenario: two partners, one shared service with money and FTE baselines, three lines. */
export function smallScenario(settings: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    title: 'Two councils | shared team',
    source: 'A test paper',
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2, ...settings },
    partners: [
      { id: 'a', name: 'Alpha, "North" Council' },
      { id: 'b', name: 'Beta' },
    ],
    services: [
      {
        id: 'svc',
        name: 'Shared team',
        budgets: [
          { id: 'team', name: 'Staffing', starting: { a: '1000', b: '500' }, closing: { combined: '900', attribution: { rule: 'equal' } } },
          { id: 'team-fte', name: 'Staff', measure: 'fte', starting: { a: '10', b: '5' }, closing: { a: '6', b: '4.5' } },
        ],
      },
    ],
    lines: [
      { id: 'mgmt', name: 'Management | team', service: 'svc', from: { budget: 'team' }, fte: { from: { budget: 'team-fte' } } },
      { id: 'it', name: 'IT\nphased', tier: 'projected', amount: '1001', attribution: { rule: 'equal' }, phasing: [{ year: '2020/21', share: '0.5' }, { year: '2021/22', share: '0.5' }] },
      { id: 'ops', name: 'Running cost', kind: 'cost', tier: 'possible', amount: '300', attribution: { rule: 'equal' } },
    ],
    published: [
      { id: 'p-a', label: 'Management, Alpha', of: { line: 'mgmt', partner: 'a' }, value: '550', precision: '1' },
      { id: 'p-b', label: 'Management, Beta', of: { line: 'mgmt', partner: 'b' }, value: '60', precision: '10' },
      { id: 'p-total', label: 'Management, total', of: { line: 'mgmt' }, value: '600', precision: '1', sumOf: ['p-a', 'p-b'] },
    ],
  };
}

/** The small scenario, evaluated. */
export function smallEvaluation(settings: Record<string, unknown> = {}): Evaluation {
  return evaluate(parseScenario(smallScenario(settings)));
}
