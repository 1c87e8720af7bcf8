/**
 * The grid rounding (src/engine/_grid.ts) on safe-integer numbers against the same rounding kept to
 * BigInts: the same grid, or the same error, for every input the number path accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridFitsNumbers, roundGrid } from '../../src/engine/_grid.js';
import type { Units } from '../../src/engine/_blocks.js';

type Grid = (rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]) => bigint[][] | undefined;

/** Row-major cells as rows of BigInts. */
const asRows = (cells: Units, nc: number): bigint[][] => {
  const all = Array.from(cells as ArrayLike<number | bigint>, (u) => BigInt(u));
  return Array.from({ length: all.length / nc }, (_, i) => all.slice(i * nc, (i + 1) * nc));
};
/** The rounding as it runs: on numbers where they fit, else on BigInts. */
const auto: Grid = (rows, cols, weights, rank) => asRows(roundGrid(rows, cols, weights, rank), cols.length);
/** The rounding on numbers; undefined where it declines them (and BigInts would be used). */
const numbers: Grid = (rows, cols, weights, rank) => {
  if (!gridFitsNumbers(rows, cols, weights)) return undefined;
  const cells = roundGrid(rows, cols, weights, rank);
  expect(cells).toBeInstanceOf(Float64Array);
  return asRows(cells, cols.length);
};
/** The rounding kept to BigInts. */
const bigints: Grid = (rows, cols, weights, rank) => asRows(roundGrid(rows, cols, weights, rank, { numbers: false }), cols.length);

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
const floorDiv = (a: bigint, b: bigint): bigint => (a / b) * b > a ? a / b - 1n : a / b; // b > 0

/** A grid, or the error thrown, as something `toEqual` compares. */
function outcome(round: Grid, rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): unknown {
  try {
    return round(rows, cols, weights, rank);
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/**
 * Column totals of one real rounding: each cell the floor of rows[i]·w[j]/W or one more, rows adding up.
 * `keys` picks which cells of a year get the quanta left after flooring.
 */
function marginsOfARounding(rows: readonly bigint[], weights: readonly bigint[], keys: readonly number[]): bigint[] {
  const W = sum(weights);
  const V = W < 0n ? -W : W;
  const sign = W < 0n ? -1n : 1n;
  const cols = weights.map(() => 0n);
  rows.forEach((row, i) => {
    if (V === 0n) {
      cols[keys[i % keys.length]! % cols.length]! += row; // any grid will do: put the year on one partner
      return;
    }
    const floors = weights.map((w) => floorDiv(row * w * sign, V));
    const fractional = weights.map((_, j) => j).filter((j) => floors[j]! * V !== row * weights[j]! * sign);
    fractional.sort((a, b) => keys[(i * 7 + a) % keys.length]! - keys[(i * 7 + b) % keys.length]! || a - b);
    const owed = Number(row - sum(floors));
    fractional.slice(0, owed).forEach((j) => (floors[j]! += 1n));
    floors.forEach((f, j) => (cols[j]! += f));
  });
  return cols;
}

const signed = (max: bigint): fc.Arbitrary<bigint> => fc.bigInt({ min: -max, max });
const natural = (max: bigint): fc.Arbitrary<bigint> => fc.bigInt({ min: 0n, max });

/** Magnitudes from tiny to past the safe integers; about 95,000,000 is the square root of 2^53. */
const scales = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ row: 100n, weight: 20n }) },
  { weight: 2, arbitrary: fc.constant({ row: 2_000_000n, weight: 200_000n }) },
  { weight: 3, arbitrary: fc.constant({ row: 95_000_000n, weight: 95_000_000n }) },
  { weight: 1, arbitrary: fc.constant({ row: MAX / 64n, weight: 8n }) },
  { weight: 2, arbitrary: fc.constant({ row: 10n ** 15n, weight: 10n ** 12n }) },
);

/** Weights all ≥ 0 (most lines), of both signs with a positive sum (partners' amounts), or summing to zero or below. */
const signs = fc.oneof(
  { weight: 4, arbitrary: fc.constant('positive' as const) },
  { weight: 3, arbitrary: fc.constant('mixed' as const) },
  { weight: 1, arbitrary: fc.constant('zero sum' as const) },
  { weight: 1, arbitrary: fc.constant('negative sum' as const) },
);

