/**
 * The live workbook recalculated by LibreOffice: Debian's `soffice` (libreoffice-calc-nogui) opens the
 * tri-borough workbook headless, recalculates every formula on load and saves it again; every formula
 * cell's recalculated value must equal the library's figure, with the Inputs sheet as written and with
 * its inputs changed. CI installs LibreOffice (.ci/run) and sets REQUIRE_LIBREOFFICE_TESTS=1, so there a
 * missing soffice fails the tests instead of skipping them; elsewhere they are skipped, with a message.
 *
 * LibreOffice recalculates an .xlsx on load only when its setting "Recalculation on File Load" for Excel
 * 2007 and newer says "Always" (by default it keeps the stored results). The documented way to set it
 * headless is the user profile: a fresh profile (`-env:UserInstallation=file:///…`) whose
 * registrymodifications.xcu sets org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode to 0 (always).
 * No macro is run. Both workbooks are converted by one soffice process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraise, evaluate, parseScenario, type AppraiseOptions, type Evaluation } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';
import { formulaCellsOf, type FormulaCell } from './_xlsx-cells.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
const RUN = SOFFICE !== undefined || process.env['REQUIRE_LIBREOFFICE_TESTS'] === '1';
const SCENARIO = JSON.parse(readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8')) as unknown;

/** The inputs changed on the Inputs sheet, by defined name, and the same options given to the library. */
const CHANGED: Readonly<Record<string, number>> = { DiscountRate: 0.05, RiskWeightProjected: 0.8, RiskWeightPossible: 0.5, OptimismBias: 0.2, Mitigation: 0.25 };
const CHANGED_OPTIONS: AppraiseOptions = { discountRate: '0.05', riskWeights: { projected: '0.8', possible: '0.5' }, optimismBias: '0.2', mitigation: '0.25' };

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function load(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** Every formula cell of a workbook as made, with its stored result and number format. */
function formulaCells(book: ExcelJS.Workbook): Map<string, { readonly formula: string; readonly result: unknown; readonly numFmt: string }> {
  const out = new Map<string, { formula: string; result: unknown; numFmt: string }>();
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // exceljs reads a stored 0 back as undefined.
        if (cell.type === ExcelJS.ValueType.Formula) out.set(`${sheet.name}!${cell.address}`, { formula: cell.formula, result: cell.result ?? 0, numFmt: cell.numFmt ?? '' });
      }),
    );
  }
  return out;
}

/** The decimals a number format shows: the zeros after the point of its first section. */
const shown = (numFmt: string): number => /\.(0+)/.exec(numFmt.split(';')[0]!)?.[1]!.length ?? 0;

/** Equal as spreadsheets hold figures: within a few units in the 13th significant digit, and the same at the decimals shown. */
function same(actual: unknown, expected: unknown, numFmt: string): boolean {
  if (typeof expected !== 'number') return actual === expected;
  if (typeof actual !== 'number') return false;
  const close = Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  const dp = Math.min(15, shown(numFmt) + (numFmt.includes('%') ? 2 : 0));
  return close && actual.toFixed(dp) === expected.toFixed(dp);
}

/** The cells of the Appraisal sheet that keep the figures as made when an input changes (see the Notes sheet). */
function keepsItsFigure(book: ExcelJS.Workbook, key: string): boolean {
  const [sheetName, address] = key.split('!') as [string, string];
  // The other views that show appraisal figures (years, fairness) hold them as figures, totalled by SUMs.
  if (sheetName === 'Inputs') return false;
  if (sheetName !== 'Appraisal') return true;
  const sheet = book.getWorksheet('Appraisal')!;
  const cell = sheet.getCell(address);
  // The header of the cell's table: the nearest row above whose first cell is 'Year' or 'Partner'.
  let header = Number(cell.row);
  while (header > 1 && !['Year', 'Partner'].includes(String(sheet.getCell(header, 1).value))) header -= 1;
  const heading = String(sheet.getCell(header, Number(cell.col)).value);
  if (sheet.getCell(header, 1).value === 'Year') return heading === 'Present value';
  const total = sheet.getCell(Number(cell.row), 1).value === 'Total';
  return !total && ['NPV', 'PV of costs net of funding', 'Benefit–cost ratio'].includes(heading);
}

