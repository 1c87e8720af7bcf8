import { ErrorCode, InputError, makeIssue, issueWithText } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { tryParseAmount } from './amount.js';
import { scaledBigInt, fromScaledBigInt } from './_integers.js';
import { apportionUnits, rankFromPriority, inputOrderRank, type AllocationMode } from './_apportion-units.js';

export type { AllocationMode } from './_apportion-units.js';

/**
 * Options for {@link apportion}.
 *
 * @example
 * ```ts
 * const options: ApportionOptions = { quantum: '0.001', tieOrder: ['rbkc'] };
 * ```
 */
export interface ApportionOptions {
  /**
   * The smallest unit a share may hold; the total must be a whole number of them.
   * @defaultValue `'0.01'` (one penny)
   */
  readonly quantum?: AmountInput;
  /**
   * Who gets the odd quantum first when remainders are exactly equal: indexes (array weights) or ids
   * (record weights) in priority order. Anyone not listed follows, in input order.
   * @defaultValue input order, earliest first
   */
  readonly tieOrder?: readonly (number | string)[];
  /**
   * How the quanta left after flooring are handed out:
   * - `'largestRemainder'` (Hamilton): to the largest exact remainders; each share is within one quantum
   *   of its exact value;
   * - `'firstPartners'`: one each to the first partners (in tie order) with a positive weight;
   * - `'largestWeights'`: one each to the largest weights, as dinero.js `allocate` does.
   * @defaultValue `'largestRemainder'`
   */
  readonly mode?: AllocationMode;
}

/** A total, a quantum and the integer form of both; built once per call (or cached by the engine). */
interface Quantised {
  readonly units: bigint;
  readonly quantumScaled: bigint;
  readonly places: number;
}

const PENNY = new Decimal('0.01');

function readQuantum(value: AmountInput | undefined): Decimal {
  if (value === undefined) return PENNY;
  const q = tryParseAmount(value);
  if (q === undefined || !q.isPositive() || q.isZero()) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['quantum'], 'a positive decimal amount such as "0.01"', value));
  }
  return q;
}

function quantise(totalValue: AmountInput, quantum: Decimal): Quantised {
  const total = tryParseAmount(totalValue);
  if (total === undefined) throw new InputError(makeIssue(ErrorCode.AMOUNT, ['total'], 'a finite decimal amount', totalValue));
  const places = Math.max(total.decimalPlaces(), quantum.decimalPlaces());
  const t = scaledBigInt(total, places);
  const q = scaledBigInt(quantum, places);
  if (t % q !== 0n) {
    throw new InputError(
      issueWithText(ErrorCode.NOT_AT_QUANTUM, ['total'], `a whole multiple of the quantum ${quantum.toString()}`, `${total.toString()}, which is finer`),
    );
  }
  return { units: t / q, quantumScaled: q, places };
}

/** Reads weights to integers on one common scale; throws with the weight's path when unusable. */
function integerWeights(values: readonly unknown[], keys: readonly (string | number)[]): bigint[] {
  if (values.length === 0) throw new InputError(issueWithText(ErrorCode.WEIGHTS, ['weights'], 'at least one weight', 'none'));
  const decimals: Decimal[] = new Array(values.length);
  let places = 0;
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    const d = tryParseAmount(raw);
    if (d === undefined || d.isNegative()) {
      throw new InputError(makeIssue(ErrorCode.WEIGHTS, ['weights', keys[i]!], 'a finite, non-negative weight', raw));
    }
    decimals[i] = d;
    if (typeof raw !== 'number' || !Number.isInteger(raw)) places = Math.max(places, d.decimalPlaces());
  }
  const out = decimals.map((d) => scaledBigInt(d, places));
  if (out.every((w) => w === 0n)) {
    throw new InputError(issueWithText(ErrorCode.WEIGHTS, ['weights'], 'at least one weight above zero', 'all weights zero'));
  }
  return out;
}

