/**
 * Oldham Council, 2017/18 budget reduction proposal "Shared Services-collaborative approach with
 * neighbouring authorities" (Children in Care), reproduced from examples/oldham-2017/scenario.json.
 *
 * Every expected number below is typed from the paper (seed 000), never copied from the library's output.
 * The paper's table is in £000; the model works in pounds, so values are read back in £000.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  ScenarioError,
  evaluate,
  formatPath,
  fromPounds,
  isScenarioError,
  parseScenario,
  percentage,
  pivot,
  reconcile,
  safeParseScenario,
  selectTotal,
  type Evaluation,
  type Selector,
} from '../../src/index.js';

const file = new URL('../../examples/oldham-2017/scenario.json', import.meta.url);
const json = (): Record<string, any> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

/** The model's value of a selector, in £000 (money) or FTE, as a plain string. */
function k(evaluation: Evaluation, selector: Selector): string {
  const total = selectTotal(evaluation, selector);
  if (total === undefined) throw new Error(`nothing selected by ${JSON.stringify(selector)}`);
  return ((selector.measure ?? 'money') === 'money' ? fromPounds(total, '£000') : total).toString();
}

const budget = (id: string): Selector => ({ measure: 'money', budget: id, position: 'starting' });
const line = { measure: 'money', line: 'shared-services' } as const;

describe('Oldham 2017: the scenario file', () => {
  it('parses: four partners, one service, one saving line, £000 to £1k', () => {
    const s = parseScenario(json());
    expect(s.partners.map((p) => p.id)).toEqual(['oldham', 'rochdale', 'bury', 'tameside']);
    expect(s.services.map((x) => x.name)).toEqual(['Children in Care']);
    expect(s.settings.unit).toBe('£000');
    expect(s.settings.quantum.toString()).toBe('1000'); // "1" in £000 is £1,000
    expect(s.settings.years).toEqual(['2016/17', '2017/18', '2018/19']);
    expect(s.lines).toHaveLength(1);
    expect(s.lines[0]!.tier).toBe('possible'); // "the ability to achieve the saving is at high risk"
    expect(s.lines[0]!.recurrence).toBe('ongoing');
  });

  it('evaluates deterministically', () => {
    const a = evaluate(parseScenario(json()));
    const b = evaluate(parseScenario(json()));
    expect(a.lineCells.map((c) => `${c.partner} ${c.year} ${c.measure} ${c.value.toString()}`)).toEqual(
      b.lineCells.map((c) => `${c.partner} ${c.year} ${c.measure} ${c.value.toString()}`),
    );
  });
});