const cases = fc
  .record({
    scale: scales,
    signs,
    nr: fc.integer({ min: 1, max: 10 }),
    nc: fc.integer({ min: 1, max: 12 }),
    keys: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
    broken: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }) }),
    ranks: fc.constantFrom('permutation', 'with ties', 'spread out'),
  })
  .chain((c) => {
    const weight = c.signs === 'positive' ? natural(c.scale.weight) : signed(c.scale.weight);
    const row = c.signs === 'positive' ? natural(c.scale.row) : signed(c.scale.row);
    // Ranks are a permutation of the partners (as rankFor gives), or repeat, or run past 0..nc − 1.
    const permutation = fc.shuffledSubarray([...Array(c.nc).keys()], { minLength: c.nc, maxLength: c.nc });
    const rank =
      c.ranks === 'permutation'
        ? permutation
        : c.ranks === 'spread out'
          ? permutation.map((p) => p.map((r) => 7 * r - 3))
          : fc.array(fc.nat({ max: 3 }), { minLength: c.nc, maxLength: c.nc });
    return fc.record({
      c: fc.constant(c),
      rows: fc.array(fc.oneof(fc.constant(0n), row), { minLength: c.nr, maxLength: c.nr }),
      weights: fc.array(fc.oneof(fc.constant(0n), weight), { minLength: c.nc, maxLength: c.nc }),
      rank,
    });
  })
  .map(({ c, rows, weights, rank }) => {
    const ws = [...weights];
    const W = sum(ws);
    if (c.signs === 'zero sum') ws[ws.length - 1]! -= W;
    if ((c.signs === 'negative sum' && W > 0n) || (c.signs === 'mixed' && W < 0n)) ws.forEach((w, j) => (ws[j] = -w));
    if ((c.signs === 'positive' || c.signs === 'mixed') && W === 0n) ws[0]! += 1n;
    const cols = marginsOfARounding(rows, ws, c.keys);
    cols[0]! += BigInt(c.broken); // now and then margins no rounding meets: both must fail alike
    return { rows, cols, weights: ws, rank };
  });

