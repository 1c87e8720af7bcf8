/**
 * The input workbook in LibreOffice: Debian's `libreoffice-calc-nogui`, run headless. LibreOffice opens the
 * template and saves it again with its drop-down lists; the saved file reads back as the same scenario,
 * and, filled with a small case, validates and reports. Every example's workbook, saved by LibreOffice,
 * reports as its JSON file does. CI installs LibreOffice (.ci/run) and sets
 * REQUIRE_LIBREOFFICE_TESTS=1, so there a missing soffice fails these tests; elsewhere they are skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/run.js';
import { safeParseScenario } from '../../src/index.js';
import { readScenarioWorkbook, safeParseScenarioWorkbook, scenarioWorkbook, scenarioWorkbookTemplate } from '../../src/workbook/index.js';
import { TEMPLATE } from '../../src/workbook/_template.js';
import { memoryIO } from './_memory-io.js';

const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const RUN = SOFFICE !== '' || process.env['REQUIRE_LIBREOFFICE_TESTS'] === '1';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES).filter((name) => readdirSync(new URL(`${name}/`, EXAMPLES)).includes('scenario.json'));

let dir = '';
/** The template as LibreOffice saved it after opening it. */
let saved: Uint8Array = new Uint8Array();

beforeAll(async () => {
  if (!RUN) return;
  dir = mkdtempSync(path.join(tmpdir(), 'ssm-libreoffice-'));
  const files = [path.join(dir, 'blank.xlsx')];
  writeFileSync(files[0]!, await scenarioWorkbookTemplate());
  for (const name of examples) {
    files.push(path.join(dir, `${name}.xlsx`));
    writeFileSync(files.at(-1)!, await scenarioWorkbook(readFileSync(new URL(`${name}/scenario.json`, EXAMPLES), 'utf8')));
  }
  // One soffice for every file, with a profile of its own, so that no other LibreOffice running is reused.
  execFileSync(SOFFICE || 'soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), ...files], { stdio: 'pipe', timeout: 120_000 });
  saved = new Uint8Array(readFileSync(path.join(dir, 'out', 'blank.xlsx')));
}, 150_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The validation lists of a sheet, as `{ range or cell: formula }` of its list validations. */
function lists(ws: ExcelJS.Worksheet): string[] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, { type?: string; formulae?: string[] }> } }).dataValidations.model;
  return [...new Set(Object.values(model).filter((v) => v.type === 'list').map((v) => v.formulae?.[0] ?? ''))];
}

describe.skipIf(!RUN)('the template in LibreOffice', () => {
  it('opens and is saved again with its drop-down lists: tiers, kinds, rules, partner and line ids', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ArrayBuffer);
    const lines = lists(book.getWorksheet('Lines')!);
    expect(lines).toContain('"assured,projected,possible"');
    expect(lines).toContain('"saving,income,cost"');
    expect(lines.some((f) => f.includes('equal,metric'))).toBe(true);
    expect(lists(book.getWorksheet('Phasing')!).some((f) => /Lines.*\$A\$2:\$A\$\d+/.test(f))).toBe(true);
    expect(lists(book.getWorksheet('Line shares')!).some((f) => /Partners.*\$A\$2:\$A\$\d+/.test(f))).toBe(true);
  });

  it('reads back as the same scenario after LibreOffice saved it', async () => {
    const read = await readScenarioWorkbook(saved);
    expect(read.problems).toEqual([]);
    const [a, b] = [safeParseScenario(TEMPLATE), safeParseScenario(read.input)];
    expect(b.success && a.success && b.data).toEqual(a.success && a.data);
  });

  it('filled with a small case, validates and reports', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ArrayBuffer);
    const put = (sheet: string, row: number, values: Record<string, string | number>): void => {
      const ws = book.getWorksheet(sheet)!;
      const headings = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      for (const [heading, value] of Object.entries(values)) ws.getRow(row).getCell(headings.indexOf(heading)).value = value;
    };
    put('Lines', 3, { Id: 'payroll-system', Name: 'One payroll system', Service: 'hr', Kind: 'saving', Tier: 'projected', Category: 'other costs', Fund: 'General Fund', Recurrence: 'ongoing', Amount: 30000, 'Attribution: rule': 'metric', 'Attribution: metric': 'population' });
    put('Phasing', 5, { Line: 'payroll-system', Year: '2026/27', Amount: 30000 });
    const filled = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const parsed = await safeParseScenarioWorkbook(filled);
    expect(parsed.success ? parsed.data.lines.map((l) => l.id) : parsed.error.issues.map((i) => i.message)).toEqual(['hr-merge', 'payroll-system']);
    const io = memoryIO({ 'filled.xlsx': filled });
    expect(await runCli(['validate', 'filled.xlsx'], io), io.err).toBe(0);
    expect(io.out).toBe('valid: 2 partners, 2 lines, 1 published figure\n');
    const report = memoryIO({ 'filled.xlsx': filled });
    expect(await runCli(['report', 'filled.xlsx', '--view', 'partners'], report), report.err).toBe(0);
    expect(report.out).toContain('North District Council');
  });

  it.each(examples)('saved by LibreOffice, the workbook of %s reports as its JSON file does, in md and json', async (name) => {
    const json = readFileSync(new URL(`${name}/scenario.json`, EXAMPLES), 'utf8');
    const files = { 'scenario.json': json, 'scenario.xlsx': new Uint8Array(readFileSync(path.join(dir, 'out', `${name}.xlsx`))) };
    for (const format of ['json', 'md']) {
      const [a, b] = [memoryIO(files), memoryIO(files)];
      expect(await runCli(['report', 'scenario.xlsx', '--format', format], b), b.err).toBe(await runCli(['report', 'scenario.json', '--format', format], a));
      expect(b.out).toBe(a.out);
    }
  });
});
