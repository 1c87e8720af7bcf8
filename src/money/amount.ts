import { ErrorCode, InputError, makeIssue, type InputPath } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { MAX_EXPONENT, MAX_SIGNIFICANT_DIGITS, readAmountText } from './_amount-text.js';

/**
 * Options for {@link parseAmount}.
 *
 * @example
 * ```ts
 * const options: ParseAmountOptions = { expected: 'an amount in £000' };
 * ```
 */
export interface ParseAmountOptions {
  /**
   * How the expectation is worded in an error.
   * @defaultValue `'a decimal amount such as "1234.56"'`
   */
  readonly expected?: string;
}

/**
 * Reads an amount exactly. Accepts decimal strings (`'1234.56'`, `'-0.5'`, `'1.2e3'`), finite numbers
 * (read through their shortest round-trip string, so `0.1` is exactly one tenth, never its binary
 * expansion) and Decimals. Refuses NaN, ±Infinity, empty or padded strings, `'12abc'`, thousands
 * separators, and exponents beyond ±40 or more than 40 significant digits (which would blow up memory or
 * silently round).
 *
 * @param value - the amount as found in the input
 * @param path - where it was found, named in the error
 * @param options - wording of the expectation
 * @returns the exact Decimal
 * @throws {@link InputError} with code `E_AMOUNT`, naming the path
 *
 * @example
 * ```ts
 * parseAmount(0.1).toString();
 * //=> '0.1'
 * parseAmount('12abc', ['lines', 3, 'amount']);
 * // throws: lines[3].amount: expected a decimal amount such as "1234.56", found "12abc"
 * ```
 */
export function parseAmount(value: unknown, path: InputPath = [], options: ParseAmountOptions = {}): Decimal {
  const result = tryParseAmount(value);
  if (result === undefined) {
    const expected = options.expected ?? 'a decimal amount such as "1234.56"';
    throw new InputError(makeIssue(ErrorCode.AMOUNT, path, expected, value));
  }
  return result;
}

/**
 * Like {@link parseAmount} but returns `undefined` instead of throwing.
 *
 * @param value - the amount as found in the input
 * @returns the exact Decimal, or `undefined` when the value is not an acceptable amount
 *
 * @example
 * ```ts
 * tryParseAmount('NaN');
 * //=> undefined
 * ```
 */
export function tryParseAmount(value: unknown): Decimal | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value); // the shortest string that round-trips to this number
  } else if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (!d.isFinite()) return undefined;
    // One of the library's own Decimals (not another clone's, whose settings would follow it) is taken
    // as it is when its text would pass the checks below, which renderers otherwise repeat per figure.
    // Its text shows an exponent (d.e) only outside toExpNeg..toExpPos, and its significant digits are
    // the digits counted. Minus zero takes the text route, which makes it plus zero.
    if (d.constructor === Decimal && !(d.isZero() && d.isNegative())) {
      const shown = d.e <= Decimal.toExpNeg || d.e >= Decimal.toExpPos ? d.e : 0;
      return Math.abs(shown) <= MAX_EXPONENT && d.sd() <= MAX_SIGNIFICANT_DIGITS ? d : undefined;
    }
    text = d.toString();
  } else return undefined;

  return readAmountText(text);
}

/**
 * Converts any accepted amount to a Decimal, throwing with the path when it is not one. Shorthand used
 * by the money functions for their own arguments.
 *
 * @param value - an amount
 * @param name - the argument's name, used as the path in the error
 * @returns the Decimal
 *
 * @example
 * ```ts
 * toDecimal('2.50', 'total').toFixed(2);
 * //=> '2.50'
 * ```
 */
export function toDecimal(value: AmountInput, name: string | InputPath): Decimal {
  return parseAmount(value, typeof name === 'string' ? [name] : name);
}
