/**
 * The kernel of `pivot`: exact sums in typed arrays. Each slot stays on a double while its running sum is
 * a safe integer and moves to a BigInt before an addition would leave that range.
 */
import { describe, expect, it } from 'vitest';
import type { LineBlock } from '../../src/engine/_blocks.js';
import { ExactTotal, TableSums } from '../../src/engine/_table-sums.js';

/** A block of one year and `units.length` partners, on doubles. */
const block = (units: number[], q = 1n, places = 0): LineBlock => ({ line: 'l', measure: 'money', years: ['y'], partners: units.map((_, j) => `p${j}`), units: Float64Array.from(units), q, places });

const place = (n: number): { yearAt: Float64Array; partnerAt: Float64Array; base: number } => ({ yearAt: Float64Array.of(0), partnerAt: new Float64Array(n), base: 0 });

describe('TableSums', () => {
  it('keeps a slot exact where the sum of safe integers passes 2^53 (a double holds only even integers there)', () => {
    const u = 4503599627370497; // 2^52 + 1
    const sums = new TableSums(1, 1, 0);
    for (let i = 0; i < 3; i++) sums.add(block([u]), place(1), false, true);
    expect(sums.value(0, 0)).toBe(3n * BigInt(u));
    sums.add(block([-u]), place(1), false, true);
    expect(BigInt(sums.value(0, 0))).toBe(2n * BigInt(u));
  });

  it('scales a coarser block exactly, and a product beyond 2^53 through a BigInt', () => {
    const sums = new TableSums(1, 1, 3);
    // 3 quanta of 0.5 at 1 place = 1500 thousandths; then 2^52 + 1 quanta of 0.5.
    sums.add(block([3], 5n, 1), place(1), false, true);
    expect(sums.value(0, 0)).toBe(1500);
    sums.add(block([4503599627370497], 5n, 1), place(1), false, true);
    expect(sums.value(0, 0)).toBe(1500n + 4503599627370497n * 500n);
  });

  it('marks a slot present where a zero falls, and leaves one out where no cell does', () => {
    const sums = new TableSums(1, 2, 0);
    sums.add(block([0, 5]), { yearAt: Float64Array.of(0), partnerAt: Float64Array.of(0, -1), base: 0 }, false, true);
    expect([sums.has(0, 0), sums.has(0, 1), sums.value(0, 0)]).toEqual([true, false, 0]);
  });
});

describe('ExactTotal', () => {
  it('adds past 2^53 exactly', () => {
    const t = new ExactTotal();
    for (let i = 0; i < 3; i++) t.add(4503599627370497);
    t.add(1n);
    expect(t.value()).toBe(3n * 4503599627370497n + 1n);
  });
});
