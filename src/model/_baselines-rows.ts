import { ErrorCode, assertNever, makeIssue, issueWithText, type Issue } from '../errors/index.js';
import { tryParseAmount } from '../money/index.js';
import { BUDGET_BASES, MEASURES, RESERVED_IDS } from '../schema/index.js';
import type { AttributionRuleInput } from '../schema/index.js';
import type { CsvRecord } from './_csv.js';

/** The columns a baselines file may have, in the order the documentation lists them. */
const REQUIRED = ['service', 'budget', 'position', 'partner', 'amount'] as const;
const OPTIONAL = ['service_name', 'budget_name', 'measure', 'basis', 'fund', 'controllable', 'attribution'] as const;
export const COLUMNS = [...REQUIRED, ...OPTIONAL] as const;
export type Column = (typeof COLUMNS)[number];
type OptionalColumn = (typeof OPTIONAL)[number];
const isIn = (list: readonly string[], text: string): boolean => list.includes(text);
const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Which field of a record each column is in. */
export type ColumnIndex = Partial<Record<Column, number>>;

/** Where a problem is: the file, the row as a spreadsheet numbers it, and the column if one. */
export type Place = (row: number, column?: string) => (string | number)[];

/** The word a row uses in `partner` for a figure of the whole partnership. */
export const COMBINED = 'combined';

/** One row's readable cells; a cell that could not be read is absent (its problem is already listed). */
export interface BaselineRow {
  readonly row: number;
  /** The row names a service only (budget, position, partner and amount empty): a service with no budgets. */
  readonly serviceOnly: boolean;
  readonly service?: string;
  readonly budget?: string;
  readonly position?: 'starting' | 'closing';
  readonly partner?: string;
  /** The amount exactly as written: checked with the library's amount parser, never converted. */
  readonly amount?: string;
  /** Optional cells: `null` when the cell is empty (the default applies), absent when unreadable. */
  readonly optional: Partial<Record<Column, string | boolean | AttributionRuleInput | null>>;
}

/**
 * Maps the header's column names (matched without regard to case) to their places. Unknown, repeated and
 * missing columns are listed; `undefined` when a required column is missing, as no row can then be read.
 */
export function readHeader(header: CsvRecord, place: Place, issues: Issue[]): ColumnIndex | undefined {
  const index: ColumnIndex = {};
  header.fields.forEach((raw, i) => {
    const name = raw.toLowerCase() as Column;
    if (!(COLUMNS as readonly string[]).includes(name)) {
      const found = raw === '' ? `an unnamed column (column ${i + 1})` : `an unknown column ${JSON.stringify(raw)}`;
      issues.push(issueWithText('E_UNKNOWN_KEY', place(1), `only the columns ${COLUMNS.join(', ')}`, found));
    } else if (index[name] !== undefined) issues.push(issueWithText('E_CONFLICT', place(1, name), 'each column once', `${JSON.stringify(raw)} again in column ${i + 1}`));
    else index[name] = i;
  });
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  for (const c of missing) issues.push(issueWithText('E_MISSING', place(1), `a column named "${c}"`, 'no such column in the header'));
  return missing.length === 0 ? index : undefined;
}

function idProblem(text: string): string | undefined {
  if (!ID.test(text)) return 'an id: a letter, then letters, digits, "-" or "_"';
  return RESERVED_IDS.includes(text) ? 'an id other than __proto__, constructor or prototype' : undefined;
}

/** Reads a non-empty `attribution` cell: only the two rules a cell can state without ambiguity. */
function attributionOf(text: string): AttributionRuleInput | undefined {
  if (text === 'equal') return { rule: 'equal' };
  const metric = /^metric:(.*)$/.exec(text)?.[1];
  return metric !== undefined && idProblem(metric) === undefined ? { rule: 'metric', metric } : undefined;
}

