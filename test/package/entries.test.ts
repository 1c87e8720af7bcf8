/**
 * Entry points by weight: the core loads only decimal.js and zod; the workbook and chart renderers and the
 * fast-check arbitraries are in their own entries and need their optional peers only when used. Runs the
 * built package (`npm run build` first; `npm test` builds) in child processes, from an install of it made
 * here with its dependencies and none of its optional peers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sources = fileURLToPath(new URL('./fixtures/', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  description: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
};
const scenario = path.join(root, 'examples/tri-borough-2011/scenario.json');
const HEAVY = ['exceljs', 'vega', 'vega-lite', 'commander', 'fast-check'];

/** An install of the built package with its dependencies and no optional peer: `dir/node_modules/…`. */
let dir = '';
/** The fixtures, copied into `dir`: a script finds packages from where it is, not from its working folder. */
let fixtures = '';

beforeAll(() => {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/report.js', 'dist/testing.js', 'dist/cli.cjs']) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does)`);
  }
  dir = mkdtempSync(path.join(tmpdir(), 'ssm-entries-'));
  const installed = path.join(dir, 'node_modules', 'shared-services-model');
  mkdirSync(installed, { recursive: true });
  for (const part of ['package.json', 'dist', 'schema']) cpSync(path.join(root, part), path.join(installed, part), { recursive: true });
  for (const dependency of Object.keys(pkg.dependencies)) symlinkSync(path.join(root, 'node_modules', dependency), path.join(dir, 'node_modules', dependency), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  fixtures = path.join(dir, 'fixtures');
  cpSync(sources, fixtures, { recursive: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The packages other than this one an ES module import of `entry` loads, by name, sorted. */
function importLoads(entry: string): string[] {
  const loads = path.join(dir, `loads-${entry.replace(/\W/g, '-')}.txt`);
  writeFileSync(loads, '');
  execFileSync(process.execPath, ['--import', path.join(fixtures, 'record-loads.mjs'), '--input-type=module', '-e', `await import(${JSON.stringify(entry)})`], {
    cwd: dir,
    env: { ...process.env, LOADS_FILE: loads },
  });
  return [...new Set(readFileSync(loads, 'utf8').split('\n'))].filter((name) => name !== '' && name !== 'shared-services-model').sort();
}

/** The packages other than this one `require(entry)` loads, by name, sorted. */
function requireLoads(entry: string): string[] {
  const names = JSON.parse(execFileSync(process.execPath, [path.join(fixtures, 'loads.cjs'), entry], { cwd: dir, encoding: 'utf8' })) as string[];
  return names.filter((name) => name !== 'shared-services-model');
}

describe('the core entry', () => {
  it('loads only decimal.js and zod, imported or required', () => {
    expect(importLoads('shared-services-model')).toEqual(['decimal.js', 'zod']);
    expect(requireLoads('shared-services-model')).toEqual(['decimal.js', 'zod']);
  });

  it('keeps the checkers of /testing as light, and loads no peer before a renderer of /report runs', () => {
    // At most the core's two: the CommonJS file of /testing is its own bundle, which needs no zod.
    for (const name of [...importLoads('shared-services-model/testing'), ...requireLoads('shared-services-model/testing')]) expect(['decimal.js', 'zod']).toContain(name);
    for (const name of importLoads('shared-services-model/report')) expect(HEAVY).not.toContain(name);
  });
});

describe('one evaluation, every entry and both builds', () => {
  it('gives the same figures through the ES module entries and through require', () => {
    const out = JSON.parse(execFileSync(process.execPath, [path.join(fixtures, 'shared-engine.mjs'), scenario], { cwd: dir, encoding: 'utf8' })) as unknown;
    expect(out).toEqual({ sameTable: true, sameView: true, invariants: [0, 0] });
  });
});

describe('the CLI', () => {
  it('prints the version from the clone and from an install, and carries no copy of package.json', () => {
    for (const cli of [path.join(root, 'dist/cli.cjs'), path.join(dir, 'node_modules/shared-services-model/dist/cli.cjs')]) {
      const run = spawnSync(process.execPath, [cli, '--version'], { cwd: dir, encoding: 'utf8' });
      expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }, cli).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
    const built = readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js'));
    expect(built.filter((f) => readFileSync(path.join(root, 'dist', f), 'utf8').includes(pkg.description))).toEqual([]);
  });
});

describe('without the optional peers installed', () => {
  it('checks a split, and says which packages the arbitraries, a workbook and a chart need', () => {
    const out = JSON.parse(execFileSync(process.execPath, [path.join(fixtures, 'without-peers.mjs'), scenario], { cwd: dir, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out['check']).toEqual(['sum']);
    expect(out['checkRequired']).toEqual([]);
    expect(out['arbitraries']).toMatchObject({ code: 'ERR_MODULE_NOT_FOUND', message: expect.stringContaining("'fast-check'") });
    expect(out['xlsx']).toEqual({ code: 'E_DEPENDENCY', message: 'an xlsx workbook needs exceljs, optional peer dependencies that are not installed: run `npm install exceljs@^4.4.0`' });
    const charts = { code: 'E_DEPENDENCY', message: 'a chart needs vega and vega-lite, optional peer dependencies that are not installed: run `npm install vega@^6.4.0 vega-lite@^6.4.2`' };
    expect(out['svg']).toEqual(charts);
    expect(out['html']).toEqual(charts);
  });

  it('loads no peer from the workbook entry before a workbook is read or written, and names exceljs when one is', () => {
    for (const name of [...importLoads('shared-services-model/workbook'), ...requireLoads('shared-services-model/workbook')]) expect(HEAVY).not.toContain(name);
    const script = "const w = await import('shared-services-model/workbook'); try { await w.scenarioWorkbookTemplate(); } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ code: 'E_DEPENDENCY', message: 'an xlsx workbook needs exceljs, optional peer dependencies that are not installed: run `npm install exceljs@^4.4.0`' });
  });

  it.each([['xlsx'], ['html'], ['svg']])('the CLI refuses --format %s in one line, with exit status 2', (format) => {
    const cli = path.join(dir, 'node_modules/shared-services-model/dist/cli.cjs');
    const run = spawnSync(process.execPath, [cli, 'report', scenario, '--view', 'costs', '--format', format, '--out', path.join(dir, `out.${format}`)], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^(an xlsx workbook|a chart) needs .*: run `npm install [^`]+`\n$/);
  });

  it('still writes md, csv and json from the CLI', () => {
    const cli = path.join(dir, 'node_modules/shared-services-model/dist/cli.cjs');
    const run = spawnSync(process.execPath, [cli, 'report', scenario, '--format', 'csv'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('the manifest', () => {
  it('lists the peers the renderers name, each optional and pinned for development', async () => {
    const { PEERS } = (await import(path.join(root, 'dist/index.js'))) as { PEERS: Record<string, string> };
    for (const [name, range] of Object.entries(PEERS)) {
      expect(pkg.peerDependencies[name]).toBe(range);
      expect(pkg.peerDependenciesMeta[name]?.optional).toBe(true);
      expect(pkg.devDependencies[name]).toBe(range.replace(/^\^/, ''));
      expect(pkg.dependencies[name]).toBeUndefined();
    }
  });
});
