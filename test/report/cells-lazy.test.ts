/**
 * The cells view holds no rows: a row per cell is millions of rows at scale (33 partners × 10,000 lines ×
 * 10 years), so its table makes each row when it is read, and every renderer reads them one at a time.
 */
import { describe, expect, it } from 'vitest';
import { buildView, evaluate, parseScenario, renderCsv, renderJson, renderMarkdown, type Report } from '../../src/index.js';
import type { MeasureTable } from '../../src/report/measure-table.js';
import { lineCellReader } from '../../src/engine/index.js';
import { writeCsvPieces, writeJsonPieces, writeMarkdownPieces } from '../../src/report/index.js';
import { LazyList, writeJson } from '../../src/report/_json-text.js';
import { analysisScenario } from './_analysis-scenario.js';

const evaluation = evaluate(parseScenario(analysisScenario()));

/** The report with its table's rows behind a proxy that counts every row read through the array. */
function counted(report: Report): { report: Report; reads: () => number } {
  const table = report.tables[0] as MeasureTable;
  let reads = 0;
  const rows = new Proxy(table.rows, {
    get(target, p, receiver) {
      if (typeof p === 'string' && /^\d+$/.test(p)) reads++;
      return Reflect.get(target, p, receiver) as unknown;
    },
  });
  return { report: { ...report, tables: [{ ...table, rows }] }, reads: () => reads };
}

/** The report with its table's rows held as a plain array, as the renderers lay out any other table. */
function held(report: Report): Report {
  const table = report.tables[0] as MeasureTable;
  return { ...report, tables: [{ ...table, rows: Array.from(table.rows) }] };
}

describe('the cells view’s rows', () => {
  const report = buildView(evaluation, 'cells');
  const rows = (report.tables[0] as MeasureTable).rows;

  it('are made when read, not held: each read makes the row anew', () => {
    expect(rows.length).toBe(lineCellReader(evaluation).length + evaluation.costCells.length + evaluation.fundingCells.length);
    expect(rows[0]).not.toBe(rows[0]);
    expect(rows[0]).toEqual(rows[0]);
  });

  it('read as an array, are the cells in order: the line cells, the one-off costs, the funding', () => {
    const all = Array.from(rows);
    expect(all.map((r) => r.values[4]!.toString())).toEqual([...evaluation.lineCells, ...evaluation.costCells, ...evaluation.fundingCells].map((c) => c.value.toString()));
    expect(rows.map((r) => r.key)).toEqual(all.map((r) => r.key));
    expect(JSON.parse(JSON.stringify(rows))).toEqual(JSON.parse(JSON.stringify(all)));
    expect(rows[rows.length]).toBeUndefined();
    expect(Object.isFrozen(rows) || Reflect.set(rows, 0, null) === false).toBe(true);
  });

  it.each([
    ['csv', renderCsv],
    ['markdown', renderMarkdown],
    ['json', renderJson],
  ] as const)('are written by %s one at a time, never read through the array, to the same text as rows held', (_, render) => {
    const { report: watched, reads } = counted(report);
    const text = render(watched);
    expect(reads()).toBe(0);
    expect(text).toBe(render(held(report)));
  });

  it('as markdown too where the labels are cut to fit a narrow width', () => {
    const scenario = analysisScenario() as { lines: { id: string }[] };
    scenario.lines[1]!.id = 'a-line-whose-id-is-far-longer-than-a-narrow-table-has-room-for';
    const long = buildView(evaluate(parseScenario(scenario)), 'cells');
    const { report: watched, reads } = counted(long);
    const text = renderMarkdown(watched, { width: 40 });
    expect(reads()).toBe(0);
    expect(text).toBe(renderMarkdown(held(long), { width: 40 }));
    expect(text).toContain('… [1]');
  });
});

describe('lineCellReader', () => {
  const scenario = analysisScenario() as { settings: Record<string, unknown> };
  // Cells at several decimal places: a quantum of a penny, some cells whole pounds.
  scenario.settings = { ...scenario.settings, quantum: '0.01' };
  const e = evaluate(parseScenario(scenario));

  it.each([
    ['made by evaluate (from its integers)', e],
    ['copied by hand (from its lineCells)', { ...e, lineCells: [...e.lineCells] }],
  ])('reads the cells of an evaluation %s, in order, and their most decimal places', (_, evaluation) => {
    const reader = lineCellReader(evaluation);
    const cells = evaluation.lineCells;
    expect(reader.length).toBe(cells.length);
    // Read out of order too: each cell is found wherever it is asked for.
    for (const i of [...cells.keys(), ...[...cells.keys()].reverse()]) {
      const c = reader.at(i);
      expect({ ...c, value: c.value.toString() }).toEqual({ ...cells[i]!, value: cells[i]!.value.toString() });
    }
    expect(reader.decimalPlaces()).toBe(Math.max(0, ...cells.map((c) => c.value.decimalPlaces())));
    expect(new Set(reader.texts())).toEqual(new Set(cells.flatMap((c) => [c.line, c.partner, c.year])));
    expect(() => reader.at(cells.length)).toThrow(RangeError);
  });
});

describe('JSON in pieces', () => {
  it('hands a long list on in several pieces, which together are the text JSON.stringify writes', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ i, label: `row ${i}` }));
    const out: string[] = [];
    const written: string[] = [];
    writeJson(out, { rows: new LazyList(items.length, (i) => items[i]), after: [1] }, '', (pieces) => {
      written.push(pieces.join(''));
      pieces.length = 0;
    });
    written.push(out.join(''));
    expect(written.length).toBeGreaterThan(2);
    expect(written.join('')).toBe(JSON.stringify({ rows: items, after: [1] }, null, 2));
    // Without `flush`, the list's pieces are joined as they come, to the same text.
    const whole: string[] = [];
    writeJson(whole, { rows: new LazyList(items.length, (i) => items[i]), after: [1] });
    // About twenty pieces an item unjoined (a million); joined, the last few thousand items' and one a batch.
    expect(whole.length).toBeLessThan(100_000);
    expect(whole.join('')).toBe(written.join(''));
  });

  it('writes a report as renderJson does', () => {
    const report = buildView(evaluation, 'cells');
    const pieces: string[] = [];
    writeJsonPieces(report, { unit: '£m' }, (text) => pieces.push(text));
    expect(pieces.join('')).toBe(renderJson(report, { unit: '£m' }));
  });
});

describe('CSV and markdown in pieces', () => {
  it.each([
    ['csv', writeCsvPieces, renderCsv],
    ['markdown', writeMarkdownPieces, renderMarkdown],
  ] as const)('%s: the pieces together are the text the renderer returns, for every view', (_, write, render) => {
    for (const view of ['cells', 'partners', 'reconcile'] as const) {
      const report = buildView(evaluation, view);
      const pieces: string[] = [];
      write(report, { unit: '£000' }, (text) => pieces.push(text));
      expect(pieces.join('')).toBe(render(report, { unit: '£000' }));
    }
  });
});
