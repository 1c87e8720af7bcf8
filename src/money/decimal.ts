import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own Decimal constructor: a `Decimal.clone` of decimal.js with settings fixed here, so the
 * host application's global `Decimal` is never read or changed.
 *
 * - `precision: 80` significant digits. Money only ever meets addition, subtraction, multiplication of
 *   finite decimals and division by powers of ten. Amounts of money (at most 40 significant digits,
 *   {@link parseAmount}) on one quantum add exactly within 80 digits. Ratios are never computed in
 *   Decimal: apportionment compares remainders in exact integer arithmetic, and the checkers in
 *   `shared-services-model/testing` work at full precision. Discount factors, the one division that
 *   cannot be exact, carry 80 digits until a present value is rounded to the quantum.
 * - `rounding: ROUND_HALF_UP`, the rounding councils print with; used only for display and percentages.
 * - Exponents are bounded (`minE: -9e15`, `maxE: 9e15`, decimal.js's defaults) and `toExpNeg`/`toExpPos`
 *   widened so that `toString()` writes plain digits (`0.0000001`, never `1e-7`).
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString();
 * //=> '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  // Start from decimal.js's defaults, not from whatever the global constructor holds when this loads.
  defaults: true,
  precision: 80,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

/**
 * An exact decimal value, as produced by {@link Decimal}.
 *
 * @example
 * ```ts
 * const pounds: Decimal = new Decimal('1234.56');
 * ```
 */
export type Decimal = DecimalJs;

/**
 * Anything the money functions accept as an amount or a weight: a decimal string (preferred), a finite
 * number (read through its shortest round-trip string), or a Decimal.
 *
 * @example
 * ```ts
 * const values: AmountInput[] = ['1234.56', 0.1, new Decimal('2')];
 * ```
 */
export type AmountInput = string | number | DecimalJs;
