// The integer helpers behind apportionment: not public API, tested here because the fast paths they take
// must give exactly what the general ones give.
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { WORDS_MATCH_PARSER, fromSafeInteger, fromScaledBigInt, pow10, readPlainDecimal, scaledBigInt } from '../../src/money/_integers.js';
import { apportionSafeUnits, apportionUnits, fitsSafeIntegers, inputOrderRank, rankFromPriority } from '../../src/money/_largest-remainder.js';

/** Own properties of a Decimal, in order: what decimal.js's parser produced, word for word. */
const fields = (d: Decimal): unknown => Object.entries(d);

describe('building Decimals from integers', () => {
  it('uses the fast path with the installed decimal.js', () => {
    expect(WORDS_MATCH_PARSER).toBe(true);
  });

  it.each([
    [0n, 0, '0'],
    [0n, 5, '0'],
    [1n, 0, '1'],
    [41152263n, 2, '411522.63'],
    [-41152263n, 2, '-411522.63'],
    [1200n, 2, '12'],
    [1200n, 0, '1200'],
    [5n, 7, '0.0000005'],
    [1234567n, 0, '1234567'],
    [12345678n, 0, '12345678'],
    [10000000n, 7, '1'],
    [9007199254740991n, 3, '9007199254740.991'],
    [9007199254740992n, 3, '9007199254740.992'],
    [-(10n ** 40n), 40, '-1'],
    [10n ** 41n + 3n, 40, '10.0000000000000000000000000000000000000003'],
    [123456789012345678901234567890n, 45, '0.00000000000000012345678901234567890123456789'],
  ])('fromScaledBigInt(%s, %s) is %s, built as decimal.js builds it', (n, places, text) => {
    const d = fromScaledBigInt(n, places);
    expect(d.toString()).toBe(text);
    expect(d).toBeInstanceOf(Decimal);
    expect(d.constructor).toBe(Decimal);
    expect(fields(d)).toEqual(fields(new Decimal(text)));
    // And it behaves as one.
    expect(d.plus('0.5').minus('0.5').equals(text)).toBe(true);
    expect(d.times(3).toString()).toBe(new Decimal(text).times(3).toString());
  });

  it('fromSafeInteger agrees with fromScaledBigInt across every word alignment', () => {
    for (const v of [1, 7, 10, 99, 1234567, 10000000, 12345678, 100000001, 2 ** 53 - 1, 4503599627370497]) {
      for (let places = -3; places <= 30; places++) {
        for (const n of [v, -v]) {
          const expected = new Decimal(`${n}e${-places}`);
          expect(fields(fromSafeInteger(n, places))).toEqual(fields(expected));
          if (places >= 0) expect(fields(fromScaledBigInt(BigInt(n), places))).toEqual(fields(expected));
        }
      }
    }
    expect(fields(fromSafeInteger(-0, 2))).toEqual(fields(new Decimal(0)));
  });
});

describe('readPlainDecimal', () => {
  it.each([
    ['1234.56', 123456n, 2, false],
    ['-0.5', -5n, 1, true],
    ['+7', 7n, 0, false],
    ['-0', 0n, 0, true],
    ['0.00', 0n, 2, false],
    ['1.50', 150n, 2, false],
    ['007', 7n, 0, false],
    ['1'.repeat(40), BigInt('1'.repeat(40)), 0, false],
    [`0.${'1'.repeat(39)}`, BigInt('1'.repeat(39)), 39, false],
  ])('reads %j', (text, value, places, negative) => {
    expect(readPlainDecimal(text)).toEqual({ value, places, negative });
  });

  it.each([['1e3'], ['.5'], ['5.'], [''], [' 1'], ['1,000'], ['1'.repeat(41)], [`0.${'1'.repeat(40)}`], ['NaN'], ['--1'], ['1.2.3']])(
    'leaves %j to the general reader',
    (text) => {
      expect(readPlainDecimal(text)).toBeUndefined();
    },
  );
});

describe('scaledBigInt and pow10', () => {
  it('scale exactly', () => {
    expect(scaledBigInt(new Decimal('1234.5'), 3)).toBe(1234500n);
    expect(scaledBigInt(new Decimal('-0.01'), 2)).toBe(-1n);
    expect(pow10(0)).toBe(1n);
    expect(pow10(41)).toBe(10n ** 41n);
  });
});

describe('apportionUnits', () => {
  it('decides when numbers are safe: (units + 1) × sum at most 2^53 − 1', () => {
    expect(fitsSafeIntegers(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(true);
    expect(fitsSafeIntegers(Number.MAX_SAFE_INTEGER, 1)).toBe(false);
    expect(fitsSafeIntegers(2 ** 26, 2 ** 26)).toBe(true);
    expect(fitsSafeIntegers(2 ** 27, 2 ** 26)).toBe(false);
    expect(fitsSafeIntegers(3002399751580330, 3)).toBe(false);
    expect(fitsSafeIntegers(3002399751580329, 3)).toBe(true);
  });

  it('gives the same split on numbers and on BigInts, next to the limit', () => {
    // Largest remainder among 3, 3, 1 of 1,286,742,750,677,283 quanta: (units + 1) × 7 is just safe.
    const units = 1286742750677283;
    expect(fitsSafeIntegers(units, 7)).toBe(true);
    const rank = inputOrderRank(3);
    const onNumbers = apportionSafeUnits(units, [3, 3, 1], 7, rank, 'largestRemainder');
    const onBigInts = apportionUnits(BigInt(units), [3n, 3n, 1n], rank, 'largestRemainder');
    expect(onNumbers.map(BigInt)).toEqual(onBigInts);
    expect(onNumbers.reduce((a, b) => a + b, 0)).toBe(units);
    // Past the limit the BigInt path is taken, and agrees with the exact split.
    const big = 10n ** 30n + 1n;
    expect(apportionUnits(big, [3n, 3n, 1n], rank, 'largestRemainder')).toEqual([428571428571428571428571428572n, 428571428571428571428571428572n, 142857142857142857142857142857n]);
  });

  it('ranks by priority, then input order', () => {
    expect(rankFromPriority(4, [2, 0, 2])).toEqual([1, 2, 0, 3]);
    expect(inputOrderRank(3)).toEqual([0, 1, 2]);
  });
});
