/**
 * South Hams District Council and West Devon Borough Council, "Shared Services Methodology" 2021/22,
 * 2022/23 and 2023/24, reports of the Head of Finance Practice (2021/22 to the Audit Committee on 10 March
 * 2022, 2022/23 to the Audit Committee, 2023/24 to the Audit and Governance Committee on 28 March 2024),
 * checked against examples/cost-sharing-agreement/scenario.json.
 *
 * Every count, stated split and decision below is typed from the papers' Appendix A, never copied from
 * the library's output. The running costs are not in the papers (the scenario's are illustrative), so
 * money is checked only by what must hold whatever the costs: each year's contributions add up to its
 * cost, and the two splits worked by hand (HR's change from 3 October 2022, the illustrative join on
 * 1 October 2024) apportion the scenario's round figures to the pound.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, evaluationToJSON, parseScenario } from '../../src/index.js';
import type { AgreementYear } from '../../src/engine/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'examples/cost-sharing-agreement/scenario.json';
const load = (): any => JSON.parse(readFileSync(join(root, FILE), 'utf8'));

const scenario = parseScenario(load());
const evaluation = evaluate(scenario);
const PAPER_YEARS = ['2021/22', '2022/23', '2023/24'] as const;

const agreement = (id: string) => {
  const found = evaluation.contributions!.find((a) => a.agreement === id);
  if (found === undefined) throw new Error(`no agreement ${id}`);
  return found;
};
const year = (id: string, label: string): AgreementYear => agreement(id).years.find((y) => y.year === label)!;
/** A stated split as the paper prints it, "SH/WD" in whole percent (non-members left out). */
const asPrinted = (s: { weights: readonly bigint[]; total: bigint }, members: readonly number[] = [0, 1]): string =>
  members
    .map((j) => {
      const hundredths = s.weights[j]! * 100n;
      expect(hundredths % s.total).toBe(0n); // a whole percent
      return String(hundredths / s.total);
    })
    .join('/');
/** The one period of a year (no change of rule or members inside it). */
const only = (id: string, label: string) => {
  const y = year(id, label);
  expect(y.split.periods).toHaveLength(1);
  return y.split.periods[0]!;
};
const counts = (id: string, label: string): string[] => only(id, label).drivers[0]!.values.slice(0, 2).map((v) => v!.toFixed());

describe('South Hams and West Devon shared services methodology: the scenario', () => {
  it('has the two councils and an illustrative third, four years from 2021/22, £1 quantum', () => {
    expect(scenario.partners.map((p) => p.id)).toEqual(['shdc', 'wdbc', 'idc']);
    expect(scenario.partners[2]!.name).toMatch(/^Illustrative District Council/);
    expect(scenario.settings.years).toEqual([...PAPER_YEARS, '2024/25']);
    expect(scenario.source).toMatch(/made up/);
    expect(scenario.agreements.map((a) => a.id)).toEqual([
      'contact-centre',
      'planning-applications',
      'planning-enforcement',
      'housing-benefits',
      'council-tax',
      'human-resources',
      'member-services',
      'communications',
    ]);
  });
});

