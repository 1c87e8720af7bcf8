import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the built CLI (npm test builds first), as a user would.
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const scenario = 'examples/tri-borough-2011/scenario.json';
const baselines = 'examples/tri-borough-2011/baselines.csv';

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'shared-services-baselines-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The tri-borough scenario without its services: they come from the CSV file. */
const withoutServices = join(scratch, 'no-services.json');
const { services: _services, ...rest } = JSON.parse(readFileSync(join(root, scenario), 'utf8')) as Record<string, unknown>;
writeFileSync(withoutServices, JSON.stringify(rest));

describe('--baselines (built CLI)', () => {
  it('validate: a scenario without services takes them from the CSV file', () => {
    expect(run('validate', scenario)).toMatchObject({ code: 0 });
    const r = run('validate', withoutServices, '--baselines', baselines);
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: run('validate', scenario).stdout });
    expect(run('validate', withoutServices).code).toBe(2);
  });

  it('report: the same report from the CSV file as from the scenario’s own services', () => {
    const own = run('report', scenario, '--view', 'services', '--format', 'csv');
    const fromCsv = run('report', withoutServices, '--baselines', baselines, '--view', 'services', '--format', 'csv');
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(own.stdout);
  });

  it('refuses a scenario that already states services, exit 2, never merging', () => {
    const r = run('validate', scenario, '--baselines', baselines);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`cannot use --baselines ${baselines}: ${scenario} already states "services". Take them out of the scenario file, or leave out --baselines.\n`);
    expect(run('report', scenario, '--baselines', baselines).code).toBe(2);
  });

  it('reports a bad CSV row with its row number, exit 2', () => {
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'service,budget,position,partner,amount\r\nyot,yot-staffing,starting,hf,1.218\r\nyot,yot-staffing,starting,rbkc,0.7l1\r\n');
    const r = run('report', withoutServices, '--baselines', bad);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`invalid: ${bad} has 1 problem:\n${bad} row 3, column amount: expected a decimal amount such as "1234.56", found "0.7l1"\n`);
  });

  it('a CSV file that is not there exits 2, saying which', () => {
    const r = run('validate', withoutServices, '--baselines', 'no/such.csv');
    expect(r).toMatchObject({ code: 2, stderr: 'cannot read no/such.csv: no such file. Check the path and the folder you run from.\n' });
  });
});
