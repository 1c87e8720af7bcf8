import { describe, expect, it } from 'vitest';
import { Decimal, MONEY_UNITS, fromPounds, toPounds, unitExponent, type MoneyUnit } from '../../src/index.js';

describe('units', () => {
  it('lists the units in ascending size with their powers of ten', () => {
    expect(MONEY_UNITS).toEqual(['£', '£000', '£m']);
    expect(MONEY_UNITS.map(unitExponent)).toEqual([0, 3, 6]);
  });

  it.each([
    ['1.314', '£m', '1314000'],
    ['185', '£000', '185000'],
    ['17317', '£000', '17317000'],
    ['0.001', '£m', '1000'],
    ['0.0000001', '£m', '0.1'],
    ['-2890', '£000', '-2890000'],
    ['1234.56', '£', '1234.56'],
    ['0.1', '£000', '100'],
    [0.1, '£m', '100000'],
    ['1e40', '£m', '1' + '0'.repeat(46)],
    ['1e-40', '£m', '0.' + '0'.repeat(33) + '1'],
  ] as const)('toPounds(%j, %s) is %s', (amount, unit, pounds) => {
    expect(toPounds(amount, unit).toString()).toBe(pounds);
  });

  it.each([
    ['185000', '£000', '185'],
    ['1314000', '£m', '1.314'],
    ['1', '£m', '0.000001'],
    ['1', '£000', '0.001'],
    ['-2890000', '£000', '-2890'],
    ['0.01', '£m', '0.00000001'],
    ['1234567.89', '£000', '1234.56789'],
    ['1234.56', '£', '1234.56'],
    // 40 significant digits divide by 10^6 without rounding.
    ['1234567890123456789012345678901234567891', '£m', '1234567890123456789012345678901234.567891'],
  ] as const)('fromPounds(%j, %s) is %s', (pounds, unit, amount) => {
    expect(fromPounds(pounds, unit).toString()).toBe(amount);
  });

  it.each(MONEY_UNITS.map((u) => [u]))('round-trips exactly in %s', (unit) => {
    for (const x of ['0.01', '-1234.5678', '1234567890123456789012345678901234567891', '0.0000000000000000000000000000000000000001']) {
      expect(fromPounds(toPounds(x, unit), unit).toString()).toBe(new Decimal(x).toString());
      expect(toPounds(fromPounds(x, unit), unit).toString()).toBe(new Decimal(x).toString());
    }
  });

  it('refuses an unknown unit with E_OPTION', () => {
    expect(() => unitExponent('£bn' as MoneyUnit)).toThrow(expect.objectContaining({ code: 'E_OPTION', message: 'unit: expected one of £, £000, £m, found "£bn"' }));
    expect(() => toPounds('1', 'GBP' as MoneyUnit)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  // Names inherited from Object.prototype are not units either.
  it.each([['toString'], ['constructor'], ['__proto__'], ['hasOwnProperty'], ['valueOf']])('refuses %j as a unit with E_OPTION', (name) => {
    const unit = name as MoneyUnit;
    expect(() => unitExponent(unit)).toThrow(expect.objectContaining({ code: 'E_OPTION', issues: [expect.objectContaining({ path: ['unit'] })] }));
    expect(() => toPounds('1', unit)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(() => fromPounds('1', unit)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  it('names the argument when the amount is unreadable', () => {
    expect(() => toPounds('1,000', '£000')).toThrow(expect.objectContaining({ code: 'E_AMOUNT', message: 'amount: expected a decimal amount such as "1234.56", found "1,000"' }));
    expect(() => fromPounds('x', '£m')).toThrow(expect.objectContaining({ code: 'E_AMOUNT', message: 'pounds: expected a decimal amount such as "1234.56", found "x"' }));
  });
});
