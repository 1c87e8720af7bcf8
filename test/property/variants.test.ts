/**
 * Removing a partner (applyVariant with removePartners) touches the partner and nothing else, whatever the
 * ids are called: partner ids are drawn to collide with the key names and words of the file format and
 * with the other ids in the file. The file format's partner places are listed once here, and a test
 * fails when the schema grows a place holding ids that this list does not classify.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariant, isScenarioError, parseScenario, type Issue, type ScenarioFile } from '../../src/index.js';
import { removePartnerFromFile } from '../../src/analysis/variants/_remove-partner.js';
import { setAt } from '../../src/analysis/variants/_set-path.js';
import { buildFile, documentedRemoval, formatPlaces, formatWords, placesHolding, type OtherIds } from '../analysis/variants/_file.js';

/**
 * Every place of the format that holds an id or is keyed by one, and what it holds. `partner`: removed
 * with the partner. `kept`: names a partner but is left as written (a variant is an instruction for later;
 * applying it to a scenario without the partner is refused then, saying so).
 */
const PLACES: Record<string, 'partner' | 'kept' | string> = {
  'settings.tieOrder[]': 'partner',
  'partners[].id': 'partner',
  'partners[].metrics{}': 'metric names (the partner object goes as a whole)',
  'partners[].metrics{}{}': 'financial years (a metric by year)',
  'services[].id': 'service id',
  'services[].budgets[].id': 'budget id',
  'services[].budgets[].starting{}': 'partner',
  'services[].budgets[].closing{}': 'partner',
  'services[].budgets[].closing.attribution.amounts{}': 'partner',
  'services[].budgets[].closing.attribution.prior{}': 'partner',
  'services[].budgets[].closing.attribution.shares{}': 'partner',
  'services[].budgets[].closing.attribution.metric': 'metric name',
  'services[].budgets[].closing.agreement': 'agreement id',
  'lines[].id': 'line id',
  'lines[].service': 'service id',
  'lines[].from.budget': 'budget id',
  'lines[].tieOrder[]': 'partner',
  'lines[].needs[]': 'partner',
  'lines[].attribution.amounts{}': 'partner',
  'lines[].attribution.prior{}': 'partner',
  'lines[].attribution.shares{}': 'partner',
  'lines[].attribution.metric': 'metric name',
  'lines[].attribution.steps[].attribution.amounts{}': 'partner',
  'lines[].attribution.steps[].attribution.prior{}': 'partner',
  'lines[].attribution.steps[].attribution.shares{}': 'partner',
  'lines[].attribution.steps[].attribution.metric': 'metric name',
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
  'costs[].attribution.steps[].attribution.amounts{}': 'partner',
  'costs[].attribution.steps[].attribution.prior{}': 'partner',
  'costs[].attribution.steps[].attribution.shares{}': 'partner',
  'costs[].attribution.steps[].attribution.metric': 'metric name',
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
  'published[].variant': 'variant name',
  'published[].variants[]': 'variant names',
  'published[].of.partner': 'partner',
  'variants[].name': 'variant name',
  'variants[].removePartners[]': 'kept',
  'coalitions[].partners[]': 'partner',
  'agreements[].id': 'agreement id',
  'agreements[].service': 'service id',
  // A stated split is re-normalised among the partners who stay (see the agreement test), not only cut.
  'agreements[].attribution.shares{}': 'partner',
  'agreements[].attribution.prior{}': 'partner',
  'agreements[].attribution.amounts{}': 'partner',
  'agreements[].attribution.metric': 'metric name',
  'agreements[].attribution.steps[].attribution.shares{}': 'partner',
  'agreements[].attribution.steps[].attribution.prior{}': 'partner',
  'agreements[].attribution.steps[].attribution.amounts{}': 'partner',
  'agreements[].attribution.steps[].attribution.metric': 'metric name',
  'agreements[].standAlone{}': 'partner',
  'agreements[].standAlone{}{}': 'financial years (a stand-alone cost by year)',
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
  agreement: idArb,
  // The metric stated by year is never the one stated once, nor "population" (every partner states it once).
  driver: idArb,
}).filter((ids) => ids.driver !== ids.metric && ids.driver !== 'population');

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
    const ids: OtherIds = { lines: ['l0', 'l1', 'l2', 'l3', 'l4'], costs: ['k0', 'k1', 'k2', 'k3'], services: ['s'], budgets: ['b0', 'b1', 'b2', 'b3', 'b4'], metric: 'm', funding: 'f', indirect: 'i', context: ['c0', 'c1'], published: 'p', variant: 'v', agreement: 'g', driver: 'd' };
    expect(placesHolding(buildFile({ partners: ['a', 'b'], leaving: 'x', at: 1, ids, full: true }), 'x', Object.keys(PLACES))).toEqual(PARTNER_PLACES.sort());
  });
});

