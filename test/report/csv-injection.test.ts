import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, buildView, evaluate, parseScenario, renderCsv, type MeasureTable, type Report, type ReportTable } from '../../src/index.js';
import { smallScenario } from './_scenarios.js';
import { readCsv } from './_hostile.js';

/**
 * What a spreadsheet would evaluate when it opens a CSV file: a field starting with = + - @ (or their
 * full-width forms), or with a tab, CR or LF that some strip before evaluating, unless the whole field
 * is a plain number (a constant, as a spreadsheet reads `-12.50`).
 */
function runsAsFormula(field: string): boolean {
  return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(field) && !/^-?\d+(?:\.\d+)?$/.test(field);
}

/** The field a text cell is written as: itself, or with a single quote before it where it starts as a formula could (a text cell is text, even `-12.50`). */
const neutralised = (text: string): string => (/^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text);

const PAYLOADS = ["=cmd|' /C calc'!A0", '@SUM(1)', '+1+1', '-1+1', '\t=1+1', '\r=1+1', '\n=1+1', '=HYPERLINK("http://x","y")', '＝1+1', '-', '+', '@'];

/** A pivot of money in pounds, two decimals, with the totals a pivot carries. */
function pivotOf(title: string, columns: readonly string[], rows: readonly { label: string; values: readonly Decimal[] }[]): Extract<ReportTable, { kind: 'pivot' }> {
  const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), new Decimal(0));
  return {
    kind: 'pivot',
    title,
    measure: 'money',
    rowDimension: 'line',
    columnDimension: 'partner',
    columns: columns.map((label, j) => ({ key: `c${j}`, label })),
    rows: rows.map((r, i) => ({ key: `r${i}`, label: r.label, values: [...r.values], total: sum(r.values) })),
    columnTotals: columns.map((_, j) => sum(rows.map((r) => r.values[j]!))),
    grandTotal: sum(rows.flatMap((r) => r.values)),
  };
}

/** A report around tables, with a title and caveats. */
function reportOf(title: string, tables: Report['tables'], caveats: readonly string[]): Report {
  return { title, view: 'lines', unit: '£', precision: { money: { '£': 2, '£000': 5, '£m': 8 }, fte: 2 }, tables, notes: [], caveats };
}

/** A measure table with a text column and a money column: words in a number column stay words. */
function measuresOf(label: string, words: string, amount: Decimal): MeasureTable {
  return {
    kind: 'measures',
    title: 'Costs',
    rowHeading: 'Cost',
    columns: [
      { key: 'basis', label: 'Basis', kind: 'text' },
      { key: 'amount', label: 'Amount', kind: 'money' },
    ],
    rows: [
      { key: 'a', label, role: 'data', values: [words, amount] },
      { key: 'b', label: 'Words in a money column', role: 'data', values: [null, words] },
    ],
  };
}

