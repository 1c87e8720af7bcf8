import { ErrorCode, InputError, issueWithText, type Issue } from '../errors/index.js';
import type { ScenarioInput } from '../schema/index.js';
import { readCsv } from './_csv.js';
import { COMBINED, readHeader, readRow, type BaselineRow, type Column, type Place } from './_baselines-rows.js';

/**
 * The `services` of a scenario file in the file's own input shape: what {@link parseBaselinesCsv}
 * returns, ready to be put into a scenario before it is parsed.
 *
 * @example
 * ```ts
 * const services: ServicesInput = [{ id: 'yot', name: 'Youth Offending Team', budgets: [] }];
 * ```
 */
export type ServicesInput = NonNullable<ScenarioInput['services']>;

/**
 * Options for {@link parseBaselinesCsv}.
 *
 * @example
 * ```ts
 * const options: ParseBaselinesCsvOptions = { file: 'tri-borough/baselines.csv' };
 * ```
 */
export interface ParseBaselinesCsvOptions {
  /**
   * The file's name, the first part of every problem's path.
   * @defaultValue `'baselines.csv'`
   */
  readonly file?: string;
}

type Budget = ServicesInput[number]['budgets'] extends (infer B)[] | undefined ? B : never;
type Amounts = Record<string, string>;

/** The columns every row of one budget (or of one service) must agree on. */
const BUDGET_COLUMNS: readonly Column[] = ['budget_name', 'measure', 'basis', 'fund', 'controllable'];

/** What is known of a budget so far: its first row, the rows of its columns, its two positions. */
interface Gathered {
  readonly service: string;
  readonly first: BaselineRow;
  readonly positions: Record<'starting' | 'closing', { combined?: BaselineRow; partners: Map<string, BaselineRow> }>;
  /** A row of the budget has an unreadable position, partner or amount: a missing starting row may be that row. */
  incomplete: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown): string => (v === null || v === undefined ? 'an empty cell' : typeof v === 'object' ? JSON.stringify(v) : JSON.stringify(String(v)));

/**
 * Reads service baselines from a CSV file, as analysts keep them in spreadsheets. The file is long and
 * tidy: a header row, then one row per budget × position × partner, with the columns `service`,
 * `budget`, `position` (`starting` or `closing`), `partner` (a partner id, or `combined` for a figure of
 * the whole partnership) and `amount`, and optionally `service_name`, `budget_name`, `measure`, `basis`,
 * `fund`, `controllable` and, on a combined closing row only, `attribution` (`equal` or
 * `metric:<metric-id>`). Column names are matched without regard to case, in any order. Empty rows are
 * skipped. Services, budgets and partners keep the order of their first rows.
 *
 * Amounts are kept as the exact text given (checked with the library's amount parser): the result is the
 * `services` array of a scenario file, which {@link parseScenario} then checks against the partners.
 *
 * @param text - the CSV text (UTF-8; a byte-order mark is dropped; CRLF or LF line breaks)
 * @param options - the file name used in problem paths
 * @returns the services, in the scenario file's input shape
 * @throws {@link InputError} with code `E_CSV`, listing every problem, each with a path such as
 *   `['baselines.csv', 4, 'amount']` (the row as a spreadsheet numbers it: the header is row 1)
 *
 * @example
 * ```ts
 * parseBaselinesCsv('service,budget,position,partner,amount\nyot,yot-staffing,starting,hf,1.218\n');
 * //=> [{ id: 'yot', name: 'yot', budgets: [{ id: 'yot-staffing', name: 'yot-staffing', starting: { hf: '1.218' } }] }]
 * ```
 */
export function parseBaselinesCsv(text: string, options: ParseBaselinesCsvOptions = {}): ServicesInput {
  const file = options.file ?? 'baselines.csv';
  const place: Place = (row, column) => (column === undefined ? [file, row] : [file, row, column]);
  const issues: Issue[] = [];
  const { records, problems } = readCsv(text);
  for (const p of problems) issues.push(issueWithText(ErrorCode.CSV, place(p.row), p.expected, p.found));
  // Empty rows are skipped wherever they are, even above the header, as a spreadsheet user would expect.
  const [header, ...filled] = records.filter((r) => r.broken === true || r.fields.some((f) => f !== ''));
  if (header === undefined) {
    issues.push(issueWithText(ErrorCode.CSV, [file], 'a header row naming the columns service, budget, position, partner, amount', 'an empty file'));
  } else if (filled.length === 0 && header.broken !== true) {
    issues.push(issueWithText(ErrorCode.CSV, [file], 'at least one row of baselines below the header', 'only the header'));
  }
  const index = header === undefined || header.broken === true ? undefined : readHeader(header, place, issues);
  const rows: BaselineRow[] = [];
  if (index !== undefined && header !== undefined) {
    for (const record of filled) {
      if (record.broken === true) continue;
      if (record.fields.length !== header.fields.length) {
        const n = header.fields.length;
        issues.push(issueWithText(ErrorCode.CSV, place(record.row), `${n} field${n === 1 ? '' : 's'}, one per column of the header`, `${record.fields.length}`));
      } else rows.push(readRow(record, index, place, issues));
    }
  }
  const services = assemble(rows, place, issues);
  if (issues.length > 0) throw new InputError(issues, { code: ErrorCode.CSV });
  return services;
}

