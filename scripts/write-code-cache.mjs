#!/usr/bin/env node
// Writes dist/cli-program.cache, V8's code cache of the CLI's program (src/cli/program-loader.ts says why),
// after the build. It keys the program (its SHA-256, as its last line), runs it in this process over the
// bundled examples, as a user would (each example validated and reported; every view, format and command
// of the tri-borough example), so that the cache holds every function those runs compiled, and writes
// the cache with the same key. Then it checks, in a new process, that the bin's loader uses the cache.
// `npm run build` and `npm start` run it; a failed check fails the build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const loaderPath = join(root, 'dist', 'cli-loader.js');
const { CACHE_FILE, PROGRAM_FILE, cacheFileBytes, importPeersHere, loadProgram, programKey } = await import(pathToFileURL(loaderPath).href);

// 1. The key: the SHA-256 of the program as the bundler wrote it, appended as its last line.
const written = readFileSync(PROGRAM_FILE, 'utf8');
const base = programKey(written) === undefined ? written : written.slice(0, written.lastIndexOf('\n// code cache key '));
const key = createHash('sha256').update(base).digest('hex');
writeFileSync(PROGRAM_FILE, `${base}\n// code cache key ${key}\n`);

// 2. The program, compiled from source, run over the examples with its output kept in memory.
importPeersHere();
const { exports: program, script } = loadProgram({ useCache: false });
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'examples', d.name, 'scenario.json')))
  .map((d) => `examples/${d.name}/scenario.json`)
  .sort();

/** Runs one command line; its output is thrown away, a failure stops the build. */
async function run(argv) {
  let out = '';
  let err = '';
  const io = {
    stdout: (data) => void (out += typeof data === 'string' ? data : ''),
    stderr: (text) => void (err += text),
    readFile: async (path) => readFileSync(join(root, path)),
    writeFile: async () => undefined,
    cores: 1,
  };
  const code = await program.runCli(argv, io);
  if (code !== 0) throw new Error(`write-code-cache: \`shared-services ${argv.join(' ')}\` exited ${code}: ${err}`);
  return out;
}

// The view names, from the program's own help, so a new view is run too.
const help = await run(['report', '--help']);
const views = [];
for (const line of help.slice(help.indexOf('\nViews:\n') + 8).split('\n')) {
  if (!line.startsWith('  ')) break; // the list ends at the first line not indented
  views.push(line.trim().split(/\s+/)[0]);
}
if (views.length < 5) throw new Error(`write-code-cache: found ${views.length} views in \`report --help\``);

const TRI = 'examples/tri-borough-2011/scenario.json';
const variant = JSON.parse(readFileSync(join(root, TRI), 'utf8')).variants[0].name;
for (const example of examples) {
  await run(['validate', example]);
  await run(['report', example]);
}
for (const view of views) await run(['report', TRI, '--view', view]);
for (const format of ['csv', 'json', 'html']) await run(['report', TRI, '--format', format]);
await run(['compare', TRI, '--variant', variant]);
await run(['sensitivity', TRI]);
await run(['simulate', TRI, '--runs', '200', '--seed', '1', '--threads', '1']);
await run(['schema']);

// 3. The cache, with the program's key.
writeFileSync(CACHE_FILE, cacheFileBytes(key, script.createCachedData()));

// 4. A new process's loader uses it.
const check = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(loaderPath).href)}); process.stdout.write(m.loadProgram().cache);`], { encoding: 'utf8' });
if (check.stdout !== 'used') throw new Error(`write-code-cache: the loader did not use the cache it was given (${check.stdout}${check.stderr})`);
