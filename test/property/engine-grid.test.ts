/**
 * The controlled rounding of a line's years × partners grid (src/engine/_grid.ts), and the guarantee it
 * exists for: a partner's share of a phased line is the same read per year or over all years.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundGrid as roundCells } from '../../src/engine/_grid.js';
import { oneQuantumRoundingExists } from '../../src/testing/_one-quantum.js';
import { apportionUnits, inputOrderRank } from '../../src/money/index.js';
import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);

/** The rounded grid as rows (years) of BigInt cells. */
function roundGrid(rows: readonly bigint[], cols: readonly bigint[], weights: readonly bigint[], rank: readonly number[]): bigint[][] {
  const cells = Array.from(roundCells(rows, cols, weights, rank) as ArrayLike<number | bigint>, (u) => BigInt(u));
  return rows.map((_, i) => cells.slice(i * cols.length, (i + 1) * cols.length));
}

/** Integer weights, some zero, at least one positive. */
const weights = (max: number): fc.Arbitrary<bigint[]> =>
  fc
    .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 20n }), fc.bigInt({ min: 0n, max: 10n ** 12n })), { minLength: 1, maxLength: max })
    .map((ws) => (ws.some((w) => w > 0n) ? ws : [1n, ...ws.slice(1)]));

const permutation = (n: number): fc.Arbitrary<number[]> => {
  const ids = Array.from({ length: n }, (_, i) => i);
  return fc.shuffledSubarray(ids, { minLength: n, maxLength: n });
};

/**
 * Checks a grid: rows and columns add up, and every cell is the floor or the ceiling of rows[i]·w[j]/W,
 * or, where no such rounding meets both totals (the checker's own search says), within two quanta.
 */
function checkGrid(grid: bigint[][], rows: readonly bigint[], cols: readonly bigint[], w: readonly bigint[]): void {
  const W = sum(w);
  expect(grid.map((row) => sum(row))).toEqual([...rows]);
  expect(cols.map((_, j) => sum(grid.map((row) => row[j]!)))).toEqual([...cols]);
  const quanta = oneQuantumRoundingExists(rows, cols, w) ? 1n : 2n;
  grid.forEach((row, i) => {
    row.forEach((cell, j) => {
      // floor(x) ≤ cell ≤ ceil(x)  ⇔  |cell·W − rows[i]·w[j]| < W
      const gap = cell * W - rows[i]! * w[j]!;
      if (gap <= -quanta * W || gap >= quanta * W) throw new Error(`cell [${i}][${j}] = ${cell} is not within ${quanta} quanta of ${rows[i]}·${w[j]}/${W}`);
    });
  });
}

