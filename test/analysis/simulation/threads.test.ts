/**
 * How many threads `simulateParallel` computes on: a number asked for, capped to the cores; or `'auto'`
 * (the default), one thread for every WORK_PER_THREAD of work, so that a simulation too small to pay for
 * a worker's start stays in the calling thread.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseScenario, simulate, simulateParallel, simulationToJSON } from '../../../src/index.js';
import { BUSY_LOAD_PER_CORE, WORK_PER_THREAD, threadsFor } from '../../../src/analysis/simulation/simulate-parallel.js';

// Two cores. From the sources there is no built worker to start: a worker started here fails to load, so
// a simulation that succeeds started none.
vi.mock('node:os', async (original) => ({ ...(await original<typeof import('node:os')>()), availableParallelism: () => 2, loadavg: () => [0.5, 0.5, 0.5] }));

const tri = parseScenario(JSON.parse(readFileSync(new URL('../../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')));
/** The tri-borough example's work per run: (3 partners + 1) × 4 years. */
const TRI_WORK = 16;

describe('threadsFor', () => {
  it.each([
    ['auto', 1, 2, 1],
    ['auto', WORK_PER_THREAD - 1, 2, 1],
    ['auto', 2 * WORK_PER_THREAD - 1, 2, 1],
    ['auto', 2 * WORK_PER_THREAD, 2, 2],
    ['auto', 100 * WORK_PER_THREAD, 2, 2],
    ['auto', 100 * WORK_PER_THREAD, 1, 1],
    ['auto', 5 * WORK_PER_THREAD, 8, 5],
    [1, 100 * WORK_PER_THREAD, 8, 1],
    [4, 1, 8, 4],
    [8, 1, 2, 2],
    [256, 1, 1, 1],
  ] as const)('%s threads for work %i on %i cores: %i', (asked, work, cores, threads) => {
    expect(threadsFor(asked, work, cores)).toBe(threads);
  });

  it.each([
    [0, 2, 2],
    [1.9, 2, 2],
    [2 * BUSY_LOAD_PER_CORE - 0.01, 2, 2],
    [2 * BUSY_LOAD_PER_CORE, 2, 1],
    [15, 2, 1],
    [15, 8, 8],
    [40, 8, 1],
  ])('auto under a load average of %d on %i cores: %i threads, a number asked for is kept', (load, cores, threads) => {
    expect(threadsFor('auto', 1000 * WORK_PER_THREAD, cores, load)).toBe(threads);
    expect(threadsFor(2, 1, cores, load)).toBe(2);
  });

  it.each([0, -1, 1.5, 257, Number.NaN])('refuses %s threads', (asked) => {
    expect(() => threadsFor(asked, 1, 2)).toThrow(/threads: expected a whole number of threads from 1 to 256, or 'auto'/);
  });

  it('under auto, a second thread needs the runs to pay for it: the tri-borough example from 80,000 runs', () => {
    expect(threadsFor('auto', 10_000 * TRI_WORK, 2)).toBe(1);
    expect(threadsFor('auto', 79_999 * TRI_WORK, 2)).toBe(1);
    expect(threadsFor('auto', 80_000 * TRI_WORK, 2)).toBe(2);
    expect(threadsFor('auto', 1_000_000 * TRI_WORK, 2)).toBe(2);
  });
});

describe('simulateParallel, threads auto (the default), on two cores', () => {
  it('keeps a small simulation in the calling thread: no worker started, byte-identical to simulate', async () => {
    const options = { runs: 3000, seed: 2011 };
    const progress: number[] = [];
    const auto = await simulateParallel(tri, { ...options, onProgress: (done) => progress.push(done) });
    expect(JSON.stringify(simulationToJSON(auto))).toBe(JSON.stringify(simulationToJSON(simulate(tri, options))));
    expect(progress[progress.length - 1]).toBe(3000);
    const named = await simulateParallel(tri, { ...options, threads: 'auto' });
    expect(JSON.stringify(simulationToJSON(named))).toBe(JSON.stringify(simulationToJSON(auto)));
  });

  it('starts a worker for a large one (here, from the sources, the worker cannot load, which proves it was started)', async () => {
    const runs = Math.ceil((2 * WORK_PER_THREAD) / TRI_WORK);
    await expect(simulateParallel(tri, { runs, seed: 2011 })).rejects.toThrow(/a simulation worker failed/);
  });
});
