/**
 * Published figures beyond a cell filter: multi-year totals, appraisal results, shares, staffing,
 * agreements, variants, a sense and bounds. Every expected figure is worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, reconcile, safeParseScenario } from '../../../src/index.js';
import type { ScenarioInput } from '../../../src/schema/index.js';

type Figure = NonNullable<ScenarioInput['published']>[number];

// Two partners, population 60 : 40; three years in £000 at £1k.
// - team: an on-going saving of £100k landing in 2024/25, by population: a 60, b 40.
// - hosting: an on-going cost of £30k from 2025/26, equal: a −15, b −15.
// - exit: a one-off cost of £150k in 2024/25, equal: 75 each.
// In-year savings: 2024/25 100; 2025/26 100 − 30 = 70; 2026/27 70; over the three years 240.
// Net benefit (no discounting): −50, 70, 70; cumulative −50, 20, 90, so payback in 2025/26 and NPV 90;
// PV of benefits 240, of costs 150, a benefit–cost ratio of 1.6.
// Staffing: a's team effect reduces 3 FTE in 2024/25 and 2 in 2025/26, with 1 vacancy and 1 VR request
// (at risk 5 − 1 − 1 = 3); b's reduces 1 in 2024/25 with 2 vacancies (at risk max(0, 1 − 2) = 0).
// An agreement's £100k net in 2024/25, equal: 50 each.
function scenario(published: Figure[]): ScenarioInput {
  return {
    version: 1,
    title: 'Figures beyond cells',
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
    staffing: [
      { line: 'team', partner: 'a', fte: '10', reductions: [{ year: '2024/25', fte: '3' }, { year: '2025/26', fte: '2' }], vacancies: '1', vrRequests: '1' },
      { line: 'team', partner: 'b', fte: '5', reductions: [{ year: '2024/25', fte: '1' }], vacancies: '2' },
    ],
    agreements: [{ id: 'it', name: 'Shared IT', costs: [{ year: '2024/25', net: '100' }], attribution: { rule: 'equal' } }],
    variants: [{ name: 'b-leaves', removePartners: ['b'] }],
    published,
  };
}

const NO_DISCOUNT = { discountRate: '0', discountSchedule: 'flat' as const };

const figures: [string, Figure, string, string][] = [
  ['£240k over three years, in-year', { id: 'three-years', label: '£240k over three years', of: { inYear: true }, value: '240', precision: '1' }, 'exact', '240'],
  ['£0.24m over three years', { label: '£0.24m', of: { inYear: true }, value: '0.24', unit: '£m', precision: '0.01' }, 'exact', '0.24'],
  ['£140k in the last two years', { label: 'last two', of: { inYear: true, years: { from: '2025/26' } }, value: '140', precision: '1' }, 'exact', '140'],
  ['£70k landing over the years', { label: 'landing', of: { years: { from: '2024/25', to: '2026/27' } }, value: '70', precision: '1' }, 'exact', '70'],
  ['the hosting cost as printed', { label: 'hosting', of: { line: 'hosting' }, value: '30', precision: '1', sense: 'cost' }, 'exact', '30'],
  ['the exit cost as printed', { label: 'exit', of: { cost: 'exit' }, value: '150', precision: '1', sense: 'cost' }, 'exact', '150'],
  ['A’s 60% of the team', { label: 'A share', of: { line: 'team', partner: 'a', share: true }, value: '60', unit: '%', precision: '1' }, 'exact', '60'],
  ['NPV £90k, undiscounted', { label: 'NPV', of: { appraisal: 'npv' }, value: '90', precision: '1', appraisal: NO_DISCOUNT }, 'exact', '90'],
  ['PV of costs £150k', { label: 'PV costs', of: { appraisal: 'pv-costs' }, value: '150', precision: '1', sense: 'cost', appraisal: NO_DISCOUNT }, 'exact', '150'],
  ['a benefit–cost ratio of 1.6', { label: 'BCR', of: { appraisal: 'benefit-cost-ratio' }, value: '1.6', precision: '0.1', appraisal: NO_DISCOUNT }, 'exact', '1.6'],
  ['payback in 2025/26', { label: 'payback', of: { appraisal: 'payback-year' }, value: '2025/26', unit: 'year', precision: '1', appraisal: NO_DISCOUNT }, 'exact', '2025'],
  ['cumulative £20k at 2025/26', { label: 'cumulative', of: { appraisal: 'cumulative', year: '2025/26' }, value: '20', precision: '1', appraisal: NO_DISCOUNT }, 'exact', '20'],
  ['net benefit £70k in 2026/27', { label: 'net', of: { appraisal: 'net', year: '2026/27' }, value: '70', precision: '1', appraisal: NO_DISCOUNT }, 'exact', '70'],
  ['6 FTE reductions', { label: 'reductions', of: { staffing: 'reductions' }, value: '6', precision: '1' }, 'exact', '6'],
  ['4 FTE reductions in 2024/25', { label: 'reductions 24/25', of: { staffing: 'reductions', year: '2024/25' }, value: '4', precision: '1' }, 'exact', '4'],
  ['3 vacancies', { label: 'vacancies', of: { staffing: 'vacancies' }, value: '3', precision: '1' }, 'exact', '3'],
  ['1 VR request', { label: 'VR', of: { staffing: 'vr-requests' }, value: '1', precision: '1' }, 'exact', '1'],
  ['3 at risk', { label: 'at risk', of: { staffing: 'at-risk' }, value: '3', precision: '1' }, 'exact', '3'],
  ['15 FTE now', { label: 'FTE', of: { staffing: 'fte' }, value: '15', precision: '1' }, 'exact', '15'],
  ['A’s £50k of shared IT', { label: 'IT a', of: { agreement: 'it', partner: 'a' }, value: '50', precision: '1' }, 'exact', '50'],
  ['A’s 50% of shared IT', { label: 'IT a share', of: { agreement: 'it', partner: 'a', share: true }, value: '50', unit: '%', precision: '1' }, 'exact', '50'],
  ['A’s £100k of the team without B', { label: 'without B', of: { line: 'team', partner: 'a' }, value: '100', precision: '1', variant: 'b-leaves' }, 'exact', '100'],
  ['the team with and without B', { label: 'both options', of: { line: 'team' }, value: '200', precision: '1', variants: ['base', 'b-leaves'] }, 'exact', '200'],
  ['more than £200k over three years', { label: 'more than', of: { inYear: true }, value: '200', precision: '1', bound: 'more-than' }, 'within-bound', '240'],
  ['at least £250k over three years', { label: 'at least', of: { inYear: true }, value: '250', precision: '1', bound: 'at-least' }, 'discrepancy', '240'],
  ['up to £240k', { label: 'up to', of: { inYear: true }, value: '240', precision: '1', bound: 'up-to' }, 'within-bound', '240'],
  ['less than £240k', { label: 'less than', of: { inYear: true }, value: '240', precision: '1', bound: 'less-than' }, 'discrepancy', '240'],
  ['"about £0.2m" as a round figure', { label: 'about', of: { inYear: true }, value: '0.2', unit: '£m', precision: '0.1', approximate: 'round' }, 'round-figure', '0.24'],
];

describe('reconcile: figures beyond a filter over cells', () => {
  const r = reconcile(evaluate(parseScenario(scenario(figures.map(([, f]) => f)))));

  it.each(figures.map(([name, , verdict, computed], i) => [name, i, verdict, computed] as const))('%s', (_, i, verdict, computed) => {
    const row = r.rows[i]!;
    expect(row.verdict).toBe(verdict);
    expect(row.computed?.toString()).toBe(computed);
  });

  it('says when a figure is the model’s with the other sign: a cost printed positive without a sense', () => {
    const [row] = reconcile(evaluate(parseScenario(scenario([{ label: 'hosting', of: { line: 'hosting' }, value: '30', precision: '1' }])))).rows;
    expect([row!.verdict, row!.computed?.toString()]).toEqual(['discrepancy', '-30']);
    expect(row!.hint).toContain('"sense": "cost"');
  });
});

describe('reconcile: figures the model cannot compare, refused with their paths', () => {
  const problems = (f: Figure): string[] => {
    const result = safeParseScenario(scenario([f]));
    return result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
  };

  it.each([
    ['% on money', { label: 'x', of: { line: 'team' }, value: '71', unit: '%', precision: '1' }, 'E_UNIT published.0.unit'],
    ['fte on money', { label: 'x', of: { line: 'team' }, value: '71', unit: 'fte', precision: '1' }, 'E_UNIT published.0.unit'],
    ['£m on a count', { label: 'x', of: { staffing: 'vacancies' }, value: '3', unit: '£m', precision: '1' }, 'E_UNIT published.0.unit'],
    ['a sense on a count', { label: 'x', of: { staffing: 'vacancies' }, value: '3', precision: '1', sense: 'cost' }, 'E_CONFLICT published.0.sense'],
    ['a share without a partner', { label: 'x', of: { line: 'team', share: true }, value: '60', unit: '%', precision: '1' }, 'E_MISSING published.0.of.partner'],
    ['a cumulative position without a year', { label: 'x', of: { appraisal: 'cumulative' }, value: '20', precision: '1' }, 'E_MISSING published.0.of.year'],
    ['an NPV in a year', { label: 'x', of: { appraisal: 'npv', year: '2025/26' }, value: '20', precision: '1' }, 'E_CONFLICT published.0.of.year'],
    ['a payback year typed as a number', { label: 'x', of: { appraisal: 'payback-year' }, value: '2025', unit: 'year', precision: '1' }, 'E_SCHEMA published.0.value'],
    ['a year on a money figure', { label: 'x', of: { line: 'team' }, value: '2025/26', precision: '1' }, 'E_SCHEMA published.0.value'],
    ['a range that ends before it starts', { label: 'x', of: { years: { from: '2026/27', to: '2025/26' } }, value: '1', precision: '1' }, 'E_RANGE published.0.of.years.to'],
    ['a year and a range', { label: 'x', of: { year: '2025/26', years: { from: '2025/26' } }, value: '1', precision: '1' }, 'E_CONFLICT published.0.of.years'],
    ['an unknown variant', { label: 'x', of: { line: 'team' }, value: '1', precision: '1', variant: 'c-joins' }, 'E_UNKNOWN_VARIANT published.0.variant'],
    ['an unknown agreement', { label: 'x', of: { agreement: 'hr' }, value: '1', precision: '1' }, 'E_UNKNOWN_REFERENCE published.0.of.agreement'],
    ['staffing and an appraisal result', { label: 'x', of: { staffing: 'fte', appraisal: 'npv' }, value: '1', precision: '1' }, 'E_CONFLICT published.0.of.appraisal'],
    ['a bound and a round figure', { label: 'x', of: { inYear: true }, value: '1', precision: '1', bound: 'more-than', approximate: 'round' }, 'E_CONFLICT published.0.bound'],
    ['appraisal options on a cell figure', { label: 'x', of: { line: 'team' }, value: '1', precision: '1', appraisal: { discountRate: '0' } }, 'E_CONFLICT published.0.appraisal'],
    ['in-year on a one-off cost', { label: 'x', of: { cost: 'exit', inYear: true }, value: '1', precision: '1' }, 'E_CONFLICT published.0.of.inYear'],
  ] as [string, Figure, string][])('%s', (_, f, expected) => {
    expect(problems(f)).toEqual([expected]);
  });
});
