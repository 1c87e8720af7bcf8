/**
 * The reconciliation in groups, what matters first (discrepancies, the paper's own arithmetic, not
 * modelled, agreements), in every format; `only`; the words of the verdicts; figures in years, ratios and
 * percentages; the hint beside a discrepancy.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  RECONCILIATION_GROUPS,
  VERDICT_WORDS,
  buildView,
  countOfVerdict,
  describeReconciliation,
  InputError,
  reconcile,
  reconciliationTable,
  render,
  type Reconciliation,
  type ReconciliationTable,
  type Verdict,
} from '../../src/index.js';
import { VERDICTS } from '../../src/analysis/reconcile/reconcile.js';
import { renderHtml, renderXlsx } from '../../src/report/full.js';
import { groupsEvaluation } from './_groups-scenario.js';

const e = groupsEvaluation();
const table = reconciliationTable(reconcile(e));

describe('reconciliationTable: groups, what matters first', () => {
  it('gives every figure the verdict worked out by hand (the scenario is what the tests below rest on)', () => {
    const byIndex = [...table.rows].sort((a, b) => a.index - b.index).map((r) => r.verdict);
    expect(byIndex).toEqual(['exact', 'exact', 'exact', 'discrepancy', 'discrepancy', 'not-modelled', 'discrepancy', 'exact', 'exact', 'discrepancy', 'round-figure', 'rounding', 'within-bound']);
  });

  it('orders the rows: discrepancies, the paper’s own arithmetic, not modelled, then agreements from the closest to the exact', () => {
    expect(table.rows.map((r) => [r.group, r.index])).toEqual([
      ['discrepancies', 3],
      ['discrepancies', 4],
      ['discrepancies', 6],
      ['discrepancies', 9],
      ['arithmetic', 0],
      ['not-modelled', 5],
      ['agreements', 12],
      ['agreements', 10],
      ['agreements', 11],
      ['agreements', 1],
      ['agreements', 2],
      ['agreements', 7],
      ['agreements', 8],
    ]);
  });

  it('counts each group in words, singular and plural right', () => {
    expect(table.groups.map((g) => [g.group, g.count, g.shown, g.collapsed, g.summary])).toEqual([
      ['discrepancies', 4, true, false, '4 discrepancies'],
      ['arithmetic', 1, true, true, '1 printed total whose printed parts do not add up: 1 exact'],
      ['not-modelled', 1, true, true, '1 not modelled'],
      ['agreements', 7, true, true, '7 agreeing with the model: 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 4 exact'],
    ]);
    expect(table.only).toBeNull();
    expect(table.notShown).toBeNull();
    expect(table.total).toBe(13);
  });

  it('says what it found in one sentence, what matters first, from the table or from the reconciliation itself', () => {
    const sentence = '13 published figures: 4 discrepancies; 1 printed total does not equal the sum of its printed parts; 1 not modelled; 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 5 exact.';
    expect(describeReconciliation(table)).toBe(sentence);
    expect(describeReconciliation(reconcile(e))).toBe(sentence);
  });

  it('with only, keeps those groups’ rows and counts the rest in one sentence; the counts stay those of every figure', () => {
    const only = reconciliationTable(reconcile(e), { only: ['discrepancies'] });
    expect(only.rows.map((r) => r.index)).toEqual([3, 4, 6, 9]);
    expect(only.notShown).toBe(
      'Not shown: 1 printed total whose printed parts do not add up: 1 exact; 1 not modelled; 7 agreeing with the model: 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 4 exact.',
    );
    expect(only.groups.map((g) => g.shown)).toEqual([true, false, false, false]);
    expect(describeReconciliation(only)).toBe(describeReconciliation(table));
    // The order of `only` is the groups' order, whatever order it was given in.
    const two = reconciliationTable(reconcile(e), { only: ['not-modelled', 'arithmetic'] });
    expect(two.only).toEqual(['arithmetic', 'not-modelled']);
    expect(two.rows.map((r) => r.index)).toEqual([0, 5]);
  });

  it('buildView takes only for the reconcile view, and refuses a group it does not know, with its path', () => {
    const view = buildView(e, 'reconcile', { reconcile: { only: ['arithmetic'] } });
    expect((view.tables[0] as ReconciliationTable).rows.map((r) => r.index)).toEqual([0]);
    let thrown: unknown;
    try {
      buildView(e, 'reconcile', { reconcile: { only: ['rounding' as 'agreements'] } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as { issues: { code: string; path: unknown[] }[] }).issues.map((i) => [i.code, i.path])).toEqual([['E_OPTION', ['reconcile', 'only', 0]]]);
  });
});

/** A reconciliation of rows with these verdicts and arithmetic, to test the grouping alone. */
function fakeReconciliation(rows: readonly { verdict: Verdict; addsUp: boolean | null }[]): Reconciliation {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, rows.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
  return {
    rows: rows.map((r, index) => ({
      index,
      label: `figure ${index}`,
      unit: '£',
      precision: new Decimal(1),
      printed: new Decimal(index),
      computed: r.verdict === 'not-modelled' ? null : new Decimal(index),
      difference: r.verdict === 'not-modelled' ? null : new Decimal(0),
      verdict: r.verdict,
      ...(r.addsUp === null ? {} : { arithmetic: { partsSum: new Decimal(0), difference: new Decimal(0), addsUp: r.addsUp } }),
    })),
    counts,
    arithmeticFailures: rows.filter((r) => r.addsUp === false).length,
    drivers: [],
  };
}

