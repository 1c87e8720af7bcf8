/**
 * The worker-thread entry of `simulateParallel` (built as `dist/simulate-worker.js`): given the plan once,
 * it computes the blocks of runs it is sent, one at a time, with the same pure core as `simulate`, until
 * it is told to stop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runRange, type SimulationPlan } from './_core.js';

const { plan } = workerData as { plan: SimulationPlan };
const port = parentPort!;
port.on('message', (m: { type: 'run'; from: number; to: number } | { type: 'stop' }) => {
  if (m.type === 'stop') {
    port.close();
    return;
  }
  try {
    const result = runRange(plan, m.from, m.to);
    port.postMessage({ type: 'done', result }, [result.npv.buffer, result.net.buffer, result.payback.buffer] as ArrayBuffer[]);
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string; issues?: unknown };
    port.postMessage({ type: 'error', name: err.name, code: err.code, message: err.message ?? String(e), issues: err.issues ?? [] });
  }
});
