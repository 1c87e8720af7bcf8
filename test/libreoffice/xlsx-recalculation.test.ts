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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraise, evaluate, parseScenario, type AppraiseOptions, type Evaluation } from '../../src/index.js';
import { renderXlsx } from '../../src/report/full.js';
import { analysisScenario } from '../report/_analysis-scenario.js';
import { formulaCellsOf, type FormulaCell } from './_xlsx-cells.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
const RUN = SOFFICE !== undefined || process.env['REQUIRE_LIBREOFFICE_TESTS'] === '1';
const EXAMPLES = new URL('../../examples/', import.meta.url);
const scenario = (name: string): unknown => JSON.parse(readFileSync(new URL(`${name}/scenario.json`, EXAMPLES), 'utf8'));
const SCENARIO = scenario('tri-borough-2011');
/** Every example with a scenario file: each workbook recalculates to its stored figures. */
const OTHERS = readdirSync(EXAMPLES).filter((d) => d !== 'tri-borough-2011' && existsSync(new URL(`${d}/scenario.json`, EXAMPLES)));
/** Forty years: the standard schedule steps to 3% from year 31, which the discount rate on the Inputs sheet does not change. */
const LONG: AppraiseOptions = { years: 40 };
const LONG_CHANGED: AppraiseOptions = { years: 40, discountSchedule: [{ fromYear: 0, rate: '0.05' }, { fromYear: 31, rate: '0.03' }] };

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

/**
 * The cells whose recalculated value differs from what is expected: the library's figure for the options
 * (`expected`), or, for a cell documented as keeping its figure, the workbook's as made (`asMade`).
 * Returns the differences and how many cells moved with the inputs.
 */
function differences(expected: ExcelJS.Workbook, asMade: ExcelJS.Workbook, recalculated: Map<string, FormulaCell>, changed: boolean): { wrong: string[]; followed: number } {
  const want = formulaCells(expected);
  const before = formulaCells(asMade);
  const wrong: string[] = [];
  let followed = 0;
  for (const [key, cell] of want) {
    const back = recalculated.get(key);
    const keeps = changed && keepsItsFigure(asMade, key);
    const w = keeps ? before.get(key)! : cell;
    if (back === undefined || !same(back.value, w.result, w.numFmt)) wrong.push(`${key} ${cell.formula}: ${String(back?.value)} recalculated, ${String(w.result)} expected${keeps ? ' (kept)' : ''}`);
    else if (!keeps && !same(before.get(key)!.result, cell.result, cell.numFmt)) followed += 1;
  }
  return { wrong, followed };
}

/** The row of the appraisal summary's Total: the first Total on the Appraisal sheet. */
function summaryTotal(book: ExcelJS.Workbook): number {
  const sheet = book.getWorksheet('Appraisal')!;
  let row = 1;
  while (sheet.getCell(row, 1).value !== 'Total') row += 1;
  return row;
}

/** A workbook made, optionally edited on its Inputs sheet, and what the library gives for the options it then states. */
interface Case {
  readonly name: string;
  readonly evaluation: Evaluation;
  readonly options: AppraiseOptions;
  /** Values set on the Inputs sheet, by defined name. */
  readonly edits?: Readonly<Record<string, number>>;
  /** The library's options equal to the edited inputs. */
  readonly expected?: AppraiseOptions;
}

/** A cell of the workbook by a defined name. */
function named(book: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const [where] = book.definedNames.getRanges(name).ranges;
  const [sheet, address] = where!.split('!') as [string, string];
  return book.getWorksheet(sheet)!.getCell(address.replace(/\$/g, ''));
}

if (!RUN) console.warn('LibreOffice tests skipped: soffice is absent (apt-get install -y --no-install-recommends libreoffice-calc-nogui; CI installs it in .ci/run).');

describe.skipIf(!RUN)('the live workbook recalculated by LibreOffice (skipped when soffice is absent)', () => {
  const tri = evaluate(parseScenario(SCENARIO));
  /** Two councils with confirmed funding, indirect savings and savings in every tier. */
  const funded = evaluate(parseScenario(analysisScenario({ indirect: true })));
  const CASES: readonly Case[] = [
    { name: 'tri-borough', evaluation: tri, options: {} },
    { name: 'tri-borough-changed', evaluation: tri, options: {}, edits: CHANGED, expected: CHANGED_OPTIONS },
    { name: 'tri-borough-40-years-changed', evaluation: tri, options: LONG, edits: { DiscountRate: 0.05 }, expected: LONG_CHANGED },
    { name: 'funded-changed', evaluation: funded, options: {}, edits: CHANGED, expected: CHANGED_OPTIONS },
    ...OTHERS.map((name): Case => ({ name, evaluation: evaluate(parseScenario(scenario(name))), options: {} })),
  ];
  const made = new Map<string, ExcelJS.Workbook>();
  const expected = new Map<string, ExcelJS.Workbook>();
  const recalculated = new Map<string, Map<string, FormulaCell>>();
  let dir: string;

  beforeAll(async () => {
    expect(SOFFICE, 'soffice (REQUIRE_LIBREOFFICE_TESTS=1)').toBeDefined();
    dir = mkdtempSync(path.join(tmpdir(), 'ssm-xlsx-recalc-'));
    mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(path.join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    for (const c of CASES) {
      const bytes = await renderXlsx(c.evaluation, { appraisal: c.options });
      made.set(c.name, await load(bytes));
      expected.set(c.name, c.expected === undefined ? made.get(c.name)! : await load(await renderXlsx(c.evaluation, { appraisal: c.expected })));
      let file: Uint8Array | Buffer = bytes;
      if (c.edits !== undefined) {
        // The same workbook with its inputs changed, as a user would change them.
        const edited = await load(bytes);
        for (const [name, value] of Object.entries(c.edits)) named(edited, name).value = value;
        file = Buffer.from(await edited.xlsx.writeBuffer());
      }
      writeFileSync(path.join(dir, `${c.name}.xlsx`), file);
    }
    // One soffice process converts them all.
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const files = CASES.map((c) => path.join(dir, `${c.name}.xlsx`));
    execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), ...files], { stdio: 'pipe', timeout: 120_000 });
    for (const c of CASES) recalculated.set(c.name, formulaCellsOf(readFileSync(path.join(dir, 'out', `${c.name}.xlsx`))));
  }, 180_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.name, c] as const))('recalculates every formula of the %s workbook to the library\'s figure (with changed inputs, except the cells documented as keeping theirs)', (_name, c) => {
    const { wrong, followed } = differences(expected.get(c.name)!, made.get(c.name)!, recalculated.get(c.name)!, c.edits !== undefined);
    expect(wrong).toEqual([]);
    expect(formulaCells(made.get(c.name)!).size).toBeGreaterThan(20);
    if (c.edits !== undefined) expect(followed, 'cells that moved with the inputs').toBeGreaterThan(40);
    if (c.evaluation === tri || c.evaluation === funded) {
      // The total NPV against appraise() itself.
      const npv = appraise(c.evaluation, c.expected ?? c.options).total.npv;
      const unit = c.evaluation === tri ? 1e6 : 1;
      expect(recalculated.get(c.name)!.get(`Appraisal!B${summaryTotal(made.get(c.name)!)}`)!.value).toBe(Number(npv.div(unit).toString()));
    }
  });
});