// Appendix A of each year: each council's count and the split stated (SH/WD, whole percent).
// `decision` is what para 2.4's rule gives: kept where no share moved more than 3 points from the
// split stated the year before, reset to the new whole-percent split otherwise.
const table = [
  // Customer Contact Centre: calls, April to December.
  { id: 'contact-centre', year: '2021/22', sh: '77297', wd: '32158', stated: '71/29', decision: 'reset' }, // 70.62%, no earlier split in the papers
  { id: 'contact-centre', year: '2023/24', sh: '53418', wd: '23154', stated: '70/30', decision: 'reset' }, // 69.76%: 3.76 points from 66
  // Planning applications.
  { id: 'planning-applications', year: '2021/22', sh: '1936', wd: '734', stated: '75/25', decision: 'kept' }, // 72.51%
  { id: 'planning-applications', year: '2022/23', sh: '2125', wd: '806', stated: '75/25', decision: 'kept' }, // 72.50%
  { id: 'planning-applications', year: '2023/24', sh: '2286', wd: '807', stated: '75/25', decision: 'kept' }, // 73.91%
  // Planning enforcement cases.
  { id: 'planning-enforcement', year: '2021/22', sh: '439', wd: '155', stated: '75/25', decision: 'kept' }, // 73.91%: 1.09 points
  { id: 'planning-enforcement', year: '2022/23', sh: '372', wd: '150', stated: '71/29', decision: 'reset' }, // 71.26%: 3.74 points from 75
  { id: 'planning-enforcement', year: '2023/24', sh: '382', wd: '118', stated: '76/24', decision: 'reset' }, // 76.40%: 5.40 points from 71
  // Housing benefits: new claims + changes of circumstances, summed.
  { id: 'housing-benefits', year: '2021/22', sh: String(182 + 1949), wd: String(133 + 1280), stated: '60/40', decision: 'reset' }, // 2131/3544 = 60.13%
  { id: 'housing-benefits', year: '2023/24', sh: String(299 + 1805), wd: String(176 + 1132), stated: '60/40', decision: 'kept' }, // 2104/3412 = 61.66%: 1.66 points
  // Council tax: rated properties.
  { id: 'council-tax', year: '2021/22', sh: '45670', wd: '26345', stated: '63/37', decision: 'reset' }, // 63.42%
  { id: 'council-tax', year: '2023/24', sh: '46949', wd: '27112', stated: '63/37', decision: 'kept' }, // 63.39%
  // Human resources: permanent posts.
  { id: 'human-resources', year: '2023/24', sh: '495', wd: '104', stated: '82/18', decision: 'kept' }, // 82.64%: 0.64 points from 82
];

describe('South Hams and West Devon: the stated splits and decisions, as the papers print them', () => {
  it.each(table)('$id $year: counts $sh / $wd, stated $stated ($decision)', ({ id, year: label, sh, wd, stated, decision }) => {
    expect(counts(id, label)).toEqual([sh, wd]);
    const p = only(id, label);
    expect(asPrinted(p.stated)).toBe(stated);
    expect(p.decision.decision).toBe(decision);
  });

  it('chains the priors: enforcement kept at 75/25, then reset to 71/29, which is the prior 2023/24 moves 5.40 points from', () => {
    expect(asPrinted(only('planning-enforcement', '2022/23').prior!)).toBe('75/25');
    expect(asPrinted(only('planning-enforcement', '2023/24').prior!)).toBe('71/29');
    // |382/500 − 71/100| = |38200 − 35500| / 50000 = 2700/50000 = 27/500 = 5.40 points
    expect(only('planning-enforcement', '2023/24').movement).toEqual({ numerator: 27n, denominator: 500n });
  });

  it('states the equal and time-allocation services at 50/50 each paper year', () => {
    for (const label of PAPER_YEARS) {
      expect(asPrinted(only('member-services', label).stated)).toBe('50/50');
      expect(asPrinted(only('communications', label).stated)).toBe('50/50');
    }
  });

  it('housing benefits 2022/23 and council tax 2022/23 are stated at the paper-year splits 60/40 and 63/37', () => {
    expect(asPrinted(only('housing-benefits', '2022/23').stated)).toBe('60/40');
    expect(asPrinted(only('council-tax', '2022/23').stated)).toBe('63/37');
  });

  it('does not reach the contact centre’s 2022/23 66/34: 60,924 / 27,820 is 68.65%, 2.35 points from 71, so the chain keeps 71/29', () => {
    // 60924 / 88744 = 0.68651...; |0.68651 − 0.71| = 0.02349 ≤ 0.03. The paper states 66/34, against an
    // "original estimate" it does not print: the gap is left visible, not bent away.
    const p = only('contact-centre', '2022/23');
    expect(counts('contact-centre', '2022/23')).toEqual(['60924', '27820']);
    expect(asPrinted(p.stated)).not.toBe('66/34');
    expect(asPrinted(p.stated)).toBe('71/29');
    expect(p.decision).toEqual({ decision: 'kept', reason: 'within tolerance' });
    // 2023/24 is compared with the paper's own 2022/23 split, 66/34, as para 2.4 describes.
    expect(asPrinted(only('contact-centre', '2023/24').prior!)).toBe('66/34');
  });
});

