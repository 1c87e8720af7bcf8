/**
 * Fixed regression cases found by the property tests and fuzzing (test/property). Each scenario here
 * once made evaluate throw on valid input.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario } from '../../src/index.js';
import { checkEvaluationInvariants } from '../../src/testing/index.js';
import { oneQuantumRoundingExists } from '../../src/testing/_one-quantum.js';

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

  it('year and partner totals no rounding within one quantum can meet (was: InvariantError "no rounding meets both")', () => {
    // Weights 696,481,782,852 : 277,449,643,091 : 6 : 1 : 11 (W = 973,931,425,962). The one-shot split of
    // £5,224,082,533,299.38 gives C, D and E the floors of 32.1834…, 5.3639… and 59.0030… (A and B, with
    // remainders over a half, take the two pence left). In 2021/22 (£329.60) their exact cells are under
    // a millionth of a penny, so every penny of theirs lands in 2020/21. In 2020/21 the floors of the five
    // cells fall 3p short of the year, but only A and B can take a penny more, one each: no rounding keeps
    // every cell within a penny. One cell takes a second penny instead, and both sets of totals hold.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const weights = [696481782852n, 277449643091n, 6n, 1n, 11n];
    const W = weights.reduce((x, y) => x + y, 0n);
    const years = [522408253296978n, 32960n];
    const file = {
      version: 1,
      title: 'Regression',
      settings: { firstYear: '2020/21', years: 2 },
      partners: ids.map((id, i) => ({ id, name: id.toUpperCase(), metrics: { population: String(weights[i]) } })),
      lines: [
        {
          id: 'l',
          name: 'L',
          amount: '5224082533299.38',
          attribution: { rule: 'metric', metric: 'population' },
          tieOrder: ['e', 'd', 'c', 'b', 'a'],
          phasing: [
            { year: '2020/21', amount: '5224082532969.78' },
            { year: '2021/22', amount: '329.60' },
          ],
        },
      ],
    };
    expect(oneQuantumRoundingExists(years, [373586704317317n, 148821549002967n, 3218n, 536n, 5900n], weights)).toBe(false);
    const evaluation = evaluate(parseScenario(file));
    expect(checkEvaluationInvariants(evaluation)).toEqual([]);
    const pence = evaluation.lineCells.map((c) => BigInt(c.value.times(100).toFixed(0)));
    expect(pence.slice(2, 5)).toEqual([3218n, 536n, 5900n]);
    expect(pence.slice(7)).toEqual([0n, 0n, 0n]);
    expect([pence[0]! + pence[5]!, pence[1]! + pence[6]!]).toEqual([373586704317317n, 148821549002967n]);
    // |cell − Y·w/W| in quanta, times W: one cell is a penny or more out, none two.
    const gaps = pence.map((cell, k) => {
      const gap = cell * W - years[Math.floor(k / 5)]! * weights[k % 5]!;
      return gap < 0n ? -gap : gap;
    });
    expect(gaps.filter((g) => g >= W)).toHaveLength(1);
    expect(gaps.every((g) => g < 2n * W)).toBe(true);
  });
});
