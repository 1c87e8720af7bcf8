/**
 * Payback that never happened. Where every cash flow is zero (Tameside and Stockport, whose costs are all
 * unquantified) or nothing is ever spent (Oldham: savings and no costs), there is nothing to pay back, and
 * a payback year would be a fiction: the appraisal says there is none, and why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, appraise, evaluate, netBenefit, parseScenario } from '../../src/index.js';
import { describePayback, paybackOf, type NoPaybackReason, type Payback } from '../../src/appraisal/index.js';

const d = (x: string): Decimal => new Decimal(x);
const example = (name: string) => evaluate(parseScenario(JSON.parse(readFileSync(new URL(`../../examples/${name}/scenario.json`, import.meta.url), 'utf8'))));

/** Two partners, £1 quantum, three years from 2020/21; lines and costs as given. */
function scenario(extra: Record<string, unknown>) {
  return evaluate(
    parseScenario({
      version: 1,
      title: 'Payback fixture',
      settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 },
      partners: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      ...extra,
    }),
  );
}

describe('payback in the examples', () => {
  it('Tameside and Stockport: every cash flow is zero, so no payback, per partner and in total', () => {
    const a = appraise(example('tameside-stockport-2021'));
    for (const p of [...a.partners, a.total]) {
      expect(p.payback).toEqual({ kind: 'none', reason: 'no-flows' });
      expect(p.paybackYear).toBeNull();
    }
  });

  it('Oldham: savings and nothing spent, so nothing to pay back; the partners with no flows say so', () => {
    const a = appraise(example('oldham-2017'));
    expect(a.total.payback).toEqual({ kind: 'none', reason: 'no-costs' });
    expect(a.total.paybackYear).toBeNull();
    expect(a.partners.map((p) => p.payback.kind === 'none' && p.payback.reason)).toEqual(['no-costs', 'no-flows', 'no-flows', 'no-flows']);
  });

  it('tri-borough: costs recovered within the first year, so payback in 2011/12', () => {
    const a = appraise(example('tri-borough-2011'));
    expect(a.total.payback).toEqual({ kind: 'year', year: '2011/12' });
    expect(a.total.paybackYear).toBe('2011/12');
  });
});

describe('payback', () => {
  it.each<[string, Record<string, unknown>, Payback]>([
    ['nothing at all', {}, { kind: 'none', reason: 'no-flows' }],
    ['savings, no costs', { lines: [{ id: 'l', name: 'Saving', amount: '100' }] }, { kind: 'none', reason: 'no-costs' }],
    [
      'a cost wholly met by confirmed funding',
      {
        lines: [{ id: 'l', name: 'Saving', amount: '100' }],
        costs: [{ id: 'k', name: 'Set-up', amount: '50' }],
        funding: [{ id: 'g', name: 'Grant', amount: '50', confirmed: true, offsets: ['k'] }],
      },
      { kind: 'none', reason: 'no-costs' },
    ],
    ['a cost recovered in its own year', { lines: [{ id: 'l', name: 'Saving', amount: '100' }], costs: [{ id: 'k', name: 'Set-up', amount: '100' }] }, { kind: 'year', year: '2020/21' }],
    ['a cost recovered in the second year', { lines: [{ id: 'l', name: 'Saving', amount: '100' }], costs: [{ id: 'k', name: 'Set-up', amount: '150' }] }, { kind: 'year', year: '2021/22' }],
    ['a cost never recovered', { lines: [{ id: 'l', name: 'Saving', amount: '100' }], costs: [{ id: 'k', name: 'Set-up', amount: '1000' }] }, { kind: 'none', reason: 'never-recovered' }],
    [
      'no one-off cost, but a recurring cost before the saving starts',
      {
        lines: [
          { id: 'c', name: 'Licence', kind: 'cost', amount: '40' },
          { id: 's', name: 'Saving', amount: '100', phasing: [{ year: '2021/22', share: '1' }] },
        ],
      },
      { kind: 'year', year: '2021/22' },
    ],
  ])('%s', (_name, extra, expected) => {
    const e = scenario(extra);
    expect(appraise(e).total.payback).toEqual(expected);
    expect(appraise(e).total.paybackYear).toBe(expected.kind === 'year' ? expected.year : null);
  });

  it('is the same in netBenefit, which states the payback as the paper would', () => {
    expect(netBenefit(example('tameside-stockport-2021')).total.payback).toEqual({ kind: 'none', reason: 'no-flows' });
    expect(netBenefit(example('oldham-2017')).total.paybackYear).toBeNull();
    expect(netBenefit(example('tri-borough-2011')).total.payback).toEqual({ kind: 'year', year: '2011/12' });
  });

  it('counts a cumulative position of exactly zero as paid back, once something was spent', () => {
    const y = (year: string, benefits: string, costs: string, cumulative: string) => ({ year, benefits: d(benefits), costs: d(costs), funding: d('0'), net: d(benefits).minus(costs), cumulative: d(cumulative) });
    expect(paybackOf([y('2020/21', '0', '10', '-10'), y('2021/22', '10', '0', '0')])).toEqual({ kind: 'year', year: '2021/22' });
  });
});

describe('describePayback', () => {
  it.each<[Payback, string]>([
    [{ kind: 'year', year: '2021/22' }, '2021/22'],
    [{ kind: 'none', reason: 'no-flows' }, 'none: every cash flow is zero'],
    [{ kind: 'none', reason: 'no-costs' }, 'none: nothing is spent, so there is nothing to pay back'],
    [{ kind: 'none', reason: 'never-recovered' }, 'none: what is spent is not recovered within the period'],
  ])('%j reads %j', (payback, text) => {
    expect(describePayback(payback)).toBe(text);
  });

  it('has words for every reason', () => {
    const reasons: Record<NoPaybackReason, true> = { 'no-flows': true, 'no-costs': true, 'never-recovered': true };
    for (const reason of Object.keys(reasons) as NoPaybackReason[]) expect(describePayback({ kind: 'none', reason })).toMatch(/^none: /);
  });
});
