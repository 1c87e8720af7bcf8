import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import type { ScenarioInput } from '../../src/schema/index.js';

const NO_DISCOUNT = { discountRate: '0', discountSchedule: 'flat' as const };

/**
 * A scenario whose published figures fall in every group and most verdicts, in units beyond money.
 * Two partners (population 60 : 40), three years in £000 at £1k: `team` saves £100k a year from 2024/25
 * (a 60, b 40), `hosting` costs £30k a year from 2025/26, `exit` is a one-off £150k in 2024/25. In-year
 * savings 100, 70, 70 (240 in all); net benefit undiscounted −50, 70, 70, so payback in 2025/26 and a
 * benefit–cost ratio of 240 / 150 = 1.6. Figures by index (verdict, group):
 * 0 total 240 of parts 100 + 70 + 60 (exact; the parts do not add up: arithmetic);
 * 1, 2 the first two years (exact); 3 the third printed 60 (discrepancy of 10);
 * 4 hosting printed 30 without a sense (discrepancy, the model's −30: a hint);
 * 5 possible savings (none: not modelled); 6 payback printed 2026/27 (discrepancy of a year);
 * 7 payback 2025/26 (exact); 8 the ratio 1.6 (exact); 9 A's share printed 71% (discrepancy of 11 points);
 * 10 "about £0.2m" (round figure); 11 £0.2m to 0.1 (rounding); 12 more than £200k (within bound).
 */
export function groupsScenario(): ScenarioInput {
  return {
    version: 1,
    title: 'Every group',
    settings: { unit: '£000', quantum: '1', firstYear: '2024/25', years: 3 },
    partners: [
      { id: 'a', name: 'A', metrics: { population: '60' } },
      { id: 'b', name: 'B', metrics: { population: '40' } },
    ],
    services: [],
    lines: [
      { id: 'team', name: 'Team', amount: '100', attribution: { rule: 'metric', metric: 'population' }, phasing: [{ year: '2024/25', amount: '100' }] },
      { id: 'hosting', name: 'Hosting', kind: 'cost', amount: '30', phasing: [{ year: '2025/26', amount: '30' }] },
    ],
    costs: [{ id: 'exit', name: 'Exit', amount: '150', phasing: [{ year: '2024/25', amount: '150' }] }],
    published: [
      { id: 'total', label: 'Savings over three years', of: { inYear: true }, value: '240', precision: '1', sumOf: ['y1', 'y2', 'y3'] },
      { id: 'y1', label: 'Savings 2024/25', of: { inYear: true, years: { from: '2024/25', to: '2024/25' } }, value: '100', precision: '1' },
      { id: 'y2', label: 'Savings 2025/26', of: { inYear: true, years: { from: '2025/26', to: '2025/26' } }, value: '70', precision: '1' },
      { id: 'y3', label: 'Savings 2026/27', of: { inYear: true, years: { from: '2026/27', to: '2026/27' } }, value: '60', precision: '1' },
      { id: 'hosting', label: 'Hosting', of: { line: 'hosting' }, value: '30', precision: '1' },
      { id: 'possible', label: 'Possible savings', of: { tier: 'possible' }, value: '12', precision: '1' },
      { id: 'payback-late', label: 'Payback', of: { appraisal: 'payback-year' }, value: '2026/27', unit: 'year', precision: '1', appraisal: NO_DISCOUNT },
      { id: 'payback', label: 'Payback as printed', of: { appraisal: 'payback-year' }, value: '2025/26', unit: 'year', precision: '1', appraisal: NO_DISCOUNT },
      { id: 'bcr', label: 'Benefit–cost ratio', of: { appraisal: 'benefit-cost-ratio' }, value: '1.6', precision: '0.1', appraisal: NO_DISCOUNT },
      { id: 'share', label: 'A’s share of the team', of: { line: 'team', partner: 'a', share: true }, value: '71', unit: '%', precision: '1' },
      { id: 'about', label: 'About £0.2m', of: { inYear: true }, value: '0.2', unit: '£m', precision: '0.1', approximate: 'round' },
      { id: 'rounded', label: '£0.2m', of: { inYear: true }, value: '0.2', unit: '£m', precision: '0.1' },
      { id: 'more', label: 'More than £200k', of: { inYear: true }, value: '200', precision: '1', bound: 'more-than' },
    ],
  };
}

/** The scenario, evaluated. */
export function groupsEvaluation(): Evaluation {
  return evaluate(parseScenario(groupsScenario()));
}
