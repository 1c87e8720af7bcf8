/**
 * selectTotal reads an index of the evaluation built once (the blocks each set of line attributes picks,
 * the budgets and cost types by id): many selections of one evaluation, in any order and repeated, give
 * what a scan of every block and cell gives for each alone.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, evaluate, parseScenario, selectTotal, type Evaluation, type Selector } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { selectPositionCells, sumSelectedLineCells } from '../../src/engine/select.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';
import { naiveLineTotal } from './_engine-helpers.js';

/** Every field of a Decimal (sign, exponent, digit words), so that equal values made differently are told apart. */
const exactly = (d: Decimal | undefined): string | undefined => (d === undefined ? undefined : JSON.stringify({ ...d }));

/** The line cells' total by a scan of every block, as selectTotal summed them before the index. */
const scanned = (e: Evaluation, s: Selector): Decimal | undefined => sumSelectedLineCells(e, s, () => '').get('');

const withSelectors = scenarioArbitrary().chain((file) => {
  const partners = [...file.partners.map((p) => p.id), 'nobody'];
  const lines = [...(file.lines ?? []).map((l) => l.id), 'no-line'];
  const e = evaluate(parseScenario(file));
  const years = [...e.scenario.settings.years, '1999/00'];
  const selector = fc.record(
    {
      partner: fc.constantFrom(...partners),
      year: fc.constantFrom(...years),
      line: fc.constantFrom(...lines),
      tier: fc.constantFrom('assured', 'projected', 'possible'),
      recurrence: fc.constantFrom('ongoing', 'one-off'),
      measure: fc.constantFrom('money', 'fte'),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Selector>;
  return fc.tuple(fc.constant(e), fc.array(selector, { minLength: 1, maxLength: 30 }));
});

describe('selectTotal through the index of an evaluation', () => {
  it('gives each of many selections of one evaluation, repeated and in any order, the total a scan of every block gives', () => {
    fc.assert(
      fc.property(withSelectors, ([e, selectors]) => {
        for (const s of [...selectors, ...selectors.slice().reverse()]) {
          const total = selectTotal(e, s);
          expect(exactly(total)).toBe(exactly(scanned(e, s)));
          expect(total?.toString()).toBe(naiveLineTotal(e, s));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sums the cells of many blocks (more than it holds sums for) as a scan does', () => {
    const partners = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() }));
    const phasing = Array.from({ length: 10 }, (_, t) => ({ year: `${2020 + t}/${String(21 + t).padStart(2, '0')}`, share: '0.1' }));
    const lines = Array.from({ length: 700 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: `${1000 + i}.37`, tier: i % 2 === 0 ? 'assured' : 'possible', fte: { amount: '1.5' }, attribution: { rule: 'equal' }, phasing }));
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 10 }, partners, lines }));
    expect(e.lineCells.filter((c) => c.measure === 'money').length).toBeGreaterThan(1 << 14);
    for (const s of [{}, { tier: 'assured' }, { partner: 'b' }, { year: '2020/21' }, { partner: 'c', year: '2023/24' }, { partner: 'x' }, { measure: 'fte' }] as Selector[]) {
      expect(exactly(selectTotal(e, s))).toBe(exactly(scanned(e, s)));
      expect(selectTotal(e, s)?.toString()).toBe(naiveLineTotal(e, s));
    }
  });

  it('picks the position cells of each example as a filter over all of them does, for every budget, service, position, partner and measure', () => {
    for (const name of ['tri-borough-2011', 'childrens-services-2019']) {
      const e = evaluate(parseScenario(JSON.parse(readFileSync(`examples/${name}/scenario.json`, 'utf8'))));
      const values = <K extends 'budget' | 'service' | 'position' | 'partner' | 'measure'>(k: K): (string | undefined)[] => [undefined, 'none', ...new Set(e.positionCells.map((c) => c[k] as string | undefined))];
      let picked = 0;
      for (const budget of values('budget'))
        for (const service of values('service'))
          for (const position of values('position'))
            for (const partner of values('partner'))
              for (const measure of values('measure')) {
                const s = { budget, service, position, partner, measure } as Selector;
                const plain = e.positionCells.filter(
                  (c) =>
                    c.measure === (measure ?? 'money') &&
                    (budget === undefined || c.budget === budget) &&
                    (service === undefined || c.service === service) &&
                    (position === undefined || c.position === position) &&
                    (partner === undefined || c.partner === partner),
                );
                expect(selectPositionCells(e, s)).toEqual(plain);
                picked += plain.length;
              }
      expect(picked).toBeGreaterThan(0);
    }
  });

  it('reads a copy with other cells or another scenario from its own, not from the index of the evaluation it copied', () => {
    const e = evaluate(parseScenario({ version: 1, title: 'T', settings: { firstYear: '2020/21', years: 1 }, partners: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], services: [{ id: 's', name: 'S', budgets: [{ id: 'x', name: 'X', starting: { a: '100', b: '50' } }] }], lines: [{ id: 'l', name: 'L', amount: '10', tier: 'assured', attribution: { rule: 'equal' } }] }));
    expect(selectTotal(e, { tier: 'assured' })?.toFixed()).toBe('10');
    expect(selectTotal(e, { budget: 'x', position: 'starting', partner: 'a' })?.toFixed()).toBe('100');
    const changed: Evaluation = { ...e, lineCells: e.lineCells.map((c) => ({ ...c, value: c.value.plus(1) })) };
    expect(selectTotal(changed, { tier: 'assured' })?.toFixed()).toBe('12');
    const retiered: Evaluation = { ...e, scenario: { ...e.scenario, lines: e.scenario.lines.map((l) => ({ ...l, tier: 'possible' as const })) } };
    expect(selectTotal(retiered, { tier: 'assured' })).toBeUndefined();
    expect(selectTotal(e, { tier: 'assured' })?.toFixed()).toBe('10');
  });
});
