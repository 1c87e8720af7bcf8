import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Decimal, VIEW_NAMES, buildView, evaluate, parseScenario, renderCsv, renderJson, renderMarkdown, type Report } from '../../src/index.js';
import { resolve, resolveTable } from '../../src/report/_input.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const read = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`${examples}${name}/scenario.json`, 'utf8')) as Record<string, unknown>;
const triBorough = evaluate(parseScenario(read('tri-borough-2011')));
const NOTE = 'Money is shown to 2 decimal places in £m, rounded so that every total is the sum of the figures shown; exact figures are in the CSV and JSON.';

/** A markdown table as printed: its title, header and rows of cells (text). */
interface Printed {
  readonly title: string;
  readonly header: string[];
  readonly rows: string[][];
}

/** Every table of a markdown text, each under its `## ` heading. */
function tablesOf(markdown: string): Printed[] {
  const out: Printed[] = [];
  let title = '';
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) {
      const cells = lines.map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
      out.push({ title, header: cells[0]!, rows: cells.slice(2) });
    }
    lines = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) lines.push(line);
    else {
      flush();
      if (line.startsWith('## ')) title = line.slice(3);
    }
  }
  flush();
  return out;
}

/** A printed figure as a number of hundredths, or null for a dash; brackets and a minus are negative (a unit in the cell, `£1.25m`, is allowed). */
function hundredths(text: string): bigint | null {
  if (text === '–') return null;
  const m = /^(\()?(-)?£?([\d,]+)\.(\d\d)m?\)?$/.exec(text);
  if (m === null) throw new Error(`not a figure to 2 decimal places: "${text}"`);
  const n = BigInt(m[3]!.replace(/,/g, '') + m[4]!);
  return m[1] !== undefined || m[2] !== undefined ? -n : n;
}

/** Markdown with its wrapped notes joined back into one line each. */
const unwrapped = (md: string): string => md.replace(/\n {2}/g, ' ');

const sum = (xs: readonly (bigint | null)[]): bigint => xs.reduce<bigint>((a, x) => a + (x ?? 0n), 0n);

