import { ErrorCode, InputError, assertNever, makeIssue } from '../../errors/index.js';
import type { AppraiseOptions } from '../../appraisal/index.js';
import type { Evaluation } from '../../engine/index.js';
import { partnerHeading } from '../../model/index.js';
import { MONEY_UNITS } from '../../money/index.js';
import { buildView } from '../build-view.js';
import { VIEW_NAMES, type Report, type ViewName } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import { resolve } from '../_input.js';
import { loadPeers } from '../peers.js';
import { writePivot } from './_pivot.js';
import { writeReconciliation } from './_reconciliation.js';
import { writeMeasures } from './_measures.js';
import { writeNotes, type SheetEntry } from './_notes.js';
import { SheetWriter } from './_sheet.js';
import { fixZipTimes } from './_zip.js';
import { checkSheetSizes } from './_sheet-size.js';
import { setDocumentProperties } from './_properties.js';
import { INPUTS_SHEET, writeInputs, type InputCells } from './_inputs.js';
import { writeLiveAppraisal } from './_appraisal.js';
import { liveAppraisal, type LiveAppraisal } from './_live-appraisal.js';
import type { ReportTable } from '../report.js';
import { fromPounds, type MoneyUnit } from '../../money/index.js';

/**
 * Options for {@link renderXlsx}: the views to write and, as for the other renderers, the unit and the
 * fewest decimals (values needing more are shown with more; nothing is rounded).
 *
 * @example
 * ```ts
 * const options: RenderXlsxOptions = { views: ['partners', 'reconcile'], unit: '£000' };
 * ```
 */
export interface RenderXlsxOptions extends RenderOptions {
  /**
   * The views to write, a sheet each, in this order.
   * @defaultValue every view in {@link VIEW_NAMES} (`contributions` only where the scenario states agreements), but `cells`: its one row a cell can outgrow a sheet (1,048,576 rows), so it is written only when asked for
   */
  readonly views?: readonly ViewName[];
  /**
   * Options for the appraisal (net benefit, payback, NPV) and the caveats, as for every other format.
   * @defaultValue the scenario's own appraisal settings
   */
  readonly appraisal?: AppraiseOptions;
}

const SHEET_NAMES: Readonly<Partial<Record<string, string>>> = { reconcile: 'Reconciliation' };

function sheetName(view: string): string {
  const name = SHEET_NAMES[view] ?? view.charAt(0).toUpperCase() + view.slice(1);
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

const option = (path: readonly (string | number)[], expected: string, received: unknown): InputError => new InputError(makeIssue(ErrorCode.OPTION, path, expected, received));

/** Refuses what cannot be written before anything is: not an evaluation, unknown views or units, bad decimals. */
function check(evaluation: unknown, options: RenderXlsxOptions): readonly ViewName[] {
  const e = evaluation as Partial<Evaluation> | null;
  if (typeof e !== 'object' || e === null || typeof e.scenario !== 'object' || !('lineCells' in e) || !Array.isArray(e.positionCells)) throw option(['evaluation'], 'an evaluation from evaluate()', evaluation);
  if (typeof options !== 'object' || options === null) throw option(['options'], 'an options object', options);
  // By default every view that has something to show: the contributions only where there are agreements.
  const views = options.views ?? VIEW_NAMES.filter((v) => v !== 'cells' && (v !== 'contributions' || (e.contributions?.length ?? 0) > 0));
  if (!Array.isArray(views) || views.length === 0) throw option(['views'], 'a non-empty list of views', views);
  views.forEach((v: unknown, i) => {
    if (!(VIEW_NAMES as readonly unknown[]).includes(v)) throw option(['views', i], `one of ${VIEW_NAMES.join(', ')}`, v);
    if (views.indexOf(v as ViewName) !== i) throw option(['views', i], 'each view once', v);
  });
  if (options.unit !== undefined && !MONEY_UNITS.includes(options.unit)) throw option(['unit'], `one of ${MONEY_UNITS.join(', ')}`, options.unit);
  for (const key of ['decimals', 'fteDecimals'] as const) {
    const d = options[key];
    if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 15)) throw option([key], 'a whole number of decimals from 0 to 15', d);
  }
  return views;
}

/** The live appraisal and where its inputs are, when the workbook has them. */
interface Live {
  readonly appraisal: LiveAppraisal;
  readonly inputs: InputCells;
  readonly evaluation: Evaluation;
}

