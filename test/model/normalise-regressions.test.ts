/**
 * Amounts the engine would have to round but cannot: refused at parse time with E_NOT_AT_QUANTUM (they
 * once passed parsing and made evaluate throw an InvariantError).
 */
import { describe, expect, it } from 'vitest';
import { formatPath, safeParseScenario } from '../../src/index.js';

const scenario = (extra: object): unknown => ({
  version: 1,
  title: 'Regression',
  settings: { firstYear: '2020/21', years: 2 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  ...extra,
});

function problems(file: unknown): string[] {
  const r = safeParseScenario(file);
  return r.success ? [] : r.error.issues.map((i) => `${i.code} ${formatPath(i.path)}`);
}

describe('amounts off their quantum', () => {
  it.each([
    [
      'a combined closing apportioned by a rule, finer than the quantum',
      { services: [{ id: 's', name: 'S', budgets: [{ id: 'm', name: 'M', starting: { a: '10', b: '10' }, closing: { combined: '5.555', attribution: { rule: 'equal' } } }] }] },
      ['E_NOT_AT_QUANTUM services[0].budgets[0].closing.combined'],
    ],
    [
      'a combined FTE closing finer than the FTE quantum',
      { services: [{ id: 's', name: 'S', budgets: [{ id: 'f', name: 'F', measure: 'fte', starting: { a: '1', b: '1' }, closing: { combined: '0.505', attribution: { rule: 'equal' } } }] }] },
      ['E_NOT_AT_QUANTUM services[0].budgets[0].closing.combined'],
    ],
    [
      'a negative combined FTE closing',
      { services: [{ id: 's', name: 'S', budgets: [{ id: 'f', name: 'F', measure: 'fte', starting: { a: '1', b: '1' }, closing: { combined: '-1', attribution: { rule: 'equal' } } }] }] },
      ['E_NEGATIVE services[0].budgets[0].closing.combined'],
    ],
    [
      'an FTE split where it actually falls, finer than the FTE quantum',
      { lines: [{ id: 'l', name: 'L', amount: '100', fte: { amount: '1', attribution: { rule: 'actual', amounts: { a: '0.555', b: '0.445' } } } }] },
      ['E_NOT_AT_QUANTUM lines[0].fte.attribution.amounts.a', 'E_NOT_AT_QUANTUM lines[0].fte.attribution.amounts.b'],
    ],
    [
      'FTE derived from a budget finer than the FTE quantum',
      {
        services: [
          {
            id: 's',
            name: 'S',
            budgets: [
              { id: 'm', name: 'M', starting: { a: '10', b: '10' }, closing: { a: '5', b: '5' } },
              { id: 'f', name: 'F', measure: 'fte', starting: { a: '1.555', b: '1' }, closing: { a: '0.5', b: '0.5' } },
            ],
          },
        ],
        lines: [{ id: 'l', name: 'L', from: { budget: 'm' }, fte: { from: { budget: 'f' } } }],
      },
      ['E_NOT_AT_QUANTUM lines[0].fte.from.budget'],
    ],
  ])('%s', (_, extra, expected) => {
    expect(problems(scenario(extra))).toEqual(expected);
  });

  it.each([['-010'], ['0'], [-1]])('a line quantum of %j is refused (a negative one once passed, and its cells broke the one-quantum bound)', (quantum) => {
    const found = problems(scenario({ lines: [{ id: 'l', name: 'L', amount: '100', quantum }] }));
    expect(found[0]).toBe('E_OPTION lines[0].quantum');
  });

  it('the same amounts on their quantum are accepted', () => {
    expect(
      problems(
        scenario({
          services: [{ id: 's', name: 'S', budgets: [{ id: 'f', name: 'F', measure: 'fte', starting: { a: '1', b: '1' }, closing: { combined: '0.51', attribution: { rule: 'equal' } } }] }],
          lines: [{ id: 'l', name: 'L', amount: '100', fte: { amount: '1', attribution: { rule: 'actual', amounts: { a: '0.55', b: '0.45' } } } }],
        }),
      ),
    ).toEqual([]);
  });
});
