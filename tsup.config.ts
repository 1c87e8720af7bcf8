import { defineConfig } from 'tsup';

// Only options that tsdown shares (entry, format, dts, sourcemap, target, splitting), so a later move is
// trivial. `npm run build` empties dist/ first (the two builds below run at once, so neither cleans).

/** The library's entries, built as ES modules and as CommonJS, each with its declarations. */
const library = {
  index: 'src/index.ts',
  report: 'src/report/full.ts',
  testing: 'src/testing/index.ts',
  'testing-arbitraries': 'src/testing/arbitraries.ts',
};

/** The CLI and the simulation worker: ES modules only, no declarations (nobody imports them). */
const programs = {
  cli: 'src/cli/main.ts',
  'simulate-worker': 'src/analysis/simulation/_simulate-worker.ts',
};

/**
 * Set `SHARED_SERVICES_JS_ONLY=1` for the ES modules alone, without declarations or CommonJS: what the CLI
 * needs, in seconds (`npm start` builds so on a fresh clone).
 */
const jsOnly = process.env['SHARED_SERVICES_JS_ONLY'] === '1';

export default defineConfig([
  // One ES module build of every entry: its chunks hold one copy of the engine, shared by all of them.
  { entry: { ...library, ...programs }, format: ['esm'], dts: jsOnly ? false : { entry: library }, sourcemap: true, target: 'node20' },
  // CommonJS for `require`, split into shared chunks too, so the entries share one engine in this format.
  ...(jsOnly ? [] : [{ entry: library, format: ['cjs' as const], dts: true, splitting: true, shims: true, sourcemap: true, target: 'node20' }]),
]);
