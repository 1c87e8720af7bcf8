import { ScenarioError } from '../errors/index.js';
import { safeParseScenario } from '../model/index.js';
import { scenarioSchema, type ScenarioInput } from '../schema/index.js';
import { loadExcel } from './_peers.js';
import { writeWorkbook } from './_write.js';
import { fixZipTimes, setDocumentProperties } from '../report/index.js';
import { TEMPLATE } from './_template.js';


/**
 * Writes a scenario as an input workbook (.xlsx): a README sheet explaining each sheet and column, a
 * Settings sheet, and a sheet per table of the scenario (Partners, Metrics, Services, Budgets, Lines,
 * Phasing, Costs, Funding, Indirect, Staffing, Context, Published, Agreements, Variants, Coalitions, and
 * the long tables of per-partner figures), with drop-down lists for tiers, kinds, categories, rules and
 * partner ids. Defaults are written out (every line's tier, category and fund). Amounts are numbers in a
 * format that shows every decimal they have (or text, past 15 significant digits), so that
 * {@link parseScenarioWorkbook} reads back the same scenario. The same scenario gives the same bytes.
 *
 * @param scenario - the scenario file, as JSON text or as a parsed object; it is checked first
 * @returns the .xlsx file's bytes
 * @throws {@link index!ScenarioError | ScenarioError} when the scenario is not valid (its issues name each path);
 *   an `E_DEPENDENCY` error when exceljs is not installed
 *
 * @example
 * ```ts
 * const json = fs.readFileSync('examples/tri-borough-2011/scenario.json', 'utf8');
 * const bytes = await scenarioWorkbook(json);
 * (await parseScenarioWorkbook(bytes)).partners.length;
 * //=> 3
 * ```
 */
export async function scenarioWorkbook(scenario: ScenarioInput | string): Promise<Uint8Array> {
  const checked = safeParseScenario(scenario);
  if (!checked.success) throw checked.error;
  // The input passed every check, so JSON.parse reads the text as the checked reader did.
  const input: unknown = typeof scenario === 'string' ? JSON.parse(scenario) : scenario;
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioError([]);
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  setDocumentProperties(workbook, parsed.data.title);
  writeWorkbook(workbook, parsed.data as unknown as Record<string, unknown>);
  const written = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(written as ArrayBuffer));
}

/**
 * Writes the blank input workbook: every sheet with its headings, drop-down lists and one worked row (a
 * small two-partner case that validates and reports), for an analyst to fill in.
 *
 * @returns the .xlsx file's bytes
 * @throws an `E_DEPENDENCY` error when exceljs is not installed
 *
 * @example
 * ```ts
 * const bytes = await scenarioWorkbookTemplate();
 * (await parseScenarioWorkbook(bytes)).title;
 * //=> 'A worked example: two councils share an HR team'
 * ```
 */
export async function scenarioWorkbookTemplate(): Promise<Uint8Array> {
  return scenarioWorkbook(TEMPLATE);
}
