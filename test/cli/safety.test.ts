/**
 * The CLI's file safety, in memory through CliIO: outputs written whole through a temporary file (a
 * failed write leaves the file that was there), outputs that are inputs refused, internal errors said in
 * one line, and a baselines CSV file's problems placed at its rows even past quoted line breaks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIO, FileFacts } from '../../src/cli/io.js';

const tri = readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8');
const baselines = readFileSync(new URL('../../examples/tri-borough-2011/baselines.csv', import.meta.url), 'utf8');
const { services: _services, ...noServices } = JSON.parse(tri) as Record<string, unknown>;

const fail = (code: string): Error => Object.assign(new Error(`${code}: failed`), { code });

interface Disk extends CliIO {
  readonly files: Map<string, string | Uint8Array>;
  readonly calls: string[];
  err: string;
  out: string;
}

/** A file system in memory with rename and remove; `breakWrite` / `breakRename` make those fail with a code. */
function disk(files: Record<string, string>, options: { breakWrite?: string; breakRename?: string; identity?: Record<string, number> } = {}): Disk {
  const io: Disk = {
    files: new Map(Object.entries(files)),
    calls: [],
    err: '',
    out: '',
    stdout: (d) => void (io.out += String(d)),
    stderr: (t) => void (io.err += t),
    readFile: async (path) => {
      const f = io.files.get(path);
      if (f === undefined) throw fail('ENOENT');
      return f;
    },
    writeFile: async (path, data, o) => {
      io.calls.push(`write ${path.replace(/\.[a-z0-9]+\.tmp$/, '.*.tmp')}${o?.exclusive === true ? ' exclusive' : ''}`);
      if (o?.exclusive === true && io.files.has(path)) throw fail('EEXIST');
      if (options.breakWrite !== undefined) {
        io.files.set(path, String(data).slice(0, 10)); // half written, then the disk is full
        throw fail(options.breakWrite);
      }
      io.files.set(path, data);
    },
    stat: async (path): Promise<FileFacts> => {
      const f = io.files.get(path);
      if (f === undefined) throw fail('ENOENT');
      return { size: f.length, dev: 1, ino: options.identity?.[path] ?? [...io.files.keys()].indexOf(path), isFile: true };
    },
    rename: async (from, to) => {
      io.calls.push(`rename ${from.replace(/\.[a-z0-9]+\.tmp$/, '.*.tmp')} ${to}`);
      if (options.breakRename !== undefined) throw fail(options.breakRename);
      io.files.set(to, io.files.get(from)!);
      io.files.delete(from);
    },
    remove: async (path) => {
      io.calls.push(`remove ${path.replace(/\.[a-z0-9]+\.tmp$/, '.*.tmp')}`);
      io.files.delete(path);
    },
  };
  return io;
}

describe('--out is written whole or not at all', () => {
  it('writes a new file beside the target, then renames it over the target', async () => {
    const io = disk({ 's.json': tri, 'out/r.md': 'the old report' });
    expect(await runCli(['report', 's.json', '--out', 'out/r.md'], io)).toBe(0);
    expect(io.calls).toEqual(['write out/.r.md.*.tmp exclusive', 'rename out/.r.md.*.tmp out/r.md']);
    expect([...io.files.keys()].sort()).toEqual(['out/r.md', 's.json']);
    expect(String(io.files.get('out/r.md'))).toMatch(/^# /);
  });

  it.each([
    ['ENOSPC', 'no space left on device. Free some space; any file already there is left as it was.'],
    ['EIO', 'the file system refused.'],
  ])('a write that fails (%s) leaves the old file as it was, and no half-written file', async (code, advice) => {
    const io = disk({ 's.json': tri, 'out/r.md': 'the old report' }, { breakWrite: code });
    expect(await runCli(['report', 's.json', '--out', 'out/r.md'], io)).toBe(2);
    expect(io.err).toBe(`cannot write out/r.md: ${advice}\n`);
    expect(io.files.get('out/r.md')).toBe('the old report');
    expect([...io.files.keys()].sort()).toEqual(['out/r.md', 's.json']);
  });

  it('a rename that fails removes the temporary file and leaves the old one', async () => {
    const io = disk({ 's.json': tri, 'r.csv': 'old' }, { breakRename: 'EACCES' });
    expect(await runCli(['report', 's.json', '--format', 'csv', '--out', 'r.csv'], io)).toBe(2);
    expect(io.calls.at(-1)).toBe('remove .r.csv.*.tmp');
    expect(io.files.get('r.csv')).toBe('old');
    expect([...io.files.keys()].sort()).toEqual(['r.csv', 's.json']);
  });
});

describe('the temporary file', () => {
  it('never replaces or removes a file that already has its name', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      const temporary = `.r.md.${(0.5).toString(36).slice(2, 10)}.tmp`;
      const io = disk({ 's.json': tri, 'r.md': 'old', [temporary]: 'someone else’s' });
      expect(await runCli(['report', 's.json', '--out', 'r.md'], io)).toBe(2);
      expect(io.files.get(temporary)).toBe('someone else’s');
      expect(io.files.get('r.md')).toBe('old');
      expect(io.calls.some((c) => c.startsWith('remove'))).toBe(false);
    } finally {
      random.mockRestore();
    }
  });
});

