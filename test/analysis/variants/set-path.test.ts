import { describe, expect, it } from 'vitest';
import { applyVariant, isScenarioError, parseScenario, type ScenarioError } from '../../../src/index.js';
import { setAt } from '../../../src/analysis/variants/_set-path.js';

const scenario = parseScenario({
  version: 1,
  title: 'Two councils',
  settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2 },
  partners: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
  lines: [{ id: 'team', name: 'Shared team', amount: '1000', attribution: { rule: 'equal' } }],
});

function refusal(path: string, value: unknown = { appraisal: { discountRate: '0.5' } }): ScenarioError {
  try {
    applyVariant(scenario, { name: 'x', set: [{ path, value }] });
  } catch (e) {
    if (isScenarioError(e)) return e;
    throw e;
  }
  throw new Error(`"${path}" was applied`);
}

describe('applyVariant set: words that reach the prototype chain', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  it.each([
    '__proto__',
    '__proto__.appraisal',
    '__proto__.appraisal.discountRate',
    'constructor.prototype.appraisal',
    'prototype',
    'settings.__proto__',
    'settings.constructor',
    'lines[__proto__].amount',
    'lines[constructor].amount',
    'lines[prototype]',
    'partners[0].metrics.__proto__',
    'appraisal.prototype.x',
  ])('refuses "%s", naming the path, and changes no prototype', (path) => {
    const e = refusal(path);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['E_VARIANT_PATH', ['variant', 'set', 0, 'path']]]);
    expect(e.issues[0]!.message).toContain(`"${path}"`);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as { appraisal?: unknown }).appraisal).toBeUndefined();
    expect(Object.getPrototypeOf(scenario.file)).toBe(Object.prototype);
  });

  it('says why, in the issue', () => {
    expect(refusal('__proto__.appraisal').issues[0]).toMatchInlineSnapshot(`
      {
        "code": "E_VARIANT_PATH",
        "expected": "a path without __proto__, constructor or prototype (they reach the prototype chain)",
        "message": "variant.set[0].path: expected a path without __proto__, constructor or prototype (they reach the prototype chain), found "__proto__.appraisal" (uses "__proto__")",
        "path": [
          "variant",
          "set",
          0,
          "path",
        ],
        "received": ""__proto__.appraisal" (uses "__proto__")",
      }
    `);
  });

  it('names the variant of the file whose path is refused', () => {
    const s = parseScenario({ ...(scenario.file as object), variants: [{ name: 'ok' }, { name: 'bad', set: [{ path: 'appraisal.discountRate', value: '0.1' }, { path: '__proto__.appraisal', value: {} }] }] });
    try {
      applyVariant(s, 'bad');
      expect.unreachable();
    } catch (e) {
      expect((e as ScenarioError).issues.map((i) => i.message.split(':')[0])).toEqual(['variants[1].set[1].path']);
    }
  });
});

describe('setAt: own properties only', () => {
  it('creates a missing object on the way as an own, plain object', () => {
    const root: Record<string, unknown> = { title: 't' };
    setAt(root, 'appraisal.riskWeights.possible', '0.5', ['p'], []);
    expect(root).toStrictEqual({ title: 't', appraisal: { riskWeights: { possible: '0.5' } } });
    expect(Object.getPrototypeOf(root.appraisal)).toBe(Object.prototype);
  });

  it('never follows an inherited property: "toString" is a new own key, not Object.prototype.toString', () => {
    const root: Record<string, unknown> = {};
    const issues: never[] = [];
    setAt(root, 'toString.x', 1, ['p'], issues);
    setAt(root, 'valueOf', 2, ['p'], issues);
    expect(issues).toEqual([]);
    expect(Object.getOwnPropertyNames(root).sort()).toEqual(['toString', 'valueOf']);
    expect(root.toString).toStrictEqual({ x: 1 });
    expect(typeof Object.prototype.toString).toBe('function');
    expect((Object.prototype.toString as unknown as { x?: unknown }).x).toBeUndefined();
  });

  it('finds an item by its own id only', () => {
    const inherited = Object.create({ id: 'ghost' }) as object;
    const root: Record<string, unknown> = { lines: [inherited, { id: 'real' }] };
    const issues: { code: string }[] = [];
    setAt(root, 'lines[ghost].amount', '1', ['p'], issues as never[]);
    expect(issues.map((i) => i.code)).toEqual(['E_VARIANT_PATH']);
    setAt(root, 'lines[real].amount', '1', ['p'], issues as never[]);
    expect(root.lines).toEqual([inherited, { id: 'real', amount: '1' }]);
  });
});
