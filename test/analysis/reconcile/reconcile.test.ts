/**
 * reconcile: every published figure beside the model, with a verdict, and the paper's own arithmetic.
 * A small inline scenario in £000 at a quantum of £1: a line of £100,000 split equally among three
 * partners is 33.334 / 33.333 / 33.333, which papers print as 33.3 each and 100.0 (or 99.9) in total.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, reconcile, type ReconciliationRow } from '../../../src/index.js';

const figure = (id: string, of: object, value: string, precision: string, extra: object = {}): object => ({ id, label: id, of, value, precision, ...extra });

const file = {
  version: 1,
  title: 'Reconcile',
  settings: { unit: '£000', quantum: '0.001', firstYear: '2011/12', years: 2 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  lines: [{ id: 'l1', name: 'Management', amount: '100', fte: { amount: '3' }, phasing: [{ year: '2011/12', share: '0.5' }, { year: '2012/13', share: '0.5' }] }],
  published: [
    figure('exact', { line: 'l1', partner: 'b' }, '33.333', '0.001'),
    figure('pa', { line: 'l1', partner: 'a' }, '33.3', '0.1'),
    figure('pb', { line: 'l1', partner: 'b' }, '33.3', '0.1'),
    figure('pc', { line: 'l1', partner: 'c' }, '33.3', '0.1'),
    figure('total', { line: 'l1' }, '100.0', '0.1', { sumOf: ['pa', 'pb', 'pc'] }),
    figure('total-of-parts', { line: 'l1' }, '99.9', '0.1', { sumOf: ['pa', 'pb', 'pc'] }),
    figure('wrong', { line: 'l1', partner: 'c' }, '35', '1'),
    figure('wrong-total', { line: 'l1' }, '99.7', '0.1', { sumOf: ['pa', 'pb', 'pc'] }),
    figure('possible', { tier: 'possible' }, '12', '1'),
    figure('pounds', { line: 'l1', partner: 'a' }, '33334', '1', { unit: '£' }),
    figure('millions', { line: 'l1' }, '0.1', '0.1', { unit: '£m' }),
    figure('fte', { measure: 'fte', line: 'l1', partner: 'a' }, '1', '0.1'),
    figure('year', { line: 'l1', year: '2012/13' }, '50', '1'),
  ],
};

const result = reconcile(evaluate(parseScenario(file)));
const row = (id: string): ReconciliationRow => result.rows.find((r) => r.id === id)!;
const shown = (r: ReconciliationRow): object => ({
  verdict: r.verdict,
  printed: r.printed.toString(),
  computed: r.computed?.toString() ?? null,
  difference: r.difference?.toString() ?? null,
  unit: r.unit,
});

describe('reconcile verdicts', () => {
  it.each([
    ['exact', { verdict: 'exact', printed: '33.333', computed: '33.333', difference: '0', unit: '£000' }],
    ['pa', { verdict: 'rounding', printed: '33.3', computed: '33.334', difference: '-0.034', unit: '£000' }],
    ['total', { verdict: 'exact', printed: '100', computed: '100', difference: '0', unit: '£000' }],
    ['total-of-parts', { verdict: 'rounding-of-parts', printed: '99.9', computed: '100', difference: '-0.1', unit: '£000' }],
    ['wrong', { verdict: 'discrepancy', printed: '35', computed: '33.333', difference: '1.667', unit: '£000' }],
    ['wrong-total', { verdict: 'discrepancy', printed: '99.7', computed: '100', difference: '-0.3', unit: '£000' }],
    ['possible', { verdict: 'not-modelled', printed: '12', computed: null, difference: null, unit: '£000' }],
    ['pounds', { verdict: 'exact', printed: '33334', computed: '33334', difference: '0', unit: '£' }],
    ['millions', { verdict: 'exact', printed: '0.1', computed: '0.1', difference: '0', unit: '£m' }],
    ['fte', { verdict: 'exact', printed: '1', computed: '1', difference: '0', unit: 'fte' }],
    ['year', { verdict: 'exact', printed: '50', computed: '50', difference: '0', unit: '£000' }],
  ])('%s', (id, expected) => {
    expect(shown(row(id))).toEqual(expected);
  });

  it('a rounding verdict is exactly the half-precision boundary: 33.3 for 33.35 is rounding, for 33.351 a discrepancy', () => {
    const at = (value: string, amount: string): string =>
      reconcile(
        evaluate(
          parseScenario({
            ...file,
            lines: [{ id: 'l1', name: 'L', amount, attribution: { rule: 'actual', amounts: { a: value, b: '0', c: '0' } } }],
            published: [figure('x', { line: 'l1', partner: 'a' }, '33.3', '0.1')],
          }),
        ),
      ).rows[0]!.verdict;
    expect(at('33.35', '33.35')).toBe('rounding');
    expect(at('33.25', '33.25')).toBe('rounding');
    expect(at('33.351', '33.351')).toBe('discrepancy');
    expect(at('33.249', '33.249')).toBe('discrepancy');
  });

  it('counts every verdict, in the order of the scenario', () => {
    expect(result.rows.map((r) => r.index)).toEqual(file.published.map((_, i) => i));
    expect(result.counts).toEqual({ exact: 6, rounding: 3, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 1, discrepancy: 2, 'not-modelled': 1 });
  });
});

describe('reconcile: the paper’s own arithmetic', () => {
  it('a total printed as 100.0 from parts printed as 33.3 each does not add up (by 0.1)', () => {
    expect(row('total').arithmetic).toBeDefined();
    const a = row('total').arithmetic!;
    expect([a.partsSum.toString(), a.difference.toString(), a.addsUp]).toEqual(['99.9', '0.1', false]);
  });

  it('a total printed as the sum of its printed parts adds up', () => {
    const a = row('total-of-parts').arithmetic!;
    expect([a.partsSum.toString(), a.difference.toString(), a.addsUp]).toEqual(['99.9', '0', true]);
  });

  it('figures without sumOf carry no arithmetic check; failures are counted', () => {
    expect(row('pa').arithmetic).toBeUndefined();
    expect(result.arithmeticFailures).toBe(2);
  });

  it('never changes a printed figure', () => {
    for (const r of result.rows) {
      const f = file.published[r.index] as { value: string };
      expect(r.printed.equals(f.value)).toBe(true);
    }
  });
});