describe('Oldham 2017: 2016/17 Revenue Budget and Establishment', () => {
  const ev = evaluate(parseScenario(json()));

  it('holds the printed controllable and non-controllable budgets, income as negatives', () => {
    expect(k(ev, budget('controllable-expenditure'))).toBe('17317');
    expect(k(ev, budget('controllable-income'))).toBe('-2890'); // printed (2,890)
    expect(k(ev, budget('non-controllable-expenditure'))).toBe('1055');
    expect(k(ev, budget('non-controllable-income'))).toBe('0'); // printed (0)
  });

  it('marks the budgets controllable or not, and expenditure or income', () => {
    const byId = new Map(ev.scenario.budgets.map((b) => [b.id, b]));
    expect(byId.get('controllable-expenditure')).toMatchObject({ controllable: true, basis: 'expenditure' });
    expect(byId.get('controllable-income')).toMatchObject({ controllable: true, basis: 'income' });
    expect(byId.get('non-controllable-expenditure')).toMatchObject({ controllable: false, basis: 'expenditure' });
    expect(byId.get('non-controllable-income')).toMatchObject({ controllable: false, basis: 'income' });
    expect(byId.get('posts-fte')).toMatchObject({ measure: 'fte', basis: 'staffing' });
  });

  it('nets controllable 17,317 − 2,890 to exactly 14,427', () => {
    const net = new Decimal(k(ev, budget('controllable-expenditure'))).plus(k(ev, budget('controllable-income')));
    expect(net.toString()).toBe('14427');
    expect(net.equals(new Decimal('17317').minus('2890'))).toBe(true);
  });

  it('nets non-controllable 1,055 − 0 to 1,055', () => {
    const net = new Decimal(k(ev, budget('non-controllable-expenditure'))).plus(k(ev, budget('non-controllable-income')));
    expect(net.toString()).toBe('1055');
  });

  it('totals expenditure 18,372 and income (2,890) down the columns', () => {
    const exp = new Decimal(k(ev, budget('controllable-expenditure'))).plus(k(ev, budget('non-controllable-expenditure')));
    const inc = new Decimal(k(ev, budget('controllable-income'))).plus(k(ev, budget('non-controllable-income')));
    expect(exp.toString()).toBe('18372');
    expect(inc.toString()).toBe('-2890');
  });

  it('gives a total net revenue budget of 15,482, by row and by column', () => {
    const total = k(ev, { measure: 'money', service: 'children-in-care', position: 'starting' });
    expect(total).toBe('15482');
    expect(new Decimal('14427').plus('1055').toString()).toBe(total);
    expect(new Decimal('18372').minus('2890').toString()).toBe(total);
    // All of it is Oldham's: the prospective partners hold nothing in Oldham's budget.
    expect(k(ev, { measure: 'money', service: 'children-in-care', position: 'starting', partner: 'oldham' })).toBe('15482');
    for (const p of ['rochdale', 'bury', 'tameside']) expect(k(ev, { measure: 'money', service: 'children-in-care', position: 'starting', partner: p })).toBe('0');
  });

  it('pivots the baseline by budget, all of it Oldham’s', () => {
    const t = pivot(ev, { rows: 'budget', columns: 'partner', filter: { position: 'starting', service: 'children-in-care' } });
    expect(t.rows.map((r) => [r.key, fromPounds(r.total, '£000').toString()])).toEqual([
      ['controllable-expenditure', '17317'],
      ['controllable-income', '-2890'],
      ['non-controllable-expenditure', '1055'],
      ['non-controllable-income', '0'],
    ]);
    expect(fromPounds(t.grandTotal, '£000').toString()).toBe('15482');
    expect(t.columns.map((c) => c.key)).toEqual(['oldham', 'rochdale', 'bury', 'tameside']);
    expect(fromPounds(t.columnTotals[0]!, '£000').toString()).toBe('15482');
  });

  it('counts 121.00 FTE posts', () => {
    expect(k(ev, { measure: 'fte', budget: 'posts-fte', position: 'starting' })).toBe('121');
    expect(k(ev, { measure: 'fte', budget: 'posts-fte', position: 'starting', partner: 'oldham' })).toBe('121');
  });
});

describe('Oldham 2017: proposed reductions', () => {
  const ev = evaluate(parseScenario(json()));

  it('reduces the budget by 185 in 2017/18 and by 0 more in 2018/19', () => {
    expect(k(ev, { ...line, year: '2017/18' })).toBe('185');
    expect(k(ev, { ...line, year: '2018/19' })).toBe('0');
    expect(k(ev, { ...line, year: '2017/18', partner: 'oldham' })).toBe('185');
    // Nothing is proposed for the budget year itself.
    expect(selectTotal(ev, { ...line, year: '2016/17' })).toBeUndefined();
    // The reduction is ongoing: 185 + 0 = 185 by 2018/19.
    expect(k(ev, line)).toBe('185');
  });

  it('attributes the whole reduction to Oldham, none to the prospective partners', () => {
    const t = pivot(ev, { rows: 'year', columns: 'partner' });
    expect(t.columns.map((c) => c.key)).toEqual(['oldham', 'rochdale', 'bury', 'tameside']);
    expect(t.rows.map((r) => [r.key, ...r.values.map((v) => fromPounds(v!, '£000').toString())])).toEqual([
      ['2017/18', '185', '0', '0', '0'],
      ['2018/19', '0', '0', '0', '0'],
    ]);
    expect(fromPounds(t.grandTotal, '£000').toString()).toBe('185');
  });

  it('reduces no posts: 0.00 FTE in 2017/18 and in 2018/19', () => {
    expect(k(ev, { measure: 'fte', line: 'shared-services', year: '2017/18' })).toBe('0');
    expect(k(ev, { measure: 'fte', line: 'shared-services', year: '2018/19' })).toBe('0');
    const staffing = ev.scenario.staffing[0]!;
    expect(staffing.partner).toBe('oldham');
    expect(staffing.fte?.toString()).toBe('121');
    expect(staffing.reductions.map((r) => [r.year, r.fte.toFixed(2)])).toEqual([
      ['2017/18', '0.00'],
      ['2018/19', '0.00'],
    ]);
  });

  it('states the 2017/18 reduction as 1.07% of 2016/17 controllable expenditure, printed (1%)', () => {
    const ctx = ev.scenario.context.find((x) => x.id === 'reduction-of-controllable-expenditure')!;
    const reduction = fromPounds(ctx.reduction, '£000');
    const base = k(ev, ctx.of);
    expect(reduction.toString()).toBe('185');
    expect(base).toBe('17317');
    // The context's reduction is the line's 2017/18 amount.
    expect(reduction.toString()).toBe(k(ev, { ...line, year: '2017/18' }));
    expect(percentage(reduction, base).toString()).toBe('1.07');
    expect(percentage(reduction, base, { decimals: 0 }).toString()).toBe('1');
  });

  it('reads the printed (99%) as what remains of controllable expenditure, not a second figure', () => {
    // 17,317 − 185 = 17,132, which is 98.93% of 17,317: printed beside the 1% as (99%).
    expect(percentage(new Decimal('17317').minus('185'), '17317').toString()).toBe('98.93');
    expect(percentage(new Decimal('17317').minus('185'), '17317', { decimals: 0 }).toString()).toBe('99');
  });

  it('states no FTE reduction as 0% of 121.00 FTE; the printed (100%) is the FTE that remains', () => {
    const ctx = ev.scenario.context.find((x) => x.id === 'fte-reduction-of-fte')!;
    expect(ctx.measure).toBe('fte');
    expect(ctx.reduction.isZero()).toBe(true);
    const base = k(ev, ctx.of);
    expect(base).toBe('121');
    expect(percentage(ctx.reduction, base, { decimals: 0 }).toString()).toBe('0');
    expect(percentage(new Decimal('121.00').minus('0.00'), '121.00', { decimals: 0 }).toString()).toBe('100');
  });
});

