/**
 * The limits of a simulation, checked before any work: the runs, the values kept (runs × (partners + 1))
 * and the work (runs × (partners + 1) × years), each an InputError at `runs` saying the most allowed;
 * and threads capped to the machine's cores, with the same result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { InputError, parseScenario, simulate, simulateParallel, simulationToJSON, type Scenario } from '../../../src/index.js';

// One core: simulateParallel must then compute every run in the calling thread, starting no worker
// (there is none to start from the sources: a worker would fail to load).
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => 1 }));

const tri = parseScenario(JSON.parse(readFileSync(new URL('../../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')));

/** A scenario of `n` partners sharing one saving equally, over 3 years. */
function partners(n: number): Scenario {
  return parseScenario({
    version: 1,
    title: `${n} partners`,
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 },
    partners: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}` })),
    lines: [{ id: 'l', name: 'Line', tier: 'projected', amount: '1000000', attribution: { rule: 'equal' }, phasing: [{ year: '2020/21', share: '1' }] }],
  });
}

function refusal(run: () => unknown): { path: readonly (string | number)[]; expected: string; message: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const issue = (e as InputError).issues[0]!;
    expect((e as InputError).code).toBe('E_OPTION');
    return issue;
  }
  throw new Error('expected an InputError');
}

describe('simulate: limits checked before any work', () => {
  it.each([0, -1, 1.5, Number.NaN, 10_000_001])('runs %s: a whole number from 1 to 10,000,000', (runs) => {
    expect(refusal(() => simulate(tri, { runs, seed: 1 })).message).toBe(`runs: expected a whole number of runs from 1 to 10000000, found ${runs}`);
  });

  it('1,000 partners and 10 million runs: refused at once, with the most runs allowed (not "Invalid typed array length")', () => {
    const many = partners(1000);
    const started = performance.now();
    const issue = refusal(() => simulate(many, { runs: 10_000_000, seed: 1 }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issue.path).toEqual(['runs']);
    expect(issue.expected).toBe('at most 49,950 runs for 1000 partners: runs × (partners + 1) may be at most 50,000,000, the values a simulation keeps in memory');
    expect(refusal(() => simulate(many, { runs: 49_951, seed: 1 })).path).toEqual(['runs']);
  });

  it('the values kept: runs × (partners + 1) up to 50,000,000 and no more', () => {
    // 9 partners: 5,000,000 runs keep exactly 50,000,000 values; one run more is refused.
    const nine = partners(9);
    expect(refusal(() => simulate(nine, { runs: 5_000_001, seed: 1 })).expected).toMatch(/^at most 5,000,000 runs for 9 partners/);
  });

  it('the work: runs × (partners + 1) × years up to 2,000,000,000', () => {
    const issue = refusal(() => simulate(tri, { runs: 4_000_001, seed: 1, years: 125 }));
    expect(issue.expected).toBe('at most 4,000,000 runs for 3 partners over 125 years: runs × (partners + 1) × years may be at most 2,000,000,000');
  });

  it('simulateParallel checks the same limits before any worker starts', async () => {
    await expect(simulateParallel(partners(1000), { runs: 10_000_000, seed: 1, threads: 2 })).rejects.toThrow(/at most 49,950 runs/);
  });
});

describe('simulateParallel: threads capped to the cores', () => {
  it('asks for 8 threads on one core: computed in this thread, byte-identical to simulate', async () => {
    const options = { runs: 1500, seed: 2011 };
    const parallel = await simulateParallel(tri, { ...options, threads: 8 });
    expect(JSON.stringify(simulationToJSON(parallel))).toBe(JSON.stringify(simulationToJSON(simulate(tri, options))));
  });

  it('still refuses a number of threads it cannot use', async () => {
    await expect(simulateParallel(tri, { runs: 10, seed: 1, threads: 0 })).rejects.toThrow(/threads: expected a whole number of threads from 1 to 256/);
    await expect(simulateParallel(tri, { runs: 10, seed: 1, threads: 257 })).rejects.toThrow(/threads/);
  });
});
