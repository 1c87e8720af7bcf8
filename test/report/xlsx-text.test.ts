import { checkSheetSizes, sheetSize } from '../../src/report/xlsx/_sheet-size.js';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, type Evaluation } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';
import { smallScenario } from './_scenarios.js';
import { renamed, unzip, xmlProblems } from './_hostile.js';
import { WRITER_FORMULA } from './_formulas.js';

/** Every string cell of a workbook, read back with exceljs (which undoes `_xHHHH_`), and the kinds of all its cells. */
async function readBack(bytes: Uint8Array): Promise<{ strings: Set<string>; formulas: string[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const strings = new Set<string>();
  const formulas: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.String) strings.add(cell.value as string);
        else if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.formula);
        else expect([ExcelJS.ValueType.Number], `${sheet.name}!${cell.address}`).toContain(cell.type);
      }),
    ),
  );
  return { strings, formulas };
}

/** Every XML part of the workbook is well-formed; the only formulas are those the writer makes (SUMs, and the Appraisal sheet's arithmetic over cells and the Inputs sheet's names). */
function checkParts(bytes: Uint8Array): Map<string, string> {
  const parts = unzip(bytes);
  expect(parts.size).toBeGreaterThan(5);
  for (const [name, xml] of parts) if (name.endsWith('.xml') || name.endsWith('.rels')) expect(xmlProblems(xml), name).toEqual([]);
  for (const [name, xml] of parts) {
    if (!name.startsWith('xl/worksheets/')) continue;
    for (const f of xml.matchAll(/<f>([^<]*)<\/f>/g)) expect(f[1], name).toMatch(WRITER_FORMULA);
    // Text is a shared string (t="s"): never a formula's string result (t="str"), an inline formula, or an error.
    for (const t of xml.matchAll(/<c [^>]*\bt="([^"]*)"/g)) expect(t[1], name).toBe('s');
  }
  return parts;
}

const FORMULAS = ["=cmd|' /C calc'!A0", '@SUM(1)', '+1+1', '-1+1', '=HYPERLINK("http://x","y")'];

describe('renderXlsx: text is only ever text', () => {
  it('writes names that look like formulas as shared strings, never as formulas', async () => {
    const s = smallScenario();
    const e = evaluate(
      parseScenario({
        ...s,
        title: FORMULAS[4],
        partners: [
          { id: 'a', name: FORMULAS[0] },
          { id: 'b', name: FORMULAS[1] },
        ],
        lines: (s['lines'] as Record<string, unknown>[]).map((l, i) => ({ ...l, name: FORMULAS[2 + (i % 2)] })),
      }),
    );
    const bytes = await renderXlsx(e);
    checkParts(bytes);
    const { strings, formulas } = await readBack(bytes);
    for (const text of FORMULAS) expect(strings).toContain(text);
    for (const f of formulas) expect(f).toMatch(WRITER_FORMULA);
    expect(formulas.filter((f) => f.startsWith('SUM(')).length).toBeGreaterThan(10);
  });
});

/** Text no XML document can hold, and text that looks like the escape for it. */
const HOSTILE = ['\uFFFE', '\uFFFF', '\u0000', '\u0001', '\u001F', '\u000B', '\u000C', '\uD800', 'a\uDC00b', '\x7F', 'a\rb', 'c\r\nd', '_x0041_', '_x', '_X0041_', 'x_x005F_y', '😀\uD83D'];