/** Writes one table at the writer's row, registering the reconciliation's area for its freeze and filter. */
function writeTable(w: SheetWriter, table: ReportTable, ctx: ReturnType<typeof resolve>['ctx'], partners: ReadonlySet<string>): void {
  switch (table.kind) {
    case 'reconciliation': {
      // A title row, a header row, then a row per figure.
      const header = w.row + 1;
      writeReconciliation(w, table);
      w.table({ header, lastRow: header + table.rows.length, firstColumn: 1, lastColumn: w.sheet.getRow(header).cellCount });
      break;
    }
    case 'measures':
      writeMeasures(w, table, ctx, partners);
      break;
    case 'pivot':
      writePivot(w, table, ctx);
      break;
    default:
      assertNever(table, 'table');
  }
}

/**
 * Writes one view on its own sheet: the scenario and view as a heading, each table, then the view's notes.
 * The appraisal, where the workbook is live, is written by {@link writeLiveAppraisal}: its summary, the
 * total's and each partner's cash flows as formulas over the Inputs sheet, the view's other tables as
 * they are.
 */
function writeView(w: SheetWriter, report: Report, partners: ReadonlySet<string>, options: RenderXlsxOptions, live: Live | undefined): void {
  const { ctx } = resolve(report, options, 'data');
  w.text(w.row, 1, `${report.title}: ${report.view}`, { bold: true, size: 14 }, false);
  w.row += 2;
  if (report.view === 'appraisal' && live !== undefined) {
    const s = live.evaluation.scenario;
    const names = new Map(s.partners.map((p) => [p.id, partnerHeading(p)]));
    // The view's tables: the summary, the total's cash flows, the one-off costs, then each partner's cash flows.
    const others = report.tables.slice(2, report.tables.length - s.partners.length);
    const quantum = fromPounds(s.settings.quantum, ctx.unit);
    writeLiveAppraisal(w, live.appraisal, names, ctx.unit, ctx.decimals, quantum, live.inputs, () => others.forEach((t) => writeTable(w, t, ctx, partners)));
  } else {
    for (const table of report.tables) writeTable(w, table, ctx, partners);
  }
  if (report.notes.length > 0) {
    w.text(w.row, 1, 'Notes', { bold: true }, false);
    w.row += 1;
    for (const note of report.notes) {
      w.text(w.row, 1, note, {}, false);
      w.row += 1;
    }
  }
  w.finish();
}

/**
 * The Inputs sheet and the live appraisal, or undefined where the appraisal cannot be live (an amount a
 * spreadsheet number cannot hold exactly): the Appraisal sheet is then written as figures, as every other
 * table.
 */
function liveWorkbook(workbook: import('exceljs').Workbook, evaluation: Evaluation, options: RenderXlsxOptions, unit: MoneyUnit): Live | undefined {
  const appraisal = liveAppraisal(evaluation, options.appraisal ?? {}, unit);
  if (appraisal === null) return undefined;
  const inputs = writeInputs(new SheetWriter(workbook.addWorksheet(INPUTS_SHEET)), appraisal.appraisal, unit, fromPounds(evaluation.scenario.settings.quantum, unit));
  return { appraisal, inputs, evaluation };
}