describe('grid rounding on numbers', () => {
  it('gives the grid (or the error) of the BigInt code, and is used exactly where it applies', () => {
    let onNumbers = 0;
    let onBigInts = 0;
    fc.assert(
      fc.property(cases, ({ rows, cols, weights, rank }) => {
        const expected = outcome(bigints, rows, cols, weights, rank);
        const fast = outcome(numbers, rows, cols, weights, rank);
        if (fast === undefined) onBigInts++;
        else {
          onNumbers++;
          expect(fast).toEqual(expected);
        }
        expect(outcome(auto, rows, cols, weights, rank)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the dispatch are exercised.
    expect(onNumbers).toBeGreaterThan(1000);
    expect(onBigInts).toBeGreaterThan(150);
  });

  it('floors exactly where the double quotient comes nearest the next integer, just inside the limit', () => {
    // W = 2^20 and 8,589,934,593 × (2^20 − 1) = 2^20 · 8,589,926,400 + (2^20 − 1): the exact quotient is
    // 2^-20 below an integer, and the double 8,589,926,400.999999 only just stays below it. (Below 2^53
    // Math.floor never rounds up; this is as near as it comes, and the next test is where it does.)
    const weights = [2n ** 20n - 1n, 1n];
    const rows = [8_589_934_593n, 3n];
    const cols = marginsOfARounding(rows, weights, [1, 0]);
    const grid = numbers(rows, cols, weights, [0, 1]);
    expect(grid).toBeDefined();
    expect(grid![0]![0]! - 8_589_926_400n).toBeLessThanOrEqual(1n);
    expect(grid).toEqual(bigints(rows, cols, weights, [0, 1]));
    // Seven equal partners of a year of 2^53 − 12: every remainder is 6 of 7, placed by rank alone.
    const seven = [1n, 1n, 1n, 1n, 1n, 1n, 1n];
    const year = [MAX - 11n];
    const sevenCols = marginsOfARounding(year, seven, [3, 1, 4, 1, 5, 9, 2, 6]);
    expect(numbers(year, sevenCols, seven, [6, 5, 4, 3, 2, 1, 0])).toEqual(bigints(year, sevenCols, seven, [6, 5, 4, 3, 2, 1, 0]));
  });

  it('hands over to BigInts just past the limit, where the double quotient rounds up to the next integer', () => {
    // One year of 2^20 more than above: the product passes 2^53, and floor(row × w / W) in doubles is
    // one too many. The number path declines, and roundGrid gives the BigInt grid.
    const weights = [2n ** 20n - 1n, 1n];
    const rows = [8_590_983_169n];
    const exact = (rows[0]! * weights[0]!) / 2n ** 20n;
    expect(Math.floor((Number(rows[0]!) * Number(weights[0]!)) / 2 ** 20)).toBe(Number(exact) + 1);
    const cols = marginsOfARounding(rows, weights, [0]);
    expect(numbers(rows, cols, weights, [0, 1])).toBeUndefined();
    expect(auto(rows, cols, weights, [0, 1])).toEqual(bigints(rows, cols, weights, [0, 1]));
    expect(auto(rows, cols, weights, [0, 1])![0]![0]! - exact).toBeLessThanOrEqual(1n);
    // At the limit (row × weight + W = 2^53 − 1) numbers are used; one past it, BigInts.
    const two = [1n, 1n];
    expect(numbers([MAX - 2n], [MAX / 2n, MAX / 2n - 1n], two, [0, 1])).toEqual([[MAX / 2n, MAX / 2n - 1n]]);
    expect(numbers([MAX - 1n], [MAX / 2n, MAX / 2n], two, [0, 1])).toBeUndefined();
  });

  it('declines where a running total could leave the safe integers, though every product is safe', () => {
    // Weights of both signs summing to 1: each floor is a product of ±(2^52 − 1) or less, but three of
    // them add up past 2^53 and the year's total of floors comes out one short in doubles.
    const R = 2n ** 26n + 1n;
    const K = 2n ** 26n - 1n;
    const weights = [K, K, K, -K, -K, 1n - K];
    const cols = weights.map((w) => R * w);
    const rank = [0, 1, 2, 3, 4, 5];
    expect(weights.reduce((g, w) => g + Number(R) * Number(w), 0)).toBe(Number(R) - 1);
    expect(numbers([R], cols, weights, rank)).toBeUndefined();
    expect(auto([R], cols, weights, rank)).toEqual([cols]);
    // A partner's margin far from its floors: numbers only while the margin less its floors stays safe.
    const two = [1n, 1n];
    const tooSmall = 'InvariantError: grid rounding: a margin is below the floor of its exact value';
    expect(outcome(numbers, [5n], [MAX - 3n, 8n - MAX], two, [0, 1])).toBe(tooSmall);
    expect(outcome(numbers, [5n], [MAX - 2n, 7n - MAX], two, [0, 1])).toBeUndefined();
    expect(outcome(auto, [5n], [MAX - 2n, 7n - MAX], two, [0, 1])).toBe(tooSmall);
  });

  it('orders the remainders as the BigInt code does, however large W and whatever the ranks', () => {
    // W = 10^15 over 2 years × 3 partners: remainders packed with rank, year and partner would pass 2^53
    // (and would put year 1's quantum on partner 2, year 2's on partner 1).
    const weights = [10n ** 15n - 5n, 3n, 2n];
    expect(numbers([4n, 3n], [5n, 1n, 1n], weights, [0, 1, 2])).toEqual([
      [3n, 1n, 0n],
      [2n, 0n, 1n],
    ]);
    expect(bigints([4n, 3n], [5n, 1n, 1n], weights, [0, 1, 2])).toEqual([
      [3n, 1n, 0n],
      [2n, 0n, 1n],
    ]);
    // Equal remainders everywhere, so only the ranks (then the years) decide: ranks repeated, past
    // 0..n − 1, or not whole.
    const even = [1n, 1n, 1n, 1n];
    for (const rank of [
      [3, 0, 2, 1],
      [1, 1, 0, 0],
      [30, -5, 7, 8],
      [0.5, 0.25, 1, 2],
    ]) {
      expect(numbers([2n, 2n, 2n], [2n, 2n, 1n, 1n], even, rank)).toEqual(bigints([2n, 2n, 2n], [2n, 2n, 1n, 1n], even, rank));
    }
  });

  it('follows the BigInt code on a weight sum of zero and in its errors, and leaves a negative sum to it', () => {
    const same = (rows: bigint[], cols: bigint[], weights: bigint[], rank: number[]): void => {
      const fast = outcome(numbers, rows, cols, weights, rank);
      expect(fast).toBeDefined();
      expect(fast).toEqual(outcome(bigints, rows, cols, weights, rank));
    };
    same([5n, 3n], [4n, 4n], [2n, -2n], [0, 1]); // W = 0: every floor zero, placed along augmenting paths
    same([6n, -1n], marginsOfARounding([6n, -1n], [-4n, 3n, 2n], [2, 7]), [-4n, 3n, 2n], [1, 2, 0]); // signs mixed
    // W < 0 is outside roundGrid's terms: whatever the BigInt code does with it, roundGrid does.
    const negative = [[7n, -4n], [-3n, 1n, 5n], [-3n, 1n, -2n], [2, 0, 1]] as const;
    expect(numbers(...negative)).toBeUndefined();
    expect(outcome(auto, ...negative)).toEqual(outcome(bigints, ...negative));
    same([10n, 10n], [10n, 9n], [1n, 1n], [0, 1]); // margins too small: a margin below its floor
    same([1n], [0n, 0n], [1n, 1n], [0, 1]); // no rounding meets both margins
    expect(outcome(numbers, [10n, 10n], [10n, 9n], [1n, 1n], [0, 1])).toBe('InvariantError: grid rounding: a margin is below the floor of its exact value');
    // As many weights as partners, or it is the BigInt code's to fail (or not).
    expect(numbers([1n], [1n, 0n], [1n], [0, 1])).toBeUndefined();
    expect(outcome(auto, [1n], [1n, 0n], [1n], [0, 1])).toEqual(outcome(bigints, [1n], [1n, 0n], [1n], [0, 1]));
    expect(numbers([2n], [1n, 1n], [1n, 1n, 1n], [0, 1])).toBeUndefined();
    expect(auto([2n], [1n, 1n], [1n, 1n, 1n], [0, 1])).toEqual(bigints([2n], [1n, 1n], [1n, 1n, 1n], [0, 1]));
    expect(outcome(numbers, [1n], [0n, 0n], [1n, 1n], [0, 1])).toBe('InvariantError: grid rounding: no rounding meets both the year and the partner totals');
  });
});