/** Reads one optional cell, or says what it should have held. */
function optionalCell(column: OptionalColumn, text: string): { value: string | boolean | AttributionRuleInput } | { expected: string } {
  switch (column) {
    case 'measure':
      return isIn(MEASURES, text) ? { value: text } : { expected: `one of ${MEASURES.join(', ')} (or empty: money)` };
    case 'basis':
      return isIn(BUDGET_BASES, text) ? { value: text } : { expected: `one of ${BUDGET_BASES.join(', ')} (or empty: net)` };
    case 'controllable': {
      // Spreadsheets write booleans as TRUE and FALSE: the case is the only thing let go.
      const word = text.toLowerCase();
      return word === 'true' || word === 'false' ? { value: word === 'true' } : { expected: 'true or false (or empty)' };
    }
    case 'attribution': {
      const rule = attributionOf(text);
      return rule !== undefined ? { value: rule } : { expected: 'equal or metric:<metric-id>; state any other rule in the scenario JSON' };
    }
    case 'service_name':
    case 'budget_name':
    case 'fund':
      return { value: text };
    default:
      return assertNever(column, 'column');
  }
}

/** Reads the cells of one record, listing each problem with its row and column. */
export function readRow(record: CsvRecord, index: ColumnIndex, place: Place, issues: Issue[]): BaselineRow {
  const { row, fields } = record;
  const cell = (c: Column): string | undefined => (index[c] === undefined ? undefined : fields[index[c]!]);
  const problem = (c: Column, expected: string, found: string): undefined => void issues.push(makeIssue(c === 'amount' ? ErrorCode.AMOUNT : 'E_SCHEMA', place(row, c), expected, found));
  // Each required cell: what it holds when empty is named in words, and any other text is checked.
  const required = (c: Column, what: string, check: (text: string) => string | undefined): string | undefined => {
    const text = cell(c)!;
    if (text === '') return void issues.push(issueWithText('E_MISSING', place(row, c), `${what} (required)`, 'an empty cell'));
    const expected = check(text);
    return expected === undefined ? text : problem(c, expected, text);
  };
  const service = required('service', 'a service id', idProblem);
  if ((['budget', 'position', 'partner', 'amount'] as const).every((c) => cell(c) === '')) {
    const used = OPTIONAL.filter((c) => c !== 'service_name' && (cell(c) ?? '') !== '');
    for (const c of used) issues.push(makeIssue('E_SCHEMA', place(row, c), 'an empty cell: a row without a budget names a service only', cell(c)));
    const name = cell('service_name');
    return { row, serviceOnly: true, service, optional: name === undefined ? {} : { service_name: name === '' ? null : name } };
  }
  const budget = required('budget', 'a budget id', idProblem);
  const position = required('position', 'starting or closing', (t) => (t === 'starting' || t === 'closing' ? undefined : 'starting or closing')) as BaselineRow['position'];
  const partner = required('partner', `a partner id, or "${COMBINED}"`, (t) => (t === COMBINED ? undefined : idProblem(t) === undefined ? undefined : `a partner id, or "${COMBINED}"`));
  const amount = required('amount', 'an amount', (t) => (tryParseAmount(t) === undefined ? 'a decimal amount such as "1234.56"' : undefined));
  const optional: BaselineRow['optional'] = {};
  for (const c of OPTIONAL) {
    const text = cell(c);
    if (text === undefined) continue;
    if (text === '') optional[c] = null;
    else {
      const read = optionalCell(c, text);
      if ('value' in read) optional[c] = read.value;
      else problem(c, read.expected, text);
    }
  }
  if (optional.attribution && !(position === 'closing' && partner === COMBINED)) {
    issues.push(makeIssue('E_SCHEMA', place(row, 'attribution'), 'an empty cell: only a combined closing row is apportioned by a rule', cell('attribution')));
    delete optional.attribution;
  }
  return { row, serviceOnly: false, service, budget, position, partner, amount, optional };
}
