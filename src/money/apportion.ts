import { ErrorCode, InputError, makeIssue, issueWithText } from '../errors/index.js';
import { Decimal, type AmountInput } from './decimal.js';
import { tryParseAmount } from './amount.js';
import { scaledBigInt, fromScaledBigInt, fromSafeInteger, pow10, readPlainDecimal, type ScaledDecimal } from './_integers.js';
import { apportionUnits, apportionSafeUnits, fitsSafeIntegers, rankFromPriority, inputOrderRank, type AllocationMode } from './_largest-remainder.js';

export type { AllocationMode } from './_largest-remainder.js';

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
   * How the quanta left after flooring are handed out, one each, never to a zero weight:
   * - `'largestRemainder'` (Hamilton): to the largest exact remainders; each share is within one quantum
   *   of its exact value;
   * - `'firstPartners'`: to the first partners in tie order whose exact share is not a whole number of
   *   quanta (a share that divides exactly stays exact), so each share is again within one quantum;
   * - `'largestWeights'`: to the largest weights, as dinero.js `allocate` does, even where a share divides
   *   exactly: such a share can then be a whole quantum above its exact value.
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

const PENNY: ScaledDecimal = { value: 1n, places: 2, negative: false };

/**
 * Reads anything `tryParseAmount` accepts as an integer over a power of ten, with the same value and the
 * same refusals. Safe-integer numbers and plainly written strings are read without building a Decimal.
 */
function readScaled(value: unknown): ScaledDecimal | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { value: BigInt(value), places: 0, negative: value < 0 };
    if (Number.isFinite(value)) {
      const plain = readPlainDecimal(String(value));
      if (plain !== undefined) return plain;
    }
  } else if (typeof value === 'string') {
    const plain = readPlainDecimal(value);
    if (plain !== undefined) return plain;
  }
  const d = tryParseAmount(value);
  if (d === undefined) return undefined;
  const places = d.decimalPlaces();
  return { value: scaledBigInt(d, places), places, negative: d.isNegative() };
}

function readQuantum(value: AmountInput | undefined): ScaledDecimal {
  if (value === undefined) return PENNY;
  const q = readScaled(value);
  if (q === undefined || q.negative || q.value === 0n) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['quantum'], 'a positive decimal amount such as "0.01"', value));
  }
  return q;
}

function quantise(totalValue: AmountInput, quantum: ScaledDecimal): Quantised {
  const total = readScaled(totalValue);
  if (total === undefined) throw new InputError(makeIssue(ErrorCode.AMOUNT, ['total'], 'a finite decimal amount', totalValue));
  const places = Math.max(total.places, quantum.places);
  const t = total.value * pow10(places - total.places);
  const q = quantum.value * pow10(places - quantum.places);
  if (t % q !== 0n) {
    const quantumText = fromScaledBigInt(quantum.value, quantum.places).toString();
    const totalText = fromScaledBigInt(total.value, total.places).toString();
    throw new InputError(issueWithText(ErrorCode.NOT_AT_QUANTUM, ['total'], `a whole multiple of the quantum ${quantumText}`, `${totalText}, which is finer`));
  }
  return { units: t / q, quantumScaled: q, places };
}

/** Reads weights to integers on one common scale; throws with the weight's path when unusable. */
function integerWeights(values: readonly unknown[], keys: readonly (string | number)[] | null): bigint[] {
  const n = values.length;
  if (n === 0) throw new InputError(issueWithText(ErrorCode.WEIGHTS, ['weights'], 'at least one weight', 'none'));
  const out = new Array<bigint>(n);
  const placesOf = new Array<number>(n);
  let places = 0;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    // Non-negative safe integers, the common case, need neither a Decimal nor a scale.
    if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0) {
      out[i] = BigInt(raw);
      placesOf[i] = 0;
      continue;
    }
    const w = readScaled(raw);
    if (w === undefined || w.negative) {
      throw new InputError(makeIssue(ErrorCode.WEIGHTS, ['weights', keys === null ? i : keys[i]!], 'a finite, non-negative weight', raw));
    }
    out[i] = w.value;
    placesOf[i] = w.places;
    if (w.places > places) places = w.places;
  }
  let positive = false;
  for (let i = 0; i < n; i++) {
    if (placesOf[i] !== places) out[i] = out[i]! * pow10(places - placesOf[i]!);
    if (out[i]! !== 0n) positive = true;
  }
  if (!positive) {
    throw new InputError(issueWithText(ErrorCode.WEIGHTS, ['weights'], 'at least one weight above zero', 'all weights zero'));
  }
  return out;
}

