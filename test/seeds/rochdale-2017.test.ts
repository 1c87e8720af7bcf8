/**
 * Rochdale Borough Council, 2017/18 Savings Programme pre-consultation report CS-2017-306, "Reshape of
 * children's social care delivery", Table 1, reproduced from examples/rochdale-2017/scenario.json.
 *
 * Every expected number below is typed from the paper (seed 001), never copied from the library's output.
 * The table is in £k; the model works in pounds, so values are read back in £000.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  ScenarioError,
  evaluate,
  formatPath,
  fromPounds,
  parseScenario,
  pivot,
  reconcile,
  safeParseScenario,
  selectTotal,
  type Evaluation,
  type Selector,
} from '../../src/index.js';

const file = new URL('../../examples/rochdale-2017/scenario.json', import.meta.url);
const json = (): Record<string, any> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

/** The model's value of a selector in £000, as a plain string. */
function k(evaluation: Evaluation, selector: Selector): string {
  const total = selectTotal(evaluation, selector);
  if (total === undefined) throw new Error(`nothing selected by ${JSON.stringify(selector)}`);
  return fromPounds(total, '£000').toString();
}

const ongoing = { measure: 'money', recurrence: 'ongoing' } as const;

describe('Rochdale 2017: the scenario file', () => {
  it('parses: one partner, one on-going employees line, two years from 2017/18', () => {
    const s = parseScenario(json());
    expect(s.partners.map((p) => p.id)).toEqual(['rochdale']);
    expect(s.settings.unit).toBe('£000');
    expect(s.settings.quantum.toString()).toBe('1000');
    expect(s.settings.years).toEqual(['2017/18', '2018/19']);
    expect(s.lines.map((l) => [l.id, l.kind, l.category, l.recurrence])).toEqual([['reshape-childrens-social-care', 'saving', 'employees', 'ongoing']]);
    // Blank rows are nil: no one-off lines, no implementation costs, no income.
    expect(s.costs).toEqual([]);
    expect(s.funding).toEqual([]);
  });
});

describe('Rochdale 2017: Table 1', () => {
  const ev = evaluate(parseScenario(json()));

  it('saves 200 in 2017/18 and 150 in 2018/19, 350 in all', () => {
    expect(k(ev, { ...ongoing, year: '2017/18' })).toBe('200');
    expect(k(ev, { ...ongoing, year: '2018/19' })).toBe('150');
    expect(k(ev, ongoing)).toBe('350');
    expect(new Decimal('200').plus('150').toString()).toBe(k(ev, ongoing));
  });

  it('puts all 350 under Employees', () => {
    expect(k(ev, { ...ongoing, category: 'employees', year: '2017/18' })).toBe('200');
    expect(k(ev, { ...ongoing, category: 'employees', year: '2018/19' })).toBe('150');
    expect(k(ev, { measure: 'money', category: 'employees' })).toBe('350');
  });

  it('has nothing in the blank rows: other costs, income lost, additional income', () => {
    for (const category of ['other costs', 'income lost', 'additional income'] as const) {
      expect(selectTotal(ev, { measure: 'money', category })).toBeUndefined();
    }
    expect(selectTotal(ev, { measure: 'money', kind: 'income' })).toBeUndefined();
    expect(selectTotal(ev, { measure: 'money', kind: 'cost' })).toBeUndefined();
  });

  it('has no one-off savings and no implementation costs: the one-off columns total 0', () => {
    expect(selectTotal(ev, { measure: 'money', recurrence: 'one-off' })).toBeUndefined();
    const oneOff = ev.lineCells.filter((c) => ev.scenario.lines.find((l) => l.id === c.line)!.recurrence === 'one-off');
    expect(oneOff.reduce((a, c) => a.plus(c.value), new Decimal(0)).toString()).toBe('0');
    expect(ev.costCells.reduce((a, c) => a.plus(c.value), new Decimal(0)).toString()).toBe('0');
  });

  it('nets the savings to 200 / 150 / 350, and the same less implementation costs', () => {
    expect(k(ev, { ...ongoing, kind: 'saving', year: '2017/18' })).toBe('200');
    expect(k(ev, { ...ongoing, kind: 'saving', year: '2018/19' })).toBe('150');
    expect(k(ev, { ...ongoing, kind: 'saving' })).toBe('350');
    const costs = ev.costCells.reduce((a, c) => a.plus(c.value), new Decimal(0));
    expect(new Decimal(k(ev, ongoing)).minus(fromPounds(costs, '£000')).toString()).toBe('350');
  });

  it('pivots category by year as the table prints it, all Rochdale’s', () => {
    const t = pivot(ev, { rows: 'category', columns: 'year' });
    expect(t.columns.map((c) => c.key)).toEqual(['2017/18', '2018/19']);
    expect(t.rows.map((r) => [r.key, ...r.values.map((v) => fromPounds(v!, '£000').toString()), fromPounds(r.total, '£000').toString()])).toEqual([
      ['employees', '200', '150', '350'],
    ]);
    expect(t.columnTotals.map((v) => fromPounds(v, '£000').toString())).toEqual(['200', '150']);
    expect(fromPounds(t.grandTotal, '£000').toString()).toBe('350');
    const byPartner = pivot(ev, { rows: 'recurrence', columns: 'partner' });
    expect(byPartner.rows.map((r) => [r.key, fromPounds(r.total, '£000').toString()])).toEqual([['ongoing', '350']]);
  });

  it('matches the recommendation: "savings of £350k over the next two years"', () => {
    expect(k(ev, { measure: 'money', line: 'reshape-childrens-social-care' })).toBe('350');
  });
});

