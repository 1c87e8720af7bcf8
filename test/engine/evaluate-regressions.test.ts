/**
 * Fixed regression cases found by the property tests and fuzzing (test/property). Each scenario here
 * once made evaluate throw on valid input.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario } from '../../src/index.js';
import { checkEvaluationInvariants } from '../../src/testing/index.js';

const scenario = (extra: object, settings: object = {}): unknown => ({
  version: 1,
  title: 'Regression',
  settings: { firstYear: '2020/21', years: 3, ...settings },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  ...extra,
});

const halves = [
  { year: '2020/21', share: '0.5' },
  { year: '2021/22', share: '0.5' },
];

function cells(file: unknown): string[] {
  const evaluation = evaluate(parseScenario(file));
  expect(checkEvaluationInvariants(evaluation)).toEqual([]);
  return evaluation.lineCells.map((c) => `${c.year} ${c.partner} ${c.measure} ${c.value.toFixed()}`);
}

describe('phased lines whose partners’ amounts differ in sign', () => {
  it('an actual split of 120 and −20 over two years (was: InvariantError "a margin is below the floor")', () => {
    const file = scenario({ lines: [{ id: 'l', name: 'L', amount: '100', attribution: { rule: 'actual', amounts: { a: '120', b: '-20' } }, phasing: halves }] });
    expect(cells(file)).toEqual(['2020/21 a money 60', '2020/21 b money -10', '2021/22 a money 60', '2021/22 b money -10']);
  });

  it('amounts that cancel out (10 and −10, a line of 0) are each spread over the years by the phasing', () => {
    const file = scenario({ lines: [{ id: 'l', name: 'L', amount: '0', attribution: { rule: 'actual', amounts: { a: '10', b: '-10' } }, phasing: halves }] });
    expect(cells(file)).toEqual(['2020/21 a money 5', '2020/21 b money -5', '2021/22 a money 5', '2021/22 b money -5']);
  });

  it('amounts that cancel out, phased by amounts of zero: all in the first phased year', () => {
    const file = scenario({
      lines: [{ id: 'l', name: 'L', amount: '0', attribution: { rule: 'actual', amounts: { a: '0.03', b: '-0.03' } }, phasing: [{ year: '2021/22', amount: '0' }, { year: '2022/23', amount: '0' }] }],
    });
    expect(cells(file)).toEqual(['2021/22 a money 0.03', '2021/22 b money -0.03', '2022/23 a money 0', '2022/23 b money 0']);
  });

  it('a line derived from a budget where one partner’s cost rises (changes 6 and −2) phased 30 / 70', () => {
    const file = scenario({
      services: [{ id: 's', name: 'S', budgets: [{ id: 'm', name: 'M', starting: { a: '10', b: '2' }, closing: { combined: '8', attribution: { rule: 'equal' } } }] }],
      lines: [{ id: 'l', name: 'L', from: { budget: 'm' }, phasing: [{ year: '2020/21', share: '0.3' }, { year: '2021/22', share: '0.7' }] }],
    });
    expect(cells(file)).toEqual(['2020/21 a money 1.8', '2020/21 b money -0.6', '2021/22 a money 4.2', '2021/22 b money -1.4']);
  });

  it('a negative line with a partner of the other sign, odd pennies over three years', () => {
    const file = scenario({
      lines: [
        {
          id: 'l',
          name: 'L',
          kind: 'cost',
          amount: '-1.00',
          attribution: { rule: 'actual', amounts: { a: '-1.07', b: '0.07' } },
          phasing: [{ year: '2020/21', share: '0.34' }, { year: '2021/22', share: '0.33' }, { year: '2022/23', share: '0.33' }],
        },
      ],
    });
    const c = cells(file);
    expect(c).toHaveLength(6);
  });
});

describe('derived lines on a quantum of their own', () => {
  it('a line quantum of 25 on a scenario quantum of 10, phased by amounts (was: TypeError mixing BigInt)', () => {
    const file = scenario(
      {
        services: [{ id: 's', name: 'S', budgets: [{ id: 'm', name: 'M', starting: { a: '100', b: '100' }, closing: { combined: '50', attribution: { rule: 'equal' } } }] }],
        lines: [{ id: 'l', name: 'L', quantum: '25', from: { budget: 'm' }, phasing: [{ year: '2020/21', amount: '75' }, { year: '2021/22', amount: '75' }] }],
      },
      { quantum: '10' },
    );
    // Closing 50 on the quantum of 10: 30 / 20; changes 70 / 80, on neither 25 nor (with the years) 10 alone.
    expect(cells(file)).toEqual(['2020/21 a money 35', '2020/21 b money 40', '2021/22 a money 35', '2021/22 b money 40']);
  });

  it('starting positions on the line quantum but not the scenario’s (was: InvariantError "not on the quantum")', () => {
    const file = scenario(
      {
        services: [{ id: 's', name: 'S', budgets: [{ id: 'm', name: 'M', starting: { a: '25', b: '75' }, closing: { combined: '20', attribution: { rule: 'equal' } } }] }],
        lines: [{ id: 'l', name: 'L', quantum: '25', from: { budget: 'm' } }],
      },
      { quantum: '10' },
    );
    expect(cells(file)).toEqual(['2020/21 a money 15', '2020/21 b money 65']);
  });
});
