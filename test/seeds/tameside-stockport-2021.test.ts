/**
 * Tameside and Stockport partnership opportunities (Tameside Executive Cabinet, 24 March 2021), checked
 * against examples/tameside-stockport-2021/scenario.json. Every expected figure below is typed from the
 * paper, never copied from the library's output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  appraise,
  evaluate,
  evaluationToJSON,
  fromPounds,
  parseScenario,
  reconcile,
  selectTotal,
  toPounds,
  type Verdict,
} from '../../src/index.js';
import { refusal } from './_refusal.js';

const FILE = new URL('../../examples/tameside-stockport-2021/scenario.json', import.meta.url);
// A fresh copy each time, so edits in one test never leak into another.
const load = (): any => JSON.parse(readFileSync(FILE, 'utf8'));

const scenario = parseScenario(load());
const evaluation = evaluate(scenario);
const inThousands = (d: Decimal | undefined): string | undefined => (d === undefined ? undefined : fromPounds(d, '£000').toFixed(0));


describe('Tameside and Stockport (2021): the scenario', () => {
  it('has the two partners, £000 at £1k, two years from 2021/22 (the circa 2-year secondment)', () => {
    expect(scenario.partners.map((p) => p.id)).toEqual(['tameside', 'stockport']);
    expect(scenario.settings.unit).toBe('£000');
    expect(scenario.settings.quantum.toString()).toBe('1000');
    expect(scenario.settings.years).toEqual(['2021/22', '2022/23']);
    expect(scenario.services.map((s) => s.name)).toEqual(["Children's Social Care", 'Education', 'Dedicated Schools Grant']);
    expect(scenario.lines).toEqual([]);
  });

  it('serialises to the same JSON every time', () => {
    expect(JSON.stringify(evaluationToJSON(evaluate(parseScenario(load()))))).toBe(JSON.stringify(evaluationToJSON(evaluation)));
  });
});

describe("Tameside and Stockport (2021): Tameside's budget baselines", () => {
  // The Financial Implications table, £000's, as printed; income in brackets is negative.
  const table = [
    { budget: 'csc-gross', printed: '64286' },
    { budget: 'csc-income', printed: '-10288' },
    { budget: 'csc-net', printed: '53998' },
    { budget: 'education-gross', printed: '32898' },
    { budget: 'education-income', printed: '-26500' },
    { budget: 'education-net', printed: '6398' },
  ];

  it.each(table)('holds $budget as printed: $printed', ({ budget, printed }) => {
    expect(inThousands(selectTotal(evaluation, { budget, position: 'starting' }))).toBe(printed);
  });

  it('holds them as Tameside-only totals: there is no Stockport cell, and no partner cell at all', () => {
    const cells = evaluation.positionCells;
    expect(cells.length).toBe(7);
    expect(cells.every((c) => c.partner === null && c.position === 'starting')).toBe(true);
    expect(selectTotal(evaluation, { budget: 'csc-gross', position: 'starting', partner: 'stockport' })).toBeUndefined();
    expect(selectTotal(evaluation, { budget: 'csc-gross', position: 'starting', partner: 'tameside' })).toBeUndefined();
  });

  it('adds each row up: gross expenditure plus (income) is the net budget', () => {
    expect(new Decimal('64286').plus('-10288').toFixed(0)).toBe('53998');
    expect(new Decimal('32898').plus('-26500').toFixed(0)).toBe('6398');
  });

  it('sums each column across the services by basis: 97,184, (36,788) and 60,396', () => {
    expect(inThousands(selectTotal(evaluation, { basis: 'gross' }))).toBe('97184');
    expect(inThousands(selectTotal(evaluation, { basis: 'income' }))).toBe('-36788');
    expect(inThousands(selectTotal(evaluation, { basis: 'net' }))).toBe('60396');
  });

  it('does not add the Total row up: the columns give 97,184 and 60,396, the paper prints 97,183 and 60,395', () => {
    expect(new Decimal('64286').plus('32898').toFixed(0)).toBe('97184');
    expect(new Decimal('-10288').plus('-26500').toFixed(0)).toBe('-36788');
    expect(new Decimal('53998').plus('6398').toFixed(0)).toBe('60396');
    // Across the Total row itself the paper is consistent: 97,183 + (36,788) = 60,395.
    expect(new Decimal('97183').plus('-36788').toFixed(0)).toBe('60395');
  });

  it("holds Tameside's DSG of £212.556m", () => {
    expect(fromPounds(selectTotal(evaluation, { budget: 'dsg-allocation', position: 'starting' })!, '£m').toFixed(3)).toBe('212.556');
  });
});

describe('Tameside and Stockport (2021): reconciliation', () => {
  const r = reconcile(evaluation);
  const row = (id: string) => r.rows.find((x) => x.id === id)!;

  const expected: [string, string, Verdict][] = [
    ['csc-gross', '64286', 'exact'],
    ['csc-income', '-10288', 'exact'],
    ['csc-net', '53998', 'exact'],
    ['education-gross', '32898', 'exact'],
    ['education-income', '-26500', 'exact'],
    ['education-net', '6398', 'exact'],
    ['total-gross', '97183', 'rounding-of-parts'],
    ['total-income', '-36788', 'exact'],
    ['total-net', '60395', 'rounding-of-parts'],
    ['council-funded-overspend', '3.84', 'not-modelled'],
    ['dsg', '212.556', 'exact'],
    ['high-needs-overspend', '2.838', 'not-modelled'],
  ];

  it('records every printed figure once', () => {
    expect(r.rows.map((x) => x.id)).toEqual(expected.map(([id]) => id));
  });

  it.each(expected)('%s: printed %s, verdict %s', (id, printed, verdict) => {
    expect(row(id).printed.toString()).toBe(printed);
    expect(row(id).verdict).toBe(verdict);
  });

  it('counts 8 exact, 2 within the rounding of their parts and 2 not modelled (the overspends), with no discrepancy', () => {
    // The selectors that published figures gained (years, staffing, appraisal results, agreements, shares,
    // variants) reach nothing more in this paper: it prints no savings, staffing, appraisal or percentage.
    expect(r.counts).toEqual({ exact: 8, rounding: 0, 'round-figure': 0, 'within-bound': 0, 'rounding-of-parts': 2, discrepancy: 0, 'not-modelled': 2 });
  });

  it("reports the Total row's gross expenditure: printed 97,183, its parts add to 97,184, short by 1", () => {
    const a = row('total-gross').arithmetic!;
    expect(a.partsSum.toString()).toBe('97184');
    expect(a.difference.toString()).toBe('-1');
    expect(a.addsUp).toBe(false);
    // The model sums the budgets of basis "gross": 97,184, 1 above the printed total and within the
    // rounding of the two printed parts (±0.5 each) and of the total itself (±0.5).
    expect(row('total-gross').computed!.toString()).toBe('97184');
    expect(row('total-gross').difference!.toString()).toBe('-1');
  });

  it("reports the Total row's net budget the same way: printed 60,395, its parts add to 60,396", () => {
    const a = row('total-net').arithmetic!;
    expect(a.partsSum.toString()).toBe('60396');
    expect(a.difference.toString()).toBe('-1');
    expect(a.addsUp).toBe(false);
    expect(row('total-net').computed!.toString()).toBe('60396');
  });

  it("finds the rest of the paper's arithmetic sound: the Total row's income and both rows' nets", () => {
    expect(row('total-income').arithmetic).toMatchObject({ addsUp: true });
    expect(row('total-income').arithmetic!.partsSum.toString()).toBe('-36788');
    expect(row('csc-net').arithmetic!.addsUp).toBe(true);
    expect(row('education-net').arithmetic!.addsUp).toBe(true);
    expect(r.arithmeticFailures).toBe(2);
  });

  it('stores the overspend printed "£3,840m" as £3.840m, which is 3,840 in £000', () => {
    expect(row('council-funded-overspend').unit).toBe('£m');
    expect(row('council-funded-overspend').precision.toString()).toBe('0.001');
    expect(toPounds('3.840', '£m').equals(toPounds('3840', '£000'))).toBe(true);
    // Read literally, £3,840m would be £3.84bn, about 64 times Tameside's whole net children's budget.
    expect(toPounds('3840', '£m').greaterThan(toPounds('60395', '£000'))).toBe(true);
  });
});

describe('Tameside and Stockport (2021): what the figures the model cannot reach would need', () => {
  const figure = (of: object, value: string, extra: object = {}) => ({ id: 'x', label: 'x', of, value, ...extra });

  it('types the overspends as printed, positive, with "sense": "cost"', () => {
    const overspends = (load().published as { id: string; sense?: string; value: string }[]).filter((f) => f.id.endsWith('overspend'));
    expect(overspends.map((f) => [f.id, f.value, f.sense])).toEqual([
      ['council-funded-overspend', '3.840', 'cost'],
      ['high-needs-overspend', '2.838', 'cost'],
    ]);
  });

  it("would reconcile £3.840m only against a cost line of Tameside's, which would make it a cost of the partnership", () => {
    // Not done in the example: the overspend is an in-year pressure on Tameside's budget, not a cost the
    // partnership causes. A made-up line of £3,840k in 2021/22, all Tameside's, shows the selector and its
    // sense are right, and what such a line would do to the appraisal.
    const file = load();
    file.lines = [
      {
        id: 'overspend',
        name: 'Council-funded overspend (not a cost of the partnership)',
        kind: 'cost',
        fund: 'General Fund',
        recurrence: 'one-off',
        amount: '3840',
        attribution: { rule: 'actual', amounts: { tameside: '3840', stockport: '0' } },
        phasing: [{ year: '2021/22', amount: '3840' }],
      },
    ];
    const withLine = evaluate(parseScenario(file));
    const row = reconcile(withLine).rows.find((x) => x.id === 'council-funded-overspend')!;
    expect([row.verdict, row.computed!.toFixed(3)]).toEqual(['exact', '3.840']);
    // The DSG's £2.838m is still not modelled: the line is in the General Fund.
    expect(reconcile(withLine).rows.find((x) => x.id === 'high-needs-overspend')!.verdict).toBe('not-modelled');
    // And the partnership would appear to cost Tameside £3,840k in 2021/22, which the paper never says.
    const tameside = appraise(withLine).partners.find((p) => p.partner === 'tameside')!;
    expect(inThousands(tameside.years[0]!.net)).toBe('-3840');
  });

  it('cannot reach the honoraria\'s equal split while the honoraria has no figure: its share is not modelled', () => {
    const file = load();
    file.published = [figure({ cost: 'joint-director-honoraria', partner: 'tameside', share: true }, '50', { unit: '%', precision: '1' })];
    expect(reconcile(evaluate(parseScenario(file))).rows.map((x) => x.verdict)).toEqual(['not-modelled']);
  });

  it('would reach it with any figure: a made-up £10k a year splits 50% to each council', () => {
    const file = load();
    const k = file.costs.find((x: { id: string }) => x.id === 'joint-director-honoraria');
    delete k.unquantified;
    k.amountPerYear = '10';
    k.years = 2;
    file.published = ['tameside', 'stockport'].map((partner) =>
      figure({ cost: 'joint-director-honoraria', partner, share: true }, '50', { id: partner, unit: '%', precision: '1' }),
    );
    expect(reconcile(evaluate(parseScenario(file))).rows.map((x) => [x.id, x.verdict, x.computed!.toFixed(0)])).toEqual([
      ['tameside', 'exact', '50'],
      ['stockport', 'exact', '50'],
    ]);
  });
});

describe('Tameside and Stockport (2021): the joint Director of Education, set-up costs and seed funding', () => {
  const costs = () => load().costs as { id: string; attribution?: unknown; unquantified?: boolean }[];

  it('splits the honoraria equally, though its amount is not stated', () => {
    const honoraria = costs().find((k) => k.id === 'joint-director-honoraria')!;
    expect(honoraria.unquantified).toBe(true);
    expect(honoraria.attribution).toEqual({ rule: 'equal' });
    // The rule survives parsing (in the parsed file; the normalised cost of an unquantified item has no split).
    const parsed = (scenario.file as { costs: { id: string; attribution?: unknown }[] }).costs.find((k) => k.id === 'joint-director-honoraria')!;
    expect(parsed.attribution).toEqual({ rule: 'equal' });
  });

  it('would give each council half of any honoraria, year by year (a made-up £10k a year, to show the rule)', () => {
    const file = load();
    const k = file.costs.find((x: { id: string }) => x.id === 'joint-director-honoraria');
    delete k.unquantified;
    k.amountPerYear = '10';
    k.years = 2;
    const cells = evaluate(parseScenario(file)).costCells.map((c) => [c.partner, c.year, inThousands(c.value)]);
    expect(cells).toEqual([
      ['tameside', '2021/22', '5'],
      ['stockport', '2021/22', '5'],
      ['tameside', '2022/23', '5'],
      ['stockport', '2022/23', '5'],
    ]);
  });

  it('carries the unquantified costs as caveats, never as zero', () => {
    const json = evaluationToJSON(evaluation);
    expect(json.unquantifiedCosts.map((k) => k.id)).toEqual(['joint-director-honoraria', 'programme-management', 'backfill']);
    expect(json.costCells).toEqual([]);
    expect(json.fundingCells).toEqual([]);
    expect(scenario.costs.find((k) => k.id === 'programme-management')!.type).toBe('set-up');
    expect(scenario.costs.every((k) => k.unquantified && k.money === undefined)).toBe(true);
    // Selected, an unquantified cost has no value at all: not zero.
    expect(selectTotal(evaluation, { cost: 'joint-director-honoraria' })).toBeUndefined();
    expect(selectTotal(evaluation, { costType: 'set-up' })).toBeUndefined();
  });

  it('attaches the unconfirmed, unquantified seed funding to the unquantified set-up cost, as caveats only', () => {
    const file = load();
    expect(file.funding).toEqual([expect.objectContaining({ id: 'seed-funding', unquantified: true, confirmed: false, offsets: ['programme-management'] })]);
    const evaluation = evaluate(parseScenario(file));
    expect(evaluation.fundingCells).toEqual([]);
    expect(appraise(evaluation).caveats).toEqual(
      expect.arrayContaining([
        'Unquantified funding, not included: Practice Improvement Partner/DfE seed funding',
        'Funding Practice Improvement Partner/DfE seed funding offsets an unquantified cost (Set-up costs, e.g. Program Management): counted only against quantified costs',
      ]),
    );
  });
});

describe('Tameside and Stockport (2021): bad edits are refused, naming the path', () => {
  it('refuses a per-partner baseline without Stockport', () => {
    const file = load();
    file.services[0].budgets[0].starting = { tameside: '64286' };
    expect(refusal(file)).toEqual({ codes: ['E_MISSING'], paths: ['services[0].budgets[0].starting.stockport'] });
  });

  it('refuses an amount on an unquantified cost', () => {
    const file = load();
    file.costs[0].amount = '10';
    expect(refusal(file)).toEqual({ codes: ['E_CONFLICT'], paths: ['costs[0].unquantified'] });
  });

  it('refuses a published figure of a budget that does not exist', () => {
    const file = load();
    file.published[0].of.budget = 'csc-gros';
    expect(refusal(file)).toEqual({ codes: ['E_UNKNOWN_REFERENCE'], paths: ['published[0].of.budget'] });
  });

  it('refuses a printed total summed from a figure that does not exist', () => {
    const file = load();
    file.published[6].sumOf = ['csc-gross', 'edu-gross'];
    expect(refusal(file)).toEqual({ codes: ['E_UNKNOWN_REFERENCE'], paths: ['published[6].sumOf[1]'] });
  });

  it('refuses income written with brackets, as printed, rather than a minus sign', () => {
    const file = load();
    file.services[0].budgets[1].starting = { combined: '(10,288)' };
    expect(refusal(file).paths).toEqual(['services[0].budgets[1].starting']);
  });
});
