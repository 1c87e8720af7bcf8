/**
 * The worker-thread entry of `simulateParallel` (built on its own, with decimal.js inside it, as
 * `dist/simulate-worker.js`): given the plan once, it claims blocks of runs from the counter it shares
 * with the calling thread and the other workers, computes each with the same pure core as `simulate`, and
 * sends each block's typed arrays back (transferred, not copied). It never waits for the calling thread
 * to hand it work; it stops claiming when no block is left or when another thread has failed, and then
 * stays until the calling thread ends it, so that ending on its own is never mistaken for a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { claimBlock, runRange, type BlockQueue, type SimulationPlan } from './_core.js';

const { plan, queue } = workerData as { plan: SimulationPlan; queue: BlockQueue };
const port = parentPort!;
try {
  for (let block = claimBlock(queue); block >= 0; block = claimBlock(queue)) {
    const result = runRange(plan, block * queue.size, Math.min(plan.runs, (block + 1) * queue.size));
    port.postMessage({ type: 'done', block, result }, [result.npv.buffer, result.net.buffer, result.payback.buffer] as ArrayBuffer[]);
  }
} catch (e) {
  const err = e as { name?: string; code?: string; message?: string; issues?: unknown };
  port.postMessage({ type: 'error', name: err.name, code: err.code, message: err.message ?? String(e), issues: err.issues ?? [] });
}
// Listening keeps the thread until `simulateParallel` terminates it.
port.on('message', () => undefined);
