import { defineConfig } from 'tsup';

// Only options that tsdown shares (entry, format, dts, clean, sourcemap, target), so a later move is trivial.
export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', cli: 'src/cli/main.ts', 'simulate-worker': 'src/analysis/simulation/_simulate-worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
