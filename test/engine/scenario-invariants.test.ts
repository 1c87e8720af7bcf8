/**
 * checkEvaluationInvariants (shared-services-model/testing) finds what it claims to find: each tampered
 * evaluation below breaks one guarantee, and the checker names it.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, parseScenario, type Evaluation, type LineCell } from '../../src/index.js';
import { checkEvaluationInvariants, type EvaluationViolation } from '../../src/testing/index.js';

const file = {
  version: 1,
  title: 'Invariants',
  settings: { firstYear: '2020/21', years: 2 },
  partners: [
    { id: 'a', name: 'A', metrics: { population: '0' } },
    { id: 'b', name: 'B', metrics: { population: '1' } },
    { id: 'c', name: 'C', metrics: { population: '2' } },
  ],
  services: [{ id: 's', name: 'S', budgets: [{ id: 'm', name: 'M', starting: { a: '10', b: '10', c: '10' }, closing: { combined: '9', attribution: { rule: 'equal' } } }] }],
  lines: [
    { id: 'l1', name: 'L1', amount: '10.00', phasing: [{ year: '2020/21', share: '0.5' }, { year: '2021/22', share: '0.5' }] },
    { id: 'l2', name: 'L2', amount: '1.00', kind: 'cost', attribution: { rule: 'metric', metric: 'population' } },
  ],
};

const base = evaluate(parseScenario(file));

/** The evaluation with some line cells changed. */
function tampered(change: (cells: LineCell[]) => LineCell[]): Evaluation {
  return { ...base, lineCells: change(base.lineCells.map((c) => ({ ...c }))) };
}
const rules = (vs: readonly EvaluationViolation[]): string[] => [...new Set(vs.map((v) => v.rule))].sort();
const set = (cells: LineCell[], line: string, partner: string, year: string, value: string): LineCell[] =>
  cells.map((c) => (c.line === line && c.partner === partner && c.year === year && c.measure === 'money' ? { ...c, value: new Decimal(value) } : c));

describe('checkEvaluationInvariants', () => {
  it('finds nothing wrong with an evaluation from evaluate', () => {
    expect(checkEvaluationInvariants(base)).toEqual([]);
  });

  it('a penny moved between two partners in one year breaks their totals and the one-quantum bound', () => {
    const [x, y] = base.lineCells.filter((c) => c.line === 'l1' && c.year === '2020/21');
    const e = tampered((cells) => set(set(cells, 'l1', x!.partner, '2020/21', x!.value.plus('0.01').toString()), 'l1', y!.partner, '2020/21', y!.value.minus('0.01').toString()));
    expect(rules(checkEvaluationInvariants(e))).toEqual(['bound', 'partner-total']);
  });

  it('a penny moved between two years of one partner breaks the year totals and the bound, not the partner’s total', () => {
    const e = tampered((cells) => {
      const first = cells.find((c) => c.line === 'l1' && c.partner === 'a' && c.year === '2020/21')!;
      const second = cells.find((c) => c.line === 'l1' && c.partner === 'a' && c.year === '2021/22')!;
      return set(set(cells, 'l1', 'a', '2020/21', first.value.plus('0.01').toString()), 'l1', 'a', '2021/22', second.value.minus('0.01').toString());
    });
    expect(rules(checkEvaluationInvariants(e))).toEqual(['bound', 'year-total']);
  });

  it('a cell off the quantum is named, with the totals it breaks', () => {
    const e = tampered((cells) => set(cells, 'l1', 'a', '2020/21', '1.675'));
    const found = checkEvaluationInvariants(e);
    expect(rules(found)).toContain('quantum');
    expect(found.find((v) => v.rule === 'quantum')!.message).toBe('a in 2020/21 holds 1.675, not a multiple of 0.01');
  });

  it('a zero-weight partner given something is named', () => {
    const e = tampered((cells) => set(set(cells, 'l2', 'a', '2020/21', '-0.01'), 'l2', 'c', '2020/21', '-0.66'));
    expect(rules(checkEvaluationInvariants(e))).toEqual(['bound', 'partner-total', 'zero-weight']);
  });

  it('a missing cell is named', () => {
    const e = tampered((cells) => cells.filter((c) => !(c.line === 'l2' && c.partner === 'b')));
    expect(rules(checkEvaluationInvariants(e))).toContain('cells');
  });

  it('a whole line shifted breaks the line total', () => {
    const e = tampered((cells) => cells.map((c) => (c.line === 'l2' && c.partner === 'c' ? { ...c, value: c.value.minus(1) } : c)));
    expect(rules(checkEvaluationInvariants(e))).toEqual(expect.arrayContaining(['line-total', 'partner-total', 'year-total']));
  });

  it('checks weights as far apart as the amount range allows (27 orders of magnitude)', () => {
    const big = evaluate(
      parseScenario({
        ...file,
        partners: file.partners.map((p, i) => ({ ...p, metrics: { population: ['999999999999999.999999999999', '7', '0.000000000001'][i]! } })),
        services: [],
      }),
    );
    expect(checkEvaluationInvariants(big)).toEqual([]);
  });

  it('a baseline whose change is not starting − closing is named', () => {
    const e: Evaluation = { ...base, positionCells: base.positionCells.map((c) => (c.partner === 'a' && c.position === 'change' ? { ...c, value: c.value.plus(1) } : c)) };
    expect(rules(checkEvaluationInvariants(e))).toEqual(['position']);
  });
});
