/**
 * A scenario file that names its partners in every place the file format allows, built for a list of
 * partners with or without one more (`leaving`). Removing `leaving` from the file built with it must give
 * the file built without it, bar what removal documents (published figures dropped, an `actual` line's
 * stated total dropped): everything that is not a partner stays as it was, whatever the ids are called.
 *
 * `full` files use every rule in every attribution place (shares, prior, actual, blends of them) and need
 * not parse once a partner is gone (shares no longer sum to 1); without `full`, only rules that survive a
 * partner leaving, so the file parses before and after.
 */
import { scenarioJsonSchema } from '../../../src/index.js';

/** Ids of the things that are not partners; any may equal a partner id or a key of the format. */
export interface OtherIds {
  readonly lines: readonly [string, string, string, string, string];
  readonly costs: readonly [string, string, string, string];
  readonly services: readonly [string];
  readonly budgets: readonly [string, string, string, string, string];
  readonly metric: string;
  readonly funding: string;
  readonly indirect: string;
  readonly context: readonly [string, string];
  readonly published: string;
  readonly variant: string;
  /** A cost-sharing agreement's id (a second one is this with "-2"). */
  readonly agreement: string;
  /** A metric stated by year, read by the agreements: never `metric` nor "population". */
  readonly driver: string;
}

export interface BuildOptions {
  /** The partners staying, in order. */
  readonly partners: readonly string[];
  /** A partner to add at `at` in every partner list (and in every per-partner record). */
  readonly leaving?: string;
  readonly at?: number;
  readonly ids: OtherIds;
  readonly full?: boolean;
}

/**
 * An agreement's stated split among the partners staying, exact in halves and quarters: [1], [0.5, 0.5],
 * [0.5, 0.25, 0.25]. With a partner leaving, it holds 0.5 and each other share is halved, so that
 * re-normalising without it (each share divided by 0.5) gives the split written without it.
 */
const SPLITS: Record<number, readonly [string[], string[]]> = {
  1: [['1'], ['0.5']],
  2: [['0.5', '0.5'], ['0.25', '0.25']],
  3: [['0.5', '0.25', '0.25'], ['0.25', '0.125', '0.125']],
};

/** A value per partner that does not depend on who else is in the file. */
function valueOf(id: string): string {
  let h = 7;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 97;
  return String(h + 1);
}

type Rule = Record<string, unknown>;

