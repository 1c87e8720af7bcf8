/**
 * `pivot` sums the engine's integer blocks into index-based typed arrays and makes a Decimal only for the
 * values and totals it returns. Whatever the route, its tables must be the ones a straightforward exact
 * pivot gives: every Decimal cell filtered, grouped by string key and summed in Decimal, in the scenario's
 * own order of headings. Compared on random scenarios, for every pair of dimensions, both measures and
 * random filters; and on fixed cases for the routes random scenarios rarely take (sums beyond 2^53 quanta,
 * a table too large to hold densely).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  evaluate,
  parseScenario,
  partnerHeading,
  pivot,
  type Evaluation,
  type Heading,
  type LineDimension,
  type Measure,
  type Selector,
  type TableModel,
} from '../../src/index.js';
import { CATEGORIES, LINE_KINDS, RECURRENCES, TIERS } from '../../src/schema/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const DIMENSIONS: readonly LineDimension[] = ['partner', 'line', 'service', 'year', 'tier', 'category', 'fund', 'recurrence', 'kind'];

/** The headings of a dimension, in the scenario's order, written out again here. */
function headingsOf(e: Evaluation, d: LineDimension): Heading[] {
  const s = e.scenario;
  const plain = (xs: readonly string[]): Heading[] => [...new Set(xs)].map((x) => ({ key: x, label: x }));
  switch (d) {
    case 'partner':
      return [...s.partners.map((p) => ({ key: p.id, label: partnerHeading(p) })), { key: '(total only)', label: 'Total only' }];
    case 'line':
      return s.lines.map((l) => ({ key: l.id, label: l.name }));
    case 'service':
      return [...s.services.map((x) => ({ key: x.id, label: x.name })), { key: '', label: '(no service)' }];
    case 'year':
      return plain(s.settings.years);
    case 'tier':
      return plain(TIERS);
    case 'category':
      return plain(CATEGORIES);
    case 'kind':
      return plain(LINE_KINDS);
    case 'recurrence':
      return plain(RECURRENCES);
    case 'fund':
      return plain([...s.lines.map((l) => l.fund), ...s.budgets.flatMap((b) => (b.fund === undefined ? [] : [b.fund]))]);
  }
}

/** The plain pivot: every Decimal cell, filtered, keyed by string, summed in Decimal. */
function referencePivot(e: Evaluation, rows: LineDimension, columns: LineDimension, measure: Measure, filter: Selector): Omit<TableModel, 'kind' | 'title' | 'measure' | 'rowDimension' | 'columnDimension'> {
  const lines = new Map(e.scenario.lines.map((l) => [l.id, l]));
  const keyOf = (c: (typeof e.lineCells)[number], d: LineDimension): string => {
    const l = lines.get(c.line)!;
    return d === 'partner' ? c.partner : d === 'year' ? c.year : d === 'line' ? l.id : d === 'service' ? (l.service ?? '') : l[d];
  };
  const sums = new Map<string, Decimal>();
  for (const c of e.lineCells) {
    const l = lines.get(c.line)!;
    if (c.measure !== measure) continue;
    if (filter.partner !== undefined && c.partner !== filter.partner) continue;
    if (filter.year !== undefined && c.year !== filter.year) continue;
    if (filter.line !== undefined && l.id !== filter.line) continue;
    if (filter.tier !== undefined && l.tier !== filter.tier) continue;
    if (filter.recurrence !== undefined && l.recurrence !== filter.recurrence) continue;
    const k = `${keyOf(c, rows)}\u0000${keyOf(c, columns)}`;
    sums.set(k, (sums.get(k) ?? new Decimal(0)).plus(c.value));
  }
  const has = (axis: 0 | 1, key: string): boolean => [...sums.keys()].some((k) => k.split('\u0000')[axis] === key);
  const cols = headingsOf(e, columns).filter((h) => has(1, h.key));
  const body = headingsOf(e, rows)
    .filter((h) => has(0, h.key))
    .map((h) => {
      const values = cols.map((c) => sums.get(`${h.key}\u0000${c.key}`) ?? null);
      return { ...h, values, total: values.reduce<Decimal>((a, v) => (v === null ? a : a.plus(v)), new Decimal(0)) };
    });
  return {
    columns: cols,
    rows: body,
    columnTotals: cols.map((_, j) => body.reduce((a, r) => (r.values[j] === null ? a : a.plus(r.values[j]!)), new Decimal(0))),
    grandTotal: body.reduce((a, r) => a.plus(r.total), new Decimal(0)),
  };
}

