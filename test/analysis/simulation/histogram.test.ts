/**
 * The histogram of simulated NPV: counts in bins of one round width with exact edges; the counts add up
 * to the runs, each run falls in the bin its value lies in, and the P10, P50 and P90 lie in the bins.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal, parseScenario, simulate } from '../../../src/index.js';
import { HISTOGRAM_BINS, histogram } from '../../../src/analysis/simulation/_summary.js';

const tri = parseScenario(JSON.parse(readFileSync(fileURLToPath(new URL('../../../examples/tri-borough-2011/scenario.json', import.meta.url)), 'utf8')));
const pennies = (q: bigint): Decimal => new Decimal(q.toString()).dividedBy(100);

/** The bin of a value: the i with edges[i] ≤ v < edges[i + 1]. */
function binOf(edges: readonly Decimal[], v: Decimal): number {
  return edges.findIndex((e, i) => i + 1 < edges.length && e.lessThanOrEqualTo(v) && v.lessThan(edges[i + 1]!));
}

describe('histogram', () => {
  it.each([
    // values in quanta, the edges and counts expected
    [[5], ['0.05', '0.06'], [1]],
    [[-7, -7], ['-0.07', '-0.06'], [2]],
    [[0, 1, 2, 3], ['0', '0.02', '0.04'], [2, 2]],
    [[-3, 0, 4, 9], ['-0.1', '0', '0.1'], [1, 3]],
    [[-100, -99, 101, 250, 1000, 1000, 1001, 1999, 2000], ['-20', '0', '20', '40'], [2, 6, 1]],
  ])('%j → edges %j, counts %j', (values, edges, counts) => {
    const h = histogram(BigInt64Array.from(values, (v) => BigInt(v)), pennies);
    expect(h.edges.map(String)).toEqual(edges);
    expect(h.counts).toEqual(counts);
  });

  it('counts every run once, in the bin its value lies in, within the most bins, edges one width apart', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), { minLength: 1, maxLength: 300 }), (raw) => {
        const sorted = BigInt64Array.from(raw).sort();
        const h = histogram(sorted, pennies);
        expect(h.counts.reduce((a, b) => a + b, 0)).toBe(sorted.length);
        expect(h.counts.length).toBeLessThanOrEqual(Math.min(HISTOGRAM_BINS, Math.ceil(Math.sqrt(sorted.length))));
        expect(h.edges.length).toBe(h.counts.length + 1);
        const width = h.edges[1]!.minus(h.edges[0]!);
        h.edges.forEach((e, i) => expect(e.minus(h.edges[0]!).equals(width.times(i))).toBe(true));
        expect(e0mod(h.edges[0]!, width)).toBe(true);
        // No empty bin at either end: the first holds the least value and the last the greatest.
        expect(h.counts[0]).toBeGreaterThan(0);
        expect(h.counts[h.counts.length - 1]).toBeGreaterThan(0);
        const expected = new Array<number>(h.counts.length).fill(0);
        for (const v of sorted) expected[binOf(h.edges, pennies(v))]!++;
        expect(h.counts).toEqual(expected);
      }),
    );
  });

  it('is part of every simulated outcome; the percentiles lie in its bins, the counts add up to the runs', () => {
    const sim = simulate(tri, { runs: 2000, seed: 2011 });
    for (const o of [...sim.partners, sim.total]) {
      const h = o.npvHistogram;
      expect(h.counts.reduce((a, b) => a + b, 0)).toBe(2000);
      expect(h.counts.length).toBeLessThanOrEqual(HISTOGRAM_BINS);
      for (const p of [o.npv.p10, o.npv.p50, o.npv.p90]) expect(binOf(h.edges, p)).toBeGreaterThanOrEqual(0);
    }
    // The same seed, the same bins.
    expect(JSON.stringify(simulate(tri, { runs: 2000, seed: 2011 }).total.npvHistogram)).toBe(JSON.stringify(sim.total.npvHistogram));
  });
});

/** Whether the first edge is a multiple of the width (the edges are round figures). */
function e0mod(first: Decimal, width: Decimal): boolean {
  return first.modulo(width).isZero();
}
