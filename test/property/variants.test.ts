/**
 * Removing a partner (applyVariant with removePartners) touches the partner and nothing else, whatever the
 * ids are called: partner ids are drawn to collide with the key names and words of the file format and
 * with the other ids in the file. The file format's partner places are listed once here, and a test
 * fails when the schema grows a place holding ids that this list does not classify.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, type ScenarioFile } from '../../src/index.js';
import { removePartnerFromFile } from '../../src/analysis/_variant-remove-partner.js';
import { buildFile, documentedRemoval, formatPlaces, formatWords, placesHolding, type OtherIds } from '../analysis/_variants-file.js';

/**
 * Every place of the format that holds an id or is keyed by one, and what it holds. `partner`: removed
 * with the partner. `kept`: names a partner but is left as written (a variant is an instruction for later;
 * applying it to a scenario without the partner is refused then, saying so).
 */
const PLACES: Record<string, 'partner' | 'kept' | string> = {
  'settings.tieOrder[]': 'partner',
  'partners[].id': 'partner',
  'partners[].metrics{}': 'metric names (the partner object goes as a whole)',
  'services[].id': 'service id',
  'services[].budgets[].id': 'budget id',
  'services[].budgets[].starting{}': 'partner',
  'services[].budgets[].closing{}': 'partner',
  'services[].budgets[].closing.attribution.amounts{}': 'partner',
  'services[].budgets[].closing.attribution.prior{}': 'partner',
  'services[].budgets[].closing.attribution.shares{}': 'partner',
  'services[].budgets[].closing.attribution.metric': 'metric name',
  'lines[].id': 'line id',
  'lines[].service': 'service id',
  'lines[].from.budget': 'budget id',
  'lines[].tieOrder[]': 'partner',
  'lines[].attribution.amounts{}': 'partner',
  'lines[].attribution.prior{}': 'partner',
  'lines[].attribution.shares{}': 'partner',
  'lines[].attribution.metric': 'metric name',
  'lines[].fte.from.budget': 'budget id',
  'lines[].fte.attribution.amounts{}': 'partner',
  'lines[].fte.attribution.prior{}': 'partner',
  'lines[].fte.attribution.shares{}': 'partner',
  'lines[].fte.attribution.metric': 'metric name',
  'costs[].id': 'cost id',
  'costs[].attribution.amounts{}': 'partner',
  'costs[].attribution.prior{}': 'partner',
  'costs[].attribution.shares{}': 'partner',
  'costs[].attribution.metric': 'metric name',
  'funding[].id': 'funding id',
  'funding[].offsets[]': 'cost ids',
  'indirect[].id': 'indirect saving id',
  'staffing[].line': 'line id',
  'staffing[].service': 'service id',
  'staffing[].partner': 'partner',
  'context[].id': 'context id',
  'context[].of.partner': 'partner',
  'published[].id': 'published figure id',
  'published[].sumOf[]': 'published figure ids',
  'published[].of.partner': 'partner',
  'variants[].name': 'variant name',
  'variants[].removePartners[]': 'kept',
  'coalitions[].partners[]': 'partner',
};
// A selector's other ids (context[].of.line, published[].of.cost, …) name things that are not partners.
for (const place of formatPlaces()) {
  const m = /^(context|published)\[\]\.of\.(\w+)$/.exec(place);
  if (m !== null && m[2] !== 'partner') PLACES[place] = `${m[2]} id`;
}
const PARTNER_PLACES = Object.keys(PLACES).filter((p) => PLACES[p] === 'partner');

const words = formatWords();
const pool = [...new Set([...words, 'a', 'b', 'hf', 'rbkc', 'cow', 'exit', 'population'])];
// "combined" names a total, so it is never a partner id (the model refuses it).
const partnerPool = pool.filter((w) => w !== 'combined');
const idArb = fc.constantFrom(...pool);
const unique = (n: number): fc.Arbitrary<string[]> => fc.uniqueArray(idArb, { minLength: n, maxLength: n });

const otherIdsArb: fc.Arbitrary<OtherIds> = fc.record({
  lines: unique(5) as fc.Arbitrary<never>,
  costs: unique(4) as fc.Arbitrary<never>,
  services: unique(1) as fc.Arbitrary<never>,
  budgets: unique(5) as fc.Arbitrary<never>,
  metric: idArb,
  funding: idArb,
  indirect: idArb,
  context: unique(2) as fc.Arbitrary<never>,
  published: idArb,
  variant: idArb,
});

/** Partners (2 to 4), one of them leaving, and the other ids of the file, all drawn from the same words. */
const caseArb = fc.record({
  all: fc.uniqueArray(fc.constantFrom(...partnerPool), { minLength: 2, maxLength: 4 }),
  pick: fc.nat(),
  ids: otherIdsArb,
}).map(({ all, pick, ids }) => {
  const at = pick % all.length;
  return { partners: all.filter((_, i) => i !== at), leaving: all[at]!, at, ids };
});

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}

describe('the partner places of the file format', () => {
  it('classifies every place the schema has for an id or an id-keyed record (add a new one here, and to the walker if it names partners)', () => {
    expect(formatPlaces()).toEqual(Object.keys(PLACES).sort());
  });

  it('the test file holds a leaving partner in every partner place, so the properties below reach each', () => {
    const ids: OtherIds = { lines: ['l0', 'l1', 'l2', 'l3', 'l4'], costs: ['k0', 'k1', 'k2', 'k3'], services: ['s'], budgets: ['b0', 'b1', 'b2', 'b3', 'b4'], metric: 'm', funding: 'f', indirect: 'i', context: ['c0', 'c1'], published: 'p', variant: 'v' };
    expect(placesHolding(buildFile({ partners: ['a', 'b'], leaving: 'x', at: 1, ids, full: true }), 'x', Object.keys(PLACES))).toEqual(PARTNER_PLACES.sort());
  });
});

describe('removing a partner', () => {
  it('changes the partner places only: the file without it is the file built without it, whatever the ids collide with', () => {
    fc.assert(
      fc.property(caseArb, ({ partners, leaving, at, ids }) => {
        const before = deepFreeze(buildFile({ partners, leaving, at, ids, full: true }));
        const after = removePartnerFromFile(before as unknown as ScenarioFile, leaving);
        expect(after).toStrictEqual(documentedRemoval(buildFile({ partners, ids, full: true })));
        expect(placesHolding(after, leaving, PARTNER_PLACES)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives, through applyVariant, the scenario read from the file built without the partner', () => {
    fc.assert(
      fc.property(caseArb, ({ partners, leaving, at, ids }) => {
        const scenario = parseScenario(buildFile({ partners, leaving, at, ids }));
        const without = applyVariant(scenario, { name: 'leaves', removePartners: [leaving] });
        expect(without.file).toStrictEqual(parseScenario(documentedRemoval(buildFile({ partners, ids }))).file);
        expect(without.partners.map((p) => p.id)).toEqual(partners);
      }),
      { numRuns: 60 },
    );
  });
});