/** Groups the rows into services and budgets, listing every row that contradicts an earlier one. */
function assemble(rows: readonly BaselineRow[], place: Place, issues: Issue[]): ServicesInput {
  const services = new Map<string, { first: BaselineRow; budgets: string[] }>();
  const budgets = new Map<string, Gathered>();
  const agree = (row: BaselineRow, first: BaselineRow, column: Column): void => {
    const value = row.optional[column];
    const earlier = first.optional[column];
    if (value === undefined || earlier === undefined || same(value, earlier)) return;
    issues.push(issueWithText('E_CONFLICT', place(row.row, column), `${shown(earlier)}, as row ${first.row} gives for ${column === 'service_name' ? `service "${first.service}"` : `budget "${first.budget}"`}`, shown(value)));
  };
  for (const row of rows) {
    const { service, budget, position, partner, amount } = row;
    if (service === undefined) continue;
    const known = services.get(service);
    if (known === undefined) services.set(service, { first: row, budgets: [] });
    else agree(row, known.first, 'service_name');
    if (budget === undefined || row.serviceOnly) continue;
    let gathered = budgets.get(budget);
    if (gathered === undefined) {
      gathered = { service, first: row, incomplete: false, positions: { starting: { partners: new Map() }, closing: { partners: new Map() } } };
      budgets.set(budget, gathered);
      services.get(service)!.budgets.push(budget);
    } else if (gathered.service !== service) {
      issues.push(issueWithText('E_CONFLICT', place(row.row, 'service'), `"${gathered.service}", the service of budget "${budget}" on row ${gathered.first.row}`, JSON.stringify(service)));
      continue;
    } else for (const c of BUDGET_COLUMNS) agree(row, gathered.first, c);
    if (position === undefined || partner === undefined || amount === undefined) {
      gathered.incomplete = true;
      continue;
    }
    const at = gathered.positions[position];
    const earlier = partner === COMBINED ? (at.combined ?? at.partners.values().next().value) : (at.partners.get(partner) ?? at.combined);
    if (earlier === undefined) {
      if (partner === COMBINED) at.combined = row;
      else at.partners.set(partner, row);
      continue;
    }
    const expected =
      earlier.partner === partner
        ? `one ${position} row for ${partner === COMBINED ? 'the combined figure' : `partner "${partner}"`} of budget "${budget}"`
        : `the ${position} position of budget "${budget}" either per partner or combined: row ${earlier.row} gives it ${earlier.partner === COMBINED ? 'combined' : 'per partner'}`;
    issues.push(issueWithText(earlier.partner === partner ? 'E_DUPLICATE_ID' : 'E_CONFLICT', place(row.row, 'partner'), expected, earlier.partner === partner ? `a second one (the first is row ${earlier.row})` : JSON.stringify(partner)));
  }
  const out: ServicesInput = [];
  for (const [id, { first, budgets: ids }] of services) {
    const name = first.optional.service_name;
    out.push({ id, name: typeof name === 'string' ? name : id, budgets: ids.map((b) => budgetOf(b, budgets.get(b)!, place, issues)) });
  }
  return out;
}

/** A budget in the file's input shape: only the columns given, amounts as written. */
function budgetOf(id: string, gathered: Gathered, place: Place, issues: Issue[]): Budget {
  const o = gathered.first.optional;
  const amounts = (p: Gathered['positions']['starting']): Amounts | undefined => {
    if (p.combined !== undefined) return { combined: p.combined.amount! };
    if (p.partners.size === 0) return undefined;
    return Object.fromEntries([...p.partners].map(([partner, row]) => [partner, row.amount!]));
  };
  const starting = amounts(gathered.positions.starting);
  if (starting === undefined && !gathered.incomplete) issues.push(issueWithText('E_MISSING', place(gathered.first.row, 'position'), `a starting row for budget "${id}"`, 'closing rows only'));
  const closing = amounts(gathered.positions.closing);
  const rule = gathered.positions.closing.combined?.optional.attribution;
  return {
    id,
    name: typeof o.budget_name === 'string' ? o.budget_name : id,
    ...(typeof o.measure === 'string' ? { measure: o.measure as Budget['measure'] } : {}),
    ...(typeof o.basis === 'string' ? { basis: o.basis as Budget['basis'] } : {}),
    ...(typeof o.controllable === 'boolean' ? { controllable: o.controllable } : {}),
    ...(typeof o.fund === 'string' ? { fund: o.fund } : {}),
    starting: starting ?? {},
    ...(closing === undefined ? {} : { closing: rule ? { ...closing, attribution: rule } : closing }),
  } as Budget;
}
