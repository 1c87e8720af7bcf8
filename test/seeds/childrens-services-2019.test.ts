/**
 * A council's Department of Children's Services savings table, 2019/20 and 2020/21, checked against
 * examples/childrens-services-2019/scenario.json. Every expected figure below is typed from the paper,
 * never copied from the library's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  evaluate,
  evaluationToJSON,
  fromPounds,
  parseScenario,
  reconcile,
  selectTotal,
  staffing,
  type Selector,
  type Verdict,
} from '../../src/index.js';
import { refusal } from './_refusal.js';

const FILE = new URL('../../examples/childrens-services-2019/scenario.json', import.meta.url);
const load = (): any => JSON.parse(readFileSync(FILE, 'utf8'));

const scenario = parseScenario(load());
const evaluation = evaluate(scenario);
const k = (s: Selector): string | undefined => {
  const v = selectTotal(evaluation, s);
  return v === undefined ? undefined : fromPounds(v, '£000').toFixed(2);
};
const sum = (xs: readonly string[]): string => xs.reduce((a, x) => a.plus(x), new Decimal(0)).toFixed(2);

/** The paper's rows, typed from the table. */
const PAPER = [
  { ref: '4C2', line: 'ref-4C2', service: 'education-learning', y1: '3660.00', y2: '2915.00', total: '6575.00', fte: '233.00', headcount: '279.00', r1: '50.00', r2: '50.00', vacs: '32.00', vr: '2.00' },
  { ref: '4C3', line: 'ref-4C3', service: 'employment-skills', y1: '50.00', y2: '100.00', total: '150.00', fte: '53.00', headcount: '60.00', r1: '6.00', r2: '0.00', vacs: '13.00', vr: '2.00' },
  { ref: '5C1', line: 'ref-5C1', service: 'children-disability', y1: '400.00', y2: '0.00', total: '400.00', fte: '76.00', headcount: '86.00', r1: '1.00', r2: '0.00', vacs: '15.00', vr: '2.00' },
];
/** The paper's Total row. */
const TOTAL = { y1: '4110.00', y2: '3015.00', total: '7125.00', fte: '362.00', headcount: '425.00', r1: '57.00', r2: '50.00', vacs: '60.00', vr: '6.00' };


describe("Children's services savings (2019): the scenario", () => {
  it('has one partner, the unnamed council, in £000 at £10, for 2019/20 and 2020/21', () => {
    expect(scenario.partners.map((p) => p.id)).toEqual(['council']);
    expect(scenario.settings.unit).toBe('£000');
    expect(scenario.settings.quantum.toString()).toBe('10');
    expect(scenario.settings.years).toEqual(['2019/20', '2020/21']);
    expect(scenario.lines.map((l) => l.id)).toEqual(PAPER.map((r) => r.line));
    expect(scenario.lines.map((l) => l.service)).toEqual(PAPER.map((r) => r.service));
  });

  it('serialises to the same JSON every time, with no unquantified costs', () => {
    const json = evaluationToJSON(evaluation);
    expect(JSON.stringify(evaluationToJSON(evaluate(parseScenario(load()))))).toBe(JSON.stringify(json));
    expect(json.unquantifiedCosts).toEqual([]);
  });
});

describe("Children's services savings (2019): savings by line and year", () => {
  it.each(PAPER)('$ref: $y1 in 2019/20, $y2 in 2020/21, $total in all', ({ line, y1, y2, total }) => {
    expect(k({ line, year: '2019/20' })).toBe(y1);
    expect(k({ line, year: '2020/21' })).toBe(y2);
    expect(k({ line })).toBe(total);
  });

  it('gives the Total row: 4110.00, 3015.00 and 7125.00', () => {
    expect(k({ year: '2019/20' })).toBe(TOTAL.y1);
    expect(k({ year: '2020/21' })).toBe(TOTAL.y2);
    expect(k({})).toBe(TOTAL.total);
  });

  it("adds up as printed: each row across, and each column down to the Total row", () => {
    for (const r of PAPER) expect(sum([r.y1, r.y2])).toBe(r.total);
    expect(sum(PAPER.map((r) => r.y1))).toBe(TOTAL.y1);
    expect(sum(PAPER.map((r) => r.y2))).toBe(TOTAL.y2);
    expect(sum(PAPER.map((r) => r.total))).toBe(TOTAL.total);
    expect(sum([TOTAL.y1, TOTAL.y2])).toBe(TOTAL.total);
  });

  it('has one money cell per line and year, and no FTE cells (the reductions are on the staffing effects, phased as printed)', () => {
    expect(evaluation.lineCells.length).toBe(6);
    expect(evaluation.lineCells.every((c) => c.measure === 'money' && c.partner === 'council')).toBe(true);
  });
});