describe('renderXlsx: no text makes a part ill-formed, and every text reads back as written', () => {
  it.each(HOSTILE.map((h) => [h]))('%j in names and the title', async (hostile) => {
    const e: Evaluation = renamed({ title: `T${hostile}`, partners: [`P${hostile}`, 'Beta'], lines: [`L${hostile}`, 'IT', 'Running'], service: `S${hostile}`, source: `Src${hostile}` });
    const bytes = await renderXlsx(e);
    const parts = checkParts(bytes);
    const { strings } = await readBack(bytes);
    for (const text of [`T${hostile}`, `P${hostile}`, `L${hostile}`, `Src${hostile}`]) expect(strings, JSON.stringify(text)).toContain(text);
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>T');
  });

  it('writes the standard escapes: _xFFFE_ for U+FFFE, _x005F_ before a literal _x, _x000D_ for CR', async () => {
    const bytes = await renderXlsx(renamed({ partners: ['A\uFFFE_x0041_\r', 'Beta'] }), { views: ['partners'] });
    expect(unzip(bytes).get('xl/sharedStrings.xml')).toContain('A_xFFFE__x005F_x0041__x000D_');
  });

  it('property: any text (any UTF-16 code units) in names and the title', async () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), fc.constantFrom('_x', '_x0041_', '_xFFFE_', '\r', '\n', '&', '<', ']]>', '"'));
    const text = fc.array(unit, { maxLength: 8 }).map((units) => units.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, partner, line) => {
        const bytes = await renderXlsx(renamed({ title, partners: [partner, 'Beta'], lines: [line, 'IT', 'Running'] }), { views: ['partners'] });
        checkParts(bytes);
        const { strings } = await readBack(bytes);
        for (const t of [title, partner, line]) if (t !== '') expect(strings, JSON.stringify(t)).toContain(t);
      }),
      { numRuns: 25 },
    );
  });
});

describe('renderXlsx: nothing beyond what Excel opens without repair', () => {
  it('cuts text longer than a cell holds (32,767 characters), saying so, without splitting a surrogate pair', async () => {
    const long = `${'x'.repeat(32_601)}${'😀'.repeat(200)}`; // the cut falls inside a pair
    const { strings } = await readBack(await renderXlsx(renamed({ partners: [long, 'Beta'] }), { views: ['partners'] }));
    const cut = [...strings].find((s) => s.includes('[cut: 33001 '))!; // the name, as the heading of its column
    expect(cut.length).toBeLessThanOrEqual(32_767);
    expect(cut).toMatch(/^x{32601}(😀)+ … \[cut: 33001 characters in all, more than a cell holds; the CSV and JSON outputs hold the whole text\]$/u);
    const exact = 'y'.repeat(32_767);
    expect((await readBack(await renderXlsx(renamed({ partners: [exact, 'Beta'] }), { views: ['partners'] }))).strings).toContain(exact);
  });

  it('refuses a table wider than a worksheet (16,384 columns) before writing anything', async () => {
    const partners = Array.from({ length: 16_384 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const e = evaluate(parseScenario({ version: 1, title: 'Wide', settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 1 }, partners, lines: [{ id: 'a', name: 'A', amount: '16384', attribution: { rule: 'equal' } }] }));
    await expect(renderXlsx(e, { views: ['lines'] })).rejects.toMatchObject({ name: 'InputError', code: 'E_LIMIT', issues: [{ path: ['views', 'Lines'], received: '"a sheet of at least 5 rows and 16,385 columns"' }] });
  });

  it('refuses a view longer than a worksheet (1,048,576 rows) before writing anything, naming each such sheet', () => {
    // A report as buildView makes one, with tables of the given numbers of rows and columns.
    const report = (view: string, ...tables: [number, number][]) =>
      ({ view, notes: ['a note'], tables: tables.map(([rows, columns]) => ({ kind: 'pivot', rows: { length: rows }, columns: { length: columns } })) }) as never;
    // A heading and a blank row, each table's title and header, the notes' heading and the note.
    expect(sheetSize(report('lines', [10, 3], [5, 40]))).toEqual({ rows: 2 + 12 + 7 + 2, columns: 41 });
    const fits = report('tiers', [1_048_576 - 6, 3]);
    expect(() => checkSheetSizes([fits], (v) => v)).not.toThrow();
    const refused = (): void => checkSheetSizes([fits, report('lines', [1_048_576 - 5, 3]), report('wide', [1, 16_384])], (v) => v);
    expect(refused).toThrow(expect.objectContaining({ code: 'E_LIMIT', issues: [expect.objectContaining({ path: ['views', 'lines'], received: '"a sheet of at least 1,048,577 rows and 4 columns"' }), expect.objectContaining({ path: ['views', 'wide'] })] }));
  });
});
