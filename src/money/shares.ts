import { ErrorCode, InputError, issueWithText, makeIssue } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { tryParseAmount } from './amount.js';
import { apportion } from './apportion.js';

/**
 * Options for {@link shares} and {@link reviewShares}.
 *
 * @example
 * ```ts
 * const options: SharesOptions = { precision: '0.01', prior: [0.5, 0.3, 0.2], tolerance: '0.03' };
 * ```
 */
export interface SharesOptions {
  /**
   * The precision shares are stated to, e.g. `'0.01'` for whole percent; shares are rounded by largest
   * remainder so they still sum exactly to 1. Must divide 1 exactly.
   * @defaultValue `'0.000000000001'` (1e-12)
   */
  readonly precision?: AmountInput;
  /** Tie order for exactly equal remainders, as in {@link apportion}. @defaultValue input order */
  readonly tieOrder?: readonly (number | string)[];
  /**
   * An agreed split, shaped like the weights (array or record), summing exactly to 1. It is kept unless
   * some partner's exact new share differs from its prior share by more than `tolerance`.
   */
  readonly prior?: readonly AmountInput[] | Readonly<Record<string, AmountInput>>;
  /**
   * How far any one partner's share may move before the prior split is abandoned, e.g. `'0.03'` for three
   * percentage points. Only used with `prior`.
   * @defaultValue `'0'` (any movement replaces the prior)
   */
  readonly tolerance?: AmountInput;
}

/**
 * The outcome of {@link reviewShares}: the shares to use and why.
 *
 * @example
 * ```ts
 * const review: ShareReview<Decimal[]> = reviewShares([50, 30, 20], { prior: ['0.5', '0.3', '0.2'] });
 * ```
 */
export interface ShareReview<T> {
  /** The shares to use: the prior split if kept, else the new one at the stated precision. */
  readonly shares: T;
  /** Whether the prior split was kept. */
  readonly keptPrior: boolean;
  /** The largest movement of any partner's exact new share from its prior share (0 without a prior). */
  readonly largestMovement: Decimal;
}

const DEFAULT_PRECISION = new Decimal('1e-12');

function readPrecision(value: AmountInput | undefined): Decimal {
  if (value === undefined) return DEFAULT_PRECISION;
  const p = tryParseAmount(value);
  if (p === undefined || !p.isPositive() || p.isZero() || !new Decimal(1).mod(p).isZero()) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['precision'], 'a positive amount that divides 1 exactly, such as "0.01"', value));
  }
  return p;
}

function asList(values: readonly AmountInput[] | Readonly<Record<string, AmountInput>>, keys: readonly string[] | null): unknown[] {
  if (Array.isArray(values)) return values;
  const record = values as Readonly<Record<string, AmountInput>>;
  return (keys ?? Object.keys(record)).map((k) => (Object.prototype.hasOwnProperty.call(record, k) ? record[k] : undefined));
}

function review(
  weights: readonly AmountInput[] | Readonly<Record<string, AmountInput>>,
  options: SharesOptions,
): { shares: Decimal[]; keys: string[] | null; keptPrior: boolean; largestMovement: Decimal } {
  const precision = readPrecision(options.precision);
  const keys = Array.isArray(weights) ? null : Object.keys(weights);
  const list = asList(weights, keys) as AmountInput[];
  const fresh = apportion(new Decimal(1), list, { quantum: precision, ...(options.tieOrder ? { tieOrder: tieIndexes(options.tieOrder, keys) } : {}) });
  if (options.prior === undefined) return { shares: fresh, keys, keptPrior: false, largestMovement: new Decimal(0) };

  const prior = asList(options.prior, keys).map((v, i) => {
    const d = tryParseAmount(v);
    if (d === undefined || d.isNegative()) throw new InputError(makeIssue(ErrorCode.OPTION, ['prior', keys?.[i] ?? i], 'a share between 0 and 1', v));
    return d;
  });
  if (prior.length !== list.length) {
    throw new InputError(issueWithText(ErrorCode.OPTION, ['prior'], `${list.length} shares, one per weight`, `${prior.length}`));
  }
  const priorSum = prior.reduce((a, b) => a.plus(b), new Decimal(0));
  if (!priorSum.equals(1)) throw new InputError(issueWithText(ErrorCode.OPTION, ['prior'], 'shares summing to exactly 1', `shares summing to ${priorSum.toString()}`));
  const tolerance = tryParseAmount(options.tolerance ?? '0');
  if (tolerance === undefined || tolerance.isNegative()) throw new InputError(makeIssue(ErrorCode.OPTION, ['tolerance'], 'a non-negative amount such as "0.03"', options.tolerance));

  // Exact comparison without division: |w/W − p| > t  ⇔  |w − p·W| > t·W.
  const w = list.map((v) => new Decimal(v as AmountInput));
  const total = w.reduce((a, b) => a.plus(b), new Decimal(0));
  let moved = false;
  let largest = new Decimal(0);
  w.forEach((wi, i) => {
    const gap = wi.minus(prior[i]!.times(total)).abs();
    if (gap.greaterThan(tolerance.times(total))) moved = true;
    const movement = gap.dividedBy(total);
    if (movement.greaterThan(largest)) largest = movement;
  });
  return moved ? { shares: fresh, keys, keptPrior: false, largestMovement: largest } : { shares: prior, keys, keptPrior: true, largestMovement: largest };
}