/** A table as text: every heading, value (with its exact digits) and total. */
const text = (t: Pick<TableModel, 'rows' | 'columns' | 'columnTotals' | 'grandTotal'>): string =>
  JSON.stringify({ columns: t.columns, rows: t.rows, columnTotals: t.columnTotals, grandTotal: t.grandTotal }, (_k, v: unknown) => (v instanceof Decimal ? `D${v.toFixed()}` : v));

const filterArbitrary = (partners: readonly string[], lines: readonly string[], years: readonly string[]): fc.Arbitrary<Selector> =>
  fc.record(
    {
      partner: fc.constantFrom(...partners),
      year: fc.constantFrom(...years),
      line: lines.length > 0 ? fc.constantFrom(...lines) : fc.constant(undefined),
      tier: fc.constantFrom(...TIERS),
      recurrence: fc.constantFrom(...RECURRENCES),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Selector>;

function expectSameEverywhere(e: Evaluation, filter: Selector = {}): void {
  for (const measure of ['money', 'fte'] as const) {
    for (const rows of DIMENSIONS) {
      for (const columns of DIMENSIONS) {
        const t = pivot(e, { rows, columns, measure, filter });
        expect(text(t), `${rows} × ${columns} (${measure})`).toBe(text(referencePivot(e, rows, columns, measure, filter)));
      }
    }
  }
}

describe('pivot over the integer blocks', () => {
  it('gives the tables of a plain exact pivot, for every pair of dimensions, both measures, with and without a filter', () => {
    const withFilter = fc.tuple(scenarioArbitrary(), fc.boolean()).chain(([file, filtered]) => {
      const e = evaluate(parseScenario(file));
      const s = e.scenario;
      const filter = filtered ? filterArbitrary(s.partners.map((p) => p.id), s.lines.map((l) => l.id), s.settings.years) : fc.constant({});
      return fc.tuple(fc.constant(e), filter);
    });
    fc.assert(
      fc.property(withFilter, ([e, filter]) => {
        expectSameEverywhere(e, filter);
        // A hand-made copy has no blocks: one block per cell, each at its own decimal places.
        expectSameEverywhere({ ...e, lineCells: e.lineCells.map((c) => ({ ...c })) }, filter);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps sums beyond 2^53 quanta exact, in cells and in totals', () => {
    // 4,503,599,627,370,497 pence (just over 2^52) a line: the sum of three is odd and beyond 2^53, where
    // a double holds only even integers.
    const lines = Array.from({ length: 4 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: i === 3 ? '-45035996273704.97' : '45035996273704.97', tier: i === 3 ? 'possible' : 'assured', attribution: { rule: 'equal' } }));
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }], lines }));
    const t = pivot(e, { rows: 'tier', columns: 'partner' });
    expect(t.rows.map((r) => r.values.map((v) => v?.toFixed()))).toEqual([['135107988821114.91'], ['-45035996273704.97']]);
    expect(t.columnTotals.map((v) => v.toFixed())).toEqual(['90071992547409.94']);
    expect(t.grandTotal.toFixed()).toBe('90071992547409.94');
    expect(pivot(e, { rows: 'year', columns: 'tier' }).rows[0]!.total.toFixed()).toBe('90071992547409.94');
    expectSameEverywhere(e);
  });

  it('holds a table too large for dense arrays (line × line of 2,100 lines) sparsely, with the same figures', () => {
    const lines = Array.from({ length: 2100 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: `${i}.5`, tier: 'assured', attribution: { rule: 'equal' } }));
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }], lines }));
    const t = pivot(e, { rows: 'line', columns: 'line' });
    expect(t.rows.length).toBe(2100);
    // A row's values are made when first read, once.
    expect(t.rows[7]!.values).toBe(t.rows[7]!.values);
    expect(t.rows[7]!.values.filter((v) => v !== null).map((v) => v!.toFixed())).toEqual(['7.5']);
    expect(t.rows[7]!.values[7]!.toFixed()).toBe('7.5');
    expect(t.columnTotals[2099]!.toFixed()).toBe('2099.5');
    expect(t.grandTotal.toFixed()).toBe(String(2100 * 2099 / 2 + 1050));
  });
});
