// Parsing benchmark: the synthetic scenario of 33 partners × N lines × 10 years (bench/_synthetic.mjs),
// parsed from JSON text and from the object, then evaluated, in a fresh process per round; parse time is
// reported as a ratio to evaluate time in the same process, so a busy machine moves both alike. The
// parsed scenario's heap is reported against the size of its JSON text. The object is parsed after the
// text, in a process that has parsed once already; the text's time includes the first, colder parse.
//
//   node bench/parse.bench.mjs [lines=10000] [rounds=5] [--vs path/to/other/dist/index.js]
//
// With --vs, each round runs this build and the other build in turn (A B A B …) and the table shows
// both, with this build's parse time over the other's, round by round. Build first (npm run build).
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { synthetic } from './_synthetic.mjs';

const here = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  // Child: one round with one build, reported as JSON.
  const [, , , modulePath, linesText] = process.argv;
  const lib = await import(modulePath === 'self' ? 'shared-services-model' : pathToFileURL(modulePath).href);
  const lines = Number(linesText);
  const file = synthetic(lines);
  const text = JSON.stringify(file);
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const fromText = lib.parseScenario(text);
  const t1 = performance.now();
  globalThis.gc();
  const heldMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const t2 = performance.now();
  const fromObject = lib.parseScenario(file);
  const t3 = performance.now();
  const e = lib.evaluate(fromObject);
  const t4 = performance.now();
  if (fromText.lines.length !== lines || e.lineCells.length === 0) throw new Error('unexpected result');
  process.stdout.write(JSON.stringify({ textMs: t1 - t0, objectMs: t3 - t2, evaluateMs: t4 - t3, heldMiB, jsonMiB: text.length / 2 ** 20 }));
  process.exit(0);
}

const args = process.argv.slice(2);
const vsAt = args.indexOf('--vs');
const other = vsAt === -1 ? undefined : args.splice(vsAt, 2)[1];
const lines = Number(args[0] ?? 10000);
const rounds = Number(args[1] ?? 5);
const run = (modulePath) =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', here, '--child', modulePath, String(lines)], { encoding: 'utf8', maxBuffer: 1 << 20 }));

const s = (ms) => (ms / 1000).toFixed(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`33 partners × ${lines} lines × 10 years, ${rounds} rounds, each in a fresh process${other === undefined ? '' : `; B = ${other}`}\n`);
const head = '| round | parse JSON text (s) | parse object (s) | evaluate (s) | text ÷ evaluate | object ÷ evaluate | parsed heap (MiB) | JSON (MiB) |';
console.log(other === undefined ? head : `${head} B text ÷ evaluate | B object ÷ evaluate | B parsed heap (MiB) | A text ÷ B text | A object ÷ B object |`);
console.log(`|${'---:|'.repeat(other === undefined ? 8 : 13)}`);
const ratios = { text: [], object: [], bText: [], bObject: [], abText: [], abObject: [] };
for (let r = 1; r <= rounds; r++) {
  const a = run('self');
  ratios.text.push(a.textMs / a.evaluateMs);
  ratios.object.push(a.objectMs / a.evaluateMs);
  let row = `| ${r} | ${s(a.textMs)} | ${s(a.objectMs)} | ${s(a.evaluateMs)} | ${(a.textMs / a.evaluateMs).toFixed(2)} | ${(a.objectMs / a.evaluateMs).toFixed(2)} | ${a.heldMiB.toFixed(0)} | ${a.jsonMiB.toFixed(1)} |`;
  if (other !== undefined) {
    const b = run(other);
    ratios.bText.push(b.textMs / b.evaluateMs);
    ratios.bObject.push(b.objectMs / b.evaluateMs);
    ratios.abText.push(a.textMs / b.textMs);
    ratios.abObject.push(a.objectMs / b.objectMs);
    row += ` ${(b.textMs / b.evaluateMs).toFixed(2)} | ${(b.objectMs / b.evaluateMs).toFixed(2)} | ${b.heldMiB.toFixed(0)} | ${(a.textMs / b.textMs).toFixed(2)} | ${(a.objectMs / b.objectMs).toFixed(2)} |`;
  }
  console.log(row);
}
console.log(`\nmedian parse ÷ evaluate: JSON text ${median(ratios.text).toFixed(2)}, object ${median(ratios.object).toFixed(2)}`);
if (other !== undefined) {
  console.log(`median for B: JSON text ${median(ratios.bText).toFixed(2)}, object ${median(ratios.bObject).toFixed(2)}`);
  console.log(`median A ÷ B, parse time: JSON text ${median(ratios.abText).toFixed(2)}, object ${median(ratios.abObject).toFixed(2)}`);
}
