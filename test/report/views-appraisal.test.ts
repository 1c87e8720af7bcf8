import { describe, expect, it } from 'vitest';
import { buildView, evaluate, isMeasureTable, parseScenario, renderCsv, renderMarkdown, type MeasureTable } from '../../src/index.js';
import { analysisEvaluation, cells } from './_analysis-scenario.js';

const e = analysisEvaluation();
const measures = (view: Parameters<typeof buildView>[1], options?: Parameters<typeof buildView>[2]): MeasureTable[] => buildView(e, view, options).tables.filter(isMeasureTable);

describe('the appraisal view', () => {
  // At 10%: factors 1, 1/1.1, 1/1.21. Each partner: benefits 500, 800, 800; costs 150 less funding 50.
  // Exact PV 400 + 727.27… + 661.15… = 1,788.43 each, 3,576.86 in all: the total NPV rounds half-up to
  // 3,577 and the partners take 1,788 and 1,789, the odd £1 to Alpha, first in the tie order. 2021/22
  // in total: 1,600/1.1 = 1,454.55 → 1,455 (Alpha 728, Beta 727). PV of benefits 1,888.43 each, 3,776.86
  // → 3,777 (Alpha 1,889); the ratios are of the rounded figures: 1,889/100 = 18.89, 3,777/200 → 18.89.
  const [summary, total, costs, alpha, beta] = measures('appraisal', { appraisal: { discountRate: '0.1' } });

  it('summarises NPV, PV of benefits and costs, the benefit–cost ratio and payback, per partner and in total', () => {
    expect(summary!.columns.map((c) => c.label)).toEqual(['NPV', 'PV of benefits', 'PV of costs net of funding', 'Benefit–cost ratio', 'Payback year']);
    expect(cells(summary!)).toEqual([
      ['Alpha', '1789', '1889', '100', '18.89', '2020/21'],
      ['Beta', '1788', '1888', '100', '18.88', '2020/21'],
      ['Total', '3577', '3777', '200', '18.89', '2020/21'],
    ]);
    expect(summary!.rows.map((r) => r.role)).toEqual(['data', 'data', 'total']);
  });

  it('gives the cash flows by year: rows are years, columns are measures, then a Total row', () => {
    expect(total!.title).toBe('Cash flows by year: Total');
    expect(total!.columns.map((c) => c.key)).toEqual(['benefits', 'costs', 'funding', 'net', 'cumulative', 'discountFactor', 'presentValue']);
    expect(cells(total!).map((r) => r.filter((_, j) => j !== 6))).toEqual([
      ['2020/21', '1000', '300', '100', '800', '800', '800'],
      ['2021/22', '1600', '0', '0', '1600', '2400', '1455'],
      ['2022/23', '1600', '0', '0', '1600', '4000', '1322'],
      ['Total', '4200', '300', '100', '4000', '', '3577'],
    ]);
    expect(alpha!.title).toBe('Cash flows by year: Alpha');
    expect(cells(beta!)[1]).toEqual(['2021/22', '800', '0', '0', '800', '1200', total!.rows[1]!.values[5]!.toString(), '727']);
  });

  it('lists the one-off costs behind the cash flows by year, with their basis, and the unquantified one without figures', () => {
    expect(costs!.title).toBe('One-off costs by year, before optimism bias');
    expect(cells(costs!)).toEqual([
      ['Exit compensation', '3 × £100.00 per head', '300', '', '', '300'],
      ['ICT integration', 'not quantified (a caveat, not zero)', '', '', '', ''],
      ['Total of quantified costs', '', '300', '', '', '300'],
    ]);
  });

  it('prints discount factors to 6 decimal places and says that present values use the exact factors', () => {
    const md = renderMarkdown(buildView(e, 'appraisal', { appraisal: { discountRate: '0.1' } }));
    expect(md).toContain('| 2021/22 |    1,600 |     0 |       0 |       1,600 |      2,400 |        0.909091 |         1,455 |');
    expect(md.replace(/\n {2}/g, ' ')).toContain('Discount factors are printed to 6 decimal places; present values use the exact factors.');
    const csv = renderCsv(buildView(e, 'appraisal', { appraisal: { discountRate: '0.1' } }));
    expect(csv).toContain('\r\n2022/23,1600,0,0,1600,4000,0.826446,1322\r\n');
  });

  it('states the conventions: rate, period, risk weights, optimism bias, funding, payback and ratio', () => {
    const notes = buildView(e, 'appraisal', { appraisal: { discountRate: '0.1', riskWeights: { possible: '0.5' } } }).notes;
    expect(notes).toContain('Period: 3 years, 2020/21 to 2022/23.');
    expect(notes).toContain("Risk weights (the share of each tier's savings counted): assured 1, projected 1, possible 0.5.");
    expect(notes.some((n) => n.startsWith('Discount rate 0.1 real (a flat 10% in every year, not a Green Book schedule'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Payback year: the first year from which the cumulative net position stays at or above zero.'))).toBe(true);
  });

  it('weights tiers as asked: possible savings at half', () => {
    // Alpha: 500, 650, 650 → PV 400 + 590.90… + 537.19… = 1,528.09…; Beta the same, 3,056.19… → 3,056 in all, 1,528 each.
    const [weighted] = measures('appraisal', { appraisal: { discountRate: '0.1', riskWeights: { possible: '0.5' } } });
    expect(cells(weighted!)[0]!.slice(0, 2)).toEqual(['Alpha', '1528']);
  });

  it('shows a payback that never comes as words, not as a year or zero', () => {
    const [short] = measures('appraisal', { appraisal: { years: 1, riskWeights: { assured: '0', possible: '0' } } });
    expect(cells(short!)[2]!.at(-1)).toBe('none: what is spent is not recovered within the period');
  });

  it('says why there is no payback where nothing is spent, rather than that it never comes', () => {
    const saving = parseScenario({
      version: 1,
      title: 'Savings alone',
      settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2 },
      partners: [{ id: 'a', name: 'Alpha' }],
      lines: [{ id: 'team', name: 'Shared team', amount: '100', attribution: { rule: 'equal' } }],
    });
    const [summary] = buildView(evaluate(saving), 'appraisal').tables.filter(isMeasureTable);
    expect(cells(summary!).map((r) => r.at(-1))).toEqual(['none: nothing is spent, so there is nothing to pay back', 'none: nothing is spent, so there is nothing to pay back']);
  });
});

describe('the years view', () => {
  it('adds the appraisal’s net benefit by year and partner, totals summing both ways', () => {
    const tables = buildView(e, 'years').tables;
    const net = tables[tables.length - 1]!;
    expect(net.title).toBe('Net benefit by year (from the appraisal)');
    expect(isMeasureTable(net)).toBe(false);
    expect(cells(net as never)).toEqual([
      ['2020/21', '400', '400'],
      ['2021/22', '800', '800'],
      ['2022/23', '800', '800'],
    ]);
    expect((net as unknown as { columnTotals: unknown[] }).columnTotals.map(String)).toEqual(['2000', '2000']);
    expect(String((net as unknown as { grandTotal: unknown }).grandTotal)).toBe('4000');
  });
});
