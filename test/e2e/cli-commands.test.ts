import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the built CLI (npm test builds first) as a user would: appraisal, compare, variants, simulate, sensitivity.
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const TRI = 'examples/tri-borough-2011/scenario.json';
const VARIANTS = join('test', 'e2e', 'fixtures', 'cli-variants.json');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('report --view appraisal (tri-borough)', () => {
  const r = run('report', TRI, '--view', 'appraisal');
  const lines = r.stdout.split('\n');
  // Notes wrap at 120 characters, each continuation line indented: joined, each note is one line again.
  const notes = r.stdout.replace(/\n {2}/g, ' ').split('\n');

  it('gives NPV, the benefit–cost ratio and payback in total and per borough', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(lines).toContain('## Appraisal summary (£m)');
    // Exact NPV £45,045,538.69, rounded half-up once to the £1,000 quantum.
    expect(lines).toContain('| Total   | 45.046 |         47.520 |                      2.474 |              19.21 | 2011/12      |');
  });

  it('carries exit compensation (£1.75m) and change management (£0.25m a year), and ICT as a caveat, never as zero', () => {
    // The table is wider than 120 characters with its full labels: they are cut, each with a key to its full text.
    expect(lines).toContain('| Cost of staff exiting… [1]  | 70 × £25,000.00 per head            |   1.750 |       – |       – |       – | 1.750 |');
    expect(lines).toContain('| Cost of change process… [2] | £250,000.00 a year for 3 years      |   0.250 |   0.250 |   0.250 |       – | 0.750 |');
    expect(lines).toContain('| Costs of new ICT (a… [3]    | not quantified (a caveat, not zero) |       – |       – |       – |       – |     – |');
    expect(lines).toContain('- [1] Cost of staff exiting (exit compensation)');
    expect(lines).toContain('- [2] Cost of change process (change management)');
    expect(lines).toContain('- [3] Costs of new ICT (a common record system)');
    expect(lines.some((l) => l.startsWith('- Caveat: Unquantified cost, not included: Costs of new ICT (a common record system)'))).toBe(true);
    // Benefits: Table 1's £11.816m and £0.684m of central indirect savings on the paper's stated 114 FTE.
    expect(lines).toContain('| 2011/12 |   12.500 | 2.000 |   0.000 |      10.500 |     10.500 |        1.000000 |        10.500 |');
  });

  it('states the conventions', () => {
    expect(notes).toContain(
      '- Discount rate 0.035 real (HM Treasury Green Book standard schedule: 3.5% for years 0–30, 3% for years 31–75, 2.5% for years 76–125, 2% for years 126–200, 1.5% for years 201–300 and 1% from year 301; each year’s factor is the previous year’s ÷ (1 + that year’s rate)); the first year is undiscounted.',
    );
    expect(notes).toContain('- Period: 4 years, 2011/12 to 2014/15.');
    expect(notes.some((l) => l.startsWith('- Present values: present values rounded once to £1000: the total NPV is the exact NPV rounded half-up'))).toBe(true);
  });

  it('takes --discount-rate, --years and --risk-weights', () => {
    const json = JSON.parse(run('report', TRI, '--view', 'appraisal', '--discount-rate', '0', '--years', '2', '--risk-weights', 'possible=0', '--format', 'json').stdout);
    const total = json.tables[0].rows.at(-1);
    // Undiscounted, two years, possible savings (lines £2.850m, indirect £0.684m) not counted: 2 × (12.500 − 2.850 − 0.684) − 2.250.
    expect(total.values.slice(0, 2)).toEqual(['15.682', '17.932']);
    expect(json.notes).toContain("Risk weights (the share of each tier's savings counted): assured 1, projected 1, possible 0.");
    expect(json.caveats[0]).toMatch(/^Unquantified cost, not included: Costs of new ICT/);
  });

  it('carries the caveat in CSV too', () => {
    expect(run('report', TRI, '--view', 'appraisal', '--format', 'csv').stdout).toMatch(/\r\n\r\nCaveats\r\n"Unquantified cost, not included: Costs of new ICT/);
  });
});