export function buildFile(o: BuildOptions): Record<string, unknown> {
  const all = o.leaving === undefined ? [...o.partners] : [...o.partners.slice(0, o.at ?? 0), o.leaving, ...o.partners.slice(o.at ?? 0)];
  const per = (f: (id: string) => string = valueOf): Record<string, string> => Object.fromEntries(all.map((id) => [id, f(id)]));
  const first = o.partners[0]!;
  const { ids } = o;
  const metric = ids.metric;
  // Every attribution place gets each of these, in turn.
  const rules: Rule[] = o.full
    ? [
        { rule: 'shares', shares: per() },
        { rule: 'actual', amounts: per() },
        { rule: 'equal', precision: '0.01', prior: per(), tolerance: '0.1' },
        { rule: 'blend', prior: per(), parts: [{ weight: '1', attribution: { rule: 'shares', shares: per() } }, { weight: '1', attribution: { rule: 'metric', metric, prior: per() } }, { weight: '1', attribution: { rule: 'actual', amounts: per() } }] },
      ]
    : [{ rule: 'equal' }, { rule: 'metric', metric }, { rule: 'blend', parts: [{ weight: '1', attribution: { rule: 'equal' } }, { weight: '2', attribution: { rule: 'metric', metric } }] }, { rule: 'equal', precision: '0.01' }];
  const ruleAt = (i: number): Rule => structuredClone(rules[i % rules.length]!);
  // A rule of a line or a cost that changes over time: the place's rule, then the next from a date.
  const timed = (i: number): Rule => ({ rule: 'schedule', steps: [{ year: '2017/18', attribution: ruleAt(i) }, { year: '2018/19', from: '2018-10-01', attribution: ruleAt(i + 1) }] });
  // An agreement's split: the leaving partner holds half, the others share the rest as they do without it.
  const split = (): Record<string, string> => {
    const [alone, halved] = SPLITS[o.partners.length]!;
    const staying = o.leaving === undefined ? alone : halved;
    return Object.fromEntries(all.map((id) => [id, id === o.leaving ? '0.5' : staying[o.partners.indexOf(id)]!]));
  };
  const actualPart = o.full ? [{ weight: '1', attribution: { rule: 'actual', amounts: per() } }] : [];
  const driverByYear = (id: string): Record<string, string> => Object.fromEntries(['2016/17', '2017/18', '2018/19', '2019/20'].map((y, i) => [y, String(Number(valueOf(id)) + i)]));
  const agreements = [
    {
      id: ids.agreement,
      name: 'Shared team',
      service: ids.services[0],
      basis: 'Calls, April to December',
      costs: [{ year: '2017/18', net: '1.2' }, { year: '2018/19', gross: '1.3', income: '0.05' }],
      attribution: {
        rule: 'schedule',
        steps: [
          { year: '2017/18', attribution: { rule: 'shares', shares: split() } },
          { year: '2018/19', from: '2018-10-01', attribution: { rule: 'metric', metric: ids.driver, driverYear: -1, precision: '0.01', prior: split(), tolerance: '0.03' } },
          { year: '2019/20', attribution: { rule: 'blend', driverYear: '2017/18', prior: split(), parts: [{ weight: '1', attribution: { rule: 'shares', shares: split() } }, { weight: '1', attribution: { rule: 'metric', metric: ids.driver } }, ...actualPart] } },
        ],
      },
      standAlone: Object.fromEntries(all.map((id) => [id, id === first ? { '2017/18': '1', '2018/19': '1.1' } : valueOf(id)])),
    },
    {
      id: `${ids.agreement}-2`,
      name: 'Second team',
      costs: [{ year: '2019/20', net: '0.5' }],
      attribution: { rule: 'blend', prior: split(), tolerance: '0.05', parts: [{ weight: '1', attribution: { rule: 'shares', shares: split() } }, { weight: '2', attribution: { rule: 'equal' } }, ...actualPart] },
    },
  ];
  const actualLine = { id: ids.lines[4], name: 'Actual', tier: 'projected', amount: String(all.reduce((s, id) => s + Number(valueOf(id)), 0) / 1000), attribution: { rule: 'actual', amounts: per((id) => String(Number(valueOf(id)) / 1000)) } };
  return {
    version: 1,
    title: 'Every partner place',
    settings: { currency: 'GBP', unit: '£m', quantum: '0.001', fteQuantum: '0.01', firstYear: '2017/18', years: 3, tieOrder: [...all].reverse() },
    partners: all.map((id) => ({
      id,
      name: `Council ${id}`,
      metrics: { [metric]: valueOf(id), population: '100', [ids.driver]: driverByYear(id) },
      // A partner leaving may have joined late; the first is a party from the start.
      ...(id === o.leaving ? { membership: { from: '2017-10-01' } } : id === first ? { membership: { from: '2017-04-01' } } : {}),
    })),
    services: [
      {
        id: ids.services[0],
        name: 'Service',
        budgets: ids.budgets.map((id, i) =>
          i === 4
            ? { id, name: 'Combined', measure: 'money', basis: 'net', starting: { combined: '30' }, closing: { combined: '20' } }
            : { id, name: `Budget ${i}`, measure: i === 1 ? 'fte' : 'money', basis: 'staffing', controllable: true, starting: per((x) => String(Number(valueOf(x)) * 2)), closing: i === 0 ? per() : { combined: '40', attribution: ruleAt(i) } },
        ).concat([
          // A closing read from an agreement's contributions: its keys are not partners, whoever is called "agreement" or "year".
          { id: `${ids.budgets[0]}-agreement`, name: 'Shared team budget', measure: 'money', basis: 'net', controllable: true, starting: per(), closing: { agreement: ids.agreement, year: '2017/18' } } as never,
        ]),
      },
    ],
    lines: [
      ...ids.lines.slice(0, 4).map((id, i) => ({
        id,
        name: `Line ${i}`,
        service: ids.services[0],
        kind: 'saving',
        tier: i === 1 ? 'possible' : 'projected',
        category: 'employees',
        fund: 'General Fund',
        recurrence: 'ongoing',
        ...(i === 3 ? { from: { budget: ids.budgets[0] } } : { amount: '0.3', attribution: ruleAt(i) }),
        phasing: [{ year: '2017/18', share: '0.5' }, { year: '2018/19', share: '0.5' }],
        fte: i === 3 ? { from: { budget: ids.budgets[1] } } : { amount: '3', attribution: ruleAt(i + 1) },
        tieOrder: [...all],
        basis: 'A',
      })),
      { id: `${ids.lines[0]}-timed`, name: 'Timed', service: ids.services[0], kind: 'saving', tier: 'projected', category: 'employees', fund: 'General Fund', recurrence: 'ongoing', amount: '0.3', attribution: timed(2), tieOrder: [...all] },
      actualLine,
      // A line that needs the first partner stays as it is; one that needs the leaving partner lapses with
      // it (and the staffing effect stated of it), so the file built without that partner never had them.
      { id: `${ids.lines[1]}-needs`, name: 'Needs the first', amount: '0.1', needs: [first] },
      ...(o.leaving === undefined ? [] : [{ id: `${ids.lines[2]}-needs`, name: 'Needs the leaving partner', amount: '0.1', needs: [first, o.leaving] }]),
    ],
    costs: ids.costs.map((id, i) => ({ id, name: `Cost ${i}`, type: 'other', amount: '0.04', phasing: [{ year: '2017/18', amount: '0.04' }], ...(o.full || i < 3 ? { attribution: i === 2 ? timed(i) : ruleAt(i) } : {}) })),
    funding: [{ id: ids.funding, name: 'Grant', amount: '0.01', confirmed: true, offsets: [ids.costs[0], ids.costs[1]] }],
    indirect: [{ id: ids.indirect, name: 'Indirect', driver: 'fte-removed', low: '0.001', high: '0.002', tier: 'possible' }],
    staffing: [
      { partner: first, fte: '3', headcount: '3', reductions: [{ year: '2017/18', fte: '1' }] },
      { line: ids.lines[0], fte: '1', reductions: [] },
      ...(o.leaving === undefined ? [] : [{ line: `${ids.lines[2]}-needs`, fte: '1', reductions: [] }]),
      ...(o.leaving === undefined ? [] : [{ partner: o.leaving, fte: '2', reductions: [] }]),
    ],
    context: [
      { id: ids.context[0], label: 'All', reduction: '1', measure: 'money', of: { budget: ids.budgets[0], position: 'starting' } },
      ...(o.leaving === undefined ? [] : [{ id: ids.context[1], label: 'Leaving', reduction: '1', measure: 'money', of: { budget: ids.budgets[0], position: 'starting', partner: o.leaving } }]),
    ],
    appraisal: { discountRate: '0.035', riskWeights: { projected: '0.5' } },
    published: [{ id: ids.published, label: 'Printed', of: { line: ids.lines[0], partner: o.leaving ?? first }, value: '0.1', unit: '£m', precision: '0.1' }],
    variants: [
      { name: ids.variant, removePartners: [first], set: [{ path: 'appraisal.discountRate', value: '0.05' }] },
      { name: `${ids.variant}-2`, set: [{ path: `partners[${first}].metrics.${metric}`, value: '7' }] },
    ],
    coalitions: [{ partners: [first], saving: '0' }, ...(o.leaving === undefined ? [] : [{ partners: [first, o.leaving], saving: '0.1' }])],
    agreements,
  };
}

