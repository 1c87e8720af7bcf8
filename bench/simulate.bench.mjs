// Monte Carlo speed: runs per second of simulate (one thread) and simulateParallel (1 and 2 threads, and
// threads: 'auto', the default) on the tri-borough example with its default distributions. Goals: 10,000
// runs a second or more on two cores; a second thread faster than one where 'auto' takes it, and 'auto'
// no slower than one thread where it does not.
//
// Run with `npm run bench:simulate` (builds first). Loads the built package by its own name. BENCH_RUNS
// sets the runs per case (default 100000), BENCH_SAMPLES the rounds (default 5).
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

const cases = [
  ['simulate (main thread)', (runs) => simulate(scenario, { runs, seed: SEED })],
  ['simulateParallel, threads: 1 (the calling thread alone)', (runs) => simulateParallel(scenario, { runs, seed: SEED, threads: 1 })],
  ['simulateParallel, threads: 2 (the calling thread and one worker)', (runs) => simulateParallel(scenario, { runs, seed: SEED, threads: 2 })],
  ["simulateParallel, threads: 'auto' (the default)", (runs) => simulateParallel(scenario, { runs, seed: SEED })],
];
for (const [, run] of cases) await run(Math.min(RUNS, 20_000)); // warm-up
// The cases take turns round by round, so a change in machine load affects all of them alike.
// Runs per second of wall time, and per second of CPU time used by this process (all its threads): on a
// shared machine the second shows the work itself, the first what the load left of the machine.
const rates = cases.map(() => []);
const cpuRates = cases.map(() => []);
for (let s = 0; s < SAMPLES; s++) {
  for (const [i, [, run]] of cases.entries()) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await run(RUNS);
    rates[i].push((RUNS * 1e9) / Number(process.hrtime.bigint() - start));
    const used = process.cpuUsage(cpu);
    cpuRates[i].push((RUNS * 1e6) / (used.user + used.system));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = cases.map(([name], i) => {
  const r = [...rates[i]].sort((a, b) => a - b);
  return { name, median: r[Math.floor(SAMPLES / 2)], min: r[0], max: r[SAMPLES - 1], cpu: median(cpuRates[i]) };
});
const speedups = rates[2].map((r, s) => r / rates[0][s]).sort((a, b) => a - b);
const autoSpeedups = rates[3].map((r, s) => r / rates[0][s]).sort((a, b) => a - b);

const fmt = (x) => Math.round(x).toLocaleString('en-GB');
console.log(`node ${process.version}, ${os.cpus().length} logical CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${os.loadavg()[0].toFixed(2)}`);
console.log(`tri-borough 2011 example, default distributions (7 sampled inputs), 3 partners × 4 years`);
console.log(`median of ${SAMPLES} rounds of ${RUNS.toLocaleString('en-GB')} runs per case (worker start-up included), after a warm-up\n`);
console.log('| implementation | runs/sec (median) | min – max | runs per CPU-second (median) |');
console.log('|---|---:|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${fmt(r.median)} | ${fmt(r.min)} – ${fmt(r.max)} | ${fmt(r.cpu)} |`);
const two = results[2].median;
console.log('');
console.log(`2 threads: ${fmt(two)} runs/sec (goal ≥ 10,000): ${two >= 10_000 ? 'met' : 'missed'}`);
console.log(`2 threads against the main thread, round by round: ${speedups[Math.floor(SAMPLES / 2)].toFixed(2)}× (median; ${speedups[0].toFixed(2)}× – ${speedups[SAMPLES - 1].toFixed(2)}×)`);
console.log(`'auto' against the main thread, round by round: ${autoSpeedups[Math.floor(SAMPLES / 2)].toFixed(2)}× (median; ${autoSpeedups[0].toFixed(2)}× – ${autoSpeedups[SAMPLES - 1].toFixed(2)}×)`);