describe('Rochdale 2017: reconciliation', () => {
  const r = reconcile(evaluate(parseScenario(json())));

  it('finds every printed figure exactly, and the paper’s sums hold', () => {
    expect(r.rows.map((x) => [x.id, x.printed.toString(), x.verdict])).toEqual([
      ['employees-2017-18', '200', 'exact'],
      ['employees-2018-19', '150', 'exact'],
      ['employees-total', '350', 'exact'],
      ['net-savings-2017-18', '200', 'exact'],
      ['net-savings-2018-19', '150', 'exact'],
      ['net-savings-total', '350', 'exact'],
      ['less-implementation-2017-18', '200', 'exact'],
      ['less-implementation-2018-19', '150', 'exact'],
      ['less-implementation-total', '350', 'exact'],
      ['recommendation-350k', '350', 'exact'],
    ]);
    expect(r.counts.discrepancy).toBe(0);
    expect(r.counts['not-modelled']).toBe(0);
    expect(r.arithmeticFailures).toBe(0);
    const total = r.rows.find((x) => x.id === 'employees-total')!.arithmetic!;
    expect(total.partsSum.toString()).toBe('350');
    expect(total.addsUp).toBe(true);
  });
});

describe('Rochdale 2017: "savings of £350k over the next two years"', () => {
  const withFigure = (of: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const s = json();
    s.published = [{ id: 'x', label: 'x', of, value: '350', precision: '1', ...extra }];
    return reconcile(evaluate(parseScenario(s))).rows[0]!;
  };

  it('selects the two years by name, 2017/18 to 2018/19: 200 + 150 = 350', () => {
    const f = json().published.find((x: { id: string }) => x.id === 'recommendation-350k');
    expect(f.of.years).toEqual({ from: '2017/18', to: '2018/19' });
    const row = reconcile(evaluate(parseScenario(json()))).rows.find((x) => x.id === 'recommendation-350k')!;
    expect([row.verdict, row.computed?.toString()]).toEqual(['exact', '350']);
  });

  it('is the sum of the increments, not the savings as seen in each year (200 + 350 = 550)', () => {
    // In-year, the 200 of 2017/18 counts again in 2018/19 beside the further 150: 200 + (200 + 150) = 550.
    const inYear = withFigure({ line: 'reshape-childrens-social-care', inYear: true });
    expect([inYear.verdict, inYear.computed?.toString(), inYear.difference?.toString()]).toEqual(['discrepancy', '550', '-200']);
  });

  it('cannot read "Total savings less implementation costs" as the appraisal’s net benefit: 350 in 2018/19, not the printed 150', () => {
    // The appraisal's net in 2018/19 is the in-year saving, 200 + 150 = 350, less no costs.
    const net = withFigure({ appraisal: 'net', year: '2018/19' }, { value: '150', appraisal: { discountRate: '0', discountSchedule: 'flat' } });
    expect([net.verdict, net.computed?.toString(), net.difference?.toString()]).toEqual(['discrepancy', '350', '-200']);
  });
});

describe('Rochdale 2017: bad edits are refused with the path named', () => {
  function issuesOf(edit: (s: Record<string, any>) => void) {
    const s = json();
    edit(s);
    const result = safeParseScenario(s);
    expect(result.success).toBe(false);
    if (result.success) return [];
    expect(result.error).toBeInstanceOf(ScenarioError);
    return result.error.issues.map((i) => ({ code: i.code, path: formatPath(i.path), message: i.message }));
  }

  it('refuses a phasing of 200 + 140 for a 350 line, saying it is 10 short', () => {
    const issues = issuesOf((s) => {
      s.lines[0].phasing[1].amount = '140';
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_SUM', path: 'lines[0].phasing' })]);
    expect(issues[0]!.message).toMatch(/^lines\[0\]\.phasing: /);
    expect(issues[0]!.message).toContain('350');
    expect(issues[0]!.message).toContain('short by 10');
  });

  it('throws a ScenarioError naming the path from parseScenario', () => {
    const s = json();
    s.lines[0].phasing[1].amount = '140';
    expect(() => parseScenario(s)).toThrow(ScenarioError);
    expect(() => parseScenario(s)).toThrow(/lines\[0\]\.phasing/);
  });

  it('refuses a phasing into 2019/20, beyond the two years', () => {
    const issues = issuesOf((s) => {
      s.lines[0].phasing[1].year = '2019/20';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_YEAR', path: 'lines[0].phasing[1].year' }));
  });

  it('refuses an attribution to a partner that is not in the scenario', () => {
    const issues = issuesOf((s) => {
      s.lines[0].attribution.amounts.oldham = '0';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_UNKNOWN_REFERENCE', path: 'lines[0].attribution.amounts.oldham' }));
  });

  it('refuses a category the table does not have', () => {
    const issues = issuesOf((s) => {
      s.lines[0].category = 'staff';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_SCHEMA', path: 'lines[0].category' }));
  });

  it('refuses a published figure of a year outside the model', () => {
    const issues = issuesOf((s) => {
      s.published[0].of.year = '2016/17';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_YEAR', path: 'published[0].of.year' }));
  });
});
