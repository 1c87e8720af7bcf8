import { InputError } from '../../src/index.js';

/** Runs `f` and returns the InputError it throws; fails the test if it throws anything else or nothing. */
export function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${String(e)}`);
  }
  throw new Error('expected an InputError, nothing was thrown');
}
