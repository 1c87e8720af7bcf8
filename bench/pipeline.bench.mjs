// The whole pipeline, stage by stage, at growing sizes: parse, evaluate, pivot (line × partner) against a
// typed-array sum of the same integer blocks, then a view rendered in each format. Every measurement of
// one size runs in fresh processes, so that peak memory is that size's own:
//
// - `--stages N`: parse, evaluate, the typed-array reference and pivot (alternating, 5 rounds, medians),
//   then the partners view (the report's default) and the lines view built and rendered in md, csv,
//   json and xlsx, and the HTML report (the whole scenario), each timed.
// - `--report N FORMAT`: the report end to end as the command line makes it (JSON text → parseScenario →
//   evaluate → the partners view → the format; xlsx: the workbook of every view), alone in its process:
//   CPU time and peak memory.
// - `--view N VIEW`: one view in every format (the HTML report once, with `--view html`), to show that
//   each completes; a failure is reported, not thrown.
//
// Run with `npm run build && node bench/pipeline.bench.mjs [lines...]` (default 1250 2500 5000 10000;
// every view in every format at the largest). Ratios are taken within one run; on a busy machine absolute
// times move, the ratios much less.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildView, evaluate, parseScenario, pivot, renderCsv, renderJson, renderMarkdown, VIEW_NAMES } from 'shared-services-model';
import { renderHtml, renderXlsx } from 'shared-services-model/report';
import { synthetic } from './_synthetic.mjs';

const here = fileURLToPath(import.meta.url);
const peakMiB = () => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TEXT_FORMATS = { md: renderMarkdown, csv: renderCsv, json: renderJson };

