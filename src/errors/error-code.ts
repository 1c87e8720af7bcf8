/**
 * Stable error codes, every one the library uses. Callers branch on these, never on message text. The
 * type of the same name is the union of the values, and types every `code` (of an {@link Issue} and of a
 * {@link SharedServicesError}), so a code that is not listed here is a compile error.
 *
 * Functions of the money layer throw `E_AMOUNT`, `E_NOT_AT_QUANTUM`, `E_WEIGHTS` or `E_OPTION`; a
 * scenario that cannot be used throws `E_SCENARIO` whose issues carry the finer codes (`E_SCHEMA`,
 * `E_UNKNOWN_REFERENCE`, `E_SUM`, …); a baselines file throws `E_CSV`, its issues carrying the finer codes.
 * A renderer of `shared-services-model/report` whose optional peer dependency is not installed throws
 * `E_DEPENDENCY`.
 *
 * @example
 * ```ts
 * try { apportion('1.005', [1, 1]); } catch (e) { if (isSharedServicesError(e)) e.code; }
 * //=> 'E_NOT_AT_QUANTUM'
 * ```
 */
export const ErrorCode = {
  /** An amount could not be read as a finite decimal, or has more digits than an amount may. */
  AMOUNT: 'E_AMOUNT',
  /** An amount is finer than the rounding quantum. */
  NOT_AT_QUANTUM: 'E_NOT_AT_QUANTUM',
  /** Weights cannot be used: none, negative, non-finite or all zero. */
  WEIGHTS: 'E_WEIGHTS',
  /** An option has a value the function cannot use. */
  OPTION: 'E_OPTION',
  /** The scenario file breaks the schema or refers to things that do not exist. */
  SCENARIO: 'E_SCENARIO',
  /** A baselines CSV file cannot be read: broken quoting, unknown or missing columns, bad or conflicting rows. */
  CSV: 'E_CSV',
  /** An internal invariant (a total that does not add up) failed: a bug, never bad input. */
  INVARIANT: 'E_INVARIANT',
  /** The input is not well-formed JSON. */
  JSON: 'E_JSON',
  /** A number in JSON that a JSON number cannot hold exactly (write it as a string). */
  NUMBER: 'E_NUMBER',
  /** The same key twice in one JSON object. */
  DUPLICATE_KEY: 'E_DUPLICATE_KEY',
  /** Input beyond a bound the library sets before it works: size, nesting, length of text, count of items. */
  LIMIT: 'E_LIMIT',
  /** Text holding a character no text may hold (a control character, U+FFFE, U+FFFF, an unpaired surrogate). */
  TEXT: 'E_TEXT',
  /** A value of the wrong type or shape for the scenario format (or a cell of the wrong shape in a baselines file). */
  SCHEMA: 'E_SCHEMA',
  /** A key (or a column) the format does not define. */
  UNKNOWN_KEY: 'E_UNKNOWN_KEY',
  /** An id or key that is reserved: a partner called `combined`, a key such as `__proto__`. */
  RESERVED_ID: 'E_RESERVED_ID',
  /** The same id twice where each must be unique. */
  DUPLICATE_ID: 'E_DUPLICATE_ID',
  /** The same year twice in one phasing. */
  DUPLICATE_YEAR: 'E_DUPLICATE_YEAR',
  /** The same group of partners stated twice as a coalition. */
  DUPLICATE_COALITION: 'E_DUPLICATE_COALITION',
  /** An id that names nothing in the scenario (a partner, a service, a budget, a metric, a figure). */
  UNKNOWN_REFERENCE: 'E_UNKNOWN_REFERENCE',
  /** A variant name the scenario does not define. */
  UNKNOWN_VARIANT: 'E_UNKNOWN_VARIANT',
  /** A path of a variant's change that does not reach into the scenario. */
  VARIANT_PATH: 'E_VARIANT_PATH',
  /** Something a reference needs that the thing referred to lacks (a budget without a closing position). */
  MISSING: 'E_MISSING',
  /** Two things given that cannot both be (an amount and `from`), or two values that disagree. */
  CONFLICT: 'E_CONFLICT',
  /** A negative value where only zero or more makes sense. */
  NEGATIVE: 'E_NEGATIVE',
  /** Values out of order: a low above a high, a central rate outside them. */
  RANGE: 'E_RANGE',
  /** Parts that do not sum to their whole (phasing, parts of a line). */
  SUM: 'E_SUM',
  /** Shares that do not sum to exactly 1. */
  SHARES: 'E_SHARES',
  /** A phasing that cannot be used: a mixture of amounts and shares, amounts of both signs. */
  PHASING: 'E_PHASING',
  /**
   * A year outside the scenario's years (or a year a rule reads driver values from that has none), or a
   * date outside its year: a schedule step's `from` that does not lie within the financial year it names.
   */
  YEAR: 'E_YEAR',
  /** An attribution rule that cannot be used where it is given. */
  RULE: 'E_RULE',
  /** A budget of the wrong measure (money where FTE was wanted, or the reverse). */
  MEASURE: 'E_MEASURE',
  /** Printed figures that sum each other in a circle. */
  CYCLE: 'E_CYCLE',
  /** A published figure's unit that cannot describe what it selects: `%` or `fte` on money, `£m` on a count. */
  UNIT: 'E_UNIT',
  /**
   * An optional peer dependency is not installed: exceljs for a workbook, vega and vega-lite for a chart
   * or the HTML report. The message names the packages and the command that installs them.
   */
  DEPENDENCY: 'E_DEPENDENCY',
} as const;

/**
 * One of the {@link ErrorCode} values: `'E_AMOUNT' | 'E_NOT_AT_QUANTUM' | …`.
 *
 * @example
 * ```ts
 * const code: ErrorCode = 'E_UNKNOWN_REFERENCE';
 * ```
 */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];


const CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/**
 * True for one of the {@link ErrorCode} values: for a code that comes from outside the type system (a
 * worker's message, a schema's parameters).
 *
 * @param value - anything
 * @returns whether it is an error code this library uses
 *
 * @example
 * ```ts
 * isErrorCode('E_SCHEMA');
 * //=> true
 * isErrorCode('E_X');
 * //=> false
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}