describe('Oldham 2017: reconciliation', () => {
  const r = reconcile(evaluate(parseScenario(json())));
  const row = (id: string) => r.rows.find((x) => x.id === id)!;

  it('finds every printed figure: 16 exactly, the printed (1%) within its rounding; no discrepancy, nothing unmodelled', () => {
    expect(r.counts).toEqual({ exact: 16, rounding: 1, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 0, discrepancy: 0, 'not-modelled': 0 });
    expect(r.arithmeticFailures).toBe(0);
  });

  it('records each printed value as typed from the paper', () => {
    const printed: [string, string][] = [
      ['controllable-exp', '17317'],
      ['controllable-income', '-2890'],
      ['net-controllable', '14427'],
      ['non-controllable-exp', '1055'],
      ['non-controllable-income', '0'],
      ['net-non-controllable', '1055'],
      ['total-exp', '18372'],
      ['total-income', '-2890'],
      ['total-net', '15482'],
      ['posts-fte', '121'],
      ['reduction-2017-18', '185'],
      ['reduction-2018-19', '0'],
      ['fte-reduction-2017-18', '0'],
      ['fte-reduction-2018-19', '0'],
      ['reduction-percent-of-controllable-exp', '1'],
      ['prose-185k', '185'],
      ['net-job-losses-inc-partners', '0'],
    ];
    expect(r.rows.map((x) => [x.id, x.printed.toString()])).toEqual(printed);
    for (const [id] of printed) expect(row(id).verdict).toBe(id === 'reduction-percent-of-controllable-exp' ? 'rounding' : 'exact');
  });

  it('reaches the four budget totals by controllable and by basis: 14,427, 1,055, 18,372 and (2,890)', () => {
    expect(row('net-controllable').computed?.toString()).toBe('14427');
    expect(row('net-non-controllable').computed?.toString()).toBe('1055');
    expect(row('total-exp').computed?.toString()).toBe('18372');
    expect(row('total-income').computed?.toString()).toBe('-2890');
  });

  it('checks the paper’s own arithmetic across the rows and down the columns of the budget table', () => {
    // Each total against the printed figures it was summed from, worked by hand:
    const sums: [string, string][] = [
      ['net-controllable', '14427'], // 17,317 + (2,890)
      ['net-non-controllable', '1055'], // 1,055 + (0)
      ['total-exp', '18372'], // 17,317 + 1,055
      ['total-income', '-2890'], // (2,890) + (0)
      ['total-net', '15482'], // 14,427 + 1,055 down the net column
    ];
    for (const [id, sum] of sums) {
      const a = row(id).arithmetic!;
      expect([id, a.partsSum.toString(), a.addsUp]).toEqual([id, sum, true]);
      expect(a.difference.isZero()).toBe(true);
    }
    // The other way to the same total, across the total row: 18,372 + (2,890) = 15,482.
    expect(new Decimal('18372').minus('2890').toString()).toBe('15482');
  });

  it('reconciles the printed (1%) as a rounding of 185 / 17,317 = 1.0683…%', () => {
    const pct = row('reduction-percent-of-controllable-exp');
    expect([pct.unit, pct.precision.toString()]).toEqual(['%', '1']);
    // 18,500 / 17,317 = 1.068314373159 32…, to the twelve decimals the model keeps.
    expect(pct.computed?.toString()).toBe('1.068314373159');
    // Printed 1 less 1.068314373159: within half a point, so the paper's rounding.
    expect(pct.difference?.toString()).toBe('-0.068314373159');
  });

  it('keeps the units and precisions as printed', () => {
    expect([row('controllable-exp').unit, row('controllable-exp').precision.toString()]).toEqual(['£000', '1']);
    expect([row('posts-fte').unit, row('posts-fte').precision.toString()]).toEqual(['fte', '0.01']);
  });

  it('catches a mistyped total both against the model and against its printed parts', () => {
    const s = json();
    s.published.find((f: { id: string }) => f.id === 'net-controllable').value = '14437';
    const bad = reconcile(evaluate(parseScenario(s)));
    const net = bad.rows.find((x) => x.id === 'net-controllable')!;
    expect([net.verdict, net.difference?.toString()]).toEqual(['discrepancy', '10']);
    expect(net.arithmetic!.addsUp).toBe(false);
    // And 15,482 no longer equals 14,437 + 1,055 = 15,492.
    expect(bad.rows.find((x) => x.id === 'total-net')!.arithmetic!.partsSum.toString()).toBe('15492');
    expect(bad.arithmeticFailures).toBe(2);
  });

  it('reads the brackets of "(1%)" as a reduction, not a sign: typed −1 it would be a discrepancy', () => {
    const s = json();
    s.published.find((f: { id: string }) => f.id === 'reduction-percent-of-controllable-exp').value = '-1';
    const pct = reconcile(evaluate(parseScenario(s))).rows.find((x) => x.id === 'reduction-percent-of-controllable-exp')!;
    expect(pct.verdict).toBe('discrepancy');
  });
});

