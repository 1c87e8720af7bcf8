import * as z from 'zod';
import { Decimal, tryParseAmount } from '../money/index.js';

/** Words that cannot be ids: as object keys they would reach the prototype chain. */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** The form of an identifier: a letter, then letters, digits, `-` or `_`. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** An identifier: a letter, then letters, digits, `-` or `_`. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'an id: a letter, then letters, digits, "-" or "_"' })
  .refine((s) => !RESERVED_IDS.includes(s), { message: 'an id other than __proto__, constructor or prototype' })
  .meta({ description: 'An identifier: a letter, then letters, digits, "-" or "_".' });

/**
 * The range of any amount in a scenario: below 10^15 in size and at most 12 decimal places. Far beyond
 * any council's figures (and any quantum a paper prints), it keeps every sum the model makes, over
 * every cell, exact within the library's precision and printable by every report.
 */
export const AMOUNT_RANGE = { integerDigits: 15, decimalPlaces: 12 } as const;

/**
 * A plain decimal within {@link AMOUNT_RANGE} (`"1234.56"`, `"-0.5"`): every check of an amount below
 * passes for it, so the checks need not read it into a Decimal. Any other text or number is read and
 * checked in full; the result is the same either way.
 */
const PLAIN_IN_RANGE = new RegExp(`^-?\\d{1,${AMOUNT_RANGE.integerDigits}}(?:\\.\\d{1,${AMOUNT_RANGE.decimalPlaces}})?$`);
/** A plain proportion from 0 to 1 within {@link AMOUNT_RANGE} (`"0"`, `"0.25"`, `"1.00"`). */
const PLAIN_PROPORTION = new RegExp(`^(?:0(?:\\.\\d{1,${AMOUNT_RANGE.decimalPlaces}})?|1(?:\\.0{1,${AMOUNT_RANGE.decimalPlaces}})?)$`);

/** Whether `v` is a plain decimal within range; see {@link PLAIN_IN_RANGE}. */
export function isPlainAmountInRange(v: unknown): boolean {
  return typeof v === 'string' && PLAIN_IN_RANGE.test(v);
}

/** Whether `v` is a plain decimal within range and not negative (so not "-0", which reads as negative). */
export function isPlainNonNegative(v: unknown): boolean {
  return isPlainAmountInRange(v) && (v as string).charCodeAt(0) !== 0x2d;
}

/** Whether `v` is a plain proportion from 0 to 1; see {@link PLAIN_PROPORTION}. */
export function isPlainProportion(v: unknown): boolean {
  return typeof v === 'string' && PLAIN_PROPORTION.test(v);
}

/** A decimal amount as a string (preferred) or a finite number; checked exactly, never coerced. */
export const amountSchema = z
  .union([z.string(), z.number()])
  .refine((v) => isPlainAmountInRange(v) || tryParseAmount(v) !== undefined, {
    message: 'a decimal amount such as "1234.56" (a string, or a finite number)',
    params: { code: 'E_AMOUNT' },
    abort: true,
  })
  .refine(
    (v) => {
      if (isPlainAmountInRange(v)) return true;
      const d = tryParseAmount(v)!;
      return d.abs().lt(new Decimal(10).pow(AMOUNT_RANGE.integerDigits)) && d.decimalPlaces() <= AMOUNT_RANGE.decimalPlaces;
    },
    {
      message: `an amount of at most ${AMOUNT_RANGE.integerDigits} digits before the decimal point and ${AMOUNT_RANGE.decimalPlaces} after`,
      params: { code: 'E_AMOUNT' },
      abort: true,
    },
  )
  .meta({ description: 'A decimal amount: a string such as "1234.56" (preferred) or a finite number.' });

/** A non-negative amount (weights, FTE, headcount, metrics). */
export const nonNegativeSchema = amountSchema.refine((v) => isPlainNonNegative(v) || !(tryParseAmount(v)?.isNegative() ?? false), {
  message: 'a non-negative amount',
  params: { code: 'E_NEGATIVE' },
});

/** A proportion from 0 to 1: a rate, a weight, a share mitigated. */
export const shareSchema = amountSchema.refine(
  (v) => {
    if (isPlainProportion(v)) return true;
    const d = tryParseAmount(v);
    return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(1);
  },
  { message: 'a proportion from 0 to 1, such as "0.5"' },
);

/** A UK local-government financial year, April to March, written `2017/18`. */
export const yearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { message: 'a financial year such as "2017/18"' })
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5, 7)), {
    message: 'a financial year whose second part follows the first, such as "2017/18"',
    abort: true,
  })
  // Papers are from the twentieth century on; a century's appraisal stays writable as "yyyy/yy".
  .refine((y) => Number(y.slice(0, 4)) >= 1900 && Number(y.slice(0, 4)) <= 2199, { message: 'a financial year from 1900/01 to 2199/00' })
  .meta({ description: 'A financial year, April to March, written "2017/18".' });

/** Whether `y-m-d` names a day of the Gregorian calendar (so 2023-02-30 and 2023-02-29 do not). */
function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** A calendar date written `YYYY-MM-DD`, a real day (no 30 February). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date written YYYY-MM-DD, such as "2022-10-03"', abort: true })
  .refine(isCalendarDate, { message: 'a real calendar date written YYYY-MM-DD (2023-02-30 is none)' })
  .meta({ description: 'A calendar date written YYYY-MM-DD, e.g. "2022-10-03".' });

/** Amounts keyed by partner id. */
export const perPartnerSchema = z
  .record(z.string(), amountSchema)
  .meta({ description: 'Amounts keyed by partner id, stated in the scenario unit.' });

/** Non-negative amounts keyed by partner id. */
export const perPartnerNonNegativeSchema = z.record(z.string(), nonNegativeSchema);

export const unitSchema = z.enum(['£', '£000', '£m']).meta({ description: 'The unit amounts are stated in.' });