describe('an output that is an input is refused before any work', () => {
  it.each([
    [['report', 's.json', '--out', './s.json']],
    [['report', 's.json', '--format', 'json', '--out', 'dir/../s.json']],
    [['compare', 'a.json', 's.json', '--out', 's.json']],
    [['simulate', 's.json', '--runs', '5', '--seed', '1', '--out', 's.json']],
  ])('%j: by its path as written, when the I/O cannot say more', async (args) => {
    const io = disk({ 's.json': tri, 'a.json': tri });
    delete (io as { stat?: unknown }).stat;
    expect(await runCli(args, io)).toBe(2);
    expect(io.err).toMatch(/^cannot write .*s\.json: it is the scenario file s\.json/);
    expect(io.calls).toEqual([]);
    expect(io.files.get('s.json')).toBe(tri);
  });

  it('by identity on disk: two names of one file (a hard link)', async () => {
    const io = disk({ 's.json': tri, 'copy.json': tri }, { identity: { 's.json': 7, 'copy.json': 7 } });
    expect(await runCli(['report', 'copy.json', '--out', 's.json'], io)).toBe(2);
    expect(io.err).toBe('cannot write s.json: it is the scenario file copy.json (the same file: a link to it), which this command reads. Writing over it would lose it; give --out another path.\n');
    expect(io.calls).toEqual([]);
    const other = disk({ 's.json': tri, 'copy.json': tri }, { identity: { 's.json': 7, 'copy.json': 8 } });
    expect(await runCli(['report', 'copy.json', '--out', 's.json'], other)).toBe(0);
  });
});

describe('the size limit is checked before a file is read', () => {
  it('a file stat says is over --max-input-mb is never read', async () => {
    const io = disk({ 's.json': tri });
    const reads: string[] = [];
    const read = io.readFile;
    Object.assign(io, {
      stat: async (): Promise<FileFacts> => ({ size: 100 * 1024 * 1024 + 1, dev: 1, ino: 1, isFile: true }),
      readFile: (path: string, max?: number) => (reads.push(path), read(path, max)),
    });
    expect(await runCli(['validate', 's.json'], io)).toBe(2);
    expect(io.err).toBe('cannot read s.json: it is 100.0 MiB, over the 64 MiB limit for an input file. Give --max-input-mb 101 (at most 512) to read it anyway.\n');
    expect(reads).toEqual([]);
  });

  it('the limit is passed to readFile, which stops at it (a pipe or a device: stat cannot say)', async () => {
    const io = disk({ 's.json': tri });
    Object.assign(io, {
      stat: async (): Promise<FileFacts> => ({ size: 0, dev: 1, ino: 1, isFile: false }),
      readFile: async (_path: string, max?: number) => {
        throw Object.assign(new Error(`longer than ${max}`), { code: max === 3 * 1024 * 1024 ? 'EFBIG' : 'EIO' });
      },
    });
    expect(await runCli(['validate', 's.json', '--max-input-mb', '3'], io)).toBe(2);
    expect(io.err).toBe('cannot read s.json: it is over the 3 MiB limit for an input file. Give a larger --max-input-mb (at most 512) to read it anyway.\n');
  });
});

describe('nothing unexpected prints a stack trace', () => {
  const broken = (debug: boolean): Disk => {
    const io = disk({ 's.json': tri });
    return Object.assign(io, { debug, stdout: () => { throw new TypeError('the terminal went away\n  at somewhere'); } });
  };

  it('an internal error: one line, exit 1', async () => {
    const io = broken(false);
    expect(await runCli(['validate', 's.json'], io)).toBe(1);
    expect(io.err).toBe('internal error: the terminal went away. This is a bug in shared-services-model; please report it with the command and its files (SHARED_SERVICES_DEBUG=1 shows where it happened).\n');
  });

  it('with SHARED_SERVICES_DEBUG=1 (io.debug), the stack too', async () => {
    const io = broken(true);
    expect(await runCli(['validate', 's.json'], io)).toBe(1);
    expect(io.err).toMatch(/^TypeError: the terminal went away\n[\s\S]*\n\s+at [\s\S]*internal error: the terminal went away\./);
  });
});

describe('a baselines CSV file’s problems, at its rows', () => {
  it('counts a quoted line break as part of its row, as a spreadsheet does', async () => {
    // Every row of the first service names it over two lines, with a comma and quotes: one record each.
    const rows = baselines.split('\n').map((row) => row.replace(',Single Management Team,', ',"Single\nManagement, ""Team""",'));
    rows[26] = rows[26]!.replace(',rbkc,', ',xx,');
    const csv = rows.join('\n');
    expect(csv.split('\n').indexOf(rows[26]!.split('\n').at(-1)!)).toBeGreaterThan(26);
    const io = disk({ 'ns.json': JSON.stringify(noServices), 'b.csv': csv });
    expect(await runCli(['validate', 'ns.json', '--baselines', 'b.csv'], io)).toBe(2);
    expect(io.err).toBe(
      'invalid: ns.json with baselines b.csv has 2 problems:\n' +
        'b.csv row 27, column partner: expected a partner id (hf, rbkc, cow), found "xx"\n' +
        'b.csv row 26, column partner: expected a starting position for every partner, found none for rbkc\n',
    );
  });
});