describe('display rounding (--decimals)', () => {
  it('tri-borough partners at 2 decimals in £m: every row and column of every table adds up as printed', () => {
    const report = buildView(triBorough, 'partners');
    const md = renderMarkdown(report, { unit: '£m', decimals: 2 });
    const printed = tablesOf(md);
    expect(printed.map((t) => t.title)).toEqual(report.tables.map((t) => `${t.title} (£m)`));
    for (const t of printed) {
      expect(t.header[t.header.length - 1]).toBe('Total');
      const figures = t.rows.map((r) => r.slice(1).map(hundredths));
      for (const row of figures) expect(sum(row.slice(0, -1))).toBe(row[row.length - 1]);
      const body = figures.slice(0, -1);
      expect(t.rows[t.rows.length - 1]![0]).toBe('Total');
      figures[figures.length - 1]!.forEach((total, j) => expect(sum(body.map((r) => r[j]!))).toBe(total));
    }
    expect(unwrapped(md).split(NOTE)).toHaveLength(2);
  });

  it('each figure printed is within one hundredth of a million of its exact value', () => {
    const report = buildView(triBorough, 'partners');
    const printed = tablesOf(renderMarkdown(report, { unit: '£m', decimals: 2 }));
    report.tables.forEach((table, k) => {
      if (table.kind !== 'pivot') throw new Error('a pivot');
      const exact = [...table.rows.map((r) => [...r.values, r.total]), [...table.columnTotals, table.grandTotal]];
      printed[k]!.rows.forEach((row, i) =>
        row.slice(1).forEach((text, j) => {
          const shown = hundredths(text);
          const value = exact[i]![j] ?? null;
          if (value === null) return expect(shown).toBeNull();
          expect(new Decimal(String(shown)).times(10_000).minus(value).abs().lessThan(10_000)).toBe(true);
        }),
      );
    });
  });

  it('positions (services): starting is closing plus change in every column, and every row adds up, as printed', () => {
    const report = buildView(triBorough, 'services');
    // (A position the paper gives only as a total is a table of one row.)
    const printed = tablesOf(renderMarkdown(report, { unit: '£m', decimals: 2 })).filter((t) => t.title.endsWith('(£m)') && t.rows.length === 3);
    expect(printed.length).toBeGreaterThan(5);
    for (const t of printed) {
      const [start, close, change] = t.rows.map((r) => r.slice(1).map(hundredths));
      start!.forEach((s, j) => expect(s).toBe(sum([close![j]!, change![j]!])));
      for (const row of [start!, close!, change!]) expect(sum(row.slice(0, -1))).toBe(row[row.length - 1]);
    }
  });

  it('CSV and JSON stay exact: every figure the same with decimals as without', () => {
    const figures = (text: string): string[] => text.split(/[\n,"]+/).filter((x) => /^-?\d+(\.\d+)?$/.test(x)).map((x) => new Decimal(x).toString());
    for (const view of ['partners', 'services', 'costs', 'appraisal'] as const) {
      const report = buildView(triBorough, view);
      expect(figures(renderCsv(report, { unit: '£m', decimals: 2 }))).toEqual(figures(renderCsv(report, { unit: '£m' })));
      expect(renderCsv(report, { unit: '£m', decimals: 2 })).not.toContain('rounded so that every total');
      const json = JSON.parse(renderJson(report, { unit: '£m', decimals: 2 })) as { tables: unknown; notes: string[] };
      expect(figures(JSON.stringify(json.tables))).toEqual(figures(JSON.stringify((JSON.parse(renderJson(report, { unit: '£m' })) as { tables: unknown }).tables)));
      expect(json.notes.join(' ')).not.toContain('rounded so that every total');
    }
  });

  it('tables that are not plain sums (the appraisal) are shown exact, and a note says so', () => {
    const md = unwrapped(renderMarkdown(buildView(triBorough, 'appraisal'), { unit: '£m', decimals: 1 }));
    expect(md).toMatch(/\| £?20\.346m? \|/);
    expect(md).toMatch(/Shown exact, since their figures are not plain sums[^\n]*Appraisal summary/);
  });

  it('without decimals, every example and view resolves to its own tables and notes, untouched (output byte-identical)', () => {
    for (const name of readdirSync(examples, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'your-own-tests')) {
      const evaluation = evaluate(parseScenario(read(name.name)));
      for (const view of VIEW_NAMES) {
        const report = buildView(evaluation, view);
        for (const unit of [undefined, '£', '£000', '£m'] as const) {
          const r = resolve(report, unit === undefined ? {} : { unit });
          expect(r.report).toBe(report);
          expect(r.tables).toBe(report.tables);
          expect(r.ctx.decimals).toBe(report.precision.money[unit ?? report.unit]);
        }
      }
    }
  });

  it("the scenario's settings.display.decimals is the default in its own unit; the option overrides it", () => {
    const json = read('tri-borough-2011');
    const settings = json.settings as Record<string, unknown>;
    const evaluation = evaluate(parseScenario({ ...json, settings: { ...settings, unit: '£m', display: { decimals: 2 } } }));
    const report: Report = buildView(evaluation, 'partners');
    expect(report.decimals).toBe(2);
    expect(renderMarkdown(report)).toBe(renderMarkdown(buildView(triBorough, 'partners'), { unit: '£m', decimals: 2 }));
    expect(renderMarkdown(report, { unit: '£000' })).toBe(renderMarkdown(buildView(triBorough, 'partners'), { unit: '£000' }));
    expect(unwrapped(renderMarkdown(report, { decimals: 1 }))).toContain('Money is shown to 1 decimal place in £m');
  });

  it.each([1.5, -1, 41, Number.NaN])('refuses decimals of %s, naming the option (E_OPTION)', (decimals) => {
    expect(() => renderMarkdown(buildView(triBorough, 'tiers'), { decimals })).toThrow(expect.objectContaining({ code: 'E_OPTION', issues: [expect.objectContaining({ path: ['decimals'] })] }));
  });

  it('one table at a time (for a page laid out table by table) is the table the whole report rounds', () => {
    const report = buildView(triBorough, 'services');
    const whole = resolve(report, { unit: '£m', decimals: 1 });
    report.tables.forEach((t, i) => {
      const one = resolveTable(t, report, { unit: '£m', decimals: 1 });
      expect(one.table).toEqual(whole.tables[i]);
      expect(one.ctx).toEqual(whole.ctx);
    });
    expect(resolveTable(report.tables[0]!, report, { unit: '£m' }).table).toBe(report.tables[0]);
  });

  it('the cells view, for data tools, is never rounded', () => {
    const report = buildView(triBorough, 'cells');
    const r = resolve(report, { unit: '£m', decimals: 0 });
    expect(r.tables).toBe(report.tables);
    expect(r.report).toBe(report);
  });

  it('report --decimals on the command line rounds markdown and leaves CSV exact', async () => {
    const file = readFileSync(`${examples}tri-borough-2011/scenario.json`, 'utf8');
    const io = (): CliIO & { out: string } => {
      const o = { out: '', stdout: (t: string) => void (o.out += t), stderr: () => undefined, readFile: async () => file, writeFile: async () => undefined };
      return o;
    };
    const md = io();
    expect(await runCli(['report', 's.json', '--unit', '£m', '--decimals', '2'], md)).toBe(0);
    expect(md.out).toBe(renderMarkdown(buildView(triBorough, 'partners'), { unit: '£m', decimals: 2 }));
    const csv = io();
    const plain = io();
    await runCli(['report', 's.json', '--unit', '£m', '--decimals', '2', '--format', 'csv'], csv);
    await runCli(['report', 's.json', '--unit', '£m', '--format', 'csv'], plain);
    expect(csv.out).toBe(plain.out);
    const bad = io();
    expect(await runCli(['report', 's.json', '--decimals', 'two'], bad)).toBe(2);
  });
});
