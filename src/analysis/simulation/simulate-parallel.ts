import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCode, InputError, SharedServicesError, makeIssue, type Issue } from '../../errors/index.js';
import type { Scenario } from '../../model/index.js';
import { prepareSimulation } from './_prepare.js';
import { joinRanges, runRange, type RangeResult, type SimulationPlan } from './_core.js';
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
   * cores only add workers' memory and start-up. The result is the same for any number.
   * @defaultValue `os.availableParallelism()`
   */
  readonly threads?: number;
}

/**
 * The built worker entry (an ES module), next to this module in `dist`: found through `__filename` from
 * the CommonJS build and through `import.meta.url` from the ES module build.
 */
function workerUrl(): URL {
  if (typeof __filename === 'string') return pathToFileURL(join(dirname(__filename), 'simulate-worker.js'));
  return new URL('./simulate-worker.js', import.meta.url);
}

type Message = { type: 'done'; result: RangeResult } | { type: 'error'; name?: string; code?: ErrorCode; message: string; issues: Issue[] };

/** Blocks of runs, handed out one at a time to the calling thread and the workers alike. */
interface _Queue {
  readonly plan: SimulationPlan;
  readonly size: number;
  readonly count: number;
  readonly results: RangeResult[];
  next: number;
  failed: boolean;
}

const bounds = (q: _Queue, i: number): [number, number] => [i * q.size, Math.min(q.plan.runs, (i + 1) * q.size)];

function workerError(e: Error): SharedServicesError {
  const missing = /NOT_FOUND/.test(String((e as { code?: string }).code)) || /Cannot find module/.test(e.message);
  const hint = missing ? ' (simulateParallel starts the worker built beside the package, dist/simulate-worker.js: run it from the built package)' : '';
  return new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker failed: ${e.message}${hint}`, [], { cause: e });
}

/** A worker that takes blocks from the queue until none are left. */
function helper(q: _Queue, started: Worker[], onDone: (runs: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: { plan: q.plan } });
    started.push(worker);
    let current = -1;
    const feed = (): void => {
      if (q.failed || q.next >= q.count) {
        current = -1;
        worker.postMessage({ type: 'stop' });
        resolve();
        return;
      }
      current = q.next++;
      const [from, to] = bounds(q, current);
      worker.postMessage({ type: 'run', from, to });
    };
    worker.on('message', (m: Message) => {
      if (m.type === 'done') {
        q.results[current] = m.result;
        onDone(m.result.to - m.result.from);
        feed();
      } else {
        current = -1;
        reject(m.name === 'InputError' && m.issues.length === 1 ? new InputError(m.issues[0]!) : new SharedServicesError(m.code ?? ErrorCode.INVARIANT, m.message, m.issues));
      }
    });
    worker.on('error', (e) => {
      current = -1;
      reject(workerError(e));
    });
    worker.on('exit', (code) => {
      if (current >= 0) reject(new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker stopped (exit code ${code}) before it finished`));
    });
    feed();
  });
}

/** The calling thread's share: blocks from the same queue, yielding between them so workers are heard. */
async function own(q: _Queue, onDone: (runs: number) => void): Promise<void> {
  while (!q.failed && q.next < q.count) {
    const i = q.next++;
    const [from, to] = bounds(q, i);
    q.results[i] = runRange(q.plan, from, to);
    onDone(to - from);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * {@link simulate}, with the runs shared among threads: the calling thread and `threads − 1` workers
 * (`node:worker_threads`) take blocks of consecutive runs from one queue, computing them with the same
 * pure core, and the blocks are joined in order. Each run's numbers depend only on the seed and the run's
 * index, so the result is byte-identical (through {@link simulationToJSON}) to `simulate`'s for the same
 * options, whatever the number of threads and whichever thread ran which block. The calling thread
 * yields between its blocks, so the event loop keeps turning; progress is reported block by block.
 * Node.js only; the workers load the built worker entry that ships beside this module in `dist`.
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
  const asked = options.threads ?? availableParallelism();
  if (!Number.isInteger(asked) || asked < 1 || asked > 256) throw new InputError(makeIssue(ErrorCode.OPTION, ['threads'], 'a whole number of threads from 1 to 256', asked));
  const threads = Math.min(asked, availableParallelism());
  const size = Math.max(500, Math.min(25_000, Math.ceil(plan.runs / (threads * 16))));
  const count = Math.ceil(plan.runs / size);
  const q: _Queue = { plan, size, count, results: new Array<RangeResult>(count), next: 0, failed: false };
  const started: Worker[] = [];
  let done = 0;
  const progress = options.onProgress;
  const onDone = (runs: number): void => {
    done += runs;
    progress?.(done, plan.runs);
  };
  const fail = (e: unknown): never => {
    q.failed = true;
    throw e;
  };
  try {
    const helpers = Array.from({ length: Math.min(threads, count) - 1 }, () => helper(q, started, onDone).catch(fail));
    await Promise.all([own(q, onDone).catch(fail), ...helpers]);
    return finish(joinRanges(q.results));
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
}
