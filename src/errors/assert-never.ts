import { InvariantError } from './errors.js';

/**
 * Ends a `switch` over a union: with every case handled, the value left is `never`, so a case added to
 * the union but not to the switch is a compile error; were one to reach here at run time anyway, it is a
 * bug, reported as such, never handled by a plausible default.
 *
 * @param value - the value no case matched
 * @param what - what it is, for the message
 * @throws {@link InvariantError} always
 */
export function assertNever(value: never, what: string): never {
  throw new InvariantError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