/**
 * Writes an evaluation as an Excel workbook (.xlsx): a Notes sheet (title, source, conventions,
 * caveats, reconciliation counts, which cells are formulas), an Inputs sheet where the appraisal is
 * among the views, then a sheet per view. Each table has a title row with its unit, a header row, data
 * rows, and a Total row and Total column where the dimensions add.
 *
 * Money is written as numbers in £ formats (`"£"#,##0.00`, `#,##0` under a £000 heading,
 * `"£"#,##0.000"m"`), FTE as numbers to at least 2 decimals, each the library's exact value, which the
 * spreadsheet number holds exactly (an amount it could not hold, of more than 15 significant digits, is
 * written as its exact text, and the totals of its table as figures, not formulas). Every total of a
 * pivot table (row, column and grand) is a `SUM` formula over exactly the cells of its row or column (or
 * the whole table), stored with the library's exact total as its result; a total in a table of measures
 * is a `SUM` wherever it is exactly the sum of its cells, and otherwise (a ratio) the view's value.
 * Unquantified costs and funding appear as caveats, never as zero.
 *
 * The appraisal is live. The Inputs sheet holds its options as named cells (`DiscountRate`, the
 * discount rate of every year and the factors they make, `RiskWeightAssured`, `RiskWeightProjected`,
 * `RiskWeightPossible`, `OptimismBias`, `Mitigation`, `CostUplift`); on the Appraisal sheet benefits
 * (each tier's savings × its weight), costs (× the uplift), net benefit, the cumulative position, the
 * discount factors, each present value before rounding, every total, the total NPV and PV of benefits
 * (rounded half-up to the quantum, as the library rounds them) and each PV of costs and benefit–cost
 * ratio are formulas, whose stored results are the library's figures and which Excel and LibreOffice
 * recalculate to them. Each partner's rounded present values stay the library's figures: it rounds the
 * whole grid of partners and years at once (largest remainder), which no spreadsheet formula reproduces,
 * so with an input changed they, and the partners' NPVs over them, keep their figures while everything
 * unrounded and the total NPV follow. The workbook's Notes sheet and `docs/workbook-output.md` list
 * which cells are which. Where an amount has more digits than a spreadsheet number holds, the appraisal
 * is written as figures and there is no Inputs sheet.
 *
 * Each sheet of one table freezes its header rows (a sheet of several, its label column); the longest
 * table of 20 rows or more has an auto filter; every sheet prints on A4, fitted to the page width,
 * landscape where it is wide, repeating the header row of a sheet of one table on every page. The same
 * input gives the same bytes: the workbook's dates are fixed and the zip entries' times set to 1980-01-01.
 *
 * Text (names, titles, notes) is only ever a string cell, never a formula, however it begins
 * (`=cmd|' /C calc'!A0` is stored as those characters); the only formulas are those above, made of cell
 * references, the Inputs sheet's names, SUM, SUMPRODUCT and ROUND. A character XML cannot hold (a
 * control character, U+FFFE, a lone surrogate) is written as the standard escape `_xHHHH_` and a literal
 * `_x` as `_x005F_x`, so every part of the file is well-formed and Excel shows the text as given. Text
 * longer than a cell holds (32,767 characters) is cut, and the cell says so.
 *
 * @param evaluation - from {@link index!evaluate | evaluate}
 * @param options - the views (default all), unit and decimals, appraisal options
 * @returns the .xlsx file's bytes
 * @throws {@link index!InputError | InputError} (`E_OPTION`) for something that is not an evaluation, or an unknown view
 *   or unit, or decimals outside 0–15; (`E_AMOUNT`) for an amount a spreadsheet number cannot hold
 *   exactly (more than 15 significant digits); (`E_OPTION`) for appraisal options that cannot be used;
 *   (`E_LIMIT`) for a view whose sheet would not fit a worksheet (1,048,576 rows by 16,384 columns),
 *   found before the workbook is begun.
 *   Nothing is written in any case.
 *
 * @example
 * ```ts
 * const bytes = await renderXlsx(evaluate(parseScenario(json)), { views: ['partners', 'reconcile'] });
 * await writeFile('tri-borough.xlsx', bytes); // in the caller: the library does no I/O
 * ```
 */
export async function renderXlsx(evaluation: Evaluation, options: RenderXlsxOptions = {}): Promise<Uint8Array> {
  const views = check(evaluation, options);
  const reports = views.map((v) => buildView(evaluation, v, options.appraisal === undefined ? {} : { appraisal: options.appraisal }));
  checkSheetSizes(reports, sheetName);
  const unit = options.unit ?? evaluation.scenario.settings.unit;
  const [{ default: ExcelJS }] = await loadPeers('an xlsx workbook', ['exceljs']);
  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, evaluation.scenario.title);

  const notes = new SheetWriter(workbook.addWorksheet('Notes'));
  const entries: SheetEntry[] = reports.map((r) => ({ name: sheetName(r.view), tables: r.tables.map((t) => t.title) }));
  const partners = new Set(evaluation.scenario.partners.map((p) => p.id));
  const live = views.includes('appraisal') ? liveWorkbook(workbook, evaluation, options, unit) : undefined;
  reports.forEach((report, i) => writeView(new SheetWriter(workbook.addWorksheet(entries[i]!.name)), report, partners, options, live));
  writeNotes(notes, evaluation, unit, entries, options.appraisal, live !== undefined);
  notes.finish({ 1: 28, 2: 100 });

  const written = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(written as ArrayBuffer));
}