/** What removing `leaving` documents beyond taking the partner out: the printed figures and an `actual` line's total go. */
export function documentedRemoval(file: Record<string, unknown>): Record<string, unknown> {
  const lines = (file.lines as Record<string, unknown>[]).map((l) => {
    if ((l.attribution as { rule?: string } | undefined)?.rule !== 'actual') return l;
    const { amount: _dropped, ...rest } = l;
    return rest;
  });
  return { ...file, lines, published: [] };
}

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Every key name the file format uses, and every enum word that could be an id: the words a partner id must not be confused with. */
export function formatWords(): string[] {
  const words = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.properties !== undefined && typeof n.properties === 'object') for (const k of Object.keys(n.properties as object)) words.add(k);
    for (const e of (n.enum as unknown[] | undefined) ?? []) if (typeof e === 'string') words.add(e);
    if (typeof n.const === 'string') words.add(n.const);
    Object.values(n).forEach(visit);
  };
  visit(scenarioJsonSchema());
  return [...words].filter((w) => ID.test(w) && !['__proto__', 'constructor', 'prototype'].includes(w)).sort();
}

/**
 * Every place in the file format that can hold an id or key things by one, as patterns: `.key` a
 * property, `[]` any item of a list, `{}` any key of a record. Ids are strings of the id pattern; records
 * are objects with open keys. A rule inside a rule (a blend's parts) is the same place again and is not
 * listed twice: its places are written as the outer rule's.
 */
