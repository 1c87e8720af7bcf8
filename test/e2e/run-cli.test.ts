import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { scenarioJsonSchema } from '../../src/index.js';
import { VIEW_NAMES, VIEW_SUMMARIES } from '../../src/report/index.js';

/** An in-memory CLI: files in a map, output collected. */
function memory(files: Record<string, string | NodeJS.ErrnoException> = {}): CliIO & { out: string; err: string; written: Map<string, string> } {
  const io = {
    out: '',
    err: '',
    written: new Map<string, string>(),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (path: string) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (typeof f !== 'string') throw f;
      return f;
    },
    writeFile: async (path: string, text: string) => {
      if (path.startsWith('/missing/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      io.written.set(path, text);
    },
  };
  return io;
}

const twoCouncils = readFileSync(new URL('./fixtures/two-councils.json', import.meta.url), 'utf8');

describe('runCli (in memory)', () => {
  it('validates, reading through io, and never touches the process', async () => {
    const io = memory({ 's.json': `\uFEFF${twoCouncils}` });
    expect(await runCli(['validate', 's.json'], io)).toBe(0);
    expect(io.out).toBe('valid: 2 partners, 2 lines, 3 published figures\n');
  });

  it.each([
    ['EISDIR', 'cannot read s.json: it is a folder. Give the path of a scenario .json file.\n'],
    ['EACCES', "cannot read s.json: permission denied. Check the permissions of the file and its folder.\n"],
  ])('says what to do when a file cannot be read (%s)', async (code, message) => {
    const io = memory({ 's.json': Object.assign(new Error(code), { code }) });
    expect(await runCli(['report', 's.json'], io)).toBe(2);
    expect(io.err).toBe(message);
  });

  it('lists every problem of a bad scenario on stderr, one per line', async () => {
    const io = memory({ 'bad.json': JSON.stringify({ version: 2, title: '' }) });
    expect(await runCli(['validate', 'bad.json'], io)).toBe(2);
    const lines = io.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^invalid: bad\.json has \d+ problems:$/);
    expect(lines.slice(1).every((l) => /^[\w.[\]()"]+: expected .+, found .+$/.test(l))).toBe(true);
    expect(lines).toContain('version: expected one of 1, found 2');
  });

  it('report --help lists every view with what it shows', async () => {
    const io = memory({});
    await runCli(['report', '--help'], io);
    const listed = io.out.slice(io.out.indexOf('Views:\n') + 7, io.out.indexOf('Every view ends')).trimEnd().split('\n');
    const widest = Math.max(...VIEW_NAMES.map((v) => v.length));
    expect(listed).toEqual(VIEW_NAMES.map((v) => `  ${v.padEnd(widest + 2)}${VIEW_SUMMARIES[v]}`));
    expect(listed[3]).toBe('  tiers          tiers by partner');
  });

  it('writes --out through io, and says so on stderr', async () => {
    const io = memory({ 's.json': twoCouncils });
    expect(await runCli(['report', 's.json', '--format', 'json', '--out', 'r.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toBe('wrote r.json\n');
    expect(JSON.parse(io.written.get('r.json')!).view).toBe('partners');
  });

  it('exits 2 when --out cannot be written, naming the file', async () => {
    const io = memory({ 's.json': twoCouncils });
    expect(await runCli(['report', 's.json', '--out', '/missing/r.md'], io)).toBe(2);
    expect(io.err).toBe('cannot write /missing/r.md: its folder does not exist. Create the folder first, or choose another path.\n');
  });

  it('exits 2 with the commands listed when no command is given, or an unknown one', async () => {
    const none = memory();
    expect(await runCli([], none)).toBe(2);
    expect(none.err).toContain('Commands:');
    const unknown = memory();
    expect(await runCli(['reprot'], unknown)).toBe(2);
    expect(unknown.err).toContain("error: unknown command 'reprot'");
  });

  it('prints the schema, and the version', async () => {
    const io = memory();
    expect(await runCli(['schema'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(scenarioJsonSchema());
    const v = memory();
    expect(await runCli(['--version'], v)).toBe(0);
    expect(v.out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
