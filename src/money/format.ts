import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { toDecimal } from './amount.js';
import { fromPounds, type MoneyUnit } from './units.js';

/**
 * Options for {@link formatMoney}.
 *
 * @example
 * ```ts
 * const options: FormatMoneyOptions = { unit: '£000', decimals: 0, negative: 'parentheses' };
 * ```
 */
export interface FormatMoneyOptions {
  /**
   * The unit to print in. `£m` appends `m` to the number (`£1.31m`); `£000` prints the bare number as
   * councils do under a `£000` column heading.
   * @defaultValue `'£'`
   */
  readonly unit?: MoneyUnit;
  /**
   * Digits after the point. Rounding is half-up, for display only.
   * @defaultValue 2 for `£` and `£m`, 0 for `£000`
   */
  readonly decimals?: number;
  /**
   * Whether to print the `£` sign.
   * @defaultValue true for `£` and `£m`, false for `£000`
   */
  readonly symbol?: boolean;
  /**
   * How negatives are shown: `(2,890)` as councils print, or `-2,890`.
   * @defaultValue `'parentheses'`
   */
  readonly negative?: 'parentheses' | 'minus';
  /**
   * Whether to group thousands with commas.
   * @defaultValue true
   */
  readonly grouping?: boolean;
}

function group(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes an amount of pounds as a council paper prints it. Formatting changes the display, never the
 * value: the amount given is not altered and nothing computed from the result feeds back into money.
 *
 * @param pounds - the amount, in pounds
 * @param options - unit, decimals, sign, negatives, grouping
 * @returns the printed form
 *
 * @example
 * ```ts
 * formatMoney('1234567.89');
 * //=> '£1,234,567.89'
 * formatMoney('1234567.89', { unit: '£000' });
 * //=> '1,235'
 * formatMoney('-2890000', { unit: '£000' });
 * //=> '(2,890)'
 * formatMoney('1314000', { unit: '£m' });
 * //=> '£1.31m'
 * ```
 */
export function formatMoney(pounds: AmountInput, options: FormatMoneyOptions = {}): string {
  const unit = options.unit ?? '£';
  const decimals = options.decimals ?? (unit === '£000' ? 0 : 2);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 40) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['decimals'], 'a whole number of decimals from 0 to 40', decimals));
  }
  const symbol = options.symbol ?? unit !== '£000';
  const inUnit = fromPounds(toDecimal(pounds, 'pounds'), unit);
  const rounded = inUnit.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const negative = rounded.isNegative() && !rounded.isZero();
  const [intPart = '0', fracPart] = rounded.abs().toFixed(decimals).split('.');
  const digits = (options.grouping ?? true) ? group(intPart) : intPart;
  const body = `${symbol ? '£' : ''}${digits}${fracPart === undefined ? '' : `.${fracPart}`}${unit === '£m' ? 'm' : ''}`;
  if (!negative) return body;
  return (options.negative ?? 'parentheses') === 'parentheses' ? `(${body})` : `-${body}`;
}
