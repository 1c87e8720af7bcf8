import type { ErrorCode } from './error-code.js';

/**
 * Where a problem sits in the input: object keys and array indexes from the root.
 *
 * @example
 * ```ts
 * const path: InputPath = ['lines', 3, 'attribution', 'metric'];
 * ```
 */
export type InputPath = readonly (string | number)[];

/**
 * One problem found in the input, in the shape zod made familiar: a stable `code`, the `path` in the
 * input, what was `expected`, what was `received`, and a sentence that says all of it.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'E_UNKNOWN_REFERENCE',
 *   path: ['lines', 3, 'attribution', 'metric'],
 *   expected: 'a metric every partner states (staffing, population)',
 *   received: '"popn"',
 *   message: 'lines[3].attribution.metric: expected a metric every partner states (staffing, population), found "popn"',
 * };
 * ```
 */
export interface Issue {
  /** Stable, machine-readable kind of problem, e.g. `E_NOT_AT_QUANTUM`; one of {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** Where in the input the problem is. */
  readonly path: InputPath;
  /** What the input should have held there. */
  readonly expected: string;
  /** What it held instead, shown as text. */
  readonly received: string;
  /** One sentence naming the path, the expectation and what was found. */
  readonly message: string;
}

/**
 * Writes a path the way a developer types it: `lines[3].attribution.metric`.
 *
 * @param path - keys and indexes from the root
 * @returns the dotted and bracketed form; `(root)` for the empty path
 *
 * @example
 * ```ts
 * formatPath(['lines', 3, 'attribution', 'metric']);
 * //=> 'lines[3].attribution.metric'
 * ```
 */
export function formatPath(path: InputPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Shows a received value briefly and unambiguously for an error message.
 *
 * @param value - anything found in the input
 * @returns a short description, e.g. `"12abc"`, `NaN`, `an object`, `nothing`
 *
 * @example
 * ```ts
 * describeReceived('12abc');
 * //=> '"12abc"'
 * describeReceived(undefined);
 * //=> 'nothing'
 * ```
 */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && value !== null && 'toFixed' in value) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Builds an {@link Issue}, writing its message from the other fields.
 *
 * @param code - the kind of problem
 * @param path - where it is
 * @param expected - what should be there
 * @param received - what was found (described with {@link describeReceived} unless already text)
 * @returns the issue
 *
 * @example
 * ```ts
 * makeIssue('E_AMOUNT', ['total'], 'a decimal amount', '12abc').message;
 * //=> 'total: expected a decimal amount, found "12abc"'
 * ```
 */
export function makeIssue(code: ErrorCode, path: InputPath, expected: string, received: unknown): Issue {
  const shown = describeReceived(received);
  return { code, path, expected, received: shown, message: `${formatPath(path)}: expected ${expected}, found ${shown}` };
}

/**
 * Like {@link makeIssue}, but `received` is already written as text (no quoting is added).
 *
 * @param code - the kind of problem
 * @param path - where it is
 * @param expected - what should be there
 * @param receivedText - what was found, described in words
 * @returns the issue
 *
 * @example
 * ```ts
 * issueWithText('E_SUM', ['lines', 0, 'phasing'], 'parts summing to 100', 'parts summing to 90').message;
 * //=> 'lines[0].phasing: expected parts summing to 100, found parts summing to 90'
 * ```
 */
export function issueWithText(code: ErrorCode, path: InputPath, expected: string, receivedText: string): Issue {
  return { code, path, expected, received: receivedText, message: `${formatPath(path)}: expected ${expected}, found ${receivedText}` };
}
