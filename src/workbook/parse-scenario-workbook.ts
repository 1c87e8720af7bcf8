import { ErrorCode, ScenarioError, formatPath, issueWithText, type InputPath, type Issue } from '../errors/index.js';
import { safeParseScenario, type ParseScenarioOptions, type Scenario } from '../model/index.js';
import { loadExcel } from './_peers.js';
import { placeText, type CellPlace, type Places } from './_places.js';
import { readWorkbook } from './_read.js';

/**
 * A problem of a scenario read from a workbook: an {@link index!Issue | Issue} whose `path` is the JSON
 * path it would have in a scenario file and whose message names the cell, `Lines!F12 (Tier): expected
 * one of "assured", "projected", "possible", found "likely"`.
 *
 * @example
 * ```ts
 * const issue: WorkbookIssue = { code: 'E_SCHEMA', path: ['lines', 0, 'tier'], expected: 'one of …', received: '"likely"', message: 'Lines!F2 (Tier): …', place: { sheet: 'Lines', cell: 'F2', heading: 'Tier' } };
 * ```
 */
export interface WorkbookIssue extends Issue {
  /** The cell it is in (or the nearest one: a row's first cell, a sheet's heading row). */
  readonly place: CellPlace;
}

/**
 * What {@link readScenarioWorkbook} gives: the scenario input as the JSON route would hold it, where each
 * of its paths came from, and the workbook's own problems (already named by cell).
 *
 * @example
 * ```ts
 * const { input, problems } = await readScenarioWorkbook(bytes);
 * ```
 */
export interface ScenarioWorkbookRead {
  readonly input: Record<string, unknown>;
  /** The cell of a JSON path (or of the nearest path above it that a cell states). */
  readonly placeOf: (path: InputPath) => CellPlace;
  readonly problems: readonly WorkbookIssue[];
}

/**
 * The result of {@link safeParseScenarioWorkbook}: the scenario (with the scenario input the workbook
 * stands for, as a scenario file would hold it), or an error listing every problem, each named by its cell.
 *
 * @example
 * ```ts
 * const r: SafeParseScenarioWorkbookResult = await safeParseScenarioWorkbook(bytes);
 * ```
 */
export type SafeParseScenarioWorkbookResult = { readonly success: true; readonly data: Scenario; readonly input: Record<string, unknown> } | { readonly success: false; readonly error: ScenarioError };

const NOT_A_WORKBOOK: CellPlace = { sheet: 'the file', cell: 'A1', heading: '' };

function placer(places: Places): (path: InputPath) => CellPlace {
  return (path) => places.find(path)?.place ?? NOT_A_WORKBOOK;
}

/** A place's text, with what is left of the path below it (inside a JSON cell, or a key of a long table). */
function placeWithRest(found: { readonly place: CellPlace; readonly rest: InputPath } | undefined): string {
  const place = found?.place ?? NOT_A_WORKBOOK;
  return `${placeText(place)}${found !== undefined && found.rest.length > 0 ? ` at ${formatPath(found.rest)}` : ''}`;
}

/** A JSON path written in a message (`read by lines[0].fte.attribution`): the scenario's tables and the steps into them. */
const PATH_IN_TEXT = /\b(partners|services|lines|costs|funding|indirect|staffing|context|published|agreements|variants|coalitions)((?:\[\d+\]|\.[A-Za-z_$][\w$]*)+)/g;

/** Text with each JSON path it names written as the cell it came from, as the analyst knows it. */
function cellsInText(text: string, places: Places): string {
  return text.replace(PATH_IN_TEXT, (whole, root: string, steps: string) => {
    const path: (string | number)[] = [root, ...[...steps.matchAll(/\[(\d+)\]|\.([A-Za-z_$][\w$]*)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!))];
    const found = places.find(path);
    return found === undefined || found.rest.length === path.length ? whole : placeWithRest(found);
  });
}

/** An issue of the JSON path `issue.path` named by its cell, with what is left of the path below a JSON cell. */
function atCell(issue: Issue, places: Places): WorkbookIssue {
  const found = places.find(issue.path);
  const place = found?.place ?? NOT_A_WORKBOOK;
  const expected = cellsInText(issue.expected, places);
  const received = cellsInText(issue.received, places);
  return { ...issue, expected, received, place, message: `${placeWithRest(found)}: expected ${expected}, found ${received}` };
}

