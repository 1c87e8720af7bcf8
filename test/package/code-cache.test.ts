/**
 * The CLI's code cache (src/cli/program-loader.ts): the build keys the program and writes a cache the bin
 * uses; a cache that is not the program's own is never used, and the program runs the same without one.
 * Runs the built package (`npm run build` first; `npm test` builds).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Loader from '../../src/cli/program-loader.js';
import { PEER_IMPORT_HOOK } from '../../src/report/peer-import-hook.js';
import type { CliIO } from '../../src/cli/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaderUrl = pathToFileURL(path.join(root, 'dist', 'cli-loader.js')).href;
const loader = (await import(loaderUrl)) as typeof Loader;
const TRI = 'examples/tri-borough-2011/scenario.json';

/** What the program prints for a command line, run in this process with its files read from the clone. */
async function runIn(exports: Loader.ProgramExports, argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = { stdout: (d) => void (out += String(d)), stderr: (t) => void (out += t), readFile: async (p) => readFileSync(path.join(root, p)), writeFile: async () => undefined };
  return { code: await exports.runCli(argv, io), out };
}

/**
 * A copy of the program and of its cache in a new folder, for a test to change: inside the clone, where the
 * program finds the package's own package.json by the package's name.
 */
function copies(): { dir: string; program: string; cache: string } {
  mkdirSync(path.join(root, '.out'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.out', 'cache-'));
  const program = path.join(dir, 'cli-program.cjs');
  const cache = path.join(dir, 'cli-program.cache');
  copyFileSync(loader.PROGRAM_FILE, program);
  copyFileSync(loader.CACHE_FILE, cache);
  return { dir, program, cache };
}

describe('the CLI’s code cache', () => {
  it('keys the program by the SHA-256 of its text, as its last line', () => {
    const text = readFileSync(loader.PROGRAM_FILE, 'utf8');
    const key = loader.programKey(text);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const body = text.slice(0, text.lastIndexOf('\n// code cache key '));
    expect(createHash('sha256').update(body).digest('hex')).toBe(key);
    expect(readFileSync(loader.CACHE_FILE).toString('latin1', 0, 65)).toBe(`${key}\n`);
  });

  it('is used by the bin’s loader in a new process', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(loaderUrl)}); process.stdout.write(m.loadProgram().cache);`], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('used');
  });

  it('is not used with a program of another build (another key), and the program runs the same', async () => {
    const { dir, program, cache } = copies();
    try {
      const text = readFileSync(program, 'utf8');
      writeFileSync(program, text.replace(/code cache key [0-9a-f]{64}/, `code cache key ${'0'.repeat(64)}`));
      const other = loader.loadProgram({ programFile: program, cacheFile: cache });
      expect(other.cache).toBe('another build');
      const own = loader.loadProgram({ useCache: false });
      expect(own.cache).toBe('not asked');
      expect(await runIn(other.exports, ['report', TRI])).toEqual(await runIn(own.exports, ['report', TRI]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same output when SHARED_SERVICES_DEBUG=1 loads the program without it (by require, with source maps)', () => {
    const bin = path.join(root, 'dist', 'cli.cjs');
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [bin, 'report', TRI, '--view', 'costs'], { cwd: root, encoding: 'utf8', env });
    const { SHARED_SERVICES_DEBUG: _unset, ...env } = process.env;
    const plain = run(env);
    const debug = run({ ...env, SHARED_SERVICES_DEBUG: '1' });
    expect(plain.status).toBe(0);
    expect({ status: debug.status, stdout: debug.stdout, stderr: debug.stderr }).toEqual({ status: plain.status, stdout: plain.stdout, stderr: plain.stderr });
  });

  it('names the report’s hook for importing the optional peers by the report’s own symbol', () => {
    expect(Symbol.for(loader.PEER_IMPORT_HOOK_KEY)).toBe(PEER_IMPORT_HOOK);
  });

  it('is not used when absent', () => {
    const { dir, program } = copies();
    try {
      expect(loader.loadProgram({ programFile: program, cacheFile: path.join(dir, 'none.cache') }).cache).toBe('absent');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not used when V8 made its data for other text, though the key matches', () => {
    const { dir, program, cache } = copies();
    try {
      const key = loader.programKey(readFileSync(program, 'utf8'))!;
      const otherText = new Script('(function (exports, require, module, __filename, __dirname) {module.exports = {};\n})');
      writeFileSync(cache, loader.cacheFileBytes(key, otherText.createCachedData()));
      expect(loader.loadProgram({ programFile: program, cacheFile: cache }).cache).toBe('refused by V8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