describe("Children's services savings (2019): current FTE and headcount", () => {
  const slug: Record<string, string> = { 'education-learning': 'el', 'employment-skills': 'es', 'children-disability': 'cd' };

  it.each(PAPER)('$ref: $fte FTE and $headcount heads', ({ service, fte, headcount }) => {
    // selectTotal does not infer the measure from the budget (published figures do): without it, money.
    expect(selectTotal(evaluation, { budget: `${slug[service]}-fte`, position: 'starting' })).toBeUndefined();
    expect(selectTotal(evaluation, { budget: `${slug[service]}-fte`, position: 'starting', measure: 'fte' })!.toFixed(2)).toBe(fte);
    expect(selectTotal(evaluation, { budget: `${slug[service]}-headcount`, position: 'starting', measure: 'headcount' })!.toFixed(2)).toBe(headcount);
  });

  it('adds to the Total row: 362.00 FTE and 425.00 heads', () => {
    const fte = evaluation.positionCells.filter((c) => c.measure === 'fte').reduce((a, c) => a.plus(c.value), new Decimal(0));
    const heads = evaluation.positionCells.filter((c) => c.measure === 'headcount').reduce((a, c) => a.plus(c.value), new Decimal(0));
    expect(fte.toFixed(2)).toBe(TOTAL.fte);
    expect(heads.toFixed(2)).toBe(TOTAL.headcount);
    expect(selectTotal(evaluation, { measure: 'fte', basis: 'staffing' })!.toFixed(2)).toBe(TOTAL.fte);
    expect(selectTotal(evaluation, { measure: 'headcount', basis: 'staffing' })!.toFixed(2)).toBe(TOTAL.headcount);
  });
});

describe("Children's services savings (2019): staffing effects", () => {
  it.each(PAPER)('$ref: reductions $r1 and $r2, $vacs vacancies, $vr VR requests', (r) => {
    const e = scenario.staffing.find((s) => s.line === r.line)!;
    expect(e.service).toBe(r.service);
    expect(e.partner).toBe('council');
    expect(e.fte!.toFixed(2)).toBe(r.fte);
    expect(e.headcount!.toFixed(2)).toBe(r.headcount);
    expect(e.reductions.map((x) => [x.year, x.fte.toFixed(2)])).toEqual([
      ['2019/20', r.r1],
      ['2020/21', r.r2],
    ]);
    expect(e.vacancies!.toFixed(2)).toBe(r.vacs);
    expect(e.vrRequests!.toFixed(2)).toBe(r.vr);
  });

  it('adds to the Total row: FTE 362, headcount 425, reductions 57 and 50, vacancies 60, VR requests 6', () => {
    const add = (pick: (e: (typeof scenario.staffing)[number]) => Decimal | undefined): string =>
      scenario.staffing.reduce((a, e) => a.plus(pick(e) ?? 0), new Decimal(0)).toFixed(2);
    expect(scenario.staffing.length).toBe(3);
    expect(add((e) => e.fte)).toBe(TOTAL.fte);
    expect(add((e) => e.headcount)).toBe(TOTAL.headcount);
    expect(add((e) => e.reductions.find((x) => x.year === '2019/20')?.fte)).toBe(TOTAL.r1);
    expect(add((e) => e.reductions.find((x) => x.year === '2020/21')?.fte)).toBe(TOTAL.r2);
    expect(add((e) => e.vacancies)).toBe(TOTAL.vacs);
    expect(add((e) => e.vrRequests)).toBe(TOTAL.vr);
    // And the paper's own columns add to its Total row.
    expect(sum(PAPER.map((r) => r.fte))).toBe(TOTAL.fte);
    expect(sum(PAPER.map((r) => r.headcount))).toBe(TOTAL.headcount);
    expect(sum(PAPER.map((r) => r.r1))).toBe(TOTAL.r1);
    expect(sum(PAPER.map((r) => r.r2))).toBe(TOTAL.r2);
    expect(sum(PAPER.map((r) => r.vacs))).toBe(TOTAL.vacs);
    expect(sum(PAPER.map((r) => r.vr))).toBe(TOTAL.vr);
  });

  // Staff at risk = max(0, likely reductions over both years − vacancies − VR requests). The paper does not print it.
  const atRisk = (r: (typeof PAPER)[number]): string => Decimal.max(0, new Decimal(r.r1).plus(r.r2).minus(r.vacs).minus(r.vr)).toFixed(2);

  it('puts 66 staff at risk in 4C2 (100 − 32 − 2) and none in 4C3 or 5C1', () => {
    expect(PAPER.map(atRisk)).toEqual(['66.00', '0.00', '0.00']);
    const view = staffing(evaluation);
    expect(view.rows.map((r) => r.atRisk.toFixed(2))).toEqual(['66.00', '0.00', '0.00']);
    expect(view.totals.atRisk.toFixed(2)).toBe('66.00');
    expect(view.totals.totalReductions.toFixed(2)).toBe('107.00');
  });

  it('would give 41, not 66, if worked from the Total row (107 − 60 − 6): vacancies elsewhere cannot absorb 4C2', () => {
    expect(new Decimal(TOTAL.r1).plus(TOTAL.r2).minus(TOTAL.vacs).minus(TOTAL.vr).toFixed(2)).toBe('41.00');
  });
});