describe('renderCsv: no text reaches a spreadsheet as a formula (CWE-1236)', () => {
  it.each(PAYLOADS.map((p) => [p]))('%j as a partner, line, title and caveat: quoted, with a single quote before it', (payload) => {
    const table = pivotOf(payload, [payload, 'Beta'], [{ label: payload, values: [new Decimal('-12.50'), new Decimal('3')] }]);
    const csv = renderCsv(reportOf(payload, [table, measuresOf(payload, payload, new Decimal('-1'))], [payload]));
    const quoted = `"'${payload.replace(/"/g, '""')}"`;
    expect(csv).toContain(`${quoted},-12.50,3.00,-9.50\r\n`); // the row: its label neutralised, its numbers as they are
    expect(csv).toContain(`Line,${quoted},Beta,Total\r\n`);
    expect(readCsv(csv)[0]).toEqual([`'${payload} (£)`]);
    expect(csv).toContain(`${quoted},${quoted},-1.00\r\n`);
    expect(csv).toContain(`Words in a money column,,${quoted}\r\n`);
    expect(csv.endsWith(`Caveats\r\n${quoted}\r\n`)).toBe(true);
    for (const field of readCsv(csv).flat()) expect(runsAsFormula(field), JSON.stringify(field)).toBe(false);
  });

  it('decides by the cell, not its look: amounts it writes stay numbers (negatives with a minus sign); names that look like numbers stay text', () => {
    const table = pivotOf('T', ['-12.50'], [{ label: '-3', values: [new Decimal('-12.5')] }]);
    expect(renderCsv(table).split('\r\n')).toEqual(['T (£)', `Line,"'-12.50",Total`, `"'-3",-12.50,-12.50`, 'Total,-12.50,-12.50', '']);
    const measures = renderCsv(measuresOf('-1', '-2.5', new Decimal('-0.5'))).split('\r\n');
    expect(measures.slice(2, 4)).toEqual([`"'-1","'-2.5",-0.50`, `Words in a money column,,"'-2.5"`]);
  });

  it('neutralises names that reach the CSV from a scenario (partners, lines, services, title)', () => {
    const s = smallScenario();
    const e = evaluate(
      parseScenario({
        ...s,
        title: '=1+1',
        partners: [
          { id: 'a', name: "=cmd|' /C calc'!A0" },
          { id: 'b', name: '@SUM(1)' },
        ],
        services: [{ ...(s['services'] as Record<string, unknown>[])[0], name: '-1+1' }],
        lines: (s['lines'] as Record<string, unknown>[]).map((l) => ({ ...l, name: '+1+1' })),
      }),
    );
    for (const view of ['partners', 'services', 'lines', 'costs', 'appraisal', 'reconcile'] as const) {
      const csv = renderCsv(buildView(e, view));
      for (const field of readCsv(csv).flat()) expect(runsAsFormula(field), `${view}: ${JSON.stringify(field)}`).toBe(false);
    }
    expect(renderCsv(buildView(e, 'partners'))).toContain(`Line,"'=cmd|' /C calc'!A0","'@SUM(1)",Total\r\n"'+1+1",550,50,600\r\n`);
  });

  it('property: any text in any text cell is written so that it runs nothing and reads back as itself (after the quote); every number cell is the exact amount', () => {
    const risky = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '＝', ' ', '"', "'", ','), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
      fc.constantFrom(...PAYLOADS, '-12.50', '12', '-0', ''),
    );
    const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((c) => new Decimal(c.toString()).dividedBy(100));
    fc.assert(
      fc.property(risky, fc.array(risky, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(risky, cents, cents), { minLength: 1, maxLength: 3 }), fc.array(risky, { maxLength: 2 }), (title, columns, raw, caveats) => {
        const rows = raw.map(([label, a, b]) => ({ label, values: columns.map((_, j) => (j % 2 === 0 ? a : b)) }));
        const table = pivotOf(title, columns, rows);
        const records = readCsv(renderCsv(reportOf(title, [table], caveats)));
        for (const field of records.flat()) expect(runsAsFormula(field), JSON.stringify(field)).toBe(false);
        // The block: title, header, rows, Total; then the caveats.
        expect(records[0]).toEqual([neutralised(`${title} (£)`)]);
        expect(records[1]).toEqual(['Line', ...columns.map(neutralised), 'Total']);
        const money = (d: Decimal): string => (d.isZero() ? '0.00' : d.toFixed(2));
        rows.forEach((r, i) => {
          const total = r.values.reduce((x, y) => x.plus(y), new Decimal(0));
          expect(records[2 + i]).toEqual([neutralised(r.label), ...r.values.map(money), money(total)]);
        });
        const after = records.slice(3 + rows.length);
        expect(after).toEqual(caveats.length === 0 ? [] : [[''], ['Caveats'], ...caveats.map((c) => [neutralised(c)])]);
      }),
      { numRuns: 300 },
    );
  });
});
