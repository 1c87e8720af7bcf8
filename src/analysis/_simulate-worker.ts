/**
 * The worker-thread entry of `simulateParallel` (built as `dist/simulate-worker.js` and `.cjs`): computes
 * one range of runs of a plan with the same pure core as `simulate`, reporting progress as it goes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { _runRange, type _SimulationPlan } from './_simulation-core.js';

const { plan, from, to } = workerData as { plan: _SimulationPlan; from: number; to: number };
const port = parentPort!;
try {
  let reported = 0;
  const result = _runRange(plan, from, to, (done) => {
    port.postMessage({ type: 'progress', done: done - reported });
    reported = done;
  });
  port.postMessage({ type: 'done', result }, [result.npv.buffer, result.net.buffer, result.payback.buffer] as ArrayBuffer[]);
} catch (e) {
  const err = e as { name?: string; code?: string; message?: string; issues?: unknown };
  port.postMessage({ type: 'error', name: err.name, code: err.code, message: err.message ?? String(e), issues: err.issues ?? [] });
}