describe('reconciliationTable: invariants of the grouping', () => {
  const rowArb = fc.record({ verdict: fc.constantFrom(...VERDICTS), addsUp: fc.constantFrom(true, false, null) });
  const onlyArb = fc.option(fc.subarray([...RECONCILIATION_GROUPS]), { nil: undefined });

  it('shows every figure once, in groups in order; with only, the rows shown and the rows counted as not shown are all the figures', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), onlyArb, (rows, only) => {
        const rec = fakeReconciliation(rows);
        const t = reconciliationTable(rec, only === undefined ? {} : { only });
        const shownGroups = t.groups.filter((g) => g.shown);
        expect(t.rows.length).toBe(shownGroups.reduce((a, g) => a + g.count, 0));
        expect(t.groups.reduce((a, g) => a + g.count, 0)).toBe(rows.length);
        expect(new Set(t.rows.map((r) => r.index)).size).toBe(t.rows.length);
        // Groups never go back; within a group, verdicts never go back, and the scenario order breaks ties.
        const key = (r: (typeof t.rows)[number]): number[] => [RECONCILIATION_GROUPS.indexOf(r.group), VERDICTS.indexOf(r.verdict), r.index];
        for (let i = 1; i < t.rows.length; i++) {
          const [a, b] = [key(t.rows[i - 1]!), key(t.rows[i]!)];
          expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! < b[2]!)))).toBe(true);
        }
        // A discrepancy is always shown with the discrepancies, whatever its arithmetic.
        for (const r of t.rows) expect(r.group === 'discrepancies').toBe(r.verdict === 'discrepancy');
        expect(t.notShown === null).toBe(shownGroups.length === RECONCILIATION_GROUPS.length);
      }),
    );
  });
});

describe('the words of the verdicts: one registry', () => {
  it('words every verdict, in the order the analysis lists them', () => {
    expect(Object.keys(VERDICT_WORDS)).toEqual([...VERDICTS]);
    expect(Object.keys(VERDICT_WORDS).sort()).toEqual([...VERDICTS].sort());
  });

  it.each([
    ['round-figure', 1, '1 round figure of the model'],
    ['round-figure', 2, '2 round figures of the model'],
    ['discrepancy', 0, '0 discrepancies'],
    ['discrepancy', 1, '1 discrepancy'],
    ['within-bound', 1, '1 within its stated bound'],
    ['within-bound', 3, '3 within their stated bounds'],
    ['rounding-of-parts', 2, '2 within the rounding of their printed parts'],
    ['rounding', 1, '1 within its printed rounding'],
    ['exact', 5, '5 exact'],
    ['not-modelled', 1, '1 not modelled'],
  ] as const)('%s × %d: %s', (verdict, n, words) => {
    expect(countOfVerdict(verdict, n)).toBe(words);
  });
});

