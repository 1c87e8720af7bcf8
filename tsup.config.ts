import { defineConfig } from 'tsup';

// Only options that tsdown shares (entry, format, dts, sourcemap, target), so a later move is
// trivial. `npm run build` empties dist/ first (the two builds below run at once, so neither cleans).

/** The library's entries, built as ES modules and as CommonJS, each with its declarations. */
const library = {
  index: 'src/index.ts',
  report: 'src/report/full.ts',
  workbook: 'src/workbook/index.ts',
  testing: 'src/testing/index.ts',
  'testing-arbitraries': 'src/testing/arbitraries.ts',
};

/**
 * Set `SHARED_SERVICES_JS_ONLY=1` for the ES modules alone, without declarations or CommonJS: what the CLI
 * needs, in seconds (`npm start` builds so on a fresh clone).
 */
const jsOnly = process.env['SHARED_SERVICES_JS_ONLY'] === '1';

export default defineConfig([
  // One ES module build of every entry: its chunks hold one copy of the engine, shared by all of them.
  { entry: library, format: ['esm'], dts: jsOnly ? false : { entry: library }, sourcemap: true, target: 'node20' },
  // The CLI's bin and its loader (src/cli/program-loader.ts): two small ES modules, each whole (no shared
  // chunk to load), importing only Node's own modules. scripts/write-code-cache.mjs imports the loader to
  // make the program's code cache.
  { entry: { cli: 'src/cli/main.ts', 'cli-loader': 'src/cli/program-loader.ts' }, format: ['esm'], splitting: false, sourcemap: true, target: 'node20' },
  // The CLI's program: one CommonJS file, with decimal.js, zod and commander inside it (`noExternal`,
  // which tsdown shares), which the bin compiles from V8's code cache (src/cli/program-loader.ts says why
  // a cache, and why CommonJS: `vm.Script` compiles scripts, not ES modules). Bundled, starting it reads
  // one file rather than zod's hundred-odd modules and commander's seven. exceljs and vega stay outside
  // (optional peers, imported by the bin), as does the package's own package.json. Minified: a third of
  // the bytes to read and hash; SHARED_SERVICES_DEBUG=1 loads it with source maps, so a stack trace still
  // names the source. `shims` gives it `import.meta.url` (the package.json and the simulation worker are
  // found beside it). Nothing else imports this file, so the library's users still get one copy of zod,
  // decimal.js and commander, theirs.
  {
    entry: { 'cli-program': 'src/cli/program.ts' },
    format: ['cjs'],
    noExternal: ['zod', 'decimal.js', 'commander'],
    minify: true,
    shims: true,
    sourcemap: true,
    target: 'node20',
  },
  // The simulation worker, one file with decimal.js inside it: a worker thread starts by reading that one
  // file, not the library's shared chunks (which would bring zod and the scenario schema with them).
  // Nobody imports it; simulateParallel starts it from beside its own module.
  { entry: { 'simulate-worker': 'src/analysis/simulation/_simulate-worker.ts' }, format: ['esm'], noExternal: ['decimal.js'], sourcemap: true, target: 'node20' },
  // CommonJS for `require`: one file per entry, not split. tsup splits CommonJS by rewriting an ES module
  // build, which turns `import('vega')` into `require('vega')`, and vega is an ES module with top-level
  // await that `require` cannot load. So each CommonJS entry has its own copy of the engine; an evaluation
  // made by one copy is read by another through its cells (the same figures), and errors are recognised
  // across copies by the guards (`isSharedServicesError`), which check the name and shape.
  ...(jsOnly ? [] : [{ entry: library, format: ['cjs' as const], dts: true, sourcemap: true, target: 'node20' }]),
]);
