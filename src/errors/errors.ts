import type { Issue } from './issue.js';
import { ErrorCode } from './error-code.js';

/**
 * The base of every error this library throws. It carries a stable `code` and, for input problems, the
 * list of `issues` with their paths.
 *
 * @example
 * ```ts
 * const err = new SharedServicesError('E_OPTION', 'quantum must be positive');
 * err.code;
 * //=> 'E_OPTION'
 * ```
 */
export class SharedServicesError extends Error {
  /** Stable kind of error, see {@link ErrorCode}. */
  readonly code: ErrorCode;
  /** Every input problem found, each with its path; empty for errors that are not about input. */
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SharedServicesError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Input a function cannot use: an amount that is not a finite decimal, a total finer than the quantum,
 * weights that cannot be split by, a baselines CSV file with problems. The message names the path it was
 * given. Given several issues (every problem of one input, found at once), it lists them all; its code is
 * then `options.code`, else the first issue's.
 *
 * @example
 * ```ts
 * try { parseAmount('12abc', ['lines', 0, 'amount']); } catch (e) { (e as InputError).issues[0].message; }
 * //=> 'lines[0].amount: expected a decimal amount such as "1234.56", found "12abc"'
 * ```
 */
export class InputError extends SharedServicesError {
  constructor(issue: Issue | readonly Issue[], options?: { cause?: unknown; code?: ErrorCode }) {
    const issues: readonly Issue[] = Array.isArray(issue) ? issue : [issue as Issue];
    const code = options?.code ?? issues[0]?.code ?? ErrorCode.OPTION;
    const message = issues.length === 1 ? issues[0]!.message : `${issues.length} problems:\n${issues.map((i) => `  - ${i.message}`).join('\n')}`;
    super(code, message, issues, options);
    this.name = 'InputError';
  }
}

/**
 * A scenario that cannot be evaluated. Lists every problem at once, each with its path, what was expected
 * and what was found.
 *
 * @example
 * ```ts
 * const result = safeParseScenario({ version: 2 });
 * if (!result.success) result.error.issues[0].path;
 * //=> ['version']
 * ```
 */
export class ScenarioError extends SharedServicesError {
  constructor(issues: readonly Issue[], options?: { cause?: unknown }) {
    const head = issues.slice(0, 20).map((i) => `  - ${i.message}`);
    const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
    super(
      ErrorCode.SCENARIO,
      `The scenario has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${[...head, ...more].join('\n')}`,
      issues,
      options,
    );
    this.name = 'ScenarioError';
  }
}

/**
 * An internal check failed: some total did not equal the sum of its cells. This is a bug in the library,
 * never a problem with the input; please report it with the scenario.
 *
 * @example
 * ```ts
 * new InvariantError('partner totals do not add up').code;
 * //=> 'E_INVARIANT'
 * ```
 */
export class InvariantError extends SharedServicesError {
  constructor(message: string) {
    super(ErrorCode.INVARIANT, message);
    this.name = 'InvariantError';
  }
}

/**
 * True for any error thrown by this library, across realms (checks the name as well as the prototype).
 *
 * @param value - anything caught
 * @returns whether it is a {@link SharedServicesError}
 *
 * @example
 * ```ts
 * isSharedServicesError(new Error('x'));
 * //=> false
 * ```
 */
export function isSharedServicesError(value: unknown): value is SharedServicesError {
  if (value instanceof SharedServicesError) return true;
  // Another realm (a vm context) has its own Error class: recognise a real error (its internal tag
  // says Error in every realm) with the library's shape.
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) !== '[object Error]') return false;
  const v = value as { name?: unknown; message?: unknown; code?: unknown; issues?: unknown };
  return typeof v.name === 'string' && typeof v.message === 'string' && typeof v.code === 'string' && /^E_[A-Z_]+$/.test(v.code) && Array.isArray(v.issues);
}

/**
 * True for a {@link ScenarioError}, across realms.
 *
 * @param value - anything caught
 * @returns whether it is a scenario error with its issues
 *
 * @example
 * ```ts
 * isScenarioError(new ScenarioError([]));
 * //=> true
 * ```
 */
export function isScenarioError(value: unknown): value is ScenarioError {
  return value instanceof ScenarioError || (isSharedServicesError(value) && value.name === 'ScenarioError');
}
