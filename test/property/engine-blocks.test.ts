/**
 * The engine holds line cells as integer blocks and makes Decimal cells only when `lineCells` is read.
 * Every sum taken from the blocks must equal the same sum taken over the Decimal cells. An evaluation
 * copied by hand (`{ ...evaluation }`) has no blocks, so its sums come from its `lineCells`: the two
 * routes must agree to the byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  appraise,
  checkInvariants,
  compare,
  evaluate,
  evaluationToJSON,
  fairness,
  InvariantError,
  parseScenario,
  pivot,
  selectTotal,
  type Evaluation,
  type LineCell,
  type LineDimension,
  type Selector,
} from '../../src/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';
import { naiveLineTotal } from './_engine-helpers.js';

const RUNS = 150;
const DIMENSIONS: readonly LineDimension[] = ['partner', 'line', 'service', 'year', 'tier', 'category', 'fund', 'recurrence', 'kind'];

/** A copy with the same cells and no engine blocks behind it. */
const copied = (e: Evaluation): Evaluation => ({ ...e, lineCells: e.lineCells.map((c) => ({ ...c })) });

const json = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (v instanceof Object && 'toFixed' in v && typeof v.toFixed === 'function' ? String(v) : v));

const withSelector = scenarioArbitrary().chain((file) => {
  const partners = file.partners.map((p) => p.id);
  const lines = (file.lines ?? []).map((l) => l.id);
  const selector = fc.record(
    {
      partner: fc.constantFrom(...partners),
      line: lines.length > 0 ? fc.constantFrom(...lines) : fc.constant(undefined),
      tier: fc.constantFrom('assured', 'projected', 'possible'),
      measure: fc.constantFrom('money', 'fte'),
    },
    { requiredKeys: [] },
  );
  return fc.tuple(fc.constant(file), selector as fc.Arbitrary<Selector>, fc.constantFrom(...DIMENSIONS), fc.constantFrom(...DIMENSIONS));
});

describe('line cells held as integer blocks', () => {
  it('reads lineCells once: the same frozen array on every read, in line, year, partner order', () => {
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 2 }, partners: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], lines: [{ id: 'l', name: 'L', amount: '10.01', tier: 'assured', attribution: { rule: 'equal' }, phasing: [{ year: '2020/21', share: '0.5' }, { year: '2021/22', share: '0.5' }] }] }));
    expect(e.lineCells).toBe(e.lineCells);
    expect(Object.isFrozen(e.lineCells)).toBe(true);
    // 10.01 in halves: 5.01 and 5.00 by year; the partners' 5.01 and 5.00 each rounded once.
    expect(e.lineCells.map((c) => `${c.year} ${c.partner} ${c.value.toFixed()}`)).toEqual(['2020/21 a 2.51', '2020/21 b 2.5', '2021/22 a 2.5', '2021/22 b 2.5']);
  });

  it('reads a copy with changed cells from its own cells, not from the blocks of the evaluation it copied', () => {
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], lines: [{ id: 'l', name: 'L', amount: '10', tier: 'assured', attribution: { rule: 'equal' } }] }));
    const changed: Evaluation = { ...e, lineCells: e.lineCells.map((c) => (c.partner === 'b' ? { ...c, value: c.value.plus(1) } : c)) };
    expect([selectTotal(e, {})!.toFixed(), selectTotal(changed, {})!.toFixed()]).toEqual(['10', '11']);
    expect(Object.keys(e)).toEqual(['scenario', 'lineCells', 'positionCells', 'costCells', 'fundingCells', 'indirectCells']);
  });

  it('keeps amounts beyond 2^53 quanta exact (the BigInt store)', () => {
    // The widest amount the format allows on its finest quantum: about 1.2 × 10^26 quanta.
    const big = '123456789012345.678901234567';
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1, quantum: '0.000000000001' }, partners: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }], lines: [{ id: 'l', name: 'L', amount: big, tier: 'assured', attribution: { rule: 'equal' } }] }));
    // 123456789012345678901234567 quanta = 3 × 41152263004115226300411522 + 1: the odd quantum goes first in the tie order.
    expect(e.lineCells.map((c) => c.value.toFixed())).toEqual(['41152263004115.226300411523', '41152263004115.226300411522', '41152263004115.226300411522']);
    expect(selectTotal(e, {})!.toFixed()).toBe(big);
    expect(selectTotal(e, { partner: 'b' })!.toFixed()).toBe('41152263004115.226300411522');
  });

  it('keeps sums exact where each cell is a safe integer of pence but their sum is not', () => {
    // 4,503,599,627,370,497 pence (just over 2^52) five times: a double sum would round the last digit.
    const lines = Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: '45035996273704.97', tier: 'assured', attribution: { rule: 'equal' } }));
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }], lines }));
    expect(selectTotal(e, {})!.toFixed()).toBe('225179981368524.85');
    expect(pivot(e, { rows: 'tier', columns: 'partner' }).grandTotal.toFixed()).toBe('225179981368524.85');
    expect(appraise(e).total.years[0]!.benefits.toFixed()).toBe('225179981368524.85');
  });

  it('gives every selector total the sum of the Decimal cells it names', () => {
    fc.assert(
      fc.property(withSelector, ([file, selector]) => {
        const e = evaluate(parseScenario(file));
        expect(selectTotal(e, selector)?.toString()).toBe(naiveLineTotal(e, selector));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same pivots, appraisal, fairness, comparison and JSON from blocks as from a hand-made copy of the cells', () => {
    fc.assert(
      fc.property(withSelector, ([file, selector, rows, columns]) => {
        const e = evaluate(parseScenario(file));
        const c = copied(e);
        expect(json(pivot(c, { rows, columns, filter: selector }))).toBe(json(pivot(e, { rows, columns, filter: selector })));
        expect(json(appraise(c))).toBe(json(appraise(e)));
        expect(json(fairness(c))).toBe(json(fairness(e)));
        expect(json(compare(c, e))).toBe(json(compare(e, e)));
        expect(JSON.stringify(evaluationToJSON(c))).toBe(JSON.stringify(evaluationToJSON(e)));
        expect(() => checkInvariants(c)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses, in checkInvariants, a cell of a line the scenario does not have', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (file) => {
        const e = evaluate(parseScenario(file));
        const stray: LineCell = { line: 'no-such-line', partner: file.partners[0]!.id, year: e.scenario.settings.years[0]!, measure: 'money', value: new Decimal(1) as never };
        expect(() => checkInvariants({ ...e, lineCells: [...e.lineCells, stray] })).toThrow(InvariantError);
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['partner', { partner: 'no-such-partner' }, /not a partner of the scenario/],
    ['year', { year: '1066/67' }, /not a year of the scenario/],
  ] as const)('refuses, in checkInvariants, a cell for a %s the scenario does not have', (_, change, message) => {
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }], lines: [{ id: 'l', name: 'L', amount: '10', tier: 'assured', attribution: { rule: 'equal' } }] }));
    expect(() => checkInvariants(e)).not.toThrow();
    expect(() => checkInvariants({ ...e, lineCells: e.lineCells.map((c) => ({ ...c, ...change })) })).toThrow(message);
  });
});
