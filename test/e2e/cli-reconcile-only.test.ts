/**
 * `report --view reconcile --only …` on the built CLI: only the groups asked for, in full, and one line
 * counting the rest; refused (exit 2) with another view, an unknown group, or a format that lays out the
 * whole scenario.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupsScenario } from '../report/_groups-scenario.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'shared-services-only-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = join(scratch, 'groups.json');
writeFileSync(file, JSON.stringify(groupsScenario()));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('report --view reconcile --only (built CLI)', () => {
  it('--only discrepancies: the four discrepancies in full, with the hint, and one line for the rest', () => {
    const r = run('report', file, '--view', 'reconcile', '--only', 'discrepancies');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('### '))).toEqual(['### Discrepancies']);
    expect(r.stdout.split('\n').filter((l) => /^\|\s+\d+ \|/.test(l)).map((l) => l.split('|')[1]!.trim())).toEqual(['4', '5', '7', '10']);
    expect(r.stdout).toContain('|   7 | Payback               | year | 2026/27 | 2025/26 |     1 year | discrepancy |');
    expect(r.stdout).toContain('- Note: #5 Hosting: the printed figure is the model\'s with the other sign');
    expect(r.stdout.replace(/\n {2}/g, ' ')).toContain('\nNot shown: 1 printed total whose printed parts do not add up: 1 exact; 1 not modelled; 7 agreeing with the model: 1 within its stated bound, 1 round figure of the model, 1 within its printed rounding, 4 exact.\n');
  });

  it('--only arithmetic,not-modelled as JSON: those rows, in the groups’ order', () => {
    const r = run('report', file, '--view', 'reconcile', '--only', 'not-modelled,arithmetic', '--format', 'json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout).tables[0];
    expect(t.rows.map((x: { index: number; group: string }) => [x.index, x.group])).toEqual([
      [0, 'arithmetic'],
      [5, 'not-modelled'],
    ]);
    expect(t.only).toEqual(['arithmetic', 'not-modelled']);
  });

  it.each([
    [['--only', 'rounding', '--view', 'reconcile'], /--only.*expected one or more of discrepancies, arithmetic, not-modelled, agreements, separated by commas; "rounding" is not one\./],
    [['--only', 'discrepancies,discrepancies', '--view', 'reconcile'], /discrepancies is given twice/],
    [['--only', 'discrepancies'], /^--only lists groups of the reconcile view: give --view reconcile \(the view is partners\)\.\n$/],
    [['--only', 'discrepancies', '--view', 'reconcile', '--format', 'html'], /^--only applies to md, csv and json; the html report shows every figure, the discrepancies first \(leave out --only\)\.\n$/],
  ])('refuses %j with exit 2', (args, message) => {
    const r = run('report', file, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('documents --only and its groups in the help', () => {
    const help = run('report', '--help').stdout;
    expect(help).toContain('--only <groups>');
    for (const g of ['discrepancies', 'arithmetic', 'not-modelled', 'agreements']) expect(help).toMatch(new RegExp(`^  ${g} +\\S`, 'm'));
    expect(help).toContain('--view reconcile --only discrepancies');
  });
});
