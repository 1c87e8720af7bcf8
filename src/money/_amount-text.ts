import { Decimal } from './decimal.js';

const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;
/** Exponents beyond this are refused: they name amounts no council holds, and big ones exhaust memory. */
export const MAX_EXPONENT = 40;
/** More significant digits than this cannot be held exactly alongside the library's precision. */
export const MAX_SIGNIFICANT_DIGITS = 40;

/**
 * Reads an amount's text with every check: the decimal form (a sign, digits with a point, an exponent),
 * an exponent within ±{@link MAX_EXPONENT} and at most {@link MAX_SIGNIFICANT_DIGITS} significant digits.
 * The general way, which {@link readAmountText} takes for any text that is not a plain decimal.
 */
export function readAmountTextFully(text: string): Decimal | undefined {
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) return undefined;
  const exponent = match[1] === undefined ? 0 : Number(match[1]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const digits = text.replace(/[eE].*$/, '').replace(/[^0-9]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length > MAX_SIGNIFICANT_DIGITS) return undefined;
  return new Decimal(text);
}

/**
 * The plain decimals almost every scenario writes (`"1234.56"`, `"-0.5"`, `"0.1"`): a minus or not, ASCII
 * digits, and digits after a point if there is one.
 */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Whether a text is a plain decimal of at most {@link MAX_SIGNIFICANT_DIGITS} characters. Such a text
 * passes every check of {@link readAmountTextFully}: it matches the decimal form, has no exponent, and
 * cannot hold more significant digits than it has characters. So it can go straight to its Decimal.
 */
export function isPlainAmountText(text: string): boolean {
  return text.length <= MAX_SIGNIFICANT_DIGITS && PLAIN_DECIMAL.test(text);
}

/**
 * Reads an amount's text: a plain decimal directly (see {@link isPlainAmountText}), anything else through
 * every check. The value, and `undefined` for a text refused, are the same either way.
 */
export function readAmountText(text: string): Decimal | undefined {
  return isPlainAmountText(text) ? new Decimal(text) : readAmountTextFully(text);
}
