import { describe, expect, it } from 'vitest';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { Decimal, InputError, isSharedServicesError, parseAmount, toDecimal, tryParseAmount } from '../../src/index.js';

describe('parseAmount accepts exact decimals', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['-0.5', '-0.5'],
    ['+7', '7'],
    ['1.2e3', '1200'],
    ['1.2E-3', '0.0012'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0', '0'],
    ['-0', '0'],
    ['007.50', '7.5'],
    ['1e40', '1' + '0'.repeat(40)],
    ['1e-40', '0.' + '0'.repeat(39) + '1'],
    ['1234567890123456789012345678901234567890', '1234567890123456789012345678901234567890'],
    ['0.1234567890123456789012345678901234567890', '0.123456789012345678901234567890123456789'],
    ['1000000000000000000000000000000000000000000000000', '1000000000000000000000000000000000000000000000000'],
  ])('string %j reads as %s', (input, expected) => {
    expect(parseAmount(input).toString()).toBe(expected);
    expect(tryParseAmount(input)?.toString()).toBe(expected);
  });

  it.each([
    [0.1, '0.1'],
    [0.3, '0.3'],
    [0.1 + 0.2, '0.30000000000000004'],
    [-2.5, '-2.5'],
    [1e21, '1' + '0'.repeat(21)],
    [1e-7, '0.0000001'],
    [123456789.12345679, '123456789.12345679'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [-0, '0'],
  ])('number %s reads through its shortest round-trip string as %s', (input, expected) => {
    expect(parseAmount(input).toString()).toBe(expected);
  });

  it('reads Decimals, including the global decimal.js ones, by value', () => {
    expect(parseAmount(new Decimal('12.345')).toString()).toBe('12.345');
    expect(parseAmount(new GlobalDecimal('0.0000001')).toString()).toBe('0.0000001');
    expect(parseAmount(new GlobalDecimal('-3.25e5')).toString()).toBe('-325000');
  });

  it('returns a Decimal of the library clone, never the argument itself', () => {
    const input = new GlobalDecimal('1.5');
    const out = parseAmount(input);
    expect(out).not.toBe(input);
    expect(out).toBeInstanceOf(Decimal);
    expect(out.constructor).toBe(Decimal);
  });

  it('accepts exactly 40 significant digits but not 41', () => {
    const forty = '1' + '2'.repeat(38) + '3';
    expect(parseAmount(forty).toString()).toBe(forty);
    expect(parseAmount(`0.${forty}`).toString()).toBe(`0.${forty}`);
    expect(tryParseAmount(forty + '4')).toBeUndefined();
    expect(tryParseAmount(`${forty.slice(0, 20)}.${forty.slice(20)}4`)).toBeUndefined();
    // Interior zeros count, outer ones do not.
    expect(tryParseAmount('1' + '0'.repeat(39) + '1')).toBeUndefined();
    expect(parseAmount('000' + forty + '000').toString()).toBe(forty + '000');
  });

  it('accepts exponents up to 40 either way, and refuses 41', () => {
    expect(parseAmount('9e40').toString()).toBe('9' + '0'.repeat(40));
    expect(parseAmount('9e-40').toString()).toBe('0.' + '0'.repeat(39) + '9');
    expect(tryParseAmount('1e41')).toBeUndefined();
    expect(tryParseAmount('1e-41')).toBeUndefined();
  });
});