describe('roundGrid', () => {
  it('with margins from largest-remainder apportionment: rows and columns add up, each cell the floor or ceiling of Y_i·w_j/W', () => {
    const cases = fc.record({ total: fc.oneof(fc.bigInt({ min: 0n, max: 100n }), fc.bigInt({ min: 0n, max: 10n ** 15n })), partners: weights(8), years: weights(8) }).chain((c) =>
      permutation(c.partners.length).map((rank) => ({ ...c, rank })),
    );
    fc.assert(
      fc.property(cases, ({ total, partners, years, rank }) => {
        const rows = apportionUnits(total, years, inputOrderRank(years.length), 'largestRemainder');
        const cols = apportionUnits(total, partners, rank, 'largestRemainder');
        const grid = roundGrid(rows, cols, partners, rank);
        checkGrid(grid, rows, cols, partners);
        // Zero weight gets zero in every year; nothing is negative.
        partners.forEach((w, j) => {
          if (w === 0n) expect(grid.every((row) => row[j] === 0n)).toBe(true);
        });
        expect(grid.every((row) => row.every((c) => c >= 0n))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('meets both totals where no rounding within one quantum can: one cell takes a second quantum', () => {
    // Margins from largest remainder (total 522,408,253,329,938 by years 316,990,490,616 : 20 and by the
    // partners' weights). Row 0's floors fall 3 short, but only columns 0 and 1 are owed anything.
    const w = [696481782852n, 277449643091n, 6n, 1n, 11n];
    const rows = [522408253296978n, 32960n];
    const cols = [373586704317317n, 148821549002967n, 3218n, 536n, 5900n];
    expect(oneQuantumRoundingExists(rows, cols, w)).toBe(false);
    const grid = roundGrid(rows, cols, w, [4, 3, 2, 1, 0]);
    checkGrid(grid, rows, cols, w);
    expect(grid.map((row) => row.slice(2))).toEqual([
      [3218n, 536n, 5900n],
      [0n, 0n, 0n],
    ]);
  });

  it('with partner amounts of both signs (weights are the amounts themselves): rows and columns add up, cells floor or ceiling', () => {
    const cases = fc
      .record({ parts: fc.array(fc.bigInt({ min: -1_000_000n, max: 1_000_000n }), { minLength: 1, maxLength: 8 }), years: weights(8) })
      .filter(({ parts }) => sum(parts) !== 0n);
    fc.assert(
      fc.property(cases, ({ parts, years }) => {
        const sign = sum(parts) < 0n ? -1n : 1n;
        const cols = parts.map((p) => p * sign);
        const rows = apportionUnits(sum(cols), years, inputOrderRank(years.length), 'largestRemainder');
        const grid = roundGrid(rows, cols, cols, inputOrderRank(cols.length));
        checkGrid(grid, rows, cols, cols);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic and prefers the largest remainders (a grid of equal weights over equal years is balanced)', () => {
    expect(roundGrid([1n, 1n, 1n], [1n, 1n, 1n], [1n, 1n, 1n], [0, 1, 2])).toEqual([
      [1n, 0n, 0n],
      [0n, 1n, 0n],
      [0n, 0n, 1n],
    ]);
    expect(roundGrid([5n, 5n], [4n, 3n, 3n], [1n, 1n, 1n], [0, 1, 2])).toEqual(roundGrid([5n, 5n], [4n, 3n, 3n], [1n, 1n, 1n], [0, 1, 2]));
  });

  // The documented order of the greedy placement: largest remainder first, then partner rank, then year.
  // Each grid below has two valid roundings, and only that order picks the one shown (on numbers and on
  // BigInts alike).
  it.each([
    // Years 2 and 1 by weights 2 : 1: remainders (of 3) 1, 2 / 2, 1. The two 2s go first: year 1's partner 0
    // (rank 0) and year 0's partner 1. Taking the smallest remainders first would give [2, 0], [0, 1].
    { rows: [2n, 1n], weights: [2n, 1n], rank: [0, 1], grid: [[1n, 1n], [1n, 0n]] },
    // Every remainder 1 of 2: partner rank decides, then the earlier year (later first gives [0, 1], [1, 0]).
    { rows: [1n, 1n], weights: [1n, 1n], rank: [0, 1], grid: [[1n, 0n], [0n, 1n]] },
    { rows: [1n, 1n], weights: [1n, 1n], rank: [1, 0], grid: [[0n, 1n], [1n, 0n]] },
    // Year 1's remainders (2 of 3) before year 0's (1 of 3), each year's by rank: partners 1 and 2 in year
    // 1, partner 0 (ranked last) in year 0.
    { rows: [1n, 2n], weights: [1n, 1n, 1n], rank: [2, 0, 1], grid: [[1n, 0n, 0n], [0n, 1n, 1n]] },
  ])('places the quanta left over in the documented order: $rows by $weights, ranks $rank', ({ rows, weights: w, rank, grid }) => {
    const cols = grid[0]!.map((_, j) => sum(grid.map((row) => row[j]!)));
    expect(roundGrid(rows, cols, w, rank)).toEqual(grid);
    const onBigInts = roundCells(rows, cols, w, rank, { numbers: false });
    expect(rows.map((_, i) => onBigInts.slice(i * cols.length, (i + 1) * cols.length))).toEqual(grid);
  });
});

/** Each (line, measure, partner) total over all years. */
function partnerTotals(e: Evaluation): Record<string, string> {
  const out = new Map<string, ReturnType<Evaluation['lineCells'][number]['value']['plus']>>();
  for (const c of e.lineCells) {
    const key = `${c.line}|${c.measure}|${c.partner}`;
    out.set(key, out.has(key) ? out.get(key)!.plus(c.value) : c.value);
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, v.toFixed()]));
}

describe('phased lines', () => {
  it("a partner's share of a line is the same read per year as over all years: phasing never changes a partner's total", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxYears: 6 }), (file) => {
        const phased = evaluate(parseScenario(file));
        const oneShot = evaluate(parseScenario({ ...file, lines: (file.lines ?? []).map(({ phasing: _, ...l }) => l) }));
        expect(partnerTotals(phased)).toEqual(partnerTotals(oneShot));
      }),
      { numRuns: 200 },
    );
  });

  it('a line split by a rule and phased by shares: per-partner totals are the one-shot apportionment (worked example)', () => {
    const file = {
      version: 1,
      title: 'Phased',
      settings: { firstYear: '2017/18', years: 3 },
      partners: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      lines: [{ id: 'l', name: 'L', amount: '100', phasing: [{ year: '2017/18', share: '0.5' }, { year: '2018/19', share: '0.25' }, { year: '2019/20', share: '0.25' }] }],
    };
    const cells = evaluate(parseScenario(file)).lineCells.map((c) => `${c.year} ${c.partner} ${c.value.toFixed()}`);
    // One-shot: 33.34 / 33.33 / 33.33. Years: 50 / 25 / 25.
    expect(cells).toEqual([
      '2017/18 a 16.67',
      '2017/18 b 16.67',
      '2017/18 c 16.66',
      '2018/19 a 8.34',
      '2018/19 b 8.33',
      '2018/19 c 8.33',
      '2019/20 a 8.33',
      '2019/20 b 8.33',
      '2019/20 c 8.34',
    ]);
  });
});
