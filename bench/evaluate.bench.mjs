// Evaluation benchmarks: the tri-borough example once warm, and a synthetic scenario of 33 partners ×
// N lines × 10 years at 1×, 2×, 4× and 8× a base number of lines, each size in a fresh process so that
// peak memory is the size's own. Run with `npm run bench:evaluate` (builds first).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appraise, evaluate, parseScenario, pivot } from 'shared-services-model';
import { synthetic } from './_synthetic.mjs';

const here = fileURLToPath(import.meta.url);

if (process.argv[2] === '--size') {
  // Child: one size, reported as JSON. Peak memory is read after each stage (the peak so far).
  const lines = Number(process.argv[3]);
  const file = synthetic(lines);
  const peak = () => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
  const t0 = performance.now();
  const scenario = parseScenario(file);
  const t1 = performance.now();
  const e = evaluate(scenario);
  const t2 = performance.now();
  const evaluatePeak = peak();
  // What a report then needs: a pivot of every cell and the appraisal, summed from the engine's integers.
  const table = pivot(e, { rows: 'tier', columns: 'partner' });
  const npv = appraise(e).total.npv;
  const t3 = performance.now();
  const viewsPeak = peak();
  // Every cell as a Decimal object, made only because it is asked for here.
  const cells = e.lineCells.length;
  const t4 = performance.now();
  if (!table.grandTotal.isPositive() || !npv.isPositive()) throw new Error('unexpected totals');
  process.stdout.write(
    JSON.stringify({ lines, cells, parseMs: t1 - t0, evaluateMs: t2 - t1, evaluatePeakMiB: evaluatePeak, viewsMs: t3 - t2, viewsPeakMiB: viewsPeak, lineCellsMs: t4 - t3, lineCellsPeakMiB: peak() }),
  );
  process.exit(0);
}

// Tri-borough, warm.
const tri = parseScenario(readFileSync(new URL('../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8'));
for (let i = 0; i < 200; i++) evaluate(tri);
const rounds = 2000;
const t = performance.now();
for (let i = 0; i < rounds; i++) evaluate(tri);
const perEval = ((performance.now() - t) / rounds) * 1000;
console.log(`tri-borough evaluate (warm): ${perEval.toFixed(0)} µs per evaluation (${rounds} rounds)`);

// Scaling.
const base = Number(process.argv[2] ?? 1250);
console.log('\n| lines | cells | parse (s) | evaluate (s) | peak RSS after evaluate (MiB) | evaluate time ÷ 1× | pivot + appraise (s) | peak RSS after them (MiB) | reading lineCells (s) | peak RSS after it (MiB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let first;
const s = (ms) => (ms / 1000).toFixed(2);
for (const k of [1, 2, 4, 8]) {
  const out = JSON.parse(execFileSync(process.execPath, [here, '--size', String(base * k)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  first ??= out.evaluateMs;
  console.log(
    `| ${out.lines} | ${out.cells} | ${s(out.parseMs)} | ${s(out.evaluateMs)} | ${out.evaluatePeakMiB.toFixed(0)} | ${(out.evaluateMs / first).toFixed(2)} | ${s(out.viewsMs)} | ${out.viewsPeakMiB.toFixed(0)} | ${s(out.lineCellsMs)} | ${out.lineCellsPeakMiB.toFixed(0)} |`,
  );
}
