// CLI start-up: the wall time of whole processes, each command line against `node -e 0` (Node's own
// start, the yardstick), taken in pairs: A B A B …, so a change in the machine's load moves both sides of
// a pair alike. Goal: the tri-borough report (`report examples/tri-borough-2011/scenario.json`) within 3×
// of `node -e 0`, median of the pairs' ratios.
//
// Run with `node bench/startup.bench.mjs` after `npm run build` (it runs dist/cli.cjs). BENCH_PAIRS sets
// the pairs per command line (default 20); BENCH_CLI another built CLI to time (a path).
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = process.env.BENCH_CLI ?? 'dist/cli.cjs';
const PAIRS = Number(process.env.BENCH_PAIRS ?? 20);
const TRI = 'examples/tri-borough-2011/scenario.json';

const commands = [
  ['report (the goal)', [cli, 'report', TRI]],
  ['--version', [cli, '--version']],
  ['validate', [cli, 'validate', TRI]],
  ['report --view reconcile --format json', [cli, 'report', TRI, '--view', 'reconcile', '--format', 'json']],
  ['simulate --runs 1', [cli, 'simulate', TRI, '--runs', '1', '--seed', '1']],
  ['schema', [cli, 'schema']],
];
const yardstick = ['-e', '0'];

/** Seconds of wall time for one whole process, from its start to its exit; throws if it fails. */
function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(3)} – ${Math.max(...xs).toFixed(3)}`;

console.log(`node ${process.version}, ${os.availableParallelism()} logical CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0].toFixed(2)}`);
console.log(`${PAIRS} pairs per command line (after 2 not counted), each against node -e 0\n`);
console.log('| command line | wall s (median) | min – max | node -e 0, wall s (median) | ratio (median of pairs) | min – max |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, args] of commands) {
  for (let i = 0; i < 2; i++) time(args), time(yardstick);
  const a = [];
  const b = [];
  for (let i = 0; i < PAIRS; i++) {
    a.push(time(args));
    b.push(time(yardstick));
  }
  const ratios = a.map((x, i) => x / b[i]);
  console.log(`| ${name} | ${median(a).toFixed(3)} | ${range(a)} | ${median(b).toFixed(3)} | ${median(ratios).toFixed(2)}× | ${Math.min(...ratios).toFixed(2)}× – ${Math.max(...ratios).toFixed(2)}× |`);
}