describe('removing a partner', () => {
  it('changes the partner places only: the file without it is the file built without it, whatever the ids collide with', () => {
    fc.assert(
      fc.property(caseArb, ({ partners, leaving, at, ids }) => {
        const before = deepFreeze(buildFile({ partners, leaving, at, ids, full: true }));
        const issues: Issue[] = [];
        const after = removePartnerFromFile(before as unknown as ScenarioFile, leaving, issues);
        expect(issues).toEqual([]);
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

describe('setting a value by path', () => {
  const REACHING = ['__proto__', 'constructor', 'prototype'];
  const word = fc.constantFrom(...REACHING, 'toString', 'valueOf', 'hasOwnProperty', 'appraisal', 'riskWeights', 'possible', 'lines', 'partners', 'metrics', 'settings', 'amount', 'unit', 'x');
  const selector = fc.oneof(word.map((w) => `[${w}]`), fc.constantFrom('[team]', '[north]', '[0]', '[1]', '[7]'));
  const segment = fc.tuple(word, fc.array(selector, { maxLength: 2 })).map(([w, sels]) => w + sels.join(''));
  const pathArb = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
  const valueArb = fc.oneof(fc.constant('0.5'), fc.constant({ appraisal: { discountRate: '0.9' } }), fc.constant(null), fc.constant([]));
  const file = {
    version: 1,
    title: 'Two councils',
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2 },
    partners: [{ id: 'north', name: 'North', metrics: { population: '1' } }, { id: 'south', name: 'South', metrics: { population: '2' } }],
    lines: [{ id: 'team', name: 'Shared team', amount: '1000', attribution: { rule: 'equal' } }],
  };
  const scenario = parseScenario(file);
  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  const snapshot = (): string[][] => prototypes.map((p) => Object.getOwnPropertyNames(p).sort());
  const before = snapshot();

  /**
   * Reads `path` through own properties only, `[id]` found by an own `id` (in `lookup`, the root before the
   * value was set, whose items still carry their ids); `found` false where an own property is missing.
   */
  function ownAt(root: unknown, path: string, lookup: unknown): { found: boolean; value?: unknown } {
    let at: unknown = root;
    let was: unknown = lookup;
    for (const token of path.match(/[^.[\]]+|\[[^\]]+\]/g)!) {
      if (at === null || typeof at !== 'object') return { found: false };
      let key: string | number = token;
      if (token.startsWith('[')) {
        const inner = token.slice(1, -1);
        if (!Array.isArray(at) || !Array.isArray(was)) return { found: false };
        key = /^\d+$/.test(inner) ? Number(inner) : was.findIndex((x) => x !== null && typeof x === 'object' && Object.hasOwn(x, 'id') && (x as { id: unknown }).id === inner);
      }
      if (!Object.hasOwn(at, key)) return { found: false };
      at = (at as Record<string | number, unknown>)[key];
      was = was !== null && typeof was === 'object' && Object.hasOwn(was, key) ? (was as Record<string | number, unknown>)[key] : at;
    }
    return { found: true, value: at };
  }

  /** Every object reachable from `root` keeps a plain prototype. */
  function plain(root: unknown): boolean {
    if (root === null || typeof root !== 'object') return true;
    const proto = Object.getPrototypeOf(root);
    if (proto !== Object.prototype && proto !== Array.prototype) return false;
    return Object.values(root).every(plain);
  }

  it('either sets an own property at the path or refuses, never touching a prototype', () => {
    fc.assert(
      fc.property(pathArb, valueArb, (path, value) => {
        const root = structuredClone(file) as Record<string, unknown>;
        const issues: Issue[] = [];
        setAt(root, path, value, ['variant', 'set', 0, 'path'], issues);
        expect(snapshot()).toEqual(before);
        expect(plain(root)).toBe(true);
        const reaching = path.split(/[.[\]]/).some((w) => REACHING.includes(w));
        if (reaching) expect(issues.map((i) => i.code)).toEqual(['E_VARIANT_PATH']);
        if (issues.length === 0) {
          const got = ownAt(root, path, file);
          expect(got.found).toBe(true);
          expect(got.value).toBe(value);
        } else {
          expect(issues).toHaveLength(1);
          expect(issues[0]!.message).toContain(path);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('through applyVariant, gives a scenario read from own properties or a ScenarioError', () => {
    fc.assert(
      fc.property(pathArb, valueArb, (path, value) => {
        try {
          const s = applyVariant(scenario, { name: 'v', set: [{ path, value }] });
          expect(plain(s.file)).toBe(true);
          // No path reaches the root's own "appraisal" with this value: the parser must not find it inherited.
          expect(JSON.stringify(s.file)).not.toContain('"0.9"');
        } catch (e) {
          expect(isScenarioError(e)).toBe(true);
        }
        expect(snapshot()).toEqual(before);
        expect(({} as { appraisal?: unknown }).appraisal).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
