/**
 * reconcile: a printed figure is the paper's rounding when it rounds the model's value before the model's
 * own rounding to its quantum (a third printed on its own), and a figure the paper qualified (`approximate`)
 * is reconciled at its own step: a round figure to the nearest, "over" rounded down, "under" rounded up.
 * A small scenario in £000 at £1: £100 split equally is 33.334 / 33.333 / 33.333 (exactly 33.333…).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, parseScenario, reconcile, safeParseScenario, type ReconciliationRow } from '../../../src/index.js';

const figure = (id: string, of: object, value: string, precision: string, extra: object = {}): object => ({ id, label: id, of, value, precision, ...extra });

const base = {
  version: 1,
  title: 'Unrounded and approximate figures',
  settings: { unit: '£000', quantum: '0.001', fteQuantum: '0.01', firstYear: '2011/12', years: 1 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  services: [
    {
      id: 'team',
      name: 'Team',
      budgets: [{ id: 'team-fte', name: 'Staffing', measure: 'fte', starting: { a: '6', b: '5', c: '5' }, closing: { combined: '14', attribution: { rule: 'equal' } } }],
    },
  ],
  lines: [{ id: 'l1', name: 'Equal', amount: '0.1', attribution: { rule: 'equal' } }],
};

function rows(published: object[], extra: object = {}): Map<string, ReconciliationRow> {
  const r = reconcile(evaluate(parseScenario({ ...base, ...extra, published })));
  return new Map(r.rows.map((x) => [x.id!, x]));
}

describe('reconcile: the model before its own rounding', () => {
  // £0.1k equally at £0.001k: 0.034 / 0.033 / 0.033. A paper printing each third to 0.0001 gives 0.0333.
  const r = rows([
    figure('a', { line: 'l1', partner: 'a' }, '0.0333', '0.0001'),
    figure('c', { line: 'l1', partner: 'c' }, '0.0333', '0.0001'),
    figure('a-wrong', { line: 'l1', partner: 'a' }, '0.0335', '0.0001'),
    // 14 FTE equally at 0.01: 4.67 / 4.67 / 4.66 with the default tie order; 14 / 3 = 4.667 prints 4.67.
    figure('fte-c', { budget: 'team-fte', position: 'closing', partner: 'c' }, '4.67', '0.01'),
    figure('fte-c-change', { budget: 'team-fte', position: 'change', partner: 'c' }, '0.33', '0.01'),
    figure('fte-c-wrong', { budget: 'team-fte', position: 'closing', partner: 'c' }, '4.68', '0.01'),
  ]);

  it.each([
    // id, verdict, computed, unrounded to 4 dp (or none)
    ['a', 'rounding', '0.034', '0.0333'],
    ['c', 'rounding', '0.033', '0.0333'],
    ['a-wrong', 'discrepancy', '0.034', undefined],
    ['fte-c', 'rounding', '4.66', '4.6667'],
    ['fte-c-change', 'rounding', '0.34', '0.3333'],
    ['fte-c-wrong', 'discrepancy', '4.66', undefined],
  ])('%s: %s', (id, verdict, computed, unrounded) => {
    const row = r.get(id)!;
    expect(row.verdict).toBe(verdict);
    expect(row.computed?.toString()).toBe(computed);
    expect(row.unrounded?.toFixed(4)).toBe(unrounded);
  });

  it('keeps the difference against the model’s own cell', () => {
    expect(r.get('fte-c')!.difference?.toString()).toBe('0.01');
  });

  it('does not call a printed cell rounding because of the unrounded value when the model already gives it', () => {
    // H&F's and RBKC's 4.67 are the model's cells: exact, no unrounded value reported.
    const more = rows([figure('fte-a', { budget: 'team-fte', position: 'closing', partner: 'a' }, '4.67', '0.01')]);
    expect(more.get('fte-a')!.verdict).toBe('exact');
    expect(more.get('fte-a')!.unrounded).toBeUndefined();
  });
});

describe('reconcile: figures the paper qualified', () => {
  const lines = [
    { id: 'big', name: 'Big', amount: '78687', attribution: { rule: 'actual', amounts: { a: '31586', b: '19727', c: '27374' } } },
    { id: 'l1', name: 'Equal', amount: '0.1', attribution: { rule: 'equal' } },
  ];
  const r = rows(
    [
      // "£80m" of £78.687m: a round figure, to the nearest £10m (values here in £000).
      figure('round', { line: 'big' }, '80000', '1000', { approximate: 'round' }),
      figure('not-round', { line: 'big' }, '80000', '1000'),
      figure('round-too-far', { line: 'big' }, '90000', '1000', { approximate: 'round' }),
      // "over £70m": rounded down, so at least 70 and below 80.
      figure('over', { line: 'big' }, '70000', '1000', { approximate: 'over' }),
      figure('over-too-low', { line: 'big' }, '60000', '1000', { approximate: 'over' }),
      figure('over-but-above', { line: 'big' }, '80000', '1000', { approximate: 'over' }),
      // "up to £80m": rounded up, so above 70 and at most 80.
      figure('under', { line: 'big' }, '80000', '1000', { approximate: 'under' }),
      figure('under-too-high', { line: 'big' }, '70000', '1000', { approximate: 'under' }),
      // A precision coarser than the last digit wins: "£78.7m, in round £5m" is reconciled to £5m.
      figure('coarse', { line: 'big' }, '78700', '5000', { approximate: 'round' }),
    ],
    { lines },
  );

  it.each([
    ['round', 'round-figure', '10000'],
    ['not-round', 'discrepancy', undefined],
    ['round-too-far', 'discrepancy', '10000'],
    ['over', 'round-figure', '10000'],
    ['over-too-low', 'discrepancy', '10000'],
    ['over-but-above', 'discrepancy', '10000'],
    ['under', 'round-figure', '10000'],
    ['under-too-high', 'discrepancy', '10000'],
    ['coarse', 'round-figure', '5000'],
  ])('%s: %s, rounded to %s', (id, verdict, step) => {
    expect(r.get(id)!.verdict).toBe(verdict);
    expect(r.get(id)!.roundedTo?.toString()).toBe(step);
  });

  it('refuses an approximation it does not know, naming the path', () => {
    const result = safeParseScenario({ ...base, published: [figure('x', { line: 'l1' }, '1', '1', { approximate: 'about' })] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(['published.0.approximate']);
  });
});

describe('reconcile: property', () => {
  it('an equal split printed share by share, each exact share rounded half-up at the quantum, is never a discrepancy', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: 2, max: 6 }), (units, n) => {
        const amount = new Decimal(units.toString()).dividedBy(1000).toFixed(3);
        const partners = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
        const share = new Decimal(amount).dividedBy(n).toFixed(3, Decimal.ROUND_HALF_UP);
        const published = partners.map((p) => figure(p.id, { line: 'l1', partner: p.id }, share, '0.001'));
        const r = reconcile(evaluate(parseScenario({ ...base, services: [], partners, lines: [{ id: 'l1', name: 'Equal', amount, attribution: { rule: 'equal' } }], published })));
        for (const row of r.rows) expect(['exact', 'rounding'], `${amount} / ${n}: ${row.id} ${row.printed.toString()} against ${row.computed?.toString()}`).toContain(row.verdict);
      }),
      { numRuns: 60 },
    );
  });
});