/** Ranks from the tie order; `keys` null means array weights, whose keys are their indexes. */
function resolveRank(n: number, tieOrder: readonly (number | string)[] | undefined, keys: readonly (string | number)[] | null): number[] {
  if (tieOrder === undefined) return inputOrderRank(n);
  const positions = new Map<string | number, number>();
  if (keys !== null) keys.forEach((k, i) => positions.set(k, i));
  const priority = tieOrder.map((key, i) => {
    const at = keys === null ? (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < n ? key : undefined) : positions.get(key);
    if (at === undefined) {
      const allowed = keys === null ? Array.from({ length: n }, (_, j) => j) : keys;
      throw new InputError(makeIssue(ErrorCode.OPTION, ['tieOrder', i], `one of ${allowed.map((k) => JSON.stringify(k)).join(', ')}`, key));
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

const SAFE_INTEGER_TEXT = /^\d{1,15}$/;

/**
 * The weights as numbers, and their sum, when every weight is a non-negative safe-integer number or a
 * string of up to 15 digits, and the sum is safe; otherwise undefined (and the general path reads them).
 */
function safeIntegerWeights(values: readonly unknown[]): { weights: number[]; sum: number } | undefined {
  const n = values.length;
  const weights = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let w: number;
    if (typeof v === 'number') {
      if (!Number.isSafeInteger(v) || v < 0) return undefined;
      w = v;
    } else if (typeof v === 'string' && SAFE_INTEGER_TEXT.test(v)) {
      w = Number(v);
    } else {
      return undefined;
    }
    weights[i] = w;
    sum += w;
  }
  // Partial sums only grow, so an unsafe total shows as an unsafe float sum.
  if (sum === 0 || !Number.isSafeInteger(sum)) return undefined;
  return { weights, sum };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function split(total: AmountInput, values: readonly unknown[], keys: readonly (string | number)[] | null, options: ApportionOptions): Decimal[] {
  const mode = readMode(options.mode);
  const quantum = readQuantum(options.quantum);
  const { units, quantumScaled, places } = quantise(total, quantum);
  const negative = units < 0n;
  // A negative total splits as the mirror of the positive one.
  const magnitude = negative ? -units : units;

  // Safe-integer weights and a total small enough: the whole split runs on numbers, exactly.
  const safe = magnitude <= MAX_SAFE ? safeIntegerWeights(values) : undefined;
  if (safe !== undefined && fitsSafeIntegers(Number(magnitude), safe.sum)) {
    const rank = resolveRank(values.length, options.tieOrder, keys);
    const parts = apportionSafeUnits(Number(magnitude), safe.weights, safe.sum, rank, mode);
    const out = new Array<Decimal>(parts.length);
    if (quantumScaled <= MAX_SAFE && fitsSafeIntegers(Number(magnitude), Number(quantumScaled))) {
      const q = Number(quantumScaled);
      for (let i = 0; i < parts.length; i++) out[i] = fromSafeInteger(negative ? -(parts[i]! * q) : parts[i]! * q, places);
    } else {
      for (let i = 0; i < parts.length; i++) out[i] = fromScaledBigInt((negative ? -BigInt(parts[i]!) : BigInt(parts[i]!)) * quantumScaled, places);
    }
    return out;
  }

  const weights = integerWeights(values, keys);
  const rank = resolveRank(values.length, options.tieOrder, keys);
  const parts = apportionUnits(magnitude, weights, rank, mode);
  const out = new Array<Decimal>(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = fromScaledBigInt((negative ? -parts[i]! : parts[i]!) * quantumScaled, places);
  return out;
}

/**
 * Splits a total among partners in proportion to weights, to a quantum, so that the shares add up
 * exactly to the total. The default is the largest-remainder (Hamilton) method: every share is floored to
 * the quantum, then the quanta left over go one each to the largest exact remainders, ties broken by
 * `tieOrder`. Each share is within one quantum of its exact proportional value; a zero weight gets zero;
 * a negative total splits as the mirror of the positive one; scaling every weight by the same factor
 * changes nothing.
 *
 * Largest remainder is not house-monotone: raising the total can lower a
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
  if (Array.isArray(weights)) return split(total, weights, null, options);
  const record = weights as Readonly<Record<string, AmountInput>>;
  const keys = Object.keys(record);
  const parts = split(total, keys.map((k) => record[k]), keys, options);
  // fromEntries defines own properties, so ids such as "__proto__" stay ordinary keys.
  return Object.fromEntries(keys.map((k, i) => [k, parts[i]!]));
}