describe('the reconciliation in markdown', () => {
  const md = render(buildView(e, 'reconcile'), 'md');

  it('shows each group under its heading with its count, in order, the hint as a note beneath the discrepancies', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### Discrepancies', '### The paper’s own arithmetic', '### Not modelled', '### Agreeing with the model']);
    expect(md).toContain('### Discrepancies\n\n4 discrepancies.\n\n|');
    const discrepancies = md.slice(md.indexOf('### Discrepancies'), md.indexOf('### The paper'));
    // A note longer than the width (120) wraps, its continuation indented.
    expect(discrepancies).toContain('- Note: #5 Hosting: the printed figure is the model\'s with the other sign: if the paper prints it as a cost, state\n  "sense": "cost"');
  });

  it('prints a year as its financial year, the difference in years; a percentage as one, the difference in points; a ratio as a number; verdicts in words', () => {
    const line = (n: number): string => md.split('\n').find((l) => new RegExp(`^\\|\\s+${n} \\|`).test(l))!;
    expect(line(7)).toMatch(/\| Payback +\| year +\| +2026\/27 \| +2025\/26 \| +1 year \| discrepancy +\|/);
    expect(line(8)).toMatch(/\| +2025\/26 \| +2025\/26 \| +0 years \| exact +\|/);
    expect(line(9)).toMatch(/\| ratio +\| +1\.6 \| +1\.6 \| +0\.0 \| exact +\|/);
    expect(line(10)).toMatch(/\| % +\| +71% \| +60% \| +11 points \| discrepancy +\|/);
    expect(line(12)).toContain('| within printed rounding |');
    expect(line(11)).toContain('| round figure ');
    expect(line(13)).toContain('| within stated bound ');
  });

  it('with only, lists those rows and says what it leaves out in one line', () => {
    const only = render(buildView(e, 'reconcile', { reconcile: { only: ['discrepancies'] } }), 'md');
    expect(only.split('\n').filter((l) => l.startsWith('### '))).toEqual(['### Discrepancies']);
    expect(only.split('\n').filter((l) => /^\|\s+\d+ \|/.test(l))).toHaveLength(4);
    expect(only).toContain('\n\nNot shown: 1 printed total whose printed parts do not add up: 1 exact; 1 not modelled; 7 agreeing');
  });
});

describe('the reconciliation in CSV and JSON', () => {
  it('CSV: the rows in the groups’ order, the group and the hint as columns, a year as text, a percentage as a plain number', () => {
    const lines = render(table, 'csv').split('\r\n');
    expect(lines[1]).toBe('#,Published figure,Unit,Printed,Model,Difference,Verdict,Parts sum,Adds up?,Group,Hint');
    expect(lines[2]).toBe('4,Savings 2026/27,£000,60,70,-10,discrepancy,,,discrepancies,');
    expect(lines[3]).toBe('5,Hosting,£000,30,-30,60,discrepancy,,,discrepancies,"the printed figure is the model\'s with the other sign: if the paper prints it as a cost, state ""sense"": ""cost"""');
    expect(lines[4]).toBe('7,Payback,year,2026/27,2025/26,1,discrepancy,,,discrepancies,');
    expect(lines[5]).toBe('10,A’s share of the team,%,71,60,11,discrepancy,,,discrepancies,');
    expect(lines[6]).toBe('1,Savings over three years,£000,240,240,0,exact,230,no,arithmetic,');
  });

  it('CSV with only: a last block counts what is left out', () => {
    const csv = render(buildView(e, 'reconcile', { reconcile: { only: ['not-modelled'] } }), 'csv');
    const blocks = csv.split('\r\n\r\n');
    expect(blocks[0]!.split('\r\n').slice(2)).toEqual(['6,Possible savings,£000,12,,,not-modelled,,,not-modelled,']);
    expect(blocks[1]).toBe('"Not shown: 4 discrepancies; 1 printed total whose printed parts do not add up: 1 exact; 7 agreeing with the model: 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 4 exact."\r\n');
  });

  it('JSON: the rows in order with group and hint, a year as its financial year, the groups counted', () => {
    const json = JSON.parse(render(buildView(e, 'reconcile', { reconcile: { only: ['discrepancies'] } }), 'json'));
    const t = json.tables[0];
    expect(t.rows.map((r: { index: number }) => r.index)).toEqual([3, 4, 6, 9]);
    expect(t.rows[2]).toEqual({
      index: 6,
      id: 'payback-late',
      label: 'Payback',
      unit: 'year',
      precision: '1',
      printed: '2026/27',
      computed: '2025/26',
      difference: '1',
      verdict: 'discrepancy',
      group: 'discrepancies',
      hint: null,
      partsSum: null,
      addsUp: null,
    });
    expect(t.rows[1].hint).toContain('"sense": "cost"');
    expect(t.only).toEqual(['discrepancies']);
    expect(t.total).toBe(13);
    expect(Object.keys(t.counts)).toEqual([...VERDICTS]);
    expect(t.groups.map((g: { group: string; count: number; shown: boolean }) => [g.group, g.count, g.shown])).toEqual([
      ['discrepancies', 4, true],
      ['arithmetic', 1, false],
      ['not-modelled', 1, false],
      ['agreements', 7, false],
    ]);
    expect(t.notShown).toMatch(/^Not shown: 1 printed total/);
  });
});

