import { describe, expect, it } from 'vitest';
import { Decimal, reviewShares, shares, type AmountInput, type SharesOptions } from '../../src/index.js';
import { thrown } from './_thrown.js';

const str = (parts: readonly Decimal[]): string[] => parts.map((p) => p.toString());
const sum = (parts: readonly Decimal[]): string => parts.reduce((a, b) => a.plus(b), new Decimal(0)).toString();

describe('shares', () => {
  it.each([
    [[1, 1, 1], { precision: '0.01' }, ['0.34', '0.33', '0.33']],
    [[1, 1, 1], {}, ['0.333333333334', '0.333333333333', '0.333333333333']],
    [[17, 29, 31, 23, 11], { precision: '0.01' }, ['0.15', '0.26', '0.28', '0.21', '0.1']],
    [[1, 1, 1], { precision: '0.01', tieOrder: [2] }, ['0.33', '0.33', '0.34']],
    [[1, 2, 1], { precision: '0.25' }, ['0.25', '0.5', '0.25']],
    [[1, 1, 1], { precision: '0.25' }, ['0.5', '0.25', '0.25']],
    [[1, 0, 3], { precision: '0.1' }, ['0.3', '0', '0.7']],
    [['0.2', '0.6'], { precision: '0.125' }, ['0.25', '0.75']],
    [[5], { precision: '0.01' }, ['1']],
    [[2, 1], { precision: '1' }, ['1', '0']],
    [[1, 1, 1], { precision: '1e-40' }, [`0.${'3'.repeat(39)}4`, `0.${'3'.repeat(40)}`, `0.${'3'.repeat(40)}`]],
  ] as [AmountInput[], SharesOptions, string[]][])('%j with %j', (weights, options, expected) => {
    const out = shares(weights, options);
    expect(str(out)).toEqual(expected);
    expect(sum(out)).toBe('1');
  });

  it('sums to exactly 1 in whole percent for every count of equal partners up to 40', () => {
    for (let n = 1; n <= 40; n++) {
      const out = shares(new Array<number>(n).fill(1), { precision: '0.01' });
      expect(sum(out)).toBe('1');
      for (const s of out) expect(s.mod('0.01').isZero()).toBe(true);
    }
  });

  it('keeps the keys of record weights', () => {
    const out = shares({ hf: 1, rbkc: 1, cow: 1 }, { precision: '0.01', tieOrder: ['cow'] });
    expect(Object.entries(out).map(([k, v]) => [k, v.toString()])).toEqual([
      ['hf', '0.33'],
      ['rbkc', '0.33'],
      ['cow', '0.34'],
    ]);
  });

  it('takes prototype names as ordinary ids', () => {
    const weights = JSON.parse('{"__proto__": 1, "constructor": 3}') as Record<string, number>;
    const prior = JSON.parse('{"__proto__": "0.25", "constructor": "0.75"}') as Record<string, string>;
    const out = shares(weights, { precision: '0.01', prior });
    expect(Object.entries(out).map(([k, v]) => [k, v.toString()])).toEqual([
      ['__proto__', '0.25'],
      ['constructor', '0.75'],
    ]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('reviewShares: a prior split is kept within tolerance', () => {
  const prior = ['0.5', '0.3', '0.2'];

  it.each([
    // weights, tolerance, kept, largest movement, shares
    [[52, 30, 18], '0.03', true, '0.02', ['0.5', '0.3', '0.2']],
    [[53, 30, 17], '0.03', true, '0.03', ['0.5', '0.3', '0.2']],
    [[54, 30, 16], '0.03', false, '0.04', ['0.54', '0.3', '0.16']],
    [[56, 26, 18], '0.03', false, '0.06', ['0.56', '0.26', '0.18']],
    [[50, 30, 20], '0', true, '0', ['0.5', '0.3', '0.2']],
    [[5, 3, 2], undefined, true, '0', ['0.5', '0.3', '0.2']],
    [[51, 30, 19], undefined, false, '0.01', ['0.51', '0.3', '0.19']],
    [[530001, 300000, 169999], '0.03', false, '0.030001', ['0.53', '0.3', '0.17']],
  ] as [number[], string | undefined, boolean, string, string[]][])('%j with tolerance %s', (weights, tolerance, kept, movement, expected) => {
    const options: SharesOptions = tolerance === undefined ? { precision: '0.01', prior } : { precision: '0.01', prior, tolerance };
    const r = reviewShares(weights, options);
    expect(r.keptPrior).toBe(kept);
    expect(r.largestMovement.toString()).toBe(movement);
    expect(str(r.shares)).toEqual(expected);
    expect(str(shares(weights, options))).toEqual(expected);
  });

  it('returns no movement without a prior', () => {
    const r = reviewShares([1, 1, 1], { precision: '0.01' });
    expect(r.keptPrior).toBe(false);
    expect(r.largestMovement.toString()).toBe('0');
    expect(str(r.shares)).toEqual(['0.34', '0.33', '0.33']);
  });

  it('keeps a prior keyed by id', () => {
    const r = reviewShares({ hf: 40, rbkc: 35, cow: 25 }, { precision: '0.01', prior: { cow: '0.25', hf: '0.4', rbkc: '0.35' } });
    expect(r.keptPrior).toBe(true);
    expect(Object.entries(r.shares).map(([k, v]) => [k, v.toString()])).toEqual([
      ['hf', '0.4'],
      ['rbkc', '0.35'],
      ['cow', '0.25'],
    ]);
  });

  it('compares exactly: a movement a hair over the tolerance replaces the prior', () => {
    // The first share is 1/3 + 1e-30 of a third away from 1/3.
    const r = reviewShares(['1000000000000000000000000000001', '1000000000000000000000000000000', '999999999999999999999999999999'], {
      prior: ['0.3333333333333333333333333333333333333333', '0.3333333333333333333333333333333333333333', '0.3333333333333333333333333333333333333334'],
      tolerance: '0.0000000000000000000000000000000000000001',
    });
    expect(r.keptPrior).toBe(false);
  });
});

describe('shares and reviewShares: errors', () => {
  it.each([
    ['a prior not summing to 1', () => shares([1, 1], { prior: ['0.5', '0.4'] }), 'E_OPTION', 'prior: expected shares summing to exactly 1, found shares summing to 0.9'],
    ['a prior summing to more than 1', () => reviewShares([1, 1], { prior: [0.6, 0.5] }), 'E_OPTION', 'prior: expected shares summing to exactly 1, found shares summing to 1.1'],
    ['a prior of the wrong length', () => shares([1, 1, 1], { prior: ['0.5', '0.5'] }), 'E_OPTION', 'prior: expected 3 shares, one per weight, found 2'],
    ['a negative prior share', () => shares([1, 1], { prior: ['1.5', '-0.5'] }), 'E_OPTION', 'prior[1]: expected a share between 0 and 1, found "-0.5"'],
    ['a prior missing an id', () => shares({ a: 1, b: 1 }, { prior: { a: '1' } }), 'E_OPTION', 'prior.b: expected a share between 0 and 1, found nothing'],
    ['a negative tolerance', () => shares([1, 1], { prior: ['0.5', '0.5'], tolerance: '-0.01' }), 'E_OPTION', 'tolerance: expected a non-negative amount such as "0.03", found "-0.01"'],
    ['a precision that does not divide 1', () => shares([1, 1], { precision: '0.03' }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found "0.03"'],
    ['a precision of 0.3', () => shares([1, 1], { precision: '0.3' }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found "0.3"'],
    ['a precision above 1', () => shares([1, 1], { precision: 2 }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found 2'],
    ['a zero precision', () => shares([1, 1], { precision: '0' }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found "0"'],
    ['a negative precision', () => shares([1, 1], { precision: '-0.01' }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found "-0.01"'],
    ['an unreadable precision', () => shares([1, 1], { precision: '1%' }), 'E_OPTION', 'precision: expected a positive amount that divides 1 exactly, such as "0.01", found "1%"'],
    ['a negative weight', () => shares([1, -1]), 'E_WEIGHTS', 'weights[1]: expected a finite, non-negative weight, found -1'],
    ['all weights zero', () => shares({ a: 0, b: 0 }), 'E_WEIGHTS', 'weights: expected at least one weight above zero, found all weights zero'],
    ['no weights', () => shares([]), 'E_WEIGHTS', 'weights: expected at least one weight, found none'],
  ] as [string, () => unknown, string, string][])('%s', (_label, call, code, message) => {
    const err = thrown(call);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('refuses an unknown id in the tie order', () => {
    expect(thrown(() => shares({ a: 1, b: 1 }, { tieOrder: ['c'] })).code).toBe('E_OPTION');
  });
});