describe('bad option values exit 2, naming the option', () => {
  it.each([
    [['report', TRI, '--view', 'appraisal', '--discount-rate', '3.5'], "option '--discount-rate <rate>' argument '3.5' is invalid. expected a real discount rate from 0 to 1, such as 0.035 for 3.5%."],
    [['report', TRI, '--view', 'appraisal', '--years', 'ten'], "option '--years <n>' argument 'ten' is invalid. expected a whole number of years from 1 to 125."],
    [['report', TRI, '--risk-weights', 'possible=half'], 'the weight of possible, "half", is not a number of 0 or more.'],
    [['report', TRI, '--risk-weights', 'likely=1'], '"likely" is not a tier (assured, projected, possible).'],
    [['simulate', TRI, '--runs', '0', '--seed', '1'], "option '--runs <n>' argument '0' is invalid. expected a whole number of runs from 1 to 10,000,000."],
    [['simulate', TRI, '--runs', '10', '--seed', '-1'], "option '--seed <seed>' argument '-1' is invalid."],
    [['simulate', TRI, '--runs', '10'], "error: required option '--seed <seed>' not specified"],
    [['simulate', TRI, '--seed', '1', '--threads', '0'], "option '--threads <n>' argument '0' is invalid."],
    [['sensitivity', TRI, '--payback-within', '0'], "option '--payback-within <years>' argument '0' is invalid."],
    [['compare', TRI, '--format', 'xml'], "option '--format <format>' argument 'xml' is invalid. Allowed choices are md, csv, json"],
  ])('%j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/Run `shared-services \w+ --help` for its usage and an example\.\n$/);
  });

  it('a payback horizon beyond the period is refused by the analysis, naming it', () => {
    const r = run('sensitivity', TRI, '--payback-within', '9');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('paybackWithin: expected a whole number of years from 1 to the period (4), found 9\n');
  });
});

describe('report --variant', () => {
  it('applies a variant before evaluating', () => {
    const base = JSON.parse(run('report', VARIANTS, '--view', 'costs', '--format', 'json').stdout);
    const dear = JSON.parse(run('report', VARIANTS, '--view', 'costs', '--format', 'json', '--variant', 'costly-exits').stdout);
    expect(base.tables[0].rows[0].values).toEqual(['3 × £20,000.00 per head', '20000', '20000', '20000', '60000']);
    expect(dear.tables[0].rows[0].values).toEqual(['3 × £40,000.00 per head', '40000', '40000', '40000', '120000']);
  });

  it('refuses an unknown variant with exit 2, listing the names', () => {
    const r = run('report', VARIANTS, '--variant', 'east-joins');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`unknown variant "east-joins": ${VARIANTS} defines "west-leaves", "costly-exits". Give one of these names.\n`);
    expect(run('report', TRI, '--variant', 'x').stderr).toBe(`unknown variant "x": ${TRI} defines "westminster-leaves", "possible-half", "exit-30k", "phased-to-2014-15". Give one of these names.\n`);
    const rochdale = 'examples/rochdale-2017/scenario.json';
    expect(run('report', rochdale, '--variant', 'x').stderr).toBe(`unknown variant "x": ${rochdale} defines no variants. Add one under "variants" in the file, or leave out --variant.\n`);
  });
});

describe('compare', () => {
  it('compares a scenario with its variant: savings, net by year, NPV and payback, with differences', () => {
    const r = run('compare', VARIANTS, '--variant', 'west-leaves', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.view).toBe('compare');
    expect(json.tables.map((t: { title: string }) => t.title)).toEqual(['Savings by partner', 'Net benefit by year', 'NPV by partner', 'Payback year']);
    expect(json.tables[0].rows.map((row: { label: string; values: unknown[] }) => [row.label, ...row.values])).toEqual([
      ['North', '40000', '60000', '20000'],
      ['South', '40000', '60000', '20000'],
      ['West', '40000', null, '-40000'],
      ['Total', '120000', '120000', '0'],
    ]);
    expect(json.notes).toContain(`B: Three councils, one shared team (${VARIANTS}, variant west-leaves).`);
    expect(json.caveats).toContain('Unquantified cost, not included: ICT integration');
  });

  it('compares two files in markdown, and a file with itself as the difference zero', () => {
    const r = run('compare', VARIANTS, VARIANTS);
    expect(r.code).toBe(0);
    // Exact NPV £257,963.31, rounded half-up once (per partner and year, as before, it was £257,961).
    expect(r.stdout).toContain('## NPV by partner (£)');
    expect(r.stdout).toContain('| Total   | 257,963 | 257,963 |                  0 |');
  });

  it('takes a variant for each side', () => {
    const r = run('compare', VARIANTS, '--variant-a', 'costly-exits', '--variant-b', 'west-leaves', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Net benefit by year (£)\r\nYear,A,B,Difference (B − A)\r\n2020/21,');
  });

  it('needs a second file or a variant', () => {
    const r = run('compare', VARIANTS);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`compare needs a second file, or --variant NAME to compare ${VARIANTS} with one of its variants.`);
  });
});