describe('the reconciliation in HTML', async () => {
  const html = await renderHtml(e);
  const recon = /<section class="report-section" id="reconciliation"[\s\S]*?<\/section>/.exec(html)![0];

  it('shows the discrepancies in full with their hints, and folds every other group into a details element counted in its summary', () => {
    const open = recon.slice(recon.indexOf('<div class="group group-discrepancies">'), recon.indexOf('</div>'));
    expect(open).toContain('<h3>Discrepancies</h3>');
    expect(open.match(/<tr class="verdict-discrepancy">/g)).toHaveLength(4);
    expect(open).toContain('<tr class="hint verdict-discrepancy"><td></td><td colspan="8"><span class="note">Note:</span> the printed figure is the model&#39;s with the other sign');
    expect(recon.match(/<details class="group group-[a-z-]+">\n<summary>[^<]*<\/summary>/g)).toEqual([
      '<details class="group group-arithmetic">\n<summary>The paper’s own arithmetic: 1 printed total whose printed parts do not add up: 1 exact</summary>',
      '<details class="group group-not-modelled">\n<summary>Not modelled: 1 not modelled</summary>',
      '<details class="group group-agreements">\n<summary>Agreeing with the model: 7 agreeing with the model: 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 4 exact</summary>',
    ]);
    // The discrepancies come before every folded group.
    expect(recon.indexOf('group-discrepancies')).toBeLessThan(recon.indexOf('<details'));
  });

  it('counts every verdict in words, discrepancies first', () => {
    const counts = /<ul class="counts">([\s\S]*?)<\/ul>/.exec(recon)![1]!;
    expect([...counts.matchAll(/<span class="verdict">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual([
      '4 discrepancies',
      '1 not modelled',
      '0 within the rounding of their printed parts',
      '1 within its stated bound',
      '1 round figure of the model',
      '1 within its printed rounding',
      '5 exact',
    ]);
  });

  it('prints a year, a ratio and a percentage in their own terms', () => {
    expect(recon).toMatch(/<th scope="row">Payback<\/th><td>year<\/td><td class="num">2026\/27<\/td><td class="num">2025\/26<\/td><td class="num">1 year<\/td>/);
    expect(recon).toMatch(/<td class="num">71%<\/td><td class="num">60%<\/td><td class="num">11 points<\/td>/);
  });
});

describe('the reconciliation in a workbook', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderXlsx(e, { views: ['reconcile'] })) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Reconciliation')!;
  let header = 1;
  while (sheet.getCell(header, 1).value !== '#') header += 1;

  it('has a group and a hint column, and its rows in the groups’ order', () => {
    expect([10, 11].map((c) => sheet.getCell(header, c).value)).toEqual(['Group', 'Hint']);
    const order = table.rows.map((_, i) => sheet.getCell(header + 1 + i, 1).value);
    expect(order).toEqual(table.rows.map((r) => r.index + 1));
    expect(sheet.getCell(header + 1, 10).value).toBe('Discrepancies');
    expect(sheet.getCell(header + 2, 11).value).toContain('"sense": "cost"');
    expect(sheet.getCell(header + 1, 7).value).toBe('Discrepancy');
  });

  it('writes a year as its financial year (text) and its difference in years; a percentage with a literal %', () => {
    const payback = header + 3;
    expect(sheet.getCell(payback, 2).value).toBe('Payback');
    expect([sheet.getCell(payback, 4).value, sheet.getCell(payback, 5).value, sheet.getCell(payback, 6).value]).toEqual(['2026/27', '2025/26', 1]);
    const share = header + 4;
    expect(sheet.getCell(share, 4).value).toBe(71);
    expect(sheet.getCell(share, 4).numFmt).toBe('#,##0"%";(#,##0"%")');
  });
});
