/**
 * The contributions view: per agreement its splits by year and period and its contributions, then
 * summaries by partner, agreement and year, in every format.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildView, render, type Evaluation, type MeasureTable } from '../../src/index.js';
import { renderHtml, renderXlsx } from '../../src/report/full.js';
import { smallEvaluation } from './_scenarios.js';
import { agreementScenario, cost, d, evaluated, shares, step } from '../engine/contributions/_agreements.js';

/** Two agreements over two years: a contact centre split by the year's calls, kept within 3 points; HR changing on 3 October 2022. */
function twoAgreements(): Evaluation {
  return evaluated(
    agreementScenario(
      '2021/22',
      2,
      [
        { id: 'sh', byYear: { calls: { 0: '77297', 1: '60924' }, posts: { 1: '512' } } },
        { id: 'wd', byYear: { calls: { 0: '32158', 1: '27820' }, posts: { 1: '110' } } },
      ],
      [
        {
          id: 'contact-centre',
          name: 'Customer Contact Centre',
          basis: 'Calls, April to December',
          schedule: [step('2021-04-01', { kind: 'metric', metric: 'calls', precision: d('0.01'), tolerance: d('0.03') })],
          costs: [cost(0, { net: '1200000' }), cost(1, { gross: '1300000', income: '50000' })],
          standAlone: new Map([
            ['sh', [d('900000'), d('950000')]],
            ['wd', [d('450000'), undefined]],
          ]),
        },
        {
          id: 'hr',
          name: 'Human resources',
          schedule: [step('2021-04-01', { kind: 'shares', shares: shares({ sh: '0.74', wd: '0.26' }) }), step('2022-10-03', { kind: 'metric', metric: 'posts', precision: d('0.01') })],
          costs: [cost(1, { net: '730000' })],
        },
      ],
    ),
  );
}

const e = twoAgreements();
const report = buildView(e, 'contributions');
const measures = (title: string): MeasureTable => report.tables.find((t) => t.title === title) as MeasureTable;

describe('the contributions view', () => {
  it('has, per agreement, its splits and its contributions, then the summaries', () => {
    expect(report.tables.map((t) => [t.kind, t.title])).toEqual([
      ['measures', 'Customer Contact Centre: drivers and splits'],
      ['measures', 'Customer Contact Centre: contributions'],
      ['measures', 'Human resources: drivers and splits'],
      ['measures', 'Human resources: contributions'],
      ['pivot', 'Contributions by partner and year'],
      ['pivot', 'Contributions by agreement and year'],
      ['pivot', 'Savings against stand-alone costs by partner and year'],
    ]);
  });

  it("prints each period's driver, counts, exact and stated shares, prior, movement and decision", () => {
    // 2022/23 calls 60,924 / 27,820: 60924/88744 = 15231/22186 = 68.6514…%; prior 71 (stated in 2021/22),
    // moved 71 − 68.6514… = 2.3486 points ≤ 3: kept.
    const md = render(report, 'md');
    expect(md).toContain('| Council SH | 2022/23 | 2022-04-01 to 2023-03-31 (365 days) | calls (2022/23)    | 60924 |  68.65% | 15231/22186  |   71.00% |  71.00% |              2.35 |                  3 | kept     | within tolerance |');
    // HR: 185 days at 74/26, then from 3 October posts 512 / 110 = 82.32% → 82, reset for want of a prior.
    expect(md).toContain('| Council SH | 2022/23 | 2022-10-03 to 2023-03-31 (180 days) | posts (2022/23)                       |   512 |  82.32% | 256/311     |   82.00% |       – |                 – |                  – | reset         | no prior |');
  });

  it('gives JSON the exact share to 6 places beside its fraction, and the movement to 6', () => {
    const json = JSON.parse(render(report, 'json')) as { tables: { title: string; columns: { key: string }[]; rows: { key: string; values: (string | null)[] }[] }[] };
    const t = json.tables[0]!;
    const at = (key: string): number => t.columns.findIndex((c) => c.key === key);
    const row = t.rows.find((r) => r.key === '2022/23/0/sh')!;
    // 15231/22186 = 0.6865140178…: 68.651402%; movement 71 − 68.6514017… = 2.3485982… → 2.348598 points
    expect([row.values[at('exact')], row.values[at('fraction')], row.values[at('movement')]]).toEqual(['68.651402', '15231/22186', '2.348598']);
  });

  it('apportions each year: gross, income and net per partner, a total per year equal to the cost', () => {
    // 2022/23: gross 1,300,000 × 71% = 923,000, income 50,000 × 71% = 35,500, net 887,500; WD 377,000 − 14,500 = 362,500.
    const t = measures('Customer Contact Centre: contributions');
    const net = t.columns.findIndex((c) => c.key === 'net');
    const rows = Object.fromEntries(t.rows.map((r) => [r.key, r.values.map((v) => (v === null ? null : v.toString()))]));
    expect(rows['2022/23/sh']).toEqual(['2022/23', '71', '71/100', '923000', '35500', '887500', '950000', '62500']);
    expect(rows['total/2022/23']![net]).toBe('1250000');
    // WD states no stand-alone cost for 2022/23: no saving for it, and no total of savings that would leave it out.
    expect(rows['2022/23/wd']!.slice(-2)).toEqual([null, null]);
    expect(rows['total/2022/23']!.slice(-2)).toEqual([null, null]);
  });

  it('sums the summaries from the cells: by partner, by agreement and by year', () => {
    // SH: 852,000 + 887,500 + HR 569,000 = 2,308,500; all: 1,200,000 + 1,250,000 + 730,000 = 3,180,000.
    const csv = render(report, 'csv');
    expect(csv).toContain('Council SH,852000,1456500,2308500\r\n');
    expect(csv).toContain('Total,1200000,1980000,3180000\r\n');
    expect(csv).toContain('Total 2022/23,2022/23,,,1300000,50000,1250000,,\r\n');
  });

  it('says so, with no tables, for a scenario without agreements', () => {
    const none = buildView(smallEvaluation(), 'contributions');
    expect(none.tables).toEqual([]);
    expect(none.notes).toContain('The scenario states no cost-sharing agreements.');
  });
});

describe('the contributions in the HTML report and the workbook', () => {
  it('has a section in the HTML report where the scenario states agreements, and none otherwise', async () => {
    const html = await renderHtml(e, { charts: false });
    expect(html).toContain('<section class="report-section" id="contributions"');
    expect(html).toContain('Customer Contact Centre: contributions');
    expect(await renderHtml(smallEvaluation(), { charts: false })).not.toContain('id="contributions"');
  });

  it("has a Contributions sheet where the scenario states agreements, with each year's total a SUM", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(e)).buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Contributions')!;
    const values: unknown[] = [];
    sheet.eachRow((row) => values.push(row.getCell(1).value));
    expect(values).toContain('Total 2022/23');
    const small = new ExcelJS.Workbook();
    await small.xlsx.load((await renderXlsx(smallEvaluation())).buffer as ArrayBuffer);
    expect(small.getWorksheet('Contributions')).toBeUndefined();
  });
});