describe('South Hams and West Devon: HR changes split with effect from 3 October 2022', () => {
  const y = year('human-resources', '2022/23');

  it('is 74/26 (the paper’s "previously") from 1 April to 2 October 2022, 82/18 from 3 October: 512 / 110 posts', () => {
    expect(y.split.periods.map((p) => p.days)).toEqual([185, 180]);
    expect(asPrinted(y.split.periods[0]!.stated)).toBe('74/26');
    expect(y.split.periods[1]!.drivers[0]!.values.slice(0, 2).map((v) => v!.toFixed())).toEqual(['512', '110']);
    expect(asPrinted(y.split.periods[1]!.stated)).toBe('82/18'); // 512/622 = 82.32%
    expect(y.split.periods[1]!.decision.decision).toBe('reset'); // 8.32 points from 74
  });

  it('blends the year by days: 185 days at 74/26 and 180 at 82/18 of 365', () => {
    // 1 April – 2 October 2022: 30 + 31 + 30 + 31 + 31 + 30 + 2 = 185 days; 3 October – 31 March: 180.
    // SH: (185 × 74 + 180 × 82) / (365 × 100) = (13,690 + 14,760) / 36,500 = 28,450 / 36,500 = 569/730 (77.95%).
    // WD: (185 × 26 + 180 × 18) / 36,500 = (4,810 + 3,240) / 36,500 = 8,050 / 36,500 = 161/730.
    expect(y.split.shares.slice(0, 2)).toEqual([
      { numerator: 569n, denominator: 730n },
      { numerator: 161n, denominator: 730n },
    ]);
    // The illustrative £730,000: × 569/730 = £569,000 and × 161/730 = £161,000, exactly.
    expect(y.cells.map((c) => [c.partner, c.net.toFixed()])).toEqual([
      ['shdc', '569000'],
      ['wdbc', '161000'],
    ]);
  });
});

describe('Illustrative 2024/25: a made-up third council joins on 1 October 2024', () => {
  it('has no share of any agreement before it joins', () => {
    for (const a of evaluation.contributions!) {
      for (const y of a.years.filter((y) => PAPER_YEARS.includes(y.year as (typeof PAPER_YEARS)[number]))) {
        expect(y.cells.map((c) => c.partner)).toEqual(['shdc', 'wdbc']);
      }
      const periods = a.years[3]!.split.periods;
      expect(periods.map((p) => [p.days, p.members])).toEqual([
        [183, [0, 1]], // 1 April – 30 September 2024
        [182, [0, 1, 2]], // 1 October 2024 – 31 March 2025
      ]);
    }
  });

  it('resets the contact centre split on joining: 50,000 / 22,000 / 30,000 calls give 49/22/29', () => {
    // Of 102,000: 49.02%, 21.57%, 29.41%. Whole percents 49 + 21 + 29 = 99; the odd point goes to the
    // largest remainder, West Devon's .57: 49/22/29.
    const p = year('contact-centre', '2024/25').split.periods[1]!;
    expect(p.decision).toEqual({ decision: 'reset', reason: 'membership changed' });
    expect(asPrinted(p.stated, [0, 1, 2])).toBe('49/22/29');
  });

  it('splits member services in halves for 183 days and thirds for 182: £400,000 to £166,758 / £166,758 / £66,484', () => {
    // SH: (183/2 + 182/3) / 365 = (549 + 364) / 2190 = 913/2190; the third council (182/3) / 365 = 364/2190.
    // 400,000 × 913/2190 = 365,200,000 / 2190 = 166,757 remainder 2,170 (.99); × 364/2190 = 66,484
    // remainder 40 (.02). The floors add to 399,998: the two odd pounds go to the larger remainders (SH, WD).
    const y = year('member-services', '2024/25');
    expect(y.split.shares).toEqual([
      { numerator: 913n, denominator: 2190n },
      { numerator: 913n, denominator: 2190n },
      { numerator: 182n, denominator: 1095n },
    ]);
    expect(y.cells.map((c) => c.net.toFixed())).toEqual(['166758', '166758', '66484']);
  });
});

