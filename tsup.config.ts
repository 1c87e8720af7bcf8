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

/**
 * `import.meta.url` in a CommonJS build: the file's URL made from `__filename` by Node's own
 * `pathToFileURL`, which escapes what a path may hold and a URL may not (`#`, `%`, spaces); tsup's own
 * shim pastes the path into a URL.
 */
const IMPORT_META_URL = {
  define: { 'import.meta.url': 'importMetaUrl' },
  // Strict first: a banner goes before the bundler's own "use strict", which would then not count.
  banner: { js: "'use strict';\nconst importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

export default defineConfig([
  // One ES module build of every entry: its chunks hold one copy of the engine, shared by all of them.
  { entry: library, format: ['esm'], dts: jsOnly ? false : { entry: library }, sourcemap: true, target: 'node20' },
  // The CLI's bin, dist/cli.cjs: small, importing only Node's own modules, and CommonJS, because Node
  // starts a CommonJS main module about 3% of the report's start sooner than an ES module (no ES module
  // loader to set up).
  { entry: { cli: 'src/cli/main.ts' }, format: ['cjs'], ...IMPORT_META_URL, sourcemap: true, target: 'node20' },
  // The bin's loader (src/cli/program-loader.ts) as an ES module of its own, for
  // scripts/write-code-cache.mjs, which makes the program's code cache with it, and for the tests.
  { entry: { 'cli-loader': 'src/cli/program-loader.ts' }, format: ['esm'], sourcemap: true, target: 'node20' },
  // The CLI's program: one CommonJS file, with decimal.js, zod and commander inside it (`noExternal`,
  // which tsdown shares), which the bin compiles from V8's code cache (src/cli/program-loader.ts says why
  // a cache, and why CommonJS: `vm.Script` compiles scripts, not ES modules). Bundled, starting it reads
  // one file rather than zod's hundred-odd modules and commander's seven. exceljs and vega stay outside
  // (optional peers, imported by the bin), as does the package's own package.json. Minified: a third of
  // the bytes to read and hash; SHARED_SERVICES_DEBUG=1 loads it with source maps, so a stack trace still
  // names the source. It finds the package.json and the simulation worker by `import.meta.url`. Nothing else imports this file, so the library's users still get one copy of zod,
  // decimal.js and commander, theirs.
  {
    entry: { 'cli-program': 'src/cli/program.ts' },
    format: ['cjs'],
    noExternal: ['zod', 'decimal.js', 'commander'],
    minify: true,
    ...IMPORT_META_URL,
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
