import { Worker } from 'node:worker_threads';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCode, InputError, SharedServicesError, makeIssue, type Issue } from '../../errors/index.js';
import type { Scenario } from '../../model/index.js';
import { prepareSimulation } from './_prepare.js';
import { blockQueue, claimBlock, joinRanges, runRange, stopBlocks, type BlockQueue, type RangeResult, type SimulationPlan } from './_core.js';
import type { SimulateOptions, Simulation } from './types.js';

/**
 * Options for {@link simulateParallel}: those of {@link simulate}, and how many threads to compute on.
 *
 * @example
 * ```ts
 * const options: SimulateParallelOptions = { runs: 100000, seed: 2011, threads: 2 };
 * ```
 */
export interface SimulateParallelOptions extends SimulateOptions {
  /**
   * Threads computing runs, 1 to 256, the calling thread included: `threads − 1` workers are started.
   * More than the machine's cores (`os.availableParallelism()`) is capped to them: more threads than
   * cores only add workers' memory and start-up. `'auto'` takes one thread for every 640,000 of work
   * (runs × (partners + 1) × years: a second thread from 80,000 runs of 3 partners over 4 years), up to
   * the cores, and one thread alone while the machine is busy (a load average of 2 a core or more), so
   * that a simulation too small to pay for starting a worker, or on a machine with no core to spare, runs
   * in the calling thread alone. The result is the same for any number.
   * @defaultValue `'auto'`
   */
  readonly threads?: number | 'auto';
}

/**
 * The work, runs × (partners + 1) × years, for each thread `threads: 'auto'` takes: a second thread from
 * twice this. Starting a worker costs about 36 ms of one core (measured; it loads one file), and its first
 * few thousand runs are slower until they are compiled; a run of the tri-borough example (3 partners,
 * 4 years: 16 units of work) takes about 13 µs, so a worker's start costs the time of several thousand
 * runs. Two threads measured 1.2× one at 100,000 such runs and 1.5× at 1,000,000 on a machine with a
 * core to spare (bench/README.md); this takes the second thread from 80,000 runs, where its start is a
 * small part of what it saves.
 */
export const WORK_PER_THREAD = 640_000;

/**
 * The load average a core (`os.loadavg()[0]` over `os.availableParallelism()`) from which `threads:
 * 'auto'` keeps to one thread: the machine then has no core to spare, and a worker only adds its start
 * and its share of the cores other work is using. Measured on two cores: at a load of about 2 a second
 * thread ran 1.2× to 1.5× as fast; at 9 to 16, anything from 1.14× as fast to 0.81× (bench/README.md,
 * "Simulation threads").
 */
export const BUSY_LOAD_PER_CORE = 2;

/**
 * The threads `simulateParallel` computes on: the number asked for, capped to the cores; or, for
 * `'auto'`, one for every {@link WORK_PER_THREAD} of work, at least one and at most the cores, and one
 * alone while the load average is {@link BUSY_LOAD_PER_CORE} a core or more.
 *
 * @param asked - a whole number from 1 to 256, or `'auto'`
 * @param work - runs × (partners + 1) × years
 * @param cores - the cores the machine offers (`os.availableParallelism()`)
 * @param load - the machine's load average over the last minute (`os.loadavg()[0]`; 0 where the system
 *   does not say, as on Windows)
 * @returns the number of threads, the calling thread included
 * @throws {@link InputError} (`E_OPTION`) for a number of threads it cannot use
 *
 * @example
 * ```ts
 * threadsFor('auto', 16 * 10_000, 2);
 * //=> 1
 * threadsFor('auto', 16 * 100_000, 2);
 * //=> 2
 * threadsFor('auto', 16 * 100_000, 2, 5.2);
 * //=> 1
 * threadsFor(8, 16, 2);
 * //=> 2
 * ```
 */
export function threadsFor(asked: number | 'auto', work: number, cores: number, load = 0): number {
  if (asked === 'auto') return load >= BUSY_LOAD_PER_CORE * cores ? 1 : Math.max(1, Math.min(cores, Math.floor(work / WORK_PER_THREAD)));
  if (!Number.isInteger(asked) || asked < 1 || asked > 256) throw new InputError(makeIssue(ErrorCode.OPTION, ['threads'], "a whole number of threads from 1 to 256, or 'auto'", asked));
  return Math.min(asked, cores);
}

/**
 * The built worker entry (an ES module), next to this module in `dist`: found through `__filename` from
 * the CommonJS build and through `import.meta.url` from the ES module build.
 */
function workerUrl(): URL {
  if (typeof __filename === 'string') return pathToFileURL(join(dirname(__filename), 'simulate-worker.js'));
  return new URL('./simulate-worker.js', import.meta.url);
}

type Message = { type: 'done'; block: number; result: RangeResult } | { type: 'error'; name?: string; code?: ErrorCode; message: string; issues: Issue[] };

