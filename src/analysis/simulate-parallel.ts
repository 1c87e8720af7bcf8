import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCode, InputError, SharedServicesError, makeIssue, type Issue } from '../errors/index.js';
import type { Scenario } from '../model/index.js';
import { _prepareSimulation } from './_simulation-prepare.js';
import { _joinRanges, type _RangeResult, type _SimulationPlan } from './_simulation-core.js';
import type { SimulateOptions, Simulation } from './simulation.js';

/**
 * Options for {@link simulateParallel}: those of {@link simulate}, and how many worker threads to use.
 *
 * @example
 * ```ts
 * const options: SimulateParallelOptions = { runs: 100000, seed: 2011, threads: 2 };
 * ```
 */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads, 1 to 256 (never more than the runs). @defaultValue `os.availableParallelism()` */
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

type Message =
  | { type: 'progress'; done: number }
  | { type: 'done'; result: _RangeResult }
  | { type: 'error'; name?: string; code?: string; message: string; issues: Issue[] };

function runWorker(plan: _SimulationPlan, from: number, to: number, started: Worker[], onDone: (runs: number) => void): Promise<_RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), { workerData: { plan, from, to } });
    started.push(worker);
    let settled = false;
    worker.on('message', (m: Message) => {
      if (m.type === 'progress') onDone(m.done);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.result);
      } else {
        settled = true;
        const e = m.name === 'InputError' && m.issues.length === 1 ? new InputError(m.issues[0]!) : new SharedServicesError(m.code ?? ErrorCode.INVARIANT, m.message, m.issues);
        reject(e);
      }
    });
    worker.on('error', (e) => {
      settled = true;
      const hint = /NOT_FOUND/.test(String((e as { code?: string }).code)) || /Cannot find module/.test(e.message) ? ' (simulateParallel starts the worker built beside the package, dist/simulate-worker.js: run it from the built package)' : '';
      reject(new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker failed: ${e.message}${hint}`, [], { cause: e }));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new SharedServicesError(ErrorCode.INVARIANT, `a simulation worker stopped (exit code ${code}) before it finished`));
    });
  });
}

/**
 * {@link simulate}, with the runs shared among `node:worker_threads`: each thread computes a contiguous
 * range of run indexes with the same pure core, and the ranges are joined in order. Each run's numbers
 * depend only on the seed and the run's index, so the result is byte-identical (through
 * {@link simulationToJSON}) to `simulate`'s for the same options, whatever the number of threads.
 * Progress is reported as the threads finish blocks of runs. Node.js only; it loads the built worker
 * entry that ships beside this module in `dist`.
 *
 * @param scenario - a parsed scenario
 * @param options - those of {@link simulate}, and `threads`
 * @returns a promise of the simulation
 * @throws {@link InputError} (`E_OPTION`) as {@link simulate} does, and for a number of threads it cannot use
 *
 * @example
 * ```ts
 * const sim = await simulateParallel(scenario, { runs: 100000, seed: 2011, threads: 2 });
 * JSON.stringify(simulationToJSON(sim)) === JSON.stringify(simulationToJSON(simulate(scenario, { runs: 100000, seed: 2011 })));
 * //=> true
 * ```
 */
export async function simulateParallel(scenario: Scenario, options: SimulateParallelOptions): Promise<Simulation> {
  const { plan, finish } = _prepareSimulation(scenario, options);
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new InputError(makeIssue(ErrorCode.OPTION, ['threads'], 'a whole number of threads from 1 to 256', threads));
  const n = Math.min(threads, plan.runs);
  const bounds = Array.from({ length: n }, (_, i) => [Math.floor((plan.runs * i) / n), Math.floor((plan.runs * (i + 1)) / n)] as const);
  const started: Worker[] = [];
  let done = 0;
  const progress = options.onProgress;
  const onDone = (runs: number): void => {
    done += runs;
    progress?.(done, plan.runs);
  };
  try {
    const ranges = await Promise.all(bounds.map(([from, to]) => runWorker(plan, from, to, started, onDone)));
    return finish(_joinRanges(ranges));
  } finally {
    await Promise.all(started.map((w) => w.terminate()));
  }
}