describe('Oldham 2017: bad edits are refused with the path named', () => {
  function issuesOf(edit: (s: Record<string, any>) => void) {
    const s = json();
    edit(s);
    const result = safeParseScenario(s);
    expect(result.success).toBe(false);
    if (result.success) return [];
    expect(result.error).toBeInstanceOf(ScenarioError);
    expect(isScenarioError(result.error)).toBe(true);
    return result.error.issues.map((i) => ({ code: i.code, path: formatPath(i.path), message: i.message }));
  }

  it('refuses a reduction attributed as 180 to Oldham when the line is 185', () => {
    const issues = issuesOf((s) => {
      s.lines[0].attribution.amounts.oldham = '180';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_SUM', path: 'lines[0].attribution.amounts' }));
    expect(issues.find((i) => i.code === 'E_SUM')!.message).toContain('lines[0].attribution.amounts');
  });

  it('refuses a phasing of 185 + 10 for a 185 line', () => {
    const issues = issuesOf((s) => {
      s.lines[0].phasing[1].amount = '10';
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_SUM', path: 'lines[0].phasing' })]);
  });

  it('refuses a year beyond 2018/19', () => {
    const issues = issuesOf((s) => {
      s.lines[0].phasing[1].year = '2019/20';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_YEAR', path: 'lines[0].phasing[1].year' }));
  });

  it('refuses an amount finer than the £1k quantum', () => {
    const issues = issuesOf((s) => {
      s.lines[0].amount = '185.5';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_NOT_AT_QUANTUM', path: 'lines[0].amount' }));
  });

  it('refuses an attribution that leaves out a partner', () => {
    const issues = issuesOf((s) => {
      delete s.lines[0].attribution.amounts.bury;
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_MISSING', path: 'lines[0].attribution.amounts.bury' }));
  });

  it('refuses a negative number of posts', () => {
    const issues = issuesOf((s) => {
      s.services[0].budgets[4].starting.oldham = '-121.00';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_NEGATIVE', path: 'services[0].budgets[4].starting.oldham' }));
  });

  it('refuses a published figure of a budget that does not exist', () => {
    const issues = issuesOf((s) => {
      s.published[0].of.budget = 'controllable-expenditur';
    });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'E_UNKNOWN_REFERENCE', path: 'published[0].of.budget' }));
  });

  it('throws the same ScenarioError from parseScenario', () => {
    const s = json();
    s.lines[0].phasing[0].amount = '175';
    expect(() => parseScenario(s)).toThrow(ScenarioError);
    expect(() => parseScenario(s)).toThrow(/lines\[0\]\.phasing/);
  });
});
