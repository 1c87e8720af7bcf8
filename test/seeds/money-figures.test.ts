/**
 * Figures typed from the council papers, checked against the money functions. Where a paper's printed
 * figures do not add up, the test states the discrepancy rather than matching it.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, apportion, formatMoney, fromPounds, percentage, toPounds } from '../../src/index.js';

const str = (record: Readonly<Record<string, Decimal>>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.toFixed(3)]));

describe('Tri-borough (2011): Hammersmith & Fulham, Kensington & Chelsea, Westminster', () => {
  const partners = { hf: 1, rbkc: 1, cow: 1 };

  it('splits the possible commissioning saving of £1.000m equally as the paper prints it when RBKC takes the odd £0.001m', () => {
    const printed = { hf: '0.333', rbkc: '0.334', cow: '0.333' };
    expect(str(apportion('1.000', partners, { quantum: '0.001', tieOrder: ['rbkc'] }))).toEqual(printed);
    // The same split in pounds, at £1,000.
    const inPounds = apportion(toPounds('1.000', '£m'), partners, { quantum: toPounds('0.001', '£m'), tieOrder: ['rbkc'] });
    expect(Object.values(inPounds).map((v) => fromPounds(v, '£m').toFixed(3))).toEqual(['0.333', '0.334', '0.333']);
    expect(Object.values(inPounds).map((v) => formatMoney(v, { unit: '£m', decimals: 3, symbol: false }))).toEqual(['0.333m', '0.334m', '0.333m']);
  });

  it('gives the odd £0.001m to the first partner by default', () => {
    expect(str(apportion('1.000', partners, { quantum: '0.001' }))).toEqual({ hf: '0.334', rbkc: '0.333', cow: '0.333' });
  });

  it('splits the fostering trading income of £0.200m equally to 0.067 / 0.067 / 0.066', () => {
    const split = apportion('0.200', partners, { quantum: '0.001' });
    expect(str(split)).toEqual({ hf: '0.067', rbkc: '0.067', cow: '0.066' });
    expect(Object.values(split).reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(3)).toBe('0.200');
  });

  it('prints 0.067 three times for the fostering income, which adds to 0.201, £0.001m more than the total', () => {
    const printed = ['0.067', '0.067', '0.067'];
    const printedSum = printed.reduce((a, b) => a.plus(b), new Decimal(0));
    expect(printedSum.toFixed(3)).toBe('0.201');
    expect(printedSum.minus('0.200').toFixed(3)).toBe('0.001');
    // No split to £0.001m of £0.200m can print 0.067 three times.
    expect(Object.values(apportion('0.200', partners, { quantum: '0.001' })).map((v) => v.toFixed(3))).not.toEqual(printed);
  });
});

describe('Oldham', () => {
  it('states the £185k reduction as 1.07% of £17,317k controllable expenditure, which the paper prints as 1%', () => {
    expect(percentage('185', '17317').toString()).toBe('1.07');
    expect(percentage('185', '17317', { decimals: 0 }).toString()).toBe('1');
    // The same in pounds.
    expect(percentage(toPounds('185', '£000'), toPounds('17317', '£000')).toString()).toBe('1.07');
    expect(formatMoney(toPounds('17317', '£000'), { unit: '£000' })).toBe('17,317');
  });
});
