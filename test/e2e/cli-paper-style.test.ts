/**
 * Paper style on the built CLI: the tri-borough report fits 120 columns with short labels, and
 * `--negatives` chooses brackets or a minus sign in markdown while CSV keeps a minus.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { smallScenario } from '../report/_scenarios.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const TRI = 'examples/tri-borough-2011/scenario.json';
const scratch = mkdtempSync(join(tmpdir(), 'shared-services-paper-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** Two councils with a recurring cost (a negative saving) of 300 split equally. */
const SMALL = join(scratch, 'small.json');
writeFileSync(SMALL, JSON.stringify(smallScenario()));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('paper style (built CLI)', () => {
  it('prints the tri-borough report (default view and format) in lines of at most 120 characters, headed by short labels', () => {
    const r = run('report', TRI);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.length > 120)).toEqual([]);
    expect(lines).toContain('| Tier      |   H&F |  RBKC |   CoW |  Total |');
    expect(lines).toContain('- H&F: London Borough of Hammersmith & Fulham; RBKC: Royal Borough of Kensington and Chelsea; CoW: City of Westminster.');
  });

  it('writes negatives in brackets by default, with a minus given --negatives minus; CSV always with a minus', () => {
    const brackets = run('report', SMALL, '--view', 'tiers');
    const minus = run('report', SMALL, '--view', 'tiers', '--negatives', 'minus');
    expect(brackets.code).toBe(0);
    expect(minus.code).toBe(0);
    expect(brackets.stdout).toContain('| Possible  |                  (150) | (150) | (300) |');
    expect(minus.stdout).toContain('| Possible  |                   -150 | -150 |  -300 |');
    expect(run('report', SMALL, '--view', 'tiers', '--format', 'csv', '--negatives', 'brackets').stdout).toContain('Possible,-150,-150,-300');
  });

  it('refuses a style that is not brackets or minus, and explains both in --help', () => {
    const r = run('report', TRI, '--negatives', 'red');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('brackets');
    const help = run('report', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--negatives <style>');
    expect(help).toContain('digits after the point for money in md, html and svg: figures are rounded for display so that every total is still the sum of the figures shown (default: the scenario’s settings.display.decimals, else exact)');
  });
});
