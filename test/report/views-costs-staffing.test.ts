import { describe, expect, it } from 'vitest';
import { buildView, isMeasureTable, renderMarkdown, type MeasureTable, type TableModel } from '../../src/index.js';
import { analysisEvaluation, cells } from './_analysis-scenario.js';

const e = analysisEvaluation({ indirect: true });
const measures = (view: Parameters<typeof buildView>[1]): MeasureTable[] => buildView(e, view).tables.filter(isMeasureTable);

describe('the costs view', () => {
  const tables = buildView(e, 'costs').tables;

  it('lists each one-off cost by partner with its basis; an unquantified cost has no figures, never zero', () => {
    const [costs] = measures('costs');
    expect(costs!.title).toBe('One-off costs by partner');
    expect(cells(costs!)).toEqual([
      ['Exit compensation', '3 × £100.00 per head', '150', '150', '300'],
      ['ICT integration', 'not quantified (a caveat, not zero)', '', '', ''],
      ['Total of quantified costs', '', '150', '150', '300'],
    ]);
  });

  it('gives one-off costs by year, funding by partner, and indirect savings at each end of their range', () => {
    expect(tables.map((t) => t.title)).toEqual(['One-off costs by partner', 'One-off costs by year', 'Funding by partner', 'Indirect savings a year once landed, by partner']);
    const byYear = tables[1] as TableModel;
    expect(byYear.rows.map((r) => [r.key, ...r.values.map(String), r.total.toString()])).toEqual([['2020/21', '150', '150', '300']]);
    expect(cells(tables[2] as MeasureTable)).toEqual([
      ['Transformation grant', 'Exit compensation', 'yes', '50', '50', '100'],
      ['Total', '', '', '50', '50', '100'],
    ]);
    // 1 FTE removed by each partner: £10, £20, £30 each.
    expect(cells(tables[3] as MeasureTable)).toEqual([
      ['Desks: low', '10', '10', '10', '20'],
      ['Desks: central', '20', '20', '20', '40'],
      ['Desks: high', '30', '30', '30', '60'],
    ]);
  });

  it('prints the unquantified cost as a dash in markdown, with the caveat beneath', () => {
    const md = renderMarkdown(buildView(e, 'costs'));
    expect(md).toContain('| ICT integration           | not quantified (a caveat, not zero) |     – |    – |     – |');
    expect(md).toContain('- Caveat: Unquantified cost, not included: ICT integration');
  });
});

describe('the staffing view', () => {
  it('adds the staffing effects: FTE, headcount, reductions by year, vacancies, VR requests, at risk, totals', () => {
    const [effects] = measures('staffing');
    expect(effects!.columns.map((c) => c.label)).toEqual(['FTE', 'Headcount', 'Reductions 2020/21', 'Reductions 2021/22', 'Reductions, total', 'Vacancies deleted', 'VR requests', 'At risk']);
    expect(cells(effects!)).toEqual([
      ['Shared team / Alpha', '10', '12', '2', '1', '3', '1', '1', '1'],
      ['Shared team / Beta', '5', '', '1', '', '1', '2', '0', '0'],
      ['Total', '15', '12', '3', '1', '4', '3', '1', '1'],
    ]);
    expect(buildView(e, 'staffing').tables.map((t) => t.title)).toEqual(['FTE reduced by line', 'Staffing effects']);
  });

  it('compares the heads costed for exit compensation with the staff at risk', () => {
    expect(buildView(e, 'staffing').notes).toContain('Exit compensation is costed for 3 staff; the staffing effects put 1 at risk.');
  });

  it('prints FTE to 2 places and headcount whole', () => {
    expect(renderMarkdown(buildView(e, 'staffing'))).toContain('| Shared team / Alpha | 10.00 |        12 |               2.00 |               1.00 |              3.00 |              1.00 |        1.00 |    1.00 |');
  });
});

describe('the context view', () => {
  it('gives each reduction as a percentage of its baseline, to 2 places and whole', () => {
    const [money] = measures('context');
    // £1,000 of £40,000 = 2.5%: 2.50 and, half-up, 3.
    expect(cells(money!)).toEqual([['Team saving as a share of the staffing budget', '1000', '40000', '2.5', '3']]);
    expect(renderMarkdown(buildView(e, 'context'))).toContain('| Team saving as a share of the staffing budget |     1,000 |   40,000 |      2.50% |            3% |');
  });
});

describe('the fairness view', () => {
  const [shares, shapley, core] = buildView(analysisEvaluation(), 'fairness', { appraisal: { discountRate: '0.1' } }).tables.filter(isMeasureTable);

  it('gives shares of savings, costs and baseline, net benefit, NPV and whether each is no worse off', () => {
    // NPV at 10%: 1,788.43 each exactly, 3,576.86 in all → 3,577, the odd £1 to Alpha, first in the tie order.
    expect(cells(shares!)).toEqual([
      ['Alpha', '800', '0.5', '150', '0.5', '30000', '0.75', '2000', '1789', 'yes'],
      ['Beta', '800', '0.5', '150', '0.5', '10000', '0.25', '2000', '1788', 'yes'],
      ['Total', '1600', '', '300', '', '40000', '', '4000', '3577', ''],
    ]);
  });

  it('gives the Shapley value beside the agreed attribution where coalition values are stated', () => {
    // v(a) = 300, v(b) = 0, v(ab) = 1,600: Shapley a = (300 + 1,600) / 2 = 950, b = 650.
    expect(cells(shapley!)).toEqual([
      ['Alpha', '800', '300', '950', '', '-150'],
      ['Beta', '800', '0', '650', '', '150'],
      ['Total', '1600', '', '1600', '', ''],
    ]);
    expect(cells(core!).map((r) => r.slice(0, 4))).toEqual([
      ['Agreed attribution', 'yes', 'yes', 'none'],
      ['Shapley value', 'yes', 'yes', 'none'],
    ]);
  });
});