function workerError(e: Error): SharedServicesError {
  const missing = /NOT_FOUND/.test(String((e as { code?: string }).code)) || /Cannot find module/.test(e.message);
  const hint = missing ? ' (simulateParallel starts the worker built beside the package, dist/simulate-worker.js: run it from the built package)' : '';
  return new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker failed: ${e.message}${hint}`, [], { cause: e });
}

/** The blocks' results as they arrive from any thread, and the end: all of them in, or the first failure. */
interface _Blocks {
  readonly queue: BlockQueue;
  readonly results: RangeResult[];
  /** Settles once every block has its result (or rejects with the first failure). */
  readonly all: Promise<void>;
  add(block: number, result: RangeResult): void;
  fail(error: unknown): void;
}

function collect(plan: SimulationPlan, queue: BlockQueue, onProgress: SimulateOptions['onProgress']): _Blocks {
  const results = new Array<RangeResult>(queue.count);
  let missing = queue.count;
  let done = 0;
  let settle!: () => void;
  let reject!: (e: unknown) => void;
  const all = new Promise<void>((res, rej) => {
    settle = res;
    reject = rej;
  });
  return {
    queue,
    results,
    all,
    add(block, result) {
      results[block] = result;
      done += result.to - result.from;
      onProgress?.(done, plan.runs);
      if (--missing === 0) settle();
    },
    fail(error) {
      stopBlocks(queue);
      reject(error);
    },
  };
}

/** Starts a worker that claims blocks from the shared queue and reports each, until none are left. */
function startWorker(plan: SimulationPlan, blocks: _Blocks): Worker {
  const worker = new Worker(workerUrl(), { workerData: { plan, queue: blocks.queue } });
  worker.on('message', (m: Message) => {
    if (m.type === 'done') blocks.add(m.block, m.result);
    else blocks.fail(m.name === 'InputError' && m.issues.length === 1 ? new InputError(m.issues[0]!) : new SharedServicesError(m.code ?? ErrorCode.INVARIANT, m.message, m.issues));
  });
  worker.on('error', (e) => blocks.fail(workerError(e)));
  // A worker stays until it is terminated: one that stops before then has crashed.
  worker.on('exit', (code) => blocks.fail(new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker stopped (exit code ${code}) before it finished`)));
  return worker;
}

/** The calling thread's share: blocks from the same queue, yielding between them so that workers' results are heard. */
async function own(plan: SimulationPlan, blocks: _Blocks): Promise<void> {
  const q = blocks.queue;
  for (let block = claimBlock(q); block >= 0; block = claimBlock(q)) {
    blocks.add(block, runRange(plan, block * q.size, Math.min(plan.runs, (block + 1) * q.size)));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * {@link simulate}, with the runs shared among threads: the calling thread and `threads − 1` workers
 * (`node:worker_threads`) claim blocks of consecutive runs from one counter in shared memory, computing
 * them with the same pure core, and the blocks are joined in order. Each run's numbers depend only on the
 * seed and the run's index, so the result is byte-identical (through {@link simulationToJSON}) to
 * `simulate`'s for the same options, whatever the number of threads and whichever thread ran which block.
 * By default (`threads: 'auto'`) a simulation too small to pay for a worker's start, or on a machine
 * busy with other work, runs in the calling thread alone. The calling thread yields between its blocks, so the event loop keeps turning; progress
 * is reported block by block. Node.js only; the workers load the built worker entry that ships beside
 * this module in `dist`.
 *
 * @param scenario - a parsed scenario
 * @param options - those of {@link simulate}, and `threads`
 * @returns a promise of the simulation
 * @throws {@link InputError} (`E_OPTION`) as {@link simulate} does (its limits on `runs` too, before any
 *   worker starts), and for a number of threads it cannot use
 *
 * @example
 * ```ts
 * const sim = await simulateParallel(scenario, { runs: 100000, seed: 2011, threads: 2 });
 * JSON.stringify(simulationToJSON(sim)) === JSON.stringify(simulationToJSON(simulate(scenario, { runs: 100000, seed: 2011 })));
 * //=> true
 * ```
 */
export async function simulateParallel(scenario: Scenario, options: SimulateParallelOptions): Promise<Simulation> {
  const { plan, finish } = prepareSimulation(scenario, options);
  const work = plan.runs * (plan.model.partners.length + 1) * plan.model.years.length;
  const threads = threadsFor(options.threads ?? 'auto', work, availableParallelism(), loadavg()[0] ?? 0);
  const size = Math.max(500, Math.min(25_000, Math.ceil(plan.runs / (threads * 16))));
  const blocks = collect(plan, blockQueue(plan.runs, size), options.onProgress);
  const workers: Worker[] = [];
  try {
    for (let i = 1; i < Math.min(threads, blocks.queue.count); i++) workers.push(startWorker(plan, blocks));
    await Promise.all([own(plan, blocks).catch((e: unknown) => blocks.fail(e)), blocks.all]);
    return finish(joinRanges(blocks.results));
  } finally {
    stopBlocks(blocks.queue);
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
