import { describe, expect, it } from 'vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { Decimal, formatMoney, type FormatMoneyOptions } from '../../src/index.js';

describe('formatMoney', () => {
  it.each([
    // The examples in its documentation.
    ['1234567.89', {}, '£1,234,567.89'],
    ['1234567.89', { unit: '£000' }, '1,235'],
    ['-2890000', { unit: '£000' }, '(2,890)'],
    ['1314000', { unit: '£m' }, '£1.31m'],
    // Defaults per unit.
    ['0', {}, '£0.00'],
    ['5', {}, '£5.00'],
    ['999.999', {}, '£1,000.00'],
    ['185000', { unit: '£000' }, '185'],
    ['17317000', { unit: '£000' }, '17,317'],
    ['1000000', { unit: '£m' }, '£1.00m'],
    ['-1000000', { unit: '£m' }, '(£1.00m)'],
    ['-1234.5', {}, '(£1,234.50)'],
    // Minus style.
    ['-1234.5', { negative: 'minus' }, '-£1,234.50'],
    ['-2890000', { unit: '£000', negative: 'minus' }, '-2,890'],
    ['-1314000', { unit: '£m', negative: 'minus' }, '-£1.31m'],
    // Decimals.
    ['1234567.89', { decimals: 0 }, '£1,234,568'],
    ['1234567.89', { decimals: 1 }, '£1,234,567.9'],
    ['1234567.89', { decimals: 4 }, '£1,234,567.8900'],
    ['1234567.89', { unit: '£000', decimals: 2 }, '1,234.57'],
    ['1314000', { unit: '£m', decimals: 3 }, '£1.314m'],
    ['1314000', { unit: '£m', decimals: 0 }, '£1m'],
    ['0.000001', { unit: '£m', decimals: 12 }, '£0.000000000001m'],
    // Half-up at exactly half, away from zero for negatives.
    ['0.125', {}, '£0.13'],
    ['-0.125', {}, '(£0.13)'],
    ['0.124999', {}, '£0.12'],
    ['2500', { unit: '£000' }, '3'],
    ['1500', { unit: '£000' }, '2'],
    ['-1500', { unit: '£000' }, '(2)'],
    ['1499.999', { unit: '£000' }, '1'],
    ['1315000', { unit: '£m', decimals: 2 }, '£1.32m'],
    // A negative that rounds to zero is printed as zero, never as (0).
    ['-0.004', {}, '£0.00'],
    ['-499', { unit: '£000' }, '0'],
    ['-0', {}, '£0.00'],
    // Grouping off.
    ['1234567.89', { grouping: false }, '£1234567.89'],
    ['-1234567890', { unit: '£000', grouping: false }, '(1234568)'],
    // Grouping boundaries.
    ['999', {}, '£999.00'],
    ['1000', {}, '£1,000.00'],
    ['100000', {}, '£100,000.00'],
    ['1000000000000', { decimals: 0 }, '£1,000,000,000,000'],
    // Symbol on and off.
    ['1234', { symbol: false }, '1,234.00'],
    ['1234000', { unit: '£000', symbol: true }, '£1,234'],
    ['1234000', { unit: '£m', symbol: false }, '1.23m'],
    // Numbers and exponents are read exactly.
    [0.1, {}, '£0.10'],
    ['1.2e3', {}, '£1,200.00'],
    ['1e21', { decimals: 0 }, '£1,000,000,000,000,000,000,000'],
  ] as [string | number, FormatMoneyOptions, string][])('%j with %j prints %s', (pounds, options, expected) => {
    expect(formatMoney(pounds, options)).toBe(expected);
  });

  it('reads Decimals, both the library clone and the global one', () => {
    expect(formatMoney(new Decimal('1234.565'))).toBe('£1,234.57');
    expect(formatMoney(new GlobalDecimal('-1234.565'), { negative: 'minus' })).toBe('-£1,234.57');
  });

  it('does not alter the Decimal it is given', () => {
    const value = new Decimal('-1234567.891');
    const globalValue = new GlobalDecimal('1234567.891');
    const before = [value.toString(), value.s, value.e, [...value.d]];
    formatMoney(value, { unit: '£000', decimals: 0 });
    formatMoney(value, { unit: '£m', negative: 'minus' });
    formatMoney(globalValue);
    expect([value.toString(), value.s, value.e, [...value.d]]).toEqual(before);
    expect(globalValue.toString()).toBe('1234567.891');
  });

  it('refuses an unreadable amount with E_AMOUNT naming the argument', () => {
    expect(() => formatMoney('1,234')).toThrow(expect.objectContaining({ code: 'E_AMOUNT', message: 'pounds: expected a decimal amount such as "1234.56", found "1,234"' }));
    expect(() => formatMoney(Number.NaN)).toThrow(expect.objectContaining({ code: 'E_AMOUNT' }));
  });
});
