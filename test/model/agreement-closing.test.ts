/**
 * A budget's closing position naming an agreement's contributions in a year: read into the model with
 * the year's net cost as its total, and refused at its path where the agreement or its year is unknown,
 * or the budget does not count money.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, safeParseScenario } from '../../src/index.js';

type Budget = Record<string, unknown>;

function file(budget: Budget = {}, line: Record<string, unknown> = {}): object {
  return {
    version: 1,
    title: 'Contact centre',
    settings: { unit: '£', quantum: '1', firstYear: '2021/22', years: 3 },
    partners: [
      { id: 'sh', name: 'South' },
      { id: 'wd', name: 'West' },
    ],
    services: [
      {
        id: 'contact',
        name: 'Contact',
        budgets: [{ id: 'contact-net', name: 'Contact, net', starting: { sh: '900000', wd: '450000' }, closing: { agreement: 'centre', year: '2022/23' }, ...budget }],
      },
    ],
    lines: [{ id: 'saving', name: 'Saving', from: { budget: 'contact-net' }, ...line }],
    agreements: [
      {
        id: 'centre',
        name: 'Contact centre',
        costs: [
          { year: '2021/22', net: '1200000' },
          { year: '2022/23', gross: '1100000', income: '100000' },
        ],
        attribution: { rule: 'shares', shares: { sh: '0.7', wd: '0.3' } },
      },
    ],
  };
}

function problems(input: object): string[] {
  const r = safeParseScenario(input);
  if (r.success) throw new Error('accepted');
  return r.error.issues.map((i) => `${i.code} ${formatPath(i.path)}: expected ${i.expected}, found ${i.received}`);
}

describe('a closing position from an agreement, read', () => {
  it('names the agreement and year, its total the year’s net cost (gross − income)', () => {
    const r = safeParseScenario(file());
    if (!r.success) throw new Error(r.error.message);
    const closing = r.data.budgets[0]!.closing!;
    expect(closing.kind).toBe('agreement');
    if (closing.kind !== 'agreement') return;
    expect([closing.agreement, closing.yearIndex, closing.total.toString()]).toEqual(['centre', 1, '1000000']);
  });

  it.each([
    ['an unknown agreement', { closing: { agreement: 'centr', year: '2022/23' } }, 'E_UNKNOWN_REFERENCE services[0].budgets[0].closing.agreement'],
    ['a year without a running cost', { closing: { agreement: 'centre', year: '2023/24' } }, 'E_YEAR services[0].budgets[0].closing.year'],
    ['a year outside the scenario', { closing: { agreement: 'centre', year: '2030/31' } }, 'E_YEAR services[0].budgets[0].closing.year'],
    ['a headcount budget', { measure: 'headcount', starting: { sh: '12', wd: '5' } }, 'E_MEASURE services[0].budgets[0].closing'],
  ])('refuses %s at its path', (_, budget, where) => {
    const found = problems(file(budget, 'measure' in budget ? { from: undefined, amount: '1' } : {}));
    expect(found.map((p) => p.split(':')[0]), found.join('\n')).toContain(where);
  });

  it('says what it expected, once per problem', () => {
    expect(problems(file({ closing: { agreement: 'centr', year: '2022/23' } }))).toMatchInlineSnapshot(`
      [
        "E_UNKNOWN_REFERENCE services[0].budgets[0].closing.agreement: expected an agreement id (centre), found "centr"",
      ]
    `);
    expect(problems(file({ closing: { agreement: 'centre', year: '2023/24' } }))).toMatchInlineSnapshot(`
      [
        "E_YEAR services[0].budgets[0].closing.year: expected a year agreement "centre" states a running cost for (2021/22, 2022/23), found "2023/24"",
      ]
    `);
    expect(problems(file({ measure: 'fte', starting: { sh: '12', wd: '5' } }, { from: undefined, amount: '1' }))).toMatchInlineSnapshot(`
      [
        "E_MEASURE services[0].budgets[0].closing: expected a money budget (an agreement’s contributions are money), found a budget of FTE",
      ]
    `);
  });
});