/**
 * Reads an input workbook into the scenario input the JSON route parses, without checking it against
 * the format: for tools that want the scenario file a workbook stands for (to save it as JSON, say).
 *
 * @param bytes - the .xlsx file's bytes
 * @returns the input, the place of each path, and the workbook's own problems
 * @throws an `E_DEPENDENCY` error when exceljs is not installed
 *
 * @example
 * ```ts
 * const { input } = await readScenarioWorkbook(await scenarioWorkbookTemplate());
 * (input.partners as unknown[]).length;
 * //=> 2
 * ```
 */
export async function readScenarioWorkbook(bytes: Uint8Array): Promise<ScenarioWorkbookRead> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const issue = issueWithText(ErrorCode.SCHEMA, [], 'an .xlsx workbook (Excel 2007 or later, or saved as such by LibreOffice)', `a file exceljs cannot open (${String((error as Error)?.message ?? error).split('\n')[0]})`);
    return { input: {}, placeOf: () => NOT_A_WORKBOOK, problems: [{ ...issue, place: NOT_A_WORKBOOK, message: `the file: expected ${issue.expected}, found ${issue.received}` }] };
  }
  const read = readWorkbook(workbook);
  return { input: read.input, placeOf: placer(read.places), problems: read.problems.map((p) => ({ ...p.issue, place: p.place })) };
}

/**
 * Checks and normalises a scenario given as an input workbook, never throwing for bad input: the
 * workbook is read into the same input object a scenario file holds and checked by the same checks as
 * {@link index!safeParseScenario | safeParseScenario}. Every problem, of the workbook (an unknown sheet or heading,
 * a required column missing, a number shown rounded) and of the scenario, is named by its cell.
 *
 * @param bytes - the .xlsx file's bytes
 * @param options - bounds, as for safeParseScenario
 * @returns `{ success: true, data }` or `{ success: false, error }` whose issues are {@link WorkbookIssue}s
 * @throws an `E_DEPENDENCY` error when exceljs is not installed
 *
 * @example
 * ```ts
 * const r = await safeParseScenarioWorkbook(await scenarioWorkbookTemplate());
 * r.success;
 * //=> true
 * ```
 */
export async function safeParseScenarioWorkbook(bytes: Uint8Array, options: ParseScenarioOptions = {}): Promise<SafeParseScenarioWorkbookResult> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    const { problems } = await readScenarioWorkbook(bytes);
    return { success: false, error: new ScenarioError(problems) };
  }
  const read = readWorkbook(workbook);
  const own: WorkbookIssue[] = read.problems.map((p) => ({ ...p.issue, place: p.place }));
  const result = safeParseScenario(read.input, options);
  if (result.success && own.length === 0) return { success: true, data: result.data, input: read.input };
  // A cell that could not be read is reported once, as the workbook's problem, not again as a value missing.
  const under = (path: InputPath, prefix: InputPath): boolean => prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
  // So is a complaint that the element of such a cell lacks a value ("found nothing", "found no amount").
  const lacking = (i: Issue): boolean => /^(nothing|none|no\b.*)$/.test(i.received) && read.unread.some((u) => u.length > 1 && under(i.path, u.slice(0, -1)));
  const parseIssues = result.success ? [] : result.error.issues.filter((i) => !read.unread.some((u) => under(i.path, u)) && !lacking(i)).map((i) => atCell(i, read.places));
  return { success: false, error: new ScenarioError([...own, ...parseIssues]) };
}

/**
 * Checks and normalises a scenario given as an input workbook: the workbook counterpart of
 * {@link index!parseScenario | parseScenario}, with the same checks, each problem named by its cell.
 *
 * @param bytes - the .xlsx file's bytes (as written by {@link scenarioWorkbook}, or filled in from the template)
 * @param options - bounds, as for parseScenario
 * @returns the normalised scenario
 * @throws {@link index!ScenarioError | ScenarioError} listing every problem, each a {@link WorkbookIssue} whose message
 *   names the cell, such as `Lines!F12 (Tier): expected one of "assured", "projected", "possible", found "likely"`;
 *   an `E_DEPENDENCY` error when exceljs is not installed
 *
 * @example
 * ```ts
 * const bytes = await scenarioWorkbook(fs.readFileSync('examples/tri-borough-2011/scenario.json', 'utf8'));
 * const scenario = await parseScenarioWorkbook(bytes); // or the bytes of an .xlsx file an analyst filled in
 * scenario.partners.map((p) => p.id);
 * //=> ['hf', 'rbkc', 'cow']
 * ```
 */
export async function parseScenarioWorkbook(bytes: Uint8Array, options: ParseScenarioOptions = {}): Promise<Scenario> {
  const result = await safeParseScenarioWorkbook(bytes, options);
  if (!result.success) throw result.error;
  return result.data;
}
