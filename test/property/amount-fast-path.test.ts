// The fast path for plain decimal text (`"1234.56"`) must give exactly what the full reading gives: the
// same Decimal (sign of zero included) or the same refusal, and, in the schema, the same issues. Drawn
// over plain decimals of every length and over hostile texts: exponents, padding, signs, lone points,
// other scripts' digits, separators, and digit strings far longer than any amount.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/index.js';
import { quantum, render, scaledAmount } from '../money/arbitraries.js';
import { isOnQuantum } from '../../src/model/_collector.js';
import { isPlainAmountText, readAmountText, readAmountTextFully } from '../../src/money/_amount-text.js';
import { AMOUNT_RANGE, amountSchema, isPlainAmountInRange, isPlainNonNegative, isPlainProportion, nonNegativeSchema, shareSchema } from '../../src/schema/_primitives.js';

const RUNS = { numRuns: 3000 };

/** A Decimal's whole state (sign, exponent, digit words), so that -0 and 0 differ. */
const state = (d: Decimal | undefined): unknown => (d === undefined ? undefined : { s: d.s, e: d.e, d: d.d === null ? null : [...d.d], text: d.toString() });

const HOSTILE = ['1e3', ' 1', '1 ', '1.', '.5', '+1', '٣', '١٢٣', '１', '1_000', '1,000', '-0', '-0.0', '0', '00', '-', '', '.', '-.5', '1..2', '0x10', 'Infinity', '-Infinity', 'NaN', '1\n', '\t1', '--1', '1-', '1e', '1E+3', '0.000000000001', '0.0000000000001', '999999999999999', '1000000000000000', '-999999999999999.999999999999', '1.0000000000000', '٠.٥', '1234567890123456789012345678901234567890', '12345678901234567890123456789012345678901', '-1234567890123456789012345678901234567890', '0.000000000000000000000000000000000000000001'];

/** Digit strings of any length up to 60, with or without a minus, a fraction and leading zeros. */
const plainish = fc
  .tuple(fc.boolean(), fc.string({ unit: fc.constantFrom('0', '0', '1', '5', '9'), minLength: 1, maxLength: 45 }), fc.option(fc.string({ unit: fc.constantFrom('0', '1', '9'), minLength: 0, maxLength: 20 })))
  .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);

/** Texts near a decimal: the characters of one and some that only look like one. */
const lookalike = fc.string({ unit: fc.constantFrom('0', '1', '9', '-', '+', '.', 'e', 'E', ' ', '٣', '_', ',', '１'), maxLength: 24 });

/** Long digit strings around the limit of significant digits: integers up to 10^60 at scales up to 30. */
const long = fc.tuple(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: 0, max: 30 })).map(([n, scale]) => render(n, scale));

const amountText = fc.oneof(fc.constantFrom(...HOSTILE), plainish, long, lookalike, fc.string({ maxLength: 8 }));

/** The full checks an amount's schema makes, read without any shortcut. */
function fullAmount(v: string): 'E_AMOUNT_FORM' | 'E_AMOUNT_RANGE' | Decimal {
  const d = readAmountTextFully(v);
  if (d === undefined) return 'E_AMOUNT_FORM';
  if (!(d.abs().lt(new Decimal(10).pow(AMOUNT_RANGE.integerDigits)) && d.decimalPlaces() <= AMOUNT_RANGE.decimalPlaces)) return 'E_AMOUNT_RANGE';
  return d;
}

/** The issues a schema gives for a value, in the words the scenario parser reads. */
const issues = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: readonly { code: string; message: string; path: readonly PropertyKey[] }[] } } }, v: unknown): unknown =>
  schema.safeParse(v).error?.issues.map((i) => ({ code: i.code, message: i.message, path: i.path })) ?? [];

describe('amounts: the plain-decimal fast path', () => {
  it.each(HOSTILE)('reads %j as the full reading does', (text) => {
    expect(state(readAmountText(text))).toEqual(state(readAmountTextFully(text)));
  });

  it('reads any text as the full reading does (the same Decimal, or the same refusal)', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        expect(state(readAmountText(text))).toEqual(state(readAmountTextFully(text)));
      }),
      RUNS,
    );
  });

  it('takes the fast path only for texts the full reading accepts', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        if (isPlainAmountText(text)) expect(readAmountTextFully(text)).toBeDefined();
      }),
      RUNS,
    );
  });

  it('reads numbers as their shortest text, either way', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(state(readAmountText(String(n)))).toEqual(state(readAmountTextFully(String(n))));
      }),
      RUNS,
    );
  });

  it('lets a text by the schema checks unread only where the full checks pass it', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        const full = fullAmount(text);
        if (isPlainAmountInRange(text)) expect(full).toBeInstanceOf(Decimal);
        if (isPlainNonNegative(text)) expect((full as Decimal).isNegative()).toBe(false);
        if (isPlainProportion(text)) expect((full as Decimal).isNegative() || (full as Decimal).gt(1)).toBe(false);
      }),
      RUNS,
    );
  });

  it('gives the issues of the full checks, in the schema of amounts, non-negative amounts and proportions', () => {
    const formMessage = 'a decimal amount such as "1234.56" (a string, or a finite number)';
    const rangeMessage = `an amount of at most ${AMOUNT_RANGE.integerDigits} digits before the decimal point and ${AMOUNT_RANGE.decimalPlaces} after`;
    fc.assert(
      fc.property(amountText, (text) => {
        const full = fullAmount(text);
        const expected = full === 'E_AMOUNT_FORM' ? [formMessage] : full === 'E_AMOUNT_RANGE' ? [rangeMessage] : [];
        expect(issues(amountSchema, text)).toEqual(expected.map((message) => ({ code: 'custom', message, path: [] })));
        const negative = full instanceof Decimal && full.isNegative();
        expect(issues(nonNegativeSchema, text)).toEqual((negative ? ['a non-negative amount'] : expected).map((message) => ({ code: 'custom', message, path: [] })));
        const proportion = full instanceof Decimal && !full.isNegative() && full.lte(1);
        expect(issues(shareSchema, text)).toEqual((full instanceof Decimal && !proportion ? ['a proportion from 0 to 1, such as "0.5"'] : expected).map((message) => ({ code: 'custom', message, path: [] })));
      }),
      RUNS,
    );
  });
});

describe('quanta: the power-of-ten shortcut', () => {
  it('finds an amount on a quantum exactly when the remainder is zero', () => {
    const q = fc.oneof(quantum, fc.constantFrom('0.01', '1', '0.001', '10', '0.05', '2.5', '1000', '0.1', '1e-12', '-0.01', '0'));
    fc.assert(
      fc.property(scaledAmount(-(10n ** 20n), 10n ** 20n, 14), q, (a, qText) => {
        const amount = new Decimal(a.text);
        const qd = new Decimal(qText);
        expect(isOnQuantum(amount, qd)).toBe(amount.mod(qd).isZero());
      }),
      RUNS,
    );
  });
});
