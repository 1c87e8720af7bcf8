import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the built CLI (npm test builds first), as a user would.
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const fixture = (name: string): string => join('test', 'e2e', 'fixtures', name);
const triBorough = existsSync(join(root, 'examples/tri-borough-2011/scenario.json')) ? 'examples/tri-borough-2011/scenario.json' : fixture('two-councils.json');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'shared-services-e2e-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('shared-services (built CLI)', () => {
  it('validate: a valid scenario, with its counts', () => {
    const r = run('validate', fixture('two-councils.json'));
    expect(r).toMatchObject({ code: 0, stdout: 'valid: 2 partners, 2 lines, 3 published figures\n', stderr: '' });
    expect(run('validate', triBorough).stdout).toMatch(/^valid: 3 partners, \d+ lines, \d+ published figures\n$/);
  });

  it('validate: malformed JSON exits 2 with the line and column', () => {
    const r = run('validate', fixture('malformed.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/e2e/fixtures/malformed.json has 1 problem');
    expect(r.stderr).toContain('at line 4, column 3');
  });

  it('validate: an unknown partner id exits 2 naming the path', () => {
    const r = run('validate', fixture('unknown-partner.json'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain('lines[0].attribution.amounts.west: expected a partner id (north, south), found "west"');
  });

  it('report: a file that is not there exits 2, saying which and what to do', () => {
    const r = run('report', 'no/such/scenario.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cannot read no/such/scenario.json: no such file. Check the path and the folder you run from.\n');
  });

  it('report: the partners view in markdown by default, in the scenario unit', () => {
    const r = run('report', fixture('two-councils.json'));
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# Two councils, one shared team');
    expect(lines).toContain('## Assured savings (£000)');
    expect(lines.slice(4, 8)).toEqual([
      '| Line        | North Council | South Council | Total |',
      '| ----------- | ------------: | ------------: | ----: |',
      '| Shared team |           350 |          (50) |   300 |',
      '| Total       |           350 |          (50) |   300 |',
    ]);
    expect(lines).toContain('| Total     |           400 |             0 |   400 |');
  });

  it('report: --view services --format json carries the single management team in £m', () => {
    const r = run('report', triBorough, '--view', 'services', '--format', 'json', '--unit', '£m');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    if (triBorough.startsWith('examples')) {
      const smt = json.tables.find((t: { title: string }) => t.title === 'Single Management Team: Staffing budgets');
      const total = (key: string): string => smt.rows.find((row: { key: string }) => row.key === key).total;
      expect([total('starting'), total('closing'), total('change')]).toEqual(['2.403', '1.314', '1.089']);
      expect(smt.rows[1].values).toEqual(['0.438', '0.438', '0.438']);
    }
    expect(typeof json.tables[0].rows[0].values[0]).toBe('string');
  });

  it('report: --unit aliases, CSV with CRLF and a byte-order mark for Excel, and --out writes the file', () => {
    const out = join(scratch, 'tiers.csv');
    const r = run('report', fixture('two-councils.json'), '--view', 'tiers', '--format', 'csv', '--unit', 'k', '--out', out);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `wrote ${out}\n` });
    const csv = 'Savings by tier (£000)\r\nTier,North Council,South Council,Total\r\nAssured,350,-50,300\r\nProjected,50,50,100\r\nTotal,400,0,400\r\n';
    // The mark's bytes, EF BB BF, are what tell Excel the file is UTF-8 (so "£" is not read as "Â£").
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(out, 'utf8')).toBe(`\uFEFF${csv}`);
    const plain = run('report', fixture('two-councils.json'), '--view', 'tiers', '--format', 'csv', '--unit', 'k', '--no-bom');
    expect(plain).toMatchObject({ code: 0, stdout: csv });
  });

  it('report --view reconcile lists every figure with its verdict and the counts', () => {
    const r = run('report', fixture('two-councils.json'), '--view', 'reconcile');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('|   3 | Shared team, total | £000 |     300 |   300 |          0 | exact   |       300 | yes      |');
    expect(r.stdout.replace(/\n {2}/g, ' ')).toContain('- 3 published figures: 0 discrepancies; every printed total equals the sum of its printed parts; 0 not modelled; 3 exact.');
  });

  it('report --strict: exit 0 when the paper agrees, 1 when a figure differs beyond rounding', () => {
    expect(run('report', fixture('two-councils.json'), '--strict').code).toBe(0);
    if (triBorough.startsWith('examples')) {
      const r = run('report', triBorough, '--strict');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('## All tiers (£m)');
      expect(r.stderr).toMatch(/^strict: \d+ published figures differ from the model beyond rounding; `--view reconcile --only discrepancies` lists them\.\n$/);
    }
  });

  it('rejects an unknown option with exit 2 and a hint', () => {
    const r = run('report', fixture('two-councils.json'), '--fromat', 'csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--fromat'");
    expect(r.stderr).toContain('(Did you mean --format?)');
    expect(r.stderr).toContain('Run `shared-services report --help` for its usage and an example.');
  });

  it('rejects a view or a unit it does not know with exit 2', () => {
    expect(run('report', fixture('two-councils.json'), '--view', 'charts').code).toBe(2);
    const r = run('report', fixture('two-councils.json'), '--unit', 'euro');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected £, £000 or £m (or gbp, k, m)');
  });

  it.each(['validate', 'report', 'schema'])('%s --help shows an example and exits 0', (command) => {
    const r = run(command, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: shared-services ${command}`);
    expect(r.stdout).toMatch(/Examples?:\n {2}\$ shared-services /);
  });

  it('schema prints the JSON Schema, the same as the shipped file', () => {
    const r = run('schema');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'schema/scenario.schema.json'), 'utf8'));
  });
});