function tieIndexes(order: readonly (number | string)[], keys: readonly string[] | null): (number | string)[] {
  return keys === null ? [...order] : order.map((k) => (typeof k === 'string' && keys.includes(k) ? keys.indexOf(k) : k));
}

function shape(list: Decimal[], keys: readonly string[] | null): Decimal[] | Record<string, Decimal> {
  return keys === null ? list : Object.fromEntries(keys.map((k, i) => [k, list[i]!]));
}

/**
 * Proportions of a whole, from weights, that sum exactly to 1. With `precision` they are stated to it
 * (whole percent is `'0.01'`) by largest remainder. With `prior` and `tolerance`, an agreed split is kept
 * unless the drivers have moved some partner's exact share by more than the tolerance: councils
 * recalculate splits each year but only move when the change is material.
 *
 * @param weights - non-negative weights, as an array or a record keyed by partner id
 * @param options - precision, tie order, prior split and tolerance
 * @returns the shares, in the shape of `weights`
 * @throws {@link InputError} for unusable weights, a precision that does not divide 1, or a prior that
 *   does not sum to 1
 *
 * @example
 * ```ts
 * shares([1, 1, 1], { precision: '0.01' }).map(String);
 * //=> ['0.34', '0.33', '0.33']
 * shares([52, 30, 18], { precision: '0.01', prior: ['0.5', '0.3', '0.2'], tolerance: '0.03' }).map(String);
 * //=> ['0.5', '0.3', '0.2']  (no share moved more than 3 points)
 * ```
 */
export function shares(weights: readonly AmountInput[], options?: SharesOptions): Decimal[];
export function shares<K extends string>(weights: Readonly<Record<K, AmountInput>>, options?: SharesOptions): Record<K, Decimal>;
export function shares(
  weights: readonly AmountInput[] | Readonly<Record<string, AmountInput>>,
  options: SharesOptions = {},
): Decimal[] | Record<string, Decimal> {
  const r = review(weights, options);
  return shape(r.shares, r.keys);
}

/**
 * {@link shares}, with the decision made visible: whether the prior split was kept and the largest
 * movement of any exact share from it.
 *
 * @param weights - non-negative weights, as an array or a record keyed by partner id
 * @param options - precision, tie order, prior split and tolerance
 * @returns the shares and the decision
 *
 * @example
 * ```ts
 * const r = reviewShares([56, 26, 18], { prior: ['0.5', '0.3', '0.2'], tolerance: '0.03' });
 * r.keptPrior;
 * //=> false  (the first partner's share moved 6 points)
 * r.largestMovement.toString();
 * //=> '0.06'
 * ```
 */
export function reviewShares(weights: readonly AmountInput[], options?: SharesOptions): ShareReview<Decimal[]>;
export function reviewShares<K extends string>(weights: Readonly<Record<K, AmountInput>>, options?: SharesOptions): ShareReview<Record<K, Decimal>>;
export function reviewShares(
  weights: readonly AmountInput[] | Readonly<Record<string, AmountInput>>,
  options: SharesOptions = {},
): ShareReview<Decimal[] | Record<string, Decimal>> {
  const r = review(weights, options);
  return { shares: shape(r.shares, r.keys), keptPrior: r.keptPrior, largestMovement: r.largestMovement };
}
