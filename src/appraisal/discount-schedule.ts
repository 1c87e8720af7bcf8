import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { Decimal, tryParseAmount, type AmountInput } from '../money/index.js';
import { DISCOUNT_SCHEDULE_NAMES } from '../schema/index.js';

/**
 * HM Treasury Green Book schedules of the real discount rate, each step `[from year, rate]`, applying
 * from that year until the next step: the standard schedule (the social time preference rate) and the
 * reduced schedule (for health and risk-to-life effects, pure time preference left out). Year 0 is the
 * first, undiscounted year. The one statement of them; names, text and factors all derive from it.
 */
const GREEN_BOOK = {
  standard: [[0, '0.035'], [31, '0.03'], [76, '0.025'], [126, '0.02'], [201, '0.015'], [301, '0.01']],
  reduced: [[0, '0.015'], [31, '0.0129'], [76, '0.0107'], [126, '0.0086'], [201, '0.0064'], [301, '0.0043']],
} as const satisfies Record<GreenBookSchedule, readonly (readonly [number, string])[]>;

/** The Green Book's named schedules: `'standard'` (3.5% to year 30, then lower) and `'reduced'` (1.5% to year 30, then lower). */
export type GreenBookSchedule = 'standard' | 'reduced';

/**
 * One step of a discount schedule as given: `rate` applies from year `fromYear` (0 is the first year)
 * until the next step's year.
 *
 * @example
 * ```ts
 * const step: DiscountStepInput = { fromYear: 31, rate: '0.03' };
 * ```
 */
export interface DiscountStepInput {
  readonly fromYear: number;
  readonly rate: AmountInput;
}

/**
 * A discount schedule as given: a Green Book schedule by name, `'flat'` (the discount rate in every
 * year), or the steps of a schedule the user states, the first from year 0.
 *
 * @example
 * ```ts
 * const schedules: DiscountScheduleInput[] = ['standard', 'reduced', 'flat', [{ fromYear: 0, rate: '0.04' }, { fromYear: 10, rate: '0.03' }]];
 * ```
 */
export type DiscountScheduleInput = GreenBookSchedule | 'flat' | readonly DiscountStepInput[];

/**
 * A discount schedule, resolved: which kind it is and its steps, the first from year 0, each rate
 * applying until the next step's year (the last for ever after).
 *
 * @example
 * ```ts
 * discountSchedule('standard').steps[1];
 * //=> { fromYear: 31, rate: Decimal('0.03') }
 * ```
 */
export interface DiscountSchedule {
  readonly kind: GreenBookSchedule | 'flat' | 'stated';
  readonly steps: readonly { readonly fromYear: number; readonly rate: Decimal }[];
}

/** Options for {@link discountSchedule}: the rate behind `'flat'`, and the option's name for messages. */
export interface DiscountScheduleOptions {
  /** The rate `'flat'` applies. @defaultValue `'0.035'` */
  readonly rate?: AmountInput;
  /** The path named when a schedule cannot be used. @defaultValue `['discountSchedule']` */
  readonly path?: readonly (string | number)[];
}

const named = (kind: GreenBookSchedule): DiscountSchedule => ({ kind, steps: GREEN_BOOK[kind].map(([fromYear, rate]) => ({ fromYear, rate: new Decimal(rate) })) });

/** Reads a rate from 0 to 1, or refuses it with the path. */
export function readRate(value: unknown, path: readonly (string | number)[]): Decimal {
  const d = tryParseAmount(value);
  if (d === undefined || d.isNegative() || d.greaterThan(1)) throw new InputError(makeIssue(ErrorCode.OPTION, path, 'a rate from 0 to 1, such as "0.035"', value));
  return d;
}

/**
 * The schedule a bare discount rate stands for: 3.5% is the Green Book's standard schedule and 1.5% its
 * reduced schedule, each with its lower rates for later years; any other rate is applied flat, in every
 * year (the Green Book gives no schedule for it).
 *
 * @param rate - a real discount rate from 0 to 1
 * @returns the standard, the reduced or a flat schedule
 * @throws {@link InputError} with code `E_OPTION` for a rate that is not a number from 0 to 1
 *
 * @example
 * ```ts
 * scheduleForRate('0.035').kind;
 * //=> 'standard'
 * scheduleForRate('0.05').kind;
 * //=> 'flat'
 * ```
 */
export function scheduleForRate(rate: AmountInput): DiscountSchedule {
  const r = readRate(rate, ['discountRate']);
  for (const kind of Object.keys(GREEN_BOOK) as GreenBookSchedule[]) if (r.equals(GREEN_BOOK[kind][0][1])) return named(kind);
  return { kind: 'flat', steps: [{ fromYear: 0, rate: r }] };
}

/**
 * Resolves a discount schedule as given. Stated steps must start at year 0, in increasing whole years,
 * each rate from 0 to 1.
 *
 * @param input - `'standard'`, `'reduced'`, `'flat'` or stated steps
 * @param options - the rate `'flat'` applies, the option's path for messages
 * @returns the schedule, with its kind and steps
 * @throws {@link InputError} with code `E_OPTION` for a name, step or rate that cannot be used
 *
 * @example
 * ```ts
 * discountSchedule([{ fromYear: 0, rate: '0.04' }, { fromYear: 10, rate: '0.03' }]).kind;
 * //=> 'stated'
 * discountSchedule('flat', { rate: '0.035' }).steps.length;
 * //=> 1
 * ```
 */
export function discountSchedule(input: DiscountScheduleInput, options: DiscountScheduleOptions = {}): DiscountSchedule {
  const path = options.path ?? ['discountSchedule'];
  if (input === 'standard' || input === 'reduced') return named(input);
  if (input === 'flat') return { kind: 'flat', steps: [{ fromYear: 0, rate: readRate(options.rate ?? '0.035', ['discountRate']) }] };
  if (!Array.isArray(input) || input.length === 0) {
    throw new InputError(makeIssue(ErrorCode.OPTION, path, `${DISCOUNT_SCHEDULE_NAMES.map((n) => JSON.stringify(n)).join(', ')} or steps [{ fromYear: 0, rate }, …]`, input));
  }
  const steps = (input as readonly DiscountStepInput[]).map((step, i) => {
    const from = (step as Partial<DiscountStepInput> | undefined)?.fromYear;
    const previous = i === 0 ? -1 : (input[i - 1] as DiscountStepInput).fromYear;
    const expected = i === 0 ? 'year 0: a schedule starts with the first year' : `a whole year after ${previous}`;
    if (typeof from !== 'number' || !Number.isInteger(from) || (i === 0 ? from !== 0 : from <= previous)) {
      throw new InputError(makeIssue(ErrorCode.OPTION, [...path, i, 'fromYear'], expected, from));
    }
    return { fromYear: from, rate: readRate(step.rate, [...path, i, 'rate']) };
  });
  return { kind: 'stated', steps };
}
