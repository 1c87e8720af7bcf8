import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import {
  ErrorCode,
  InputError,
  InvariantError,
  ScenarioError,
  SharedServicesError,
  formatPath,
  isScenarioError,
  isSharedServicesError,
  parseAmount,
  type Issue,
} from '../../src/index.js';
import { isErrorCode } from '../../src/errors/index.js';

const issue = (n: number): Issue => ({
  code: 'E_AMOUNT',
  path: ['lines', n, 'amount'],
  expected: 'a decimal amount',
  received: '"x"',
  message: `lines[${n}].amount: expected a decimal amount, found "x"`,
});

describe('error codes', () => {
  it('are the stable strings callers branch on', () => {
    expect(Object.values(ErrorCode)).toEqual([
      'E_AMOUNT',
      'E_NOT_AT_QUANTUM',
      'E_WEIGHTS',
      'E_OPTION',
      'E_SCENARIO',
      'E_CSV',
      'E_INVARIANT',
      'E_JSON',
      'E_NUMBER',
      'E_DUPLICATE_KEY',
      'E_LIMIT',
      'E_TEXT',
      'E_SCHEMA',
      'E_UNKNOWN_KEY',
      'E_RESERVED_ID',
      'E_DUPLICATE_ID',
      'E_DUPLICATE_YEAR',
      'E_DUPLICATE_COALITION',
      'E_UNKNOWN_REFERENCE',
      'E_UNKNOWN_VARIANT',
      'E_VARIANT_PATH',
      'E_MISSING',
      'E_CONFLICT',
      'E_NEGATIVE',
      'E_RANGE',
      'E_SUM',
      'E_SHARES',
      'E_PHASING',
      'E_YEAR',
      'E_RULE',
      'E_MEASURE',
      'E_CYCLE',
      'E_UNIT',
      'E_DEPENDENCY',
    ]);
    expect(Object.entries(ErrorCode).every(([name, code]) => code === `E_${name}`)).toBe(true);
  });

  it.each([
    ['E_SCHEMA', true],
    ['E_CYCLE', true],
    ['E_X', false],
    ['e_schema', false],
    [undefined, false],
    [7, false],
  ])('isErrorCode(%j) is %s', (value, expected) => {
    expect(isErrorCode(value)).toBe(expected);
  });
});