/** The row of the appraisal summary's Total: the first Total on the Appraisal sheet. */
function summaryTotal(book: ExcelJS.Workbook): number {
  const sheet = book.getWorksheet('Appraisal')!;
  let row = 1;
  while (sheet.getCell(row, 1).value !== 'Total') row += 1;
  return row;
}

if (!RUN) console.warn('LibreOffice tests skipped: soffice is absent (apt-get install -y --no-install-recommends libreoffice-calc-nogui; CI installs it in .ci/run).');

describe.skipIf(!RUN)('the live workbook recalculated by LibreOffice (skipped when soffice is absent)', () => {
  let dir: string;
  let e: Evaluation;
  let asMade: ExcelJS.Workbook;
  let madeChanged: ExcelJS.Workbook;
  let recalculated: Map<string, FormulaCell>;
  let recalculatedChanged: Map<string, FormulaCell>;

  beforeAll(async () => {
    expect(SOFFICE, 'soffice (REQUIRE_LIBREOFFICE_TESTS=1)').toBeDefined();
    dir = mkdtempSync(path.join(tmpdir(), 'ssm-xlsx-recalc-'));
    mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(path.join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    e = evaluate(parseScenario(SCENARIO));
    const bytes = await renderXlsx(e);
    asMade = await load(bytes);
    madeChanged = await load(await renderXlsx(e, { appraisal: CHANGED_OPTIONS }));
    // The same workbook with its inputs changed, as a user would change them.
    const edited = await load(bytes);
    for (const [name, value] of Object.entries(CHANGED)) {
      const [where] = edited.definedNames.getRanges(name).ranges;
      const [sheet, address] = where!.split('!') as [string, string];
      edited.getWorksheet(sheet)!.getCell(address.replace(/\$/g, '')).value = value;
    }
    writeFileSync(path.join(dir, 'unchanged.xlsx'), bytes);
    writeFileSync(path.join(dir, 'changed.xlsx'), Buffer.from(await edited.xlsx.writeBuffer()));
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), path.join(dir, 'unchanged.xlsx'), path.join(dir, 'changed.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    recalculated = formulaCellsOf(readFileSync(path.join(dir, 'out', 'unchanged.xlsx')));
    recalculatedChanged = formulaCellsOf(readFileSync(path.join(dir, 'out', 'changed.xlsx')));
  }, 180_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('recalculates every formula of the tri-borough workbook to the library\'s figure', () => {
    const made = formulaCells(asMade);
    const again = recalculated;
    expect(made.size).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const [key, cell] of made) {
      const back = again.get(key);
      if (back === undefined || !same(back.value, cell.result, cell.numFmt)) wrong.push(`${key} ${cell.formula}: ${String(back?.value)} recalculated, ${String(cell.result)} the library's`);
    }
    expect(wrong).toEqual([]);
    // The total NPV and the total's last discount factor, against appraise() itself.
    expect(recalculated.get(`Appraisal!B${summaryTotal(asMade)}`)!.value).toBe(Number(appraise(e).total.npv.div(1e6).toString()));
  });

  it('recalculates, with the inputs changed, to the library\'s figures for those options, except the cells documented as keeping them', () => {
    const expected = formulaCells(madeChanged);
    const before = formulaCells(asMade);
    const again = recalculatedChanged;
    const wrong: string[] = [];
    let followed = 0;
    for (const [key, cell] of expected) {
      const back = again.get(key);
      const keeps = keepsItsFigure(asMade, key);
      const want = keeps ? before.get(key)! : cell;
      if (back === undefined || !same(back.value, want.result, want.numFmt)) wrong.push(`${key} ${cell.formula}: ${String(back?.value)} recalculated, ${String(want.result)} expected${keeps ? ' (kept)' : ''}`);
      else if (!keeps && !same(before.get(key)!.result, cell.result, cell.numFmt)) followed += 1;
    }
    expect(wrong).toEqual([]);
    // Enough cells moved with the inputs for the comparison to mean something.
    expect(followed).toBeGreaterThan(50);
    expect(recalculatedChanged.get(`Appraisal!B${summaryTotal(asMade)}`)!.value).toBe(Number(appraise(e, CHANGED_OPTIONS).total.npv.div(1e6).toString()));
  });
});