function resolveRank(n: number, tieOrder: readonly (number | string)[] | undefined, keys: readonly (string | number)[]): number[] {
  if (tieOrder === undefined) return inputOrderRank(n);
  const positions = new Map<string | number, number>();
  keys.forEach((k, i) => positions.set(k, i));
  const priority = tieOrder.map((key, i) => {
    const at = positions.get(key);
    if (at === undefined) {
      throw new InputError(makeIssue(ErrorCode.OPTION, ['tieOrder', i], `one of ${keys.map((k) => JSON.stringify(k)).join(', ')}`, key));
    }
    return at;
  });
  return rankFromPriority(n, priority);
}

const MODES: readonly AllocationMode[] = ['largestRemainder', 'firstPartners', 'largestWeights'];

function readMode(value: AllocationMode | undefined): AllocationMode {
  if (value === undefined) return 'largestRemainder';
  if (!MODES.includes(value)) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['mode'], `one of ${MODES.map((m) => JSON.stringify(m)).join(', ')}`, value));
  }
  return value;
}

function split(total: AmountInput, values: readonly unknown[], keys: readonly (string | number)[], options: ApportionOptions): Decimal[] {
  const mode = readMode(options.mode);
  const quantum = readQuantum(options.quantum);
  const { units, quantumScaled, places } = quantise(total, quantum);
  const weights = integerWeights(values, keys);
  const rank = resolveRank(values.length, options.tieOrder, keys);
  const negative = units < 0n;
  // A negative total splits as the mirror of the positive one.
  const parts = apportionUnits(negative ? -units : units, weights, rank, mode);
  return parts.map((p) => fromScaledBigInt((negative ? -p : p) * quantumScaled, places));
}

/**
 * Splits a total among partners in proportion to weights, to a quantum, so that the shares add up
 * exactly to the total. The default is the largest-remainder (Hamilton) method: every share is floored to
 * the quantum, then the quanta left over go one each to the largest exact remainders, ties broken by
 * `tieOrder`. Each share is within one quantum of its exact proportional value; a zero weight gets zero;
 * a negative total splits as the mirror of the positive one; scaling every weight by the same factor
 * changes nothing.
 *
 * Like every quota method, largest remainder is not house-monotone: raising the total can lower a
 * share (the Alabama paradox). With weights 6, 6 and 2 at a quantum of 1, a total of 10 splits 4 / 4 / 2
 * but a total of 11 splits 5 / 5 / 1: the third partner loses a unit as the total grows.
 *
 * @param total - the amount to split; a whole number of quanta
 * @param weights - non-negative weights, as an array (shares returned in the same order) or a record
 *   keyed by partner id (shares returned as a record with the same keys)
 * @param options - quantum, tie order and allocation mode
 * @returns the shares, summing exactly to `total`
 * @throws {@link InputError}: `E_NOT_AT_QUANTUM` when the total is finer than the quantum; `E_WEIGHTS` for
 *   no weights, negative or non-finite weights, or all-zero weights; `E_AMOUNT`/`E_OPTION` for unreadable
 *   amounts and options
 *
 * @example
 * ```ts
 * apportion('1.000', [1, 1, 1], { quantum: '0.001' }).map(String);
 * //=> ['0.334', '0.333', '0.333']
 * apportion('1.000', { hf: 1, rbkc: 1, cow: 1 }, { quantum: '0.001', tieOrder: ['rbkc'] });
 * //=> { hf: 0.333, rbkc: 0.334, cow: 0.333 } (as Decimals)
 * ```
 */
export function apportion(total: AmountInput, weights: readonly AmountInput[], options?: ApportionOptions): Decimal[];
export function apportion<K extends string>(
  total: AmountInput,
  weights: Readonly<Record<K, AmountInput>>,
  options?: ApportionOptions,
): Record<K, Decimal>;
export function apportion(
  total: AmountInput,
  weights: readonly AmountInput[] | Readonly<Record<string, AmountInput>>,
  options: ApportionOptions = {},
): Decimal[] | Record<string, Decimal> {
  if (Array.isArray(weights)) {
    const keys = weights.map((_, i) => i);
    return split(total, weights, keys, options);
  }
  const record = weights as Readonly<Record<string, AmountInput>>;
  const keys = Object.keys(record);
  const parts = split(total, keys.map((k) => record[k]), keys, options);
  // fromEntries defines own properties, so ids such as "__proto__" stay ordinary keys.
  return Object.fromEntries(keys.map((k, i) => [k, parts[i]!]));
}