describe('South Hams and West Devon: contributions add up to each year’s cost', () => {
  const file = load();
  const rows: { id: string; a: any }[] = file.agreements.map((a: any) => ({ id: a.id, a }));
  it.each(rows)('$id', ({ a }) => {
    const years = agreement(a.id).years;
    for (const c of a.costs) {
      const y = years.find((x) => x.year === c.year)!;
      const sum = (pick: (cell: (typeof y.cells)[number]) => Decimal | undefined) => y.cells.reduce((s, cell) => s.plus(pick(cell)!), new Decimal(0)).toFixed();
      const net = c.net ?? new Decimal(c.gross).minus(c.income ?? '0').toFixed();
      expect(sum((cell) => cell.net)).toBe(net);
      if (c.gross !== undefined) {
        expect(sum((cell) => cell.gross)).toBe(c.gross);
        expect(sum((cell) => cell.income)).toBe(c.income);
      }
    }
  });

  it('serialises to the same JSON every time', () => {
    expect(JSON.stringify(evaluationToJSON(evaluate(parseScenario(load()))))).toBe(JSON.stringify(evaluationToJSON(evaluation)));
  });
});

describe('South Hams and West Devon: `report --view contributions --format json` (built CLI)', () => {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), 'report', FILE, '--view', 'contributions', '--format', 'json'], { cwd: root, encoding: 'utf8' });
  const out = r.status === 0 ? JSON.parse(r.stdout) : undefined;
  type Table = { title: string; columns: { key: string }[]; rows: { key: string; label: string; role?: string; values: (string | null)[] }[] };
  const tableOf = (title: string): Table => (out.tables as Table[]).find((t) => t.title === title)!;
  const cell = (t: Table, row: Table['rows'][number], key: string) => row.values[t.columns.findIndex((c) => c.key === key)];

  it('exits 0 with JSON', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('shows the stated splits and decisions of three paper years', () => {
    const t = tableOf('Planning enforcement: drivers and splits');
    const sh = (label: string) => t.rows.find((row) => cell(t, row, 'year') === label && row.key.endsWith('/shdc'))!;
    expect(PAPER_YEARS.map((y) => [cell(t, sh(y), 'count'), cell(t, sh(y), 'stated'), cell(t, sh(y), 'decision')])).toEqual([
      ['439', '75.00', 'kept'],
      ['372', '71.00', 'reset'],
      ['382', '76.00', 'reset'],
    ]);
    const hr = tableOf('Human resources: drivers and splits');
    const oct = hr.rows.filter((row) => cell(hr, row, 'year') === '2022/23').map((row) => [cell(hr, row, 'period'), cell(hr, row, 'stated')]);
    expect(oct).toEqual([
      ['2022-04-01 to 2022-10-02 (185 days)', '74.00'],
      ['2022-04-01 to 2022-10-02 (185 days)', '26.00'],
      ['2022-10-03 to 2023-03-31 (180 days)', '82.00'],
      ['2022-10-03 to 2023-03-31 (180 days)', '18.00'],
    ]);
  });

  it('gives contributions that add up to each year’s total in every agreement', () => {
    const tables = (out.tables as Table[]).filter((t) => t.title.endsWith(': contributions'));
    expect(tables).toHaveLength(8);
    for (const t of tables) {
      for (const label of [...PAPER_YEARS, '2024/25']) {
        const rows = t.rows.filter((row) => cell(t, row, 'year') === label);
        const total = rows.find((row) => row.role === 'total')!;
        const parts = rows.filter((row) => row.role !== 'total').reduce((s, row) => s.plus(cell(t, row, 'net')!), new Decimal(0));
        expect(parts.toFixed()).toBe(cell(t, total, 'net'));
      }
    }
  });
});
