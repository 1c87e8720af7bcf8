import { describe, expect, it } from 'vitest';
import { buildView, isReconciliationTable, VIEW_NAMES, type ReportTable, type TableModel } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

const e = smallEvaluation();

/** A table's rows as [label, values…, total] strings, for readable assertions. */
function rows(t: TableModel): string[][] {
  return t.rows.map((r) => [r.label, ...r.values.map((v) => (v === null ? '' : v.toString())), r.total.toString()]);
}

function pivots(view: (typeof VIEW_NAMES)[number]): TableModel[] {
  return buildView(e, view).tables.filter((t): t is Extract<ReportTable, { kind: 'pivot' }> => t.kind === 'pivot');
}

describe('buildView', () => {
  it('partners: one table per tier, then tiers by partner (Table 1)', () => {
    const tables = pivots('partners');
    expect(tables.map((t) => t.title)).toEqual(['Assured savings', 'Projected savings', 'Possible savings', 'All tiers']);
    expect(rows(tables[0]!)).toEqual([['Management | team', '550', '50', '600']]);
    expect(rows(tables[1]!)).toEqual([['IT\nphased', '501', '500', '1001']]);
    expect(rows(tables[2]!)).toEqual([['Running cost', '-150', '-150', '-300']]);
    expect(rows(tables[3]!)).toEqual([
      ['Assured', '550', '50', '600'],
      ['Projected', '501', '500', '1001'],
      ['Possible', '-150', '-150', '-300'],
    ]);
    expect(tables[3]!.grandTotal.toString()).toBe('1301');
    expect(tables[3]!.columnTotals.map(String)).toEqual(['901', '400']);
  });

  it('services: each budget as starting, closing and change by partner, money and FTE', () => {
    const [money, fte] = pivots('services');
    expect(money!.title).toBe('Shared team: Staffing');
    expect(money!.measure).toBe('money');
    expect(rows(money!)).toEqual([
      ['Starting position', '1000', '500', '1500'],
      ['Closing position', '450', '450', '900'],
      ['Change (starting − closing)', '550', '50', '600'],
    ]);
    expect(fte!.measure).toBe('fte');
    expect(rows(fte!)).toEqual([
      ['Starting position', '10', '5', '15'],
      ['Closing position', '6', '4.5', '10.5'],
      ['Change (starting − closing)', '4', '0.5', '4.5'],
    ]);
  });

  it('lines and tiers: one table each', () => {
    expect(rows(pivots('lines')[0]!).map((r) => r[0])).toEqual(['Management | team', 'IT\nphased', 'Running cost']);
    expect(rows(pivots('tiers')[0]!).map((r) => r.at(-1))).toEqual(['600', '1001', '-300']);
  });

  it('years: years by partner, then lines by year', () => {
    const [byYear, byLine] = pivots('years');
    expect(rows(byYear!)).toEqual([
      ['2020/21', '651', '150', '801'],
      ['2021/22', '250', '250', '500'],
    ]);
    expect(byLine!.columns.map((c) => c.key)).toEqual(['2020/21', '2021/22']);
    expect(rows(byLine!)[1]).toEqual(['IT\nphased', '501', '500', '1001']);
  });

  it('staffing: FTE by line, then the FTE baselines, and which lines state no FTE', () => {
    const report = buildView(e, 'staffing');
    const [byLine, baseline] = pivots('staffing');
    expect(byLine!.measure).toBe('fte');
    expect(rows(byLine!)).toEqual([['Management | team', '4', '0.5', '4.5']]);
    expect(baseline!.title).toBe('Shared team: Staff');
    expect(report.notes[0]).toBe('2 of 3 lines state no FTE: IT\nphased; Running cost.');
  });

  it('reconcile: the reconciliation table, with the counts in the notes', () => {
    const report = buildView(e, 'reconcile');
    const [table] = report.tables;
    expect(table !== undefined && isReconciliationTable(table)).toBe(true);
    expect(report.notes).toContain(
      '3 published figures: 1 discrepancy; 1 printed total does not equal the sum of its printed parts; 0 not modelled; 2 exact.',
    );
  });

  it('carries the scenario unit, the precision of its quantum in every unit, the source and the sign convention', () => {
    const report = buildView(smallEvaluation({ unit: '£m', quantum: '0.001' }), 'partners');
    expect(report.unit).toBe('£m');
    expect(report.precision).toEqual({ money: { '£': 0, '£000': 0, '£m': 3 }, fte: 2 });
    expect(report.notes.slice(0, 2)).toEqual(['Source: A test paper', 'Savings and income are positive; recurring costs are negative.']);
  });

  it.each(VIEW_NAMES.map((v) => [v, ['partners', 'lines', 'tiers', 'years', 'staffing'].includes(v)] as const))('%s: says the figures carry signs: %s', (view, signed) => {
    expect(buildView(e, view).notes.includes('Savings and income are positive; recurring costs are negative.')).toBe(signed);
  });

  it.each(VIEW_NAMES.map((v) => [v]))('%s: every table says which kind it is', (view) => {
    for (const t of buildView(e, view).tables) expect(['pivot', 'measures', 'reconciliation']).toContain(t.kind);
  });

  it('refuses a name that is not a view', () => {
    expect(() => buildView(e, 'charts' as never)).toThrow(
      'view: expected one of partners, services, lines, tiers, years, staffing, costs, appraisal, context, fairness, contributions, reconcile, cells, found "charts"',
    );
  });
});
