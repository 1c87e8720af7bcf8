// Monte Carlo speed: runs per second of simulate (one thread) and simulateParallel (worker threads) on
// the tri-borough example with its default distributions. Goal: 10,000 runs a second or more on two cores.
//
// Run with `npm run bench:simulate` (builds first). Loads the built package by its own name.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { parseScenario, simulate, simulateParallel, simulationToJSON } from 'shared-services-model';

const RUNS = Number(process.env.BENCH_RUNS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const SEED = 2011;

const scenario = parseScenario(JSON.parse(readFileSync(new URL('../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')));
const text = (sim) => JSON.stringify(simulationToJSON(sim));

// ---- agreement check before timing: the same seed gives the same bytes on 1 and 2 threads ---------------
const check = { runs: 5000, seed: SEED };
const reference = text(simulate(scenario, check));
for (const threads of [1, 2]) {
  if (text(await simulateParallel(scenario, { ...check, threads })) !== reference) throw new Error(`simulateParallel on ${threads} thread(s) differs from simulate`);
}

async function measure(run) {
  await run(Math.min(RUNS, 20_000)); // warm-up
  const rates = [];
  for (let s = 0; s < SAMPLES; s++) {
    const start = process.hrtime.bigint();
    await run(RUNS);
    rates.push((RUNS * 1e9) / Number(process.hrtime.bigint() - start));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(SAMPLES / 2)], min: rates[0], max: rates[SAMPLES - 1] };
}

const cases = [
  ['simulate (main thread)', (runs) => simulate(scenario, { runs, seed: SEED })],
  ['simulateParallel, 1 worker thread', (runs) => simulateParallel(scenario, { runs, seed: SEED, threads: 1 })],
  ['simulateParallel, 2 worker threads', (runs) => simulateParallel(scenario, { runs, seed: SEED, threads: 2 })],
];
const results = [];
for (const [name, run] of cases) results.push({ name, ...(await measure(run)) });

const fmt = (x) => Math.round(x).toLocaleString('en-GB');
console.log(`node ${process.version}, ${os.cpus().length} logical CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0].toFixed(2)}`);
console.log(`tri-borough 2011 example, default distributions (7 sampled inputs), 3 partners × 4 years`);
console.log(`median of ${SAMPLES} samples of ${RUNS.toLocaleString('en-GB')} runs each (worker start-up included), after a warm-up\n`);
console.log('| implementation | runs/sec (median) | min – max |');
console.log('|---|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${fmt(r.median)} | ${fmt(r.min)} – ${fmt(r.max)} |`);
const two = results[2].median;
console.log('');
console.log(`2 threads: ${fmt(two)} runs/sec (goal ≥ 10,000): ${two >= 10_000 ? 'met' : 'missed'}`);
