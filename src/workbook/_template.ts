import type { ScenarioInput } from '../schema/index.js';

/**
 * The worked case of the blank workbook: two councils share an HR team, with a row on every sheet to
 * copy. It validates and reports; an analyst overwrites it with the paper's own figures.
 */
export const TEMPLATE: ScenarioInput = {
  version: 1,
  title: 'A worked example: two councils share an HR team',
  source: 'Illustrative figures: replace with the paper, its date and its tables.',
  settings: { unit: '£', quantum: '0.01', firstYear: '2025/26', years: 3 },
  partners: [
    { id: 'north', name: 'North District Council', metrics: { population: '60000', staff: '420' } },
    { id: 'south', name: 'South Borough Council', metrics: { population: '90000', staff: { '2025/26': '580', '2026/27': '560', '2027/28': '560' } }, membership: { from: '2025-04-01' } },
  ],
  services: [
    {
      id: 'hr',
      name: 'Human resources',
      budgets: [{ id: 'hr-net', name: 'HR net budget', measure: 'money', basis: 'net', controllable: true, fund: 'General Fund', starting: { north: '400000', south: '600000' }, closing: { combined: '800000', attribution: { rule: 'shares', shares: { north: '0.4', south: '0.6' } } } }],
    },
  ],
  lines: [
    {
      id: 'hr-merge',
      name: 'One HR team for both councils',
      service: 'hr',
      kind: 'saving',
      tier: 'assured',
      category: 'employees',
      fund: 'General Fund',
      recurrence: 'ongoing',
      amount: '120000',
      attribution: { rule: 'shares', shares: { north: '0.4', south: '0.6' } },
      phasing: [
        { year: '2025/26', share: '0.5' },
        { year: '2026/27', share: '0.5' },
      ],
      fte: { amount: '3' },
      basis: 'Shares agreed by both councils',
    },
  ],
  costs: [
    {
      id: 'redundancy',
      name: 'Redundancy and pension strain',
      type: 'exit-compensation',
      heads: '3',
      costPerHead: '25000',
      attribution: { rule: 'shares', shares: { north: '0.4', south: '0.6' } },
      phasing: [{ year: '2025/26', share: '1' }],
    },
  ],
  funding: [{ id: 'grant', name: 'Transformation grant', amount: '20000', confirmed: true, offsets: ['redundancy'] }],
  indirect: [{ id: 'accommodation', name: 'Office space released', driver: 'fte-removed', low: '3000', high: '6000', tier: 'possible' }],
  staffing: [{ service: 'hr', partner: 'north', fte: '12', headcount: '13', reductions: [{ year: '2025/26', fte: '1.5' }], vacancies: '1', vrRequests: '1' }],
  context: [{ id: 'hr-cut', label: 'The saving as a share of the HR budget', reduction: '120000', measure: 'money', of: { budget: 'hr-net', position: 'starting' } }],
  published: [{ id: 'north-total', label: 'Saving to North, all years', of: { line: 'hr-merge', partner: 'north' }, value: '48000', unit: '£', precision: '1' }],
  agreements: [
    {
      id: 'payroll',
      name: 'Shared payroll service',
      service: 'hr',
      basis: 'Payslips a year',
      costs: [{ year: '2025/26', net: '50000' }],
      attribution: { rule: 'shares', shares: { north: '0.45', south: '0.55' } },
      standAlone: { north: '30000', south: '35000' },
    },
  ],
  variants: [{ name: 'cheaper-exit', description: 'Exit costs of £20,000 a head', set: [{ path: 'costs[redundancy].costPerHead', value: '20000' }] }],
  coalitions: [{ partners: ['north'], saving: '0', note: 'North alone saves nothing' }],
};
