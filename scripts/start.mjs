#!/usr/bin/env node
// `npm start -- COMMAND ARGS`: runs the CLI from a clone, as `shared-services COMMAND ARGS` would.
// When dist/cli.cjs is missing or older than a source file, it first builds the JavaScript alone (no type
// declarations, no CommonJS library: seconds rather than the minute or two of `npm run build`) and the
// CLI's code cache.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');

/** The newest modification time of the files under `dir`, in milliseconds. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

if (!existsSync(cli) || statSync(cli).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs)) {
  process.stderr.write('building the CLI (its JavaScript and code cache; `npm run build` for everything)…\n');
  const tsup = join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js');
  const built = spawnSync(process.execPath, [tsup, '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, SHARED_SERVICES_JS_ONLY: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const cached = spawnSync(process.execPath, [join(root, 'scripts', 'write-code-cache.mjs')], { cwd: root, stdio: 'inherit' });
  if (cached.status !== 0) process.exit(cached.status ?? 1);
}

const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
