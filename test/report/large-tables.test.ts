import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, parseScenario, renderCsv, renderJson, renderMarkdown, type MeasureTable, type TableModel } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';
import { renamed, unzip } from './_hostile.js';

// Spreading an array into a call (Math.max(...values), push(...values)) puts every element on the call
// stack: beyond some 125,000 elements it throws RangeError: Maximum call stack size exceeded. These
// tables are far beyond that, through the renderers' own paths.

const ROWS = 250_000;
const COLUMNS = 4;

/** A pivot of a million values: 250,000 rows by 4 partners, pennies, with its totals. */
function millionPivot(): TableModel {
  const cents = (i: number, j: number): Decimal => new Decimal(((i * 7 + j * 13) % 1000) - 300).dividedBy(100);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const values = Array.from({ length: COLUMNS }, (_, j) => cents(i, j));
    return { key: `r${i}`, label: `Line ${i}`, values, total: values.reduce((a, b) => a.plus(b)) };
  });
  const columnTotals = Array.from({ length: COLUMNS }, (_, j) => rows.reduce((a, r) => a.plus(r.values[j]!), new Decimal(0)));
  return {
    kind: 'pivot',
    title: 'A million cells',
    measure: 'money',
    rowDimension: 'line',
    columnDimension: 'partner',
    columns: Array.from({ length: COLUMNS }, (_, j) => ({ key: `p${j}`, label: `Partner ${j}` })),
    rows,
    columnTotals,
    grandTotal: columnTotals.reduce((a, b) => a.plus(b)),
  } as TableModel;
}

/** A table of measures with 200,000 rows (each column's decimals are found over all its rows). */
function longMeasures(): MeasureTable {
  return {
    kind: 'measures',
    title: 'Many years',
    rowHeading: 'Year',
    columns: [
      { key: 'money', label: 'Amount', kind: 'money' },
      { key: 'ratio', label: 'Ratio', kind: 'number' },
    ],
    rows: Array.from({ length: 200_000 }, (_, i) => ({ key: `y${i}`, label: `Year ${i}`, role: 'data' as const, values: [new Decimal(i).dividedBy(100), new Decimal(i).dividedBy(1000)] })),
  };
}

describe('large tables: no RangeError, through the real render path', () => {
  const table = millionPivot();

  it('markdown: a million values', () => {
    const md = renderMarkdown(table);
    const lines = md.split('\n');
    expect(lines).toHaveLength(2 + 2 + ROWS + 1 + 1); // heading, blank, header, rule, rows, Total, final newline
    expect(lines[4]?.split('|').map((c) => c.trim())).toEqual(['', 'Line 0', '(3.00)', '(2.87)', '(2.74)', '(2.61)', '(11.22)', '']);
  });

  it('CSV and JSON: a million values', () => {
    const csv = renderCsv(table).split('\r\n');
    expect(csv).toHaveLength(2 + ROWS + 1 + 1);
    expect(csv[2]).toBe('Line 0,-3.00,-2.87,-2.74,-2.61,-11.22');
    expect(csv.at(-2)).toBe(`Total,${table.columnTotals.map((t) => t.toFixed(2)).join(',')},${table.grandTotal.toFixed(2)}`);
    const json = JSON.parse(renderJson(table)) as { rows: unknown[] };
    expect(json.rows).toHaveLength(ROWS);
  });

  it('a table of measures of 200,000 rows, in markdown and CSV', () => {
    const measures = longMeasures();
    expect(renderCsv(measures).split('\r\n')[200_001]).toBe('Year 199999,1999.99,199.999');
    expect(renderMarkdown(measures)).toContain('| Year 199999 | 1,999.99 | 199.999 |');
  });

  it('xlsx: a sheet of 160,000 values (400 lines by 400 partners), and a name of 200,000 lines', async () => {
    const partners = Array.from({ length: 400 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const lines = Array.from({ length: 400 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, amount: String(1000 + i), attribution: { rule: 'equal' } }));
    const e = evaluate(parseScenario({ version: 1, title: 'Big', settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 1 }, partners, lines }));
    const sheet = unzip(await renderXlsx(e, { views: ['lines'] })).get('xl/worksheets/sheet2.xml')!;
    expect(sheet.match(/<c r="[A-Z]+\d+"/g)!.length).toBeGreaterThan(160_000);
    const manyLines = await renderXlsx(renamed({ partners: ['a\n'.repeat(200_000), 'Beta'] }), { views: ['partners'] });
    expect(unzip(manyLines).get('xl/sharedStrings.xml')).toContain('a\na\n');
  });
});

describe('the report layer spreads no array into a call', () => {
  const root = new URL('../../src/report/', import.meta.url).pathname;
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
  const code = files(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '') }));

  it('reads the files it checks', () => {
    expect(code.length).toBeGreaterThan(50);
    expect(code.some((c) => c.text.includes('largest('))).toBe(true);
  });

  /** A call of `callee` with a spread among its own arguments (not inside an array literal or a nested call). */
  const spreadInto = (callee: string): RegExp => new RegExp(`${callee}\\((?:[^()[\\]]|\\([^()]*\\))*\\.\\.\\.`);

  it.each([
    ['Math.max/min(...)', spreadInto('Math\\.(?:max|min)')],
    ['push/unshift/splice(...)', spreadInto('\\.(?:push|unshift|splice)')],
    ['String.fromCharCode/fromCodePoint(...)', spreadInto('String\\.from(?:CharCode|CodePoint)')],
    ['.apply(', /\.apply\(/],
  ])('%s', (_name, pattern) => {
    for (const c of code) expect(pattern.test(c.text), c.path).toBe(false);
  });
});