/** Times `f` once (wall clock, ms) and returns its result. */
async function timed(f) {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

/** The engine's integer blocks behind an evaluation (held under a private symbol; read here for the reference). */
function blocksOf(e) {
  const key = Object.getOwnPropertySymbols(e).find((s) => s.description === 'line-blocks');
  return e[key]();
}

/**
 * The reference: money cells of every block summed by line and partner into a Float64Array, as a
 * hand-written typed-array pivot would (every partial sum here is far below 2^53 quanta, so it is exact).
 */
function typedArraySum(e) {
  const partners = e.scenario.partners.map((p) => p.id);
  const lineAt = new Map(e.scenario.lines.map((l, i) => [l.id, i]));
  const np = partners.length;
  const out = new Float64Array(lineAt.size * np);
  for (const b of blocksOf(e)) {
    if (b.measure !== 'money') continue;
    const base = lineAt.get(b.line) * np;
    const u = b.units;
    const nc = b.partners.length;
    for (let k = 0; k < u.length; k++) out[base + (k % nc)] += u[k];
  }
  return out;
}

async function render(format, e, view) {
  if (format === 'xlsx') return renderXlsx(e, { views: [view] });
  if (format === 'html') return renderHtml(e);
  return TEXT_FORMATS[format](buildView(e, view));
}

const [mode, arg, extra] = process.argv.slice(2);
if (mode === '--stages') {
  const lines = Number(arg);
  const text = JSON.stringify(synthetic(lines));
  const out = { lines };
  const p = await timed(() => parseScenario(JSON.parse(text)));
  out.parseMs = p.ms;
  const ev = await timed(() => evaluate(p.value));
  out.evaluateMs = ev.ms;
  out.evaluatePeakMiB = peakMiB();
  const e = ev.value;
  // Rounds of the reference and the pivot, taking turns (7, medians), then rounds of the pivot with every
  // value read: a row's values become Decimals when first read, as a renderer reads them. Apart, so that
  // the Decimals the second make are not collected during the first.
  const refs = [];
  const pivots = [];
  let check;
  for (let round = 0; round < 7; round++) {
    refs.push((await timed(() => typedArraySum(e))).ms);
    const t = await timed(() => pivot(e, { rows: 'line', columns: 'partner' }));
    pivots.push(t.ms);
    check = t.value;
  }
  const refs2 = [];
  const withValues = [];
  for (let round = 0; round < 5; round++) {
    refs2.push((await timed(() => typedArraySum(e))).ms);
    const read = () => {
      let n = 0;
      for (const r of pivot(e, { rows: 'line', columns: 'partner' }).rows) n += r.values.length;
      return n;
    };
    withValues.push((await timed(read)).ms);
  }
  out.pivotReadMs = median(withValues);
  out.pivotReadRatio = median(withValues.map((x, i) => x / refs2[i]));
  // The reference and the pivot agree on a cell (in pence: the quantum is 0.01).
  const ref = typedArraySum(e);
  if (check.rows[7].values[3].times(100).toNumber() !== ref[7 * e.scenario.partners.length + 3]) throw new Error('the reference and the pivot disagree');
  out.referenceMs = median(refs);
  out.pivotMs = median(pivots);
  out.pivotRatio = median(pivots.map((x, i) => x / refs[i]));
  out.pivotPeakMiB = peakMiB();
  for (const view of ['partners', 'lines']) {
    const v = await timed(() => buildView(e, view));
    out[`${view}.view`] = v.ms;
    for (const format of ['md', 'csv', 'json']) out[`${view}.${format}`] = (await timed(() => TEXT_FORMATS[format](v.value))).ms;
    out[`${view}.xlsx`] = (await timed(() => renderXlsx(e, { views: [view] }))).ms;
  }
  out.html = (await timed(() => renderHtml(e))).ms;
  out.peakMiB = peakMiB();
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}
if (mode === '--report') {
  // CPU time, so that it compares with evaluate's on a machine other work shares.
  const text = JSON.stringify(synthetic(Number(arg)));
  const c0 = cpuMs();
  const scenario = parseScenario(JSON.parse(text));
  const c1 = cpuMs();
  const e = evaluate(scenario);
  const c2 = cpuMs();
  // As the command line writes them: the xlsx workbook of every view (but cells), the HTML report of the whole scenario.
  const bytes = extra === 'xlsx' ? await renderXlsx(e) : await render(extra, e, 'partners');
  const c3 = cpuMs();
  process.stdout.write(JSON.stringify({ parseCpuMs: c1 - c0, evaluateCpuMs: c2 - c1, reportCpuMs: c3 - c0, peakMiB: peakMiB(), size: bytes.length }));
  process.exit(0);
}
if (mode === '--view') {
  const e = evaluate(parseScenario(synthetic(Number(arg))));
  const formats = extra === 'html' ? ['html'] : ['md', 'csv', 'json', 'xlsx'];
  const out = {};
  for (const format of formats) {
    try {
      const r = await timed(() => render(format, e, extra));
      out[format] = { ms: r.ms, size: r.value.length };
    } catch (error) {
      out[format] = { error: String(error).split('\n')[0].slice(0, 160) };
    }
  }
  out.peakMiB = peakMiB();
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

const child = (...args) => {
  try {
    return JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', here, ...args], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (error) {
    const text = String(error.stderr ?? error);
    return { error: /heap out of memory|OOMErrorHandler/.test(text) ? 'out of memory (4 GiB heap)' : (text.split('\n').find((l) => /Error/.test(l)) ?? 'failed') };
  }
};
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1250, 2500, 5000, 10000];
// PIPELINE_SECTIONS=stages (or report, views; comma-separated) runs only those sections.
const sections = (process.env.PIPELINE_SECTIONS ?? 'stages,report,views').split(',');
const s = (ms) => (ms / 1000).toFixed(2);

if (sections.includes('stages')) {
  console.log('## Stages (seconds; peak RSS in MiB)\n');
  console.log('| lines | parse | evaluate | peak after evaluate | typed-array sum (ms) | pivot line × partner (ms) | pivot ÷ typed-array | pivot, every value read (ms) | ÷ typed-array | partners view | md | csv | json | xlsx | lines view | md | csv | json | xlsx | html report | peak |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const o = child('--stages', String(n));
    if (o.error) {
      console.log(`| ${n} | ${o.error} |`);
      continue;
    }
    const v = (k) => s(o[k]);
    console.log(
      `| ${n} | ${s(o.parseMs)} | ${s(o.evaluateMs)} | ${o.evaluatePeakMiB.toFixed(0)} | ${o.referenceMs.toFixed(1)} | ${o.pivotMs.toFixed(1)} | ${o.pivotRatio.toFixed(1)} | ${o.pivotReadMs.toFixed(1)} | ${o.pivotReadRatio.toFixed(1)} | ${v('partners.view')} | ${v('partners.md')} | ${v('partners.csv')} | ${v('partners.json')} | ${v('partners.xlsx')} | ${v('lines.view')} | ${v('lines.md')} | ${v('lines.csv')} | ${v('lines.json')} | ${v('lines.xlsx')} | ${s(o.html)} | ${o.peakMiB.toFixed(0)} |`,
    );
  }
}

if (sections.includes('report')) {
  console.log('\n## The report end to end, each in its own process (partners view; the whole workbook for xlsx; CPU seconds; peak RSS in MiB)\n');
  console.log('| lines | format | parse (from JSON text) | evaluate | report end to end | report ÷ evaluate | peak |');
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    for (const format of ['md', 'csv', 'json', 'html', 'xlsx']) {
      const o = child('--report', String(n), format);
      console.log(o.error ? `| ${n} | ${format} | ${o.error} | | | | |` : `| ${n} | ${format} | ${s(o.parseCpuMs)} | ${s(o.evaluateCpuMs)} | ${s(o.reportCpuMs)} | ${(o.reportCpuMs / o.evaluateCpuMs).toFixed(2)} | ${o.peakMiB.toFixed(0)} |`);
    }
  }
}

if (sections.includes('views')) {
  const largest = sizes.reduce((a, b) => Math.max(a, b));
  console.log(`\n## Every view in every format at ${largest} lines (seconds; peak RSS of the view's process in MiB)\n`);
  console.log('| view | md | csv | json | xlsx | peak |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const cellOf = (x) => (x === undefined ? '' : x.error !== undefined ? `fails: ${x.error}` : s(x.ms));
  for (const view of [...VIEW_NAMES, 'html']) {
    const o = child('--view', String(largest), view);
    if (o.error) console.log(`| ${view} | ${o.error} | | | | |`);
    else if (view === 'html') console.log(`| html report (whole scenario) | ${cellOf(o.html)} | | | | ${o.peakMiB.toFixed(0)} |`);
    else console.log(`| ${view} | ${cellOf(o.md)} | ${cellOf(o.csv)} | ${cellOf(o.json)} | ${cellOf(o.xlsx)} | ${o.peakMiB.toFixed(0)} |`);
  }
}
