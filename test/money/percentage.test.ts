import { describe, expect, it } from 'vitest';
import { Decimal, percentage, type AmountInput, type PercentageOptions } from '../../src/index.js';
import { thrown } from './_thrown.js';

describe('percentage', () => {
  it.each([
    ['185', '17317', {}, '1.07'],
    ['185', '17317', { decimals: 0 }, '1'],
    ['185', '17317', { decimals: 1 }, '1.1'],
    ['185', '17317', { decimals: 4 }, '1.0683'],
    ['185000', '17317000', {}, '1.07'],
    [185, 17317, {}, '1.07'],
    ['1', '3', {}, '33.33'],
    ['2', '3', {}, '66.67'],
    ['1', '3', { decimals: 20 }, '33.33333333333333333333'],
    ['50', '100', {}, '50'],
    ['0', '5', {}, '0'],
    ['250', '100', { decimals: 0 }, '250'],
    ['0.001', '1000000', { decimals: 10 }, '0.0000001'],
    // Exactly half rounds up, away from zero.
    ['1', '200', { decimals: 0 }, '1'],
    ['3', '200', { decimals: 0 }, '2'],
    ['1', '8', { decimals: 0 }, '13'],
    ['1', '8', { decimals: 1 }, '12.5'],
    ['1.005', '100', {}, '1.01'],
    ['0.145', '10', { decimals: 1 }, '1.5'],
    ['-1', '200', { decimals: 0 }, '-1'],
    ['1', '-200', { decimals: 0 }, '-1'],
    ['-1', '-200', { decimals: 0 }, '1'],
    ['-1.005', '100', {}, '-1.01'],
    // Just under half rounds down.
    ['0.4999999', '100', { decimals: 0 }, '0'],
    ['1.00499999999999999999', '100', {}, '1'],
    ['-0.4999999', '100', { decimals: 0 }, '0'],
  ] as [AmountInput, AmountInput, PercentageOptions, string][])('%s of %s with %j is %s', (part, whole, options, expected) => {
    const p = percentage(part, whole, options);
    expect(p).toBeInstanceOf(Decimal);
    expect(p.toString()).toBe(expected);
  });

  it.each([
    ['a zero whole', () => percentage('185', '0'), 'E_AMOUNT', 'whole: expected a non-zero amount, found 0'],
    ['a zero whole written with decimals', () => percentage('185', '0.000'), 'E_AMOUNT', 'whole: expected a non-zero amount, found 0'],
    ['a minus-zero whole', () => percentage('185', -0), 'E_AMOUNT', 'whole: expected a non-zero amount, found 0'],
    ['an unreadable part', () => percentage('1,5', '100'), 'E_AMOUNT', 'part: expected a decimal amount such as "1234.56", found "1,5"'],
    ['an unreadable whole', () => percentage('1', Number.NaN), 'E_AMOUNT', 'whole: expected a decimal amount such as "1234.56", found NaN'],
    ['negative decimals', () => percentage('1', '3', { decimals: -1 }), 'E_OPTION', 'decimals: expected a whole number from 0 to 20, found -1'],
    ['fractional decimals', () => percentage('1', '3', { decimals: 1.5 }), 'E_OPTION', 'decimals: expected a whole number from 0 to 20, found 1.5'],
    ['too many decimals', () => percentage('1', '3', { decimals: 21 }), 'E_OPTION', 'decimals: expected a whole number from 0 to 20, found 21'],
  ] as [string, () => unknown, string, string][])('refuses %s', (_label, call, code, message) => {
    const err = thrown(call);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });
});