describe("Children's services savings (2019): reconciliation", () => {
  const r = reconcile(evaluation);
  const expected: [string, string, Verdict][] = [];
  for (const p of PAPER) {
    expected.push(
      [`ref-${p.ref}-saving-2019-20`, p.y1, 'exact'],
      [`ref-${p.ref}-saving-2020-21`, p.y2, 'exact'],
      [`ref-${p.ref}-saving-total`, p.total, 'exact'],
      [`ref-${p.ref}-fte`, p.fte, 'exact'],
      [`ref-${p.ref}-headcount`, p.headcount, 'exact'],
      [`ref-${p.ref}-reductions-2019-20`, p.r1, 'exact'],
      [`ref-${p.ref}-reductions-2020-21`, p.r2, 'exact'],
      [`ref-${p.ref}-vacancies`, p.vacs, 'exact'],
      [`ref-${p.ref}-vr-requests`, p.vr, 'exact'],
    );
  }
  expected.push(
    ['total-saving-2019-20', TOTAL.y1, 'exact'],
    ['total-saving-2020-21', TOTAL.y2, 'exact'],
    ['total-saving', TOTAL.total, 'exact'],
    ['total-fte', TOTAL.fte, 'exact'],
    ['total-headcount', TOTAL.headcount, 'exact'],
    ['total-reductions-2019-20', TOTAL.r1, 'exact'],
    ['total-reductions-2020-21', TOTAL.r2, 'exact'],
    ['total-vacancies', TOTAL.vacs, 'exact'],
    ['total-vr-requests', TOTAL.vr, 'exact'],
    // The prose, in the paper's order: "The 50 displaced staff figures for 2019/20", "£3.66 million",
    // "a further £2.9 million", "A figure of 50 posts for 2020/21", "the 6 FTE posts", "£400k".
    ['prose-4C2-displaced-2019-20', '50', 'exact'],
    ['prose-4C2-2019-20', '3.66', 'exact'],
    ['prose-4C2-2020-21', '2.9', 'rounding'],
    ['prose-4C2-posts-2020-21', '50', 'exact'],
    ['prose-4C3-posts', '6', 'exact'],
    ['prose-5C1', '400', 'exact'],
  );

  it('records every printed figure once', () => {
    expect(r.rows.map((x) => x.id)).toEqual(expected.map(([id]) => id));
  });

  it.each(expected)('%s: printed %s, verdict %s', (id, printed, verdict) => {
    const row = r.rows.find((x) => x.id === id)!;
    expect(row.printed.toFixed(2)).toBe(new Decimal(printed).toFixed(2));
    expect(row.verdict).toBe(verdict);
  });

  it('selects the reductions, vacancies and VR requests from the staffing effects, in FTE', () => {
    const staffRows = r.rows.filter((x) => /reductions|vacancies|vr-requests|posts|displaced/.test(x.id ?? ''));
    expect(staffRows.length).toBe(3 * 4 + 4 + 3);
    expect(staffRows.every((x) => x.unit === 'fte')).toBe(true);
    // 4C3's 6 FTE posts are its reductions over both years: 6.00 in 2019/20 and 0.00 in 2020/21.
    expect(sum(['6.00', '0.00'])).toBe('6.00');
  });

  it("finds the paper's arithmetic sound everywhere", () => {
    expect(r.arithmeticFailures).toBe(0);
    const totals = r.rows.filter((x) => x.arithmetic !== undefined);
    expect(totals.map((x) => x.id)).toEqual([
      'ref-4C2-saving-total',
      'ref-4C3-saving-total',
      'ref-5C1-saving-total',
      'total-saving-2019-20',
      'total-saving-2020-21',
      'total-saving',
      'total-fte',
      'total-headcount',
      'total-reductions-2019-20',
      'total-reductions-2020-21',
      'total-vacancies',
      'total-vr-requests',
    ]);
    expect(totals.every((x) => x.arithmetic!.difference.isZero())).toBe(true);
  });

  it('counts 41 exact and 1 within rounding (£2.9m for 2,915), with nothing not modelled', () => {
    expect(r.counts).toEqual({ exact: 41, rounding: 1, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 0, discrepancy: 0, 'not-modelled': 0 });
    expect(r.rows.find((x) => x.id === 'prose-4C2-2020-21')!.difference!.toString()).toBe('-0.015');
  });

  it("catches a staffing effect that departs from the paper: 4C2's vacancies entered as 31, not 32", () => {
    const file = load();
    file.staffing[0].vacancies = '31.00';
    const changed = reconcile(evaluate(parseScenario(file)));
    const row = (id: string) => changed.rows.find((x) => x.id === id)!;
    // Printed 32.00 against 31.00: a difference of 1, far beyond the printed precision of 0.01.
    expect([row('ref-4C2-vacancies').verdict, row('ref-4C2-vacancies').difference!.toFixed(2)]).toEqual(['discrepancy', '1.00']);
    // The Total row's 60.00 against 31 + 13 + 15 = 59: a discrepancy too, though 32 + 13 + 15 = 60 as printed.
    expect([row('total-vacancies').verdict, row('total-vacancies').difference!.toFixed(2)]).toEqual(['discrepancy', '1.00']);
    expect(row('total-vacancies').arithmetic!.addsUp).toBe(true);
  });

  it('reads the same current FTE and headcount from the staffing effects as from the budgets, and 66 at risk', () => {
    // Not printed as such: the Total row's 362.00 and 425.00 again, through the staffing effects instead
    // of the budgets, and the staff at risk worked by hand above (100 − 32 − 2 = 66 in 4C2, none elsewhere).
    const file = load();
    file.published = [
      { id: 'fte', label: 'current FTE', of: { staffing: 'fte' }, value: TOTAL.fte, precision: '0.01' },
      { id: 'heads', label: 'current headcount', of: { staffing: 'headcount' }, value: TOTAL.headcount, unit: 'headcount', precision: '0.01' },
      { id: 'at-risk', label: 'at risk', of: { staffing: 'at-risk' }, value: '66', precision: '1' },
      { id: 'at-risk-4C3', label: 'at risk in 4C3', of: { staffing: 'at-risk', line: 'ref-4C3' }, value: '0', precision: '1' },
      { id: 'reductions', label: 'reductions over both years', of: { staffing: 'reductions', years: { from: '2019/20', to: '2020/21' } }, value: '107', precision: '1' },
    ];
    const rows = reconcile(evaluate(parseScenario(file))).rows;
    expect(rows.map((x) => [x.id, x.verdict])).toEqual([
      ['fte', 'exact'],
      ['heads', 'exact'],
      ['at-risk', 'exact'],
      ['at-risk-4C3', 'exact'],
      ['reductions', 'exact'],
    ]);
  });
});

