import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';

/**
 * Two councils sharing a team, typed by hand so every figure can be worked out on paper:
 * - lines: "team" £1,000 a year (assured, split equally, from 2020/21, 2 FTE, 1 each); "ict" £600 a
 *   year (possible, equally, from 2021/22);
 * - one-off costs: exit compensation 3 × £100 (2020/21, equally: £150 each); ICT integration unquantified;
 * - funding: a confirmed grant of £100 offsetting exit compensation (£50 each);
 * - a budget of £30,000 (a) and £10,000 (b), and a context figure of the team saving against it;
 * - staffing effects for each partner; a coalition value for a alone.
 * `indirect: true` adds an indirect saving of £10–£30 (central £20) per FTE removed.
 */
export function analysisScenario(options: { indirect?: boolean } = {}): Record<string, unknown> {
  return {
    version: 1,
    title: 'Two councils',
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 },
    partners: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ],
    services: [{ id: 'svc', name: 'Shared', budgets: [{ id: 'team-budget', name: 'Staffing', starting: { a: '30000', b: '10000' } }] }],
    lines: [
      { id: 'team', name: 'Shared team', service: 'svc', amount: '1000', attribution: { rule: 'equal' }, fte: { amount: '2', attribution: { rule: 'equal' } } },
      { id: 'ict', name: 'Shared ICT', tier: 'possible', amount: '600', attribution: { rule: 'equal' }, phasing: [{ year: '2021/22', share: '1' }] },
    ],
    costs: [
      { id: 'exit', name: 'Exit compensation', type: 'exit-compensation', heads: '3', costPerHead: '100', start: '2020/21' },
      { id: 'ict-integration', name: 'ICT integration', type: 'ict', unquantified: true },
    ],
    funding: [{ id: 'grant', name: 'Transformation grant', amount: '100', confirmed: true, offsets: ['exit'] }],
    ...(options.indirect === true ? { indirect: [{ id: 'desks', name: 'Desks', low: '10', high: '30' }] } : {}),
    staffing: [
      { line: 'team', partner: 'a', fte: '10', headcount: '12', reductions: [{ year: '2020/21', fte: '2' }, { year: '2021/22', fte: '1' }], vacancies: '1', vrRequests: '1' },
      { line: 'team', partner: 'b', fte: '5', reductions: [{ year: '2020/21', fte: '1' }], vacancies: '2' },
    ],
    context: [{ id: 'pct', label: 'Team saving as a share of the staffing budget', reduction: '1000', of: { budget: 'team-budget', position: 'starting' } }],
    coalitions: [{ partners: ['a'], saving: '300' }],
    variants: [{ name: 'dear-exits', set: [{ path: 'costs[exit].costPerHead', value: '200' }] }],
  };
}

/** The scenario, evaluated. */
export function analysisEvaluation(options: { indirect?: boolean } = {}): Evaluation {
  return evaluate(parseScenario(analysisScenario(options)));
}

/** A measure table's rows as [label, cells…] strings ('' for null), for readable assertions. */
export function cells(table: { rows: readonly { label: string; values: readonly unknown[] }[] }): string[][] {
  return table.rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? '' : String(v)))]);
}