describe('parseAmount refuses what is not an exact finite decimal', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['the string NaN', 'NaN'],
    ['the string Infinity', 'Infinity'],
    ['the string -Infinity', '-Infinity'],
    ['an empty string', ''],
    ['a leading space', ' 1'],
    ['a trailing space', '1 '],
    ['a trailing newline', '1\n'],
    ['trailing letters', '12abc'],
    ['a thousands separator', '1,234'],
    ['a decimal comma', '1,5'],
    ['a pound sign', '£5'],
    ['a bare sign', '-'],
    ['a bare point', '.'],
    ['two points', '1.2.3'],
    ['hex', '0x10'],
    ['an underscore separator', '1_000'],
    ['an empty exponent', '1e'],
    ['a huge exponent', '1e1000000000'],
    ['an exponent beyond safe integers', '1e99999999999999999999'],
    ['a huge negative exponent', '1e-1000000000'],
    ['41 significant digits', '1'.repeat(41)],
    ['a number above 1e40', 1e41],
    ['a number below 1e-40', 5e-324],
    ['the largest double', Number.MAX_VALUE],
    ['null', null],
    ['undefined', undefined],
    ['an object', { value: '1' }],
    ['an array', ['1']],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a NaN Decimal', new Decimal(Number.NaN)],
    ['an infinite Decimal', new Decimal(Number.POSITIVE_INFINITY)],
    ['an infinite global Decimal', new GlobalDecimal('-Infinity')],
  ])('%s', (_label, value) => {
    expect(tryParseAmount(value)).toBeUndefined();
    expect(() => parseAmount(value)).toThrow(InputError);
  });

  it('throws E_AMOUNT naming the path, the expectation and what was found', () => {
    let caught: unknown;
    try {
      parseAmount('12abc', ['lines', 3, 'amount']);
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(InputError);
    const err = caught as InputError;
    expect(err.code).toBe('E_AMOUNT');
    expect(err.name).toBe('InputError');
    expect(err.message).toBe('lines[3].amount: expected a decimal amount such as "1234.56", found "12abc"');
    expect(err.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "E_AMOUNT",
          "expected": "a decimal amount such as "1234.56"",
          "message": "lines[3].amount: expected a decimal amount such as "1234.56", found "12abc"",
          "path": [
            "lines",
            3,
            "amount",
          ],
          "received": ""12abc"",
        },
      ]
    `);
  });

  it.each([
    [Number.NaN, 'lines[0].amount: expected a decimal amount such as "1234.56", found NaN'],
    [Number.NEGATIVE_INFINITY, 'lines[0].amount: expected a decimal amount such as "1234.56", found -Infinity'],
    ['', 'lines[0].amount: expected a decimal amount such as "1234.56", found ""'],
    ['1,234', 'lines[0].amount: expected a decimal amount such as "1234.56", found "1,234"'],
    [null, 'lines[0].amount: expected a decimal amount such as "1234.56", found null'],
    [undefined, 'lines[0].amount: expected a decimal amount such as "1234.56", found nothing'],
    [[1, 2], 'lines[0].amount: expected a decimal amount such as "1234.56", found an array of 2'],
    [true, 'lines[0].amount: expected a decimal amount such as "1234.56", found true'],
  ])('the message for %j', (value, message) => {
    expect(() => parseAmount(value, ['lines', 0, 'amount'])).toThrow(message);
  });

  it('describes an object without dumping it', () => {
    expect(() => parseAmount({ secret: 1 }, ['lines', 0, 'amount'])).toThrow(/^lines\[0\]\.amount: expected a decimal amount such as "1234\.56", found an? object$/);
  });

  it('shortens long received strings in the message', () => {
    const long = 'x'.repeat(100);
    expect(() => parseAmount(long, ['a'])).toThrow(`a: expected a decimal amount such as "1234.56", found "${'x'.repeat(57)}..."`);
  });

  it('names the root when no path is given, and uses the wording asked for', () => {
    expect(() => parseAmount('abc')).toThrow('(root): expected a decimal amount such as "1234.56", found "abc"');
    expect(() => parseAmount('abc', ['budget'], { expected: 'an amount in £000' })).toThrow('budget: expected an amount in £000, found "abc"');
  });
});

describe('toDecimal', () => {
  it('reads an amount and names the argument in the error', () => {
    expect(toDecimal('2.50', 'total').toFixed(2)).toBe('2.50');
    expect(() => toDecimal('two', 'total')).toThrow('total: expected a decimal amount such as "1234.56", found "two"');
    expect(() => toDecimal('two', ['lines', 1, 'total'])).toThrow('lines[1].total: expected');
  });
});
