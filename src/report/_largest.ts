/**
 * The largest of some numbers, and at least `floor`, by a loop.
 *
 * `Math.max(...values)` passes every value as an argument, on the call stack, and throws a RangeError
 * ("Maximum call stack size exceeded") at around 125,000 values: a table of a thousand partners by a
 * few hundred lines is enough. Nothing in the report layer spreads an array of data into a call; it
 * uses this.
 *
 * @param values - the numbers (any iterable; read once)
 * @param floor - the result when there are none, and the least it can be
 * @returns the largest value, or `floor`
 */
export function largest(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let most = floor;
  for (const v of values) if (v > most) most = v;
  return most;
}