describe('error classes', () => {
  it('SharedServicesError carries a code, issues and a cause', () => {
    const cause = new Error('underlying');
    const err = new SharedServicesError('E_OPTION', 'quantum must be positive', [], { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('SharedServicesError');
    expect(err.code).toBe('E_OPTION');
    expect(err.message).toBe('quantum must be positive');
    expect(err.issues).toEqual([]);
    expect(err.cause).toBe(cause);
    expect(new SharedServicesError('E_OPTION', 'm').issues).toEqual([]);
  });

  it('InputError takes its code and message from its one issue', () => {
    const err = new InputError(issue(3));
    expect(err).toBeInstanceOf(SharedServicesError);
    expect(err.name).toBe('InputError');
    expect(err.code).toBe('E_AMOUNT');
    expect(err.message).toBe('lines[3].amount: expected a decimal amount, found "x"');
    expect(err.issues).toEqual([issue(3)]);
    expect(String(err)).toBe('InputError: lines[3].amount: expected a decimal amount, found "x"');
  });

  it('InputError lists several issues of one input, with the code it is given', () => {
    const err = new InputError([issue(1), issue(2)], { code: ErrorCode.CSV });
    expect(err.code).toBe('E_CSV');
    expect(err.issues).toEqual([issue(1), issue(2)]);
    expect(err.message).toBe('2 problems:\n  - lines[1].amount: expected a decimal amount, found "x"\n  - lines[2].amount: expected a decimal amount, found "x"');
    expect(new InputError([issue(4)]).code).toBe('E_AMOUNT');
  });

  it('ScenarioError lists every issue, up to twenty', () => {
    const one = new ScenarioError([issue(0)]);
    expect(one).toBeInstanceOf(SharedServicesError);
    expect(one.name).toBe('ScenarioError');
    expect(one.code).toBe('E_SCENARIO');
    expect(one.message).toBe('The scenario has 1 problem:\n  - lines[0].amount: expected a decimal amount, found "x"');
    const two = new ScenarioError([issue(0), issue(1)]);
    expect(two.message).toMatchInlineSnapshot(`
      "The scenario has 2 problems:
        - lines[0].amount: expected a decimal amount, found "x"
        - lines[1].amount: expected a decimal amount, found "x""
    `);
    const many = new ScenarioError(Array.from({ length: 25 }, (_, i) => issue(i)));
    const lines = many.message.split('\n');
    expect(lines[0]).toBe('The scenario has 25 problems:');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('  - lines[19].amount: expected a decimal amount, found "x"');
    expect(lines[21]).toBe('  … and 5 more');
    expect(many.issues).toHaveLength(25);
  });

  it('InvariantError is a library bug, with no input issues', () => {
    const err = new InvariantError('partner totals do not add up');
    expect(err).toBeInstanceOf(SharedServicesError);
    expect(err.name).toBe('InvariantError');
    expect(err.code).toBe('E_INVARIANT');
    expect(err.issues).toEqual([]);
  });
});

describe('guards', () => {
  const sameShape = (name: string): Error => Object.assign(new Error('from another copy of the library'), { name, code: 'E_SCENARIO', issues: [] });

  it.each([
    ['a SharedServicesError', new SharedServicesError('E_OPTION', 'x'), true, false],
    ['an InputError', new InputError(issue(0)), true, false],
    ['a ScenarioError', new ScenarioError([issue(0)]), true, true],
    ['an InvariantError', new InvariantError('x'), true, false],
    ['an error of the same shape from another copy', sameShape('InputError'), true, false],
    ['a scenario error of the same shape from another copy', sameShape('ScenarioError'), true, true],
    ['a plain Error', new Error('x'), false, false],
    ['a TypeError', new TypeError('x'), false, false],
    ['an Error named ScenarioError without code or issues', Object.assign(new Error('x'), { name: 'ScenarioError' }), false, false],
    ['an Error with a code but no issues', Object.assign(new Error('x'), { code: 'E_AMOUNT' }), false, false],
    ['an Error with a numeric code', Object.assign(new Error('x'), { code: 1, issues: [] }), false, false],
    ['a plain object of the right shape', { name: 'ScenarioError', code: 'E_SCENARIO', issues: [], message: 'x' }, false, false],
    ['null', null, false, false],
    ['undefined', undefined, false, false],
    ['a string', 'E_AMOUNT', false, false],
  ])('%s', (_label, value, isLibrary, isScenario) => {
    expect(isSharedServicesError(value)).toBe(isLibrary);
    expect(isScenarioError(value)).toBe(isScenario);
  });

  it('recognise what the money functions throw', () => {
    let caught: unknown;
    try {
      parseAmount('x');
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught)).toBe(true);
    expect(isScenarioError(caught)).toBe(false);
  });

  // Known defect in src/errors: both guards require `instanceof Error`, which is false for an error made in
  // another realm (a vm context or an iframe), so the shape check never runs. Remove `.fails` once the guards
  // check the shape without `instanceof Error`.
  it('recognise an error made in another realm by its name and shape', () => {
    const foreign: unknown = vm.runInNewContext(`
      class ScenarioError extends Error {
        constructor() { super('x'); this.name = 'ScenarioError'; this.code = 'E_SCENARIO'; this.issues = []; }
      }
      new ScenarioError();
    `);
    expect(foreign instanceof Error).toBe(false);
    expect(isSharedServicesError(foreign)).toBe(true);
    expect(isScenarioError(foreign)).toBe(true);
  });
});

describe('formatPath', () => {
  it.each([
    [['lines', 3, 'attribution', 'metric'], 'lines[3].attribution.metric'],
    [[], '(root)'],
    [['total'], 'total'],
    [[0], '[0]'],
    [[0, 1], '[0][1]'],
    [['weights', 'rbkc'], 'weights.rbkc'],
    [['weights', 'st-helens'], 'weights["st-helens"]'],
    [['weights', 'b c'], 'weights["b c"]'],
    [['weights', ''], 'weights[""]'],
    [['weights', '1a'], 'weights["1a"]'],
    [['weights', '0'], 'weights["0"]'],
    [['$x', '_y', 'z9'], '$x._y.z9'],
    [['weights', '__proto__'], 'weights.__proto__'],
    [['a"b'], '["a\\"b"]'],
    [['lines', 12, 'phasing', 0], 'lines[12].phasing[0]'],
  ] as [(string | number)[], string][])('%j is %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
