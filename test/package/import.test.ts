/**
 * The built package, loaded by its own name (Node resolves a package's name to itself through its exports
 * map from inside the package), in child processes so that nothing here is transformed by the test runner.
 * Needs `npm run build` first; `npm test` builds before it runs the tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

function run(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, [path.join(fixtures, script)], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as Record<string, unknown>;
}

const MONEY_EXPORTS = [
  'Decimal',
  'parseAmount',
  'tryParseAmount',
  'toDecimal',
  'MONEY_UNITS',
  'unitExponent',
  'toPounds',
  'fromPounds',
  'formatMoney',
  'apportion',
  'shares',
  'reviewShares',
  'percentage',
  'controlledRound',
  'ErrorCode',
  'SharedServicesError',
  'InputError',
  'ScenarioError',
  'InvariantError',
  'isSharedServicesError',
  'isScenarioError',
  'formatPath',
];
const WITHHELD = ['apportionUnits', 'rankFromPriority', 'inputOrderRank', 'scaledBigInt', 'fromScaledBigInt', 'pow10'];

beforeAll(() => {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/testing.js', 'dist/testing.cjs']) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does)`);
  }
});

describe('the built package, by its own name', () => {
  const expected = {
    apportion: { hf: '0.333', rbkc: '0.334', cow: '0.333' },
    shares: ['0.34', '0.33', '0.33'],
    format: '(2,890)',
    percentage: '1.07',
    decimal: { precision: 80, sum: '0.3' },
    error: {
      name: 'InputError',
      code: 'E_NOT_AT_QUANTUM',
      message: 'total: expected a whole multiple of the quantum 0.01, found 1.005, which is finer',
      guard: true,
    },
    check: [],
    checkBad: ['sum'],
  };

  it.each([['esm.mjs'], ['cjs.cjs']])('%s imports the main entry and shared-services-model/testing', (script) => {
    const out = run(script);
    expect(out).toMatchObject(expected);
    expect(out['exports']).toEqual(expect.arrayContaining(MONEY_EXPORTS));
    expect(out['testingExports']).toEqual(expect.arrayContaining(['checkApportionment']));
    for (const name of WITHHELD) expect(out['exports']).not.toContain(name);
  });

  it('gives the same results through import and require', () => {
    expect(run('cjs.cjs')).toEqual(run('esm.mjs'));
  });

  it('recognises an error from the other build by its name and shape', () => {
    expect(run('dual.mjs')).toEqual({
      sameClass: false,
      instanceOfEsm: false,
      esmGuard: true,
      esmScenarioGuard: [false, true],
      code: 'E_AMOUNT',
      message: 'lines[3].amount: expected a decimal amount such as "1234.56", found "12abc"',
      crossDecimal: ['0.01', '0.01'],
    });
  });

  it('keeps its own Decimal settings when the global decimal.js was changed before it loaded', () => {
    expect(run('global-decimal.mjs')).toEqual({
      settings: { precision: 80, rounding: 4, maxE: 9e15, minE: -9e15, toExpNeg: -100, toExpPos: 100 },
      big: '100000000000000000000',
      small: '0.00000000000000000001',
      split: ['33333.34', '33333.33', '33333.33'],
      globalAfter: { precision: 5, maxE: 10, toExpPos: 1 },
    });
  });
});