describe("Children's services savings (2019): bad edits are refused, naming the path", () => {
  it('refuses a phasing that does not sum to the line', () => {
    const file = load();
    file.lines[0].phasing[1].amount = '2914.00';
    expect(refusal(file)).toEqual({ codes: ['E_SUM'], paths: ['lines[0].phasing'] });
  });

  it('refuses an amount finer than the £10 quantum', () => {
    const file = load();
    file.lines[1].amount = '150.005';
    file.lines[1].phasing[1].amount = '100.005';
    expect(refusal(file)).toEqual({ codes: ['E_NOT_AT_QUANTUM', 'E_NOT_AT_QUANTUM'], paths: ['lines[1].amount', 'lines[1].phasing[1].amount'] });
  });

  it('refuses negative vacancies', () => {
    const file = load();
    file.staffing[2].vacancies = '-15';
    expect(refusal(file)).toEqual({ codes: ['E_NEGATIVE'], paths: ['staffing[2].vacancies'] });
  });

  it('refuses a reduction in a year outside the scenario', () => {
    const file = load();
    file.staffing[0].reductions[1].year = '2021/22';
    expect(refusal(file)).toEqual({ codes: ['E_YEAR'], paths: ['staffing[0].reductions[1].year'] });
  });

  it('refuses a staffing effect of a line that does not exist', () => {
    const file = load();
    file.staffing[1].line = 'ref-4C4';
    expect(refusal(file)).toEqual({ codes: ['E_UNKNOWN_REFERENCE'], paths: ['staffing[1].line'] });
  });

  it('refuses a line id that starts with a digit, such as the paper\'s "4C2"', () => {
    const file = load();
    file.lines[0].id = '4C2';
    expect(refusal(file).paths).toContain('lines[0].id');
  });
});
