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
  // The CLI, built on its own with decimal.js and zod inside it (`noExternal`, which tsdown shares), so
  // that starting it reads a few files rather than zod's hundred-odd modules (its locales among them), and
  // only the parts of zod the scenario schema uses. Each command is its own chunk, loaded when named
  // (src/cli/run.ts), and the renderers with optional peers load only for their formats: exceljs and
  // vega stay outside, as does the package's own package.json. commander is inside too: loaded from
  // node_modules it was seven CommonJS files to resolve, read and scan for exports (about 3% of the
  // report's start-up). Nothing else imports these files, so the library's users still get one copy of
  // zod, decimal.js and commander, theirs.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    noExternal: ['zod', 'decimal.js', 'commander'],
    // Minified: a third of the bytes for V8 to read on every start (about 3% of the report's start-up).
    // SHARED_SERVICES_DEBUG=1 turns on the source maps, so a stack trace still names the source.
    minify: true,
    sourcemap: true,
    target: 'node20',
    // commander is CommonJS and requires Node's own modules: inside an ES module bundle, `require` is made.
    banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
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