describe('simulate', () => {
  const args = ['simulate', TRI, '--runs', '2000', '--format', 'json'];

  it('gives byte-identical JSON for the same seed, and different JSON for another', () => {
    const once = run(...args, '--seed', '2011');
    const again = run(...args, '--seed', '2011');
    expect(once.code).toBe(0);
    expect(again.stdout).toBe(once.stdout);
    expect(run(...args, '--seed', '2012').stdout).not.toBe(once.stdout);
    expect(run(...args, '--seed', '2011', '--threads', '2').stdout).toBe(once.stdout);
  });

  it('prints P10, P50, P90 and the mean of NPV, payback, net benefit per partner, and the chance of being worse off', () => {
    const r = run(...args, '--seed', '2011');
    const json = JSON.parse(r.stdout);
    expect(json.view).toBe('simulation');
    expect(json.tables[0].title).toBe('NPV over 2000 runs');
    expect(json.tables[0].columns.map((c: { label: string }) => c.label)).toEqual(['P10', 'P50', 'P90', 'Mean']);
    expect(json.tables[0].rows.map((row: { label: string }) => row.label)).toEqual(['H&F', 'RBKC', 'CoW', 'Total']);
    expect(json.tables[2].columns.map((c: { key: string }) => c.key)).toContain('probabilityWorseOff');
    expect(json.notes).toContain('2000 runs with the seed 2011: the same seed gives the same figures.');
    expect(json.caveats[0]).toMatch(/^Unquantified cost, not included: Costs of new ICT/);
  });

  it('draws no progress bar when standard error is not a terminal', () => {
    const r = run('simulate', TRI, '--runs', '300000', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('## NPV over 300000 runs (£m)');
  });
});

describe('sensitivity', () => {
  it('prints the tornado and the break-even values', () => {
    const r = run('sensitivity', TRI, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const tornado = json.tables[1];
    expect(tornado.title).toBe('Tornado: total NPV as each input varies alone');
    expect(tornado.rows[0].label).toBe('Realisation of possible savings');
    // Exact total NPV £31,610,553.60 without possible savings, £45,045,538.69 with them, each rounded half-up once.
    expect(tornado.rows[0].values.slice(3, 6)).toEqual(['31.611', '45.046', '13.435']);
    expect(json.tables[0].rows.at(-1).values).toEqual(['47.500', '45.046', '2011/12']);
    expect(json.caveats[0]).toMatch(/^Unquantified cost, not included: Costs of new ICT/);
  });

  it('names the payback horizon asked for in the break-even column, in markdown', () => {
    const r = run('sensitivity', VARIANTS, '--payback-within', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Payback within 1 years from |');
  });
});

describe('the formats of the other renderers, through report', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'shared-services-formats-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('html: one self-contained page', () => {
    const r = run('report', TRI, '--format', 'html', '--view', 'appraisal', '--discount-rate', '0.035');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('xlsx: a workbook written to --out', () => {
    const out = join(scratch, 'tri.xlsx');
    const r = run('report', TRI, '--format', 'xlsx', '--out', out);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `wrote ${out}\n` });
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('svg: the chart of the view, or exit 2 for a view without one', () => {
    const r = run('report', TRI, '--format', 'svg', '--view', 'appraisal');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<svg')).toBe(true);
    const bad = run('report', TRI, '--format', 'svg', '--view', 'services');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('view: expected a view svg draws a chart of (partners, tiers, costs, years, appraisal), found "services"\n');
  });
});

describe('--help', () => {
  it.each(['compare', 'simulate', 'sensitivity'])('%s --help shows examples and exits 0', (command) => {
    const r = run(command, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: shared-services ${command}`);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ shared-services /);
  });

  it('lists every command', () => {
    const r = run('--help');
    for (const command of ['validate', 'report', 'compare', 'simulate', 'sensitivity', 'schema']) expect(r.stdout).toContain(`  ${command} `);
  });

  it('the report help names every view', () => {
    const r = run('report', '--help');
    for (const view of ['partners', 'services', 'lines', 'tiers', 'years', 'staffing', 'costs', 'appraisal', 'context', 'fairness', 'contributions', 'reconcile']) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${view} +\\S`));
    }
  });
});

it('the variants fixture is valid', () => {
  expect(JSON.parse(readFileSync(join(root, VARIANTS), 'utf8')).variants).toHaveLength(2);
});
