/**
 * The built CLI never loses a user's file, never prints a stack trace, and refuses what it cannot read
 * safely: outputs over inputs, standard output that fails, text that is not UTF-8, files over the size
 * limit, simulations past their limits. Each problem is one line (or one list) and exit status 2.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const TRI = join(root, 'examples/tri-borough-2011/scenario.json');
const BASELINES = join(root, 'examples/tri-borough-2011/baselines.csv');

const scratch = mkdtempSync(join(tmpdir(), 'shared-services-safety-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], options: { stdout?: number } = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: scratch, encoding: 'utf8', stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
}

/** A fresh folder holding a copy of the tri-borough scenario as s.json. */
function folder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 's.json'), readFileSync(TRI));
  return dir;
}

const noStack = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at |node:internal|Error:/);

describe('no command writes over one of its own inputs', () => {
  const dir = folder('own-inputs');
  const s = join(dir, 's.json');
  const original = readFileSync(s, 'utf8');
  linkSync(s, join(dir, 'hard.json'));
  symlinkSync(s, join(dir, 'soft.json'));
  const { services: _services, ...rest } = JSON.parse(original) as Record<string, unknown>;
  writeFileSync(join(dir, 'ns.json'), JSON.stringify(rest));
  writeFileSync(join(dir, 'b.csv'), readFileSync(BASELINES));
  const csv = readFileSync(join(dir, 'b.csv'), 'utf8');

  it.each([
    [['report', s, '--out', s], 'it is the scenario file'],
    [['report', s, '--format', 'json', '--out', s], 'it is the scenario file'],
    [['report', s, '--format', 'xlsx', '--out', s], 'it is the scenario file'],
    [['report', s, '--out', join(dir, 'hard.json')], '(the same file: a link to it)'],
    [['report', join(dir, 'hard.json'), '--out', s], '(the same file: a link to it)'],
    [['report', join(dir, 'soft.json'), '--out', s], '(the same file by another path)'],
    [['report', s, '--out', join(dir, 'soft.json')], '(the same file by another path)'],
    [['report', s, '--out', join(dir, '.', 'x', '..', 's.json')], 'it is the scenario file'],
    [['compare', join(dir, 'ns.json'), s, '--out', s], 'it is the scenario file'],
    [['simulate', s, '--runs', '10', '--seed', '1', '--out', s], 'it is the scenario file'],
    [['sensitivity', s, '--format', 'csv', '--out', join(dir, 'hard.json')], 'a link to it'],
  ])('refuses %j with exit 2, leaving the input as it was', (args, says) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(says);
    expect(r.stderr).toMatch(/^cannot write .+: it is .+, which this command reads\. Writing over it would lose it; give --out another path\.\n$/);
    expect(readFileSync(s, 'utf8')).toBe(original);
    expect(lstatSync(join(dir, 'soft.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses the baselines file as --out, and says which file it is', () => {
    const r = run(['report', join(dir, 'ns.json'), '--baselines', join(dir, 'b.csv'), '--format', 'csv', '--out', join(dir, 'b.csv')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain(`it is the baselines file ${join(dir, 'b.csv')}`);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(csv);
  });

  it('refuses before reading anything: an output over a broken input is refused, not the input reported', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const r = run(['report', broken, '--out', broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cannot write /);
    expect(readFileSync(broken, 'utf8')).toBe('{ not json');
  });
});

describe('--out is written whole, through a temporary file', () => {
  it('replaces an existing file, keeping its permissions, and leaves nothing else in the folder', () => {
    const dir = folder('whole');
    writeFileSync(join(dir, 'r.md'), 'an older report', { mode: 0o640 });
    chmodSync(join(dir, 'r.md'), 0o640);
    const r = run(['report', 'whole/s.json', '--out', 'whole/r.md']);
    expect(r).toMatchObject({ code: 0, stderr: 'wrote whole/r.md\n' });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# /);
    expect(readdirSync(dir).sort()).toEqual(['r.md', 's.json']);
    expect(statSync(join(dir, 'r.md')).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link, keeping the link, and into a device in place', () => {
    const dir = folder('links');
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    expect(run(['report', 'links/s.json', '--format', 'csv', '--out', 'links/link.csv']).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toMatch(/^\uFEFF"?[A-Z]/);
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv', 's.json']);
    expect(run(['report', 'links/s.json', '--out', '/dev/null'])).toMatchObject({ code: 0, stderr: 'wrote /dev/null\n' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('standard output that fails', () => {
  it.skipIf(!existsSync('/dev/full'))('on a full disk (> /dev/full): one line and exit 2, never a stack trace', () => {
    for (const args of [['schema'], ['report', TRI], ['validate', TRI]]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = run(args, { stdout: full });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toBe('cannot write standard output: no space left on device\n');
      } finally {
        closeSync(full);
      }
    }
  });

  it('a reader that stops early (| head) is not an error: exit 0, nothing on stderr', () => {
    // 380 kB of HTML: far more than a pipe holds, so the CLI is still writing when head has gone.
    const script = `"${process.execPath}" "${cli}" report "${TRI}" --format html | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r).toMatchObject({ stdout: '0\n', stderr: '' });
  });
});

describe('input files that are not UTF-8', () => {
  it('a scenario with a Latin-1 byte: exit 2, naming the file, the byte offset and the line', () => {
    const file = join(scratch, 'latin1.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{\n  "version": 1,\n  "title": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    const r = run(['validate', file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`cannot read ${file}: it is not UTF-8 text: at byte offset 33 (line 3), 0xe9 is not a UTF-8 character. Save the file as UTF-8 (text saved as Latin-1 or Windows-1252 has such bytes).\n`);
  });

  it('a baselines CSV file with a byte that is never UTF-8', () => {
    const json = join(scratch, 'no-services.json');
    const { services: _s, ...rest } = JSON.parse(readFileSync(TRI, 'utf8')) as Record<string, unknown>;
    writeFileSync(json, JSON.stringify(rest));
    const csv = join(scratch, 'bad-bytes.csv');
    writeFileSync(csv, Buffer.concat([Buffer.from('service,budget,position,partner,amount\nyot,yot-staffing,starting,hf,1.2'), Buffer.from([0xff]), Buffer.from('\n')]));
    const r = run(['report', json, '--baselines', csv]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain(`cannot read ${csv}: it is not UTF-8 text: at byte offset 71 (line 2), 0xff is not a UTF-8 character.`);
  });

  it('a byte-order mark and characters of every length are read as they are', () => {
    const file = join(scratch, 'utf8.json');
    const s = JSON.parse(readFileSync(TRI, 'utf8')) as { title: string };
    s.title = 'Tri-borough — £ € 𝄞';
    writeFileSync(file, `\uFEFF${JSON.stringify(s)}`);
    const r = run(['report', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tri-borough — £ € 𝄞');
  });
});

describe('the size limit on input files', () => {
  // A valid scenario padded with spaces to 1.5 MiB: JSON allows the spaces, the limit does not.
  const big = join(scratch, 'big.json');
  writeFileSync(big, readFileSync(TRI, 'utf8') + ' '.repeat(1.5 * 1024 * 1024));

  it('refuses a file over --max-input-mb before reading it, saying the limit and how to raise it', () => {
    const r = run(['validate', big, '--max-input-mb', '1']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`cannot read ${big}: it is 1.6 MiB, over the 1 MiB limit for an input file. Give --max-input-mb 2 (at most 512) to read it anyway.\n`);
    expect(run(['validate', big, '--max-input-mb', '2']).code).toBe(0);
    expect(run(['validate', big]).code).toBe(0);
  });

  it('stops reading a device or pipe at the limit (/dev/zero)', () => {
    const r = run(['validate', '/dev/zero', '--max-input-mb', '1']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('cannot read /dev/zero: it is over the 1 MiB limit for an input file. Give a larger --max-input-mb (at most 512) to read it anyway.\n');
  });

  it('applies to --baselines, and is documented in every command’s help with its default', () => {
    const csv = join(scratch, 'big.csv');
    writeFileSync(csv, `service,budget,position,partner,amount\n${'\n'.repeat(1.2 * 1024 * 1024)}`);
    expect(run(['validate', join(scratch, 'no-services.json'), '--baselines', csv, '--max-input-mb', '1']).stderr).toMatch(/^cannot read .*big\.csv: it is 1\.2 MiB, over the 1 MiB limit/);
    for (const command of ['validate', 'report', 'compare', 'simulate', 'sensitivity']) {
      expect(run([command, '--help']).stdout.replace(/\s+/g, ' '), command).toContain('--max-input-mb <n> refuse an input file larger than this many MiB, 1 to 512 (default: 64)');
    }
  });
});

describe('a baselines CSV file’s problems are reported in the CSV file', () => {
  const json = join(scratch, 'ns.json');
  const { services: _s, ...rest } = JSON.parse(readFileSync(TRI, 'utf8')) as Record<string, unknown>;
  writeFileSync(json, JSON.stringify(rest));
  const lines = readFileSync(BASELINES, 'utf8').split('\n');
  const csvWith = (name: string, edit: (rows: string[]) => void): string => {
    const copy = [...lines];
    edit(copy);
    writeFileSync(join(scratch, name), copy.join('\n'));
    return join(scratch, name);
  };

  it('an unknown partner: the row and the partner column of the CSV file, not services[2] of the JSON', () => {
    const csv = csvWith('unknown-partner.csv', (rows) => (rows[26] = rows[26]!.replace(',rbkc,', ',xx,')));
    const r = run(['validate', json, '--baselines', csv]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      `invalid: ${json} with baselines ${csv} has 2 problems:\n` +
        `${csv} row 27, column partner: expected a partner id (hf, rbkc, cow), found "xx"\n` +
        `${csv} row 26, column partner: expected a starting position for every partner, found none for rbkc\n`,
    );
    expect(r.stderr).not.toContain('services[');
  });

  it('an amount, an attribution metric: their own columns; a problem of the scenario file keeps its path and names its file', () => {
    const csv = csvWith('fte.csv', (rows) => {
      for (const i of [1, 2, 3, 4]) rows[i] = rows[i]!.replace(',money,', ',fte,');
      rows[4] = rows[4]!.replace(/,equal\r?$/, ',metric:zzz');
    });
    const r = run(['report', json, '--baselines', csv]);
    expect(r.code).toBe(2);
    const out = r.stderr.split('\n');
    expect(out[0]).toMatch(new RegExp(`^invalid: ${json} with baselines ${csv} has \\d+ problems:$`));
    expect(out).toContain(`${csv} row 5, column amount: expected an amount that is a whole multiple of the quantum 0.01 fte, found "1.314"`);
    expect(out).toContain(`${csv} row 5, column attribution: expected a metric every partner states, found "zzz" missing for hf, rbkc, cow`);
    expect(out).toContain(`${json} lines[0].from.budget: expected a money budget, found "smt-staffing", a fte budget`);
  });
});

describe('simulate: limits checked before any run', () => {
  const many = join(scratch, 'many.json');
  const partners = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, name: `Partner ${i}` }));
  const line = { id: 'l', name: 'Line', tier: 'projected', amount: '1000000', attribution: { rule: 'equal' }, phasing: [{ year: '2020/21', share: '1' }] };
  writeFileSync(many, JSON.stringify({ version: 1, title: 'Many partners', settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 3 }, partners, lines: [line] }));

  it('1,000 partners and 10 million runs: exit 2 at once, saying the most runs allowed, never "Invalid typed array length"', () => {
    const started = Date.now();
    const r = run(['simulate', many, '--runs', '10000000', '--seed', '1']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      '--runs 10000000: expected at most 49,950 runs for 1000 partners: runs × (partners + 1) may be at most 50,000,000, the values a simulation keeps in memory.\n' +
        'Run `shared-services simulate --help` for its usage and an example.\n',
    );
    noStack(r.stderr);
  });

  it('runs × (partners + 1) × years is bounded too', () => {
    const r = run(['simulate', TRI, '--runs', '10000000', '--seed', '1', '--years', '125']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^--runs 10000000: expected at most 4,000,000 runs for 3 partners over 125 years: runs × \(partners \+ 1\) × years may be at most 2,000,000,000\.\n/);
  });

  it('--threads beyond the cores is capped, saying so, with the same output to the byte', () => {
    const args = ['simulate', TRI, '--runs', '3000', '--seed', '7', '--format', 'json'];
    const one = run(args);
    const many = run([...args, '--threads', '256']);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stderr).toMatch(/^--threads 256: this machine has \d+ cores?; using \d+\.\n$/);
  });
});