export function formatPlaces(): string[] {
  return [...formatPaths().places].sort();
}

/** The schema's places (see {@link formatPlaces}) and the paths of its named properties. */
function formatPaths(): { places: Set<string>; properties: Set<string> } {
  const root = scenarioJsonSchema() as Record<string, unknown>;
  const defs = (root.$defs ?? {}) as Record<string, unknown>;
  const out = new Set<string>();
  const properties = new Set<string>();
  const visit = (node: unknown, path: string, stack: readonly string[]): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.$ref === 'string') {
      const name = n.$ref.split('/').pop()!;
      if (!stack.includes(name)) visit(defs[name], path, [...stack, name]);
    }
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) for (const x of (n[k] as unknown[] | undefined) ?? []) visit(x, path, stack);
    if (n.properties !== undefined) {
      for (const [k, v] of Object.entries(n.properties as object)) {
        properties.add(`${path}.${k}`.replace(/^\./, ''));
        visit(v, `${path}.${k}`, stack);
      }
    }
    if (n.additionalProperties !== undefined && typeof n.additionalProperties === 'object') {
      out.add(`${path}{}`);
      visit(n.additionalProperties, `${path}{}`, stack);
    }
    if (n.items !== undefined) visit(n.items, `${path}[]`, stack);
    if (n.type === 'string' && n.pattern === ID.source) out.add(path);
  };
  visit(root, '', []);
  return { places: new Set([...out].map((p) => canonical(p.replace(/^\./, '')))), properties };
}

/** A place inside a blend's part written as the same place of the rule around it. */
const canonical = (path: string): string => path.replace(/(\.parts\[\]\.attribution)+/g, '');

/** The places (as {@link formatPlaces} patterns) where `file` holds `id`: as a string at an id place, or as a key of a record. */
export function placesHolding(file: unknown, id: string, places: readonly string[]): string[] {
  const found = new Set<string>();
  const { properties } = formatPaths();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((x) => visit(x, `${path}[]`));
    if (value === null || typeof value !== 'object') {
      if (value === id && places.includes(canonical(path))) found.add(canonical(path));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      // A key is a record's (a partner's) only where the schema names no property of that name: the
      // "attribution" of a combined closing position is not a partner called "attribution".
      const named = properties.has(canonical(path === '' ? k : `${path}.${k}`));
      if (k === id && !named && places.includes(canonical(`${path}{}`))) found.add(canonical(`${path}{}`));
      visit(v, path === '' ? k : `${path}.${k}`);
    }
  };
  visit(file, '');
  return [...found].sort();
}
