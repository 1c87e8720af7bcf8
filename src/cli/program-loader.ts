// How the bin starts the CLI's program quickly. The program (src/cli/program.ts and everything it uses:
// the engine, zod, decimal.js, commander) is one CommonJS file, dist/cli-program.cjs. Compiling that much
// JavaScript, and then compiling each function the first time it runs, was about a fifth of the CLI's
// start. So the build runs the program once over the bundled examples (scripts/write-code-cache.mjs) and
// keeps V8's code cache of it, every function those runs compiled included, in dist/cli-program.cache; the
// bin compiles the program from that cache. Node 20 has no compile cache of its own (22 has
// `module.enableCompileCache`), so this is done here with `vm.Script`'s `cachedData`.
//
// V8 refuses a cache made by another V8 version or under other flags, and then compiles from source: the
// CLI runs the same, only slower. V8 checks that a cache belongs to its source by the source's length
// alone, so the cache also carries a key, the SHA-256 of the program the build wrote (the program's last
// line), and is used only when the two keys agree: a program rebuilt without its cache, or a cache left
// from another build, is never used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { PeerName } from '../report/index.js';
import type { main, runCli } from './program.js';

/** What the program exports. */
export interface ProgramExports {
  readonly main: typeof main;
  readonly runCli: typeof runCli;
}

/** Whether the program was compiled from its cache, and if not, why. */
export type CacheUse = 'used' | 'refused by V8' | 'absent' | 'another build' | 'not asked';

/** The program, loaded. */
export interface LoadedProgram {
  readonly exports: ProgramExports;
  /** The compiled script, from which the build makes the cache (`script.createCachedData()`). */
  readonly script: Script;
  readonly cache: CacheUse;
}

/** The program, beside this module in dist/. */
export const PROGRAM_FILE = fileURLToPath(new URL('./cli-program.cjs', import.meta.url));
/** The program's code cache, beside it. */
export const CACHE_FILE = fileURLToPath(new URL('./cli-program.cache', import.meta.url));

/** The program's last line, as the build writes it: the key of the program above it. */
const KEY_LINE = /\n\/\/ code cache key ([0-9a-f]{64})\n$/;
/** The cache file: the key, a newline, V8's data. */
const KEY_BYTES = 65;

/**
 * The key the program carries (its last line), or undefined when it carries none.
 *
 * @param source - the program's text
 */
export function programKey(source: string): string | undefined {
  return KEY_LINE.exec(source)?.[1];
}

/**
 * The cache file's bytes for a key and V8's data.
 *
 * @param key - the program's key
 * @param data - from `script.createCachedData()`
 */
export function cacheFileBytes(key: string, data: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), data]);
}

/** V8's data in a cache file made for `key`, or why there is none. */
function cachedDataFor(key: string | undefined, cacheFile: string): Buffer | 'absent' | 'another build' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return 'absent';
  }
  if (key === undefined || bytes.length <= KEY_BYTES || bytes.toString('latin1', 0, KEY_BYTES) !== `${key}\n`) return 'another build';
  return bytes.subarray(KEY_BYTES);
}

/**
 * Compiles and runs the program's module code (which only defines it: nothing runs until `main`), from
 * its code cache when `useCache` and the cache belongs to it.
 *
 * @param options - `useCache` (default true); `programFile` and `cacheFile`, other files than dist/'s
 * @returns the program's exports, the script and whether the cache was used
 *
 * @example
 * ```ts
 * const { exports, cache } = loadProgram();
 * exports.main(['validate', 'scenario.json']);
 * ```
 */
export function loadProgram(options: { readonly useCache?: boolean; readonly programFile?: string; readonly cacheFile?: string } = {}): LoadedProgram {
  const programFile = options.programFile ?? PROGRAM_FILE;
  const source = readFileSync(programFile, 'utf8');
  const found = options.useCache === false ? 'not asked' : cachedDataFor(programKey(source), options.cacheFile ?? CACHE_FILE);
  // The same wrapper Node gives a CommonJS module, so the program reads `require`, `module` and
  // `__filename` as it would if required.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: programFile,
    ...(typeof found === 'string' ? {} : { cachedData: found }),
  });
  const module = { exports: {} as ProgramExports };
  const run = script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void;
  run.call(module.exports, module.exports, createRequire(programFile), module, programFile, dirname(programFile));
  const cache: CacheUse = typeof found === 'string' ? found : script.cachedDataRejected === true ? 'refused by V8' : 'used';
  return { exports: module.exports, script, cache };
}

/**
 * The optional peers' imports, run here: code compiled from a cache cannot run `import()` in Node 20
 * (src/report/peer-import-hook.ts). The bin does not load the report stage (it would load the whole
 * program), so it names the peers itself; `satisfies` keeps the list to the peers the report names.
 */
const PEER_IMPORTS = {
  exceljs: () => import('exceljs'),
  vega: () => import('vega'),
  'vega-lite': () => import('vega-lite'),
} as const satisfies Record<PeerName, () => Promise<unknown>>;

/**
 * The report's hook for a host's `import()` (src/report/peer-import-hook.ts, `PEER_IMPORT_HOOK`): a
 * symbol in the global registry, so the bin reaches it by its key alone (a test checks it is the same).
 */
export const PEER_IMPORT_HOOK_KEY = 'shared-services-model.import-peer';

/**
 * Has the optional peers (exceljs, vega) imported by this module rather than by the program: call before
 * the program loads a peer.
 *
 * @example
 * ```ts
 * importPeersHere();
 * loadProgram().exports.main(['report', 'scenario.json', '--format', 'html']);
 * ```
 */
export function importPeersHere(): void {
  const hook = (name: string): Promise<unknown> => (Object.hasOwn(PEER_IMPORTS, name) ? PEER_IMPORTS[name as PeerName]() : Promise.reject(new Error(`${name} is not an optional peer of shared-services-model`)));
  (globalThis as Record<symbol, unknown>)[Symbol.for(PEER_IMPORT_HOOK_KEY)] = hook;
}

/**
 * Runs the CLI in this process: the program from its code cache, or, with `SHARED_SERVICES_DEBUG=1`, by
 * `require` with source maps on, so that a stack trace names the TypeScript source (V8 keeps no source
 * map for code compiled from a cache).
 *
 * @param argv - the command line, without `node` and the script
 *
 * @example
 * ```ts
 * runProgram(process.argv.slice(2));
 * ```
 */
export function runProgram(argv: readonly string[]): void {
  importPeersHere();
  if (process.env['SHARED_SERVICES_DEBUG'] === '1') {
    process.setSourceMapsEnabled(true);
    (createRequire(import.meta.url)(PROGRAM_FILE) as ProgramExports).main(argv);
    return;
  }
  loadProgram().exports.main(argv);
}
