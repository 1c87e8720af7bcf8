import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, InputError, MONEY_UNITS, formatMoney, fromPounds, parseAmount, toPounds, tryParseAmount, unitExponent } from '../../src/index.js';
import { render, scaledAmount } from '../money/arbitraries.js';

const RUNS = { numRuns: 1000 };
const unit = fc.constantFrom(...MONEY_UNITS);
/** Up to 40 significant digits and up to 12 decimals: everything parseAmount accepts in plain form. */
const amount = scaledAmount(-(10n ** 40n - 1n), 10n ** 40n - 1n, 12);

/** The value of `d` times 10^scale, which must be an integer: checks a Decimal against a BigInt exactly. */
const scaled = (d: Decimal, scale: number): string => d.times(new Decimal(10).pow(scale)).toFixed(0);

/** Reads a printed amount back to its number in the unit: strips £, commas, m and parentheses. */
function readBack(printed: string): string {
  const negative = printed.startsWith('(') || printed.startsWith('-');
  const digits = printed.replace(/[()£,m-]/g, '');
  expect(digits).toMatch(/^\d+(\.\d+)?$/);
  return negative ? `-${digits}` : digits;
}

describe('amounts: properties', () => {
  it('tryParseAmount takes one of the library\'s Decimals exactly as it takes its text', () => {
    const digits = fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n });
    const exponent = fc.oneof(fc.integer({ min: -45, max: 45 }), fc.integer({ min: -130, max: 130 }));
    fc.assert(
      fc.property(digits, exponent, (n, e) => {
        const d = new Decimal(`${n}e${e}`);
        const direct = tryParseAmount(d);
        const viaText = tryParseAmount(d.toString());
        expect(direct === undefined).toBe(viaText === undefined);
        if (direct !== undefined) expect([direct.toFixed(), direct.constructor === Decimal]).toEqual([viaText!.toFixed(), true]);
      }),
      RUNS,
    );
    expect(tryParseAmount(new Decimal('-0'))!.isNegative()).toBe(false);
  });

  it('parseAmount reads a decimal string exactly, in plain, signed, padded and exponent forms', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: -5, max: 5 }), ({ n, scale, text }, shift) => {
        const d = parseAmount(text);
        expect(scaled(d, scale)).toBe(n.toString());
        const abs = n < 0n ? -n : n;
        // The same value written as digits with an exponent, and with a plus sign or leading zeros.
        const withExponent = `${n < 0n ? '-' : ''}${render(abs, scale + shift < 0 ? 0 : scale + shift)}e${scale + shift < 0 ? -scale : shift}`;
        expect(parseAmount(withExponent).equals(d)).toBe(true);
        expect(parseAmount(`${n < 0n ? '-' : '+'}00${render(abs, scale)}`).equals(d)).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseAmount reads a finite double through its shortest round-trip string', () => {
    const double = fc.double({ min: -1e40, max: 1e40, noNaN: true, noDefaultInfinity: true }).filter((x) => x === 0 || Math.abs(x) >= 1e-40);
    fc.assert(
      fc.property(double, (x) => {
        const d = parseAmount(x);
        expect(d.equals(new Decimal(String(x)))).toBe(true);
        expect(Number(d.toString())).toBe(x === 0 ? 0 : x);
      }),
      RUNS,
    );
  });

  it('tryParseAmount never throws, and parseAmount throws only E_AMOUNT input errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^[-+]?[0-9.,eE ]{0,12}$/)), (value) => {
        const d = tryParseAmount(value);
        if (d === undefined) {
          expect(() => parseAmount(value, ['x'])).toThrow(InputError);
          try {
            parseAmount(value, ['x']);
          } catch (e) {
            expect((e as InputError).code).toBe('E_AMOUNT');
            expect((e as InputError).message.startsWith('x: expected ')).toBe(true);
          }
        } else {
          expect(d.isFinite()).toBe(true);
          expect(parseAmount(value).equals(d)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('parse → toPounds → fromPounds round-trips exactly in every unit', () => {
    fc.assert(
      fc.property(amount, unit, ({ n, scale, text }, u) => {
        const d = parseAmount(text);
        const pounds = toPounds(text, u);
        // A shift of the point by the unit's exponent, nothing else.
        expect(scaled(pounds, scale)).toBe((n * 10n ** BigInt(unitExponent(u))).toString());
        expect(fromPounds(pounds, u).equals(d)).toBe(true);
        expect(toPounds(fromPounds(text, u), u).equals(d)).toBe(true);
      }),
      RUNS,
    );
  });

  it('formatMoney with enough decimals prints a value that reads back exactly', () => {
    const style = fc.record({ negative: fc.constantFrom<'parentheses' | 'minus'>('parentheses', 'minus'), grouping: fc.boolean(), symbol: fc.boolean() });
    fc.assert(
      fc.property(amount, unit, style, ({ text, scale }, u, s) => {
        const decimals = scale + unitExponent(u);
        const printed = formatMoney(text, { unit: u, decimals, ...s });
        expect(toPounds(readBack(printed), u).equals(parseAmount(text))).toBe(true);
        // The decoration is what was asked for.
        expect(printed.includes('£')).toBe(s.symbol);
        if (u === '£m') expect(printed).toMatch(/m\)?$/);
        else expect(printed).not.toContain('m');
        if (!s.grouping) expect(printed).not.toContain(',');
        if (s.grouping) expect(printed.replace(/[^\d,.]/g, '').split('.')[0]).toMatch(/^\d{1,3}(,\d{3})*$/);
        const negative = parseAmount(text).isNegative() && !parseAmount(text).isZero();
        expect(printed.startsWith(s.negative === 'parentheses' ? '(' : '-')).toBe(negative);
      }),
      RUNS,
    );
  });

  it('formatMoney rounds half-up to the decimals asked for', () => {
    fc.assert(
      fc.property(amount, unit, fc.integer({ min: 0, max: 4 }), ({ text }, u, decimals) => {
        const printed = formatMoney(text, { unit: u, decimals, grouping: false, negative: 'minus' });
        const back = new Decimal(readBack(printed));
        const exact = fromPounds(text, u);
        const step = new Decimal(10).pow(-decimals);
        // Within half a step, and on the step.
        expect(back.minus(exact).abs().lessThanOrEqualTo(step.dividedBy(2))).toBe(true);
        expect(back.mod(step).isZero()).toBe(true);
        // Exactly half a step away only when rounding away from zero.
        if (back.minus(exact).abs().equals(step.dividedBy(2))) expect(back.abs().greaterThan(exact.abs())).toBe(true);
      }),
      RUNS,
    );
  });
});
