import type { InputPath } from '../errors/index.js';
import type { ServicesInput } from '../model/index.js';

/** A cell of a CSV file: its row as a spreadsheet numbers it (the header is row 1) and its column's name. */
export interface CsvCell {
  readonly row: number;
  readonly column: string;
}

/**
 * The records of CSV text that `parseBaselinesCsv` has already accepted, numbered as it numbers them:
 * one per line break outside quotes, empty ones included. No checks: the text is known to be good.
 */
function records(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const out: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let atStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && atStart) {
      // A quoted field: up to the quote that is not doubled, each doubled quote standing for one.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          field += text.slice(j);
          i = text.length;
          break;
        }
        field += text.slice(j, q);
        if (text[q + 1] !== '"') {
          i = q + 1;
          break;
        }
        field += '"';
        j = q + 2;
      }
      atStart = false;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      atStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      out.push(fields);
      fields = [];
      field = '';
      atStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      atStart = false;
      i++;
    }
  }
  if (fields.length > 0 || field !== '') out.push([...fields, field]);
  return out;
}

const CELLS: Readonly<Record<string, string>> = { id: 'budget', name: 'budget_name', measure: 'measure', basis: 'basis', fund: 'fund', controllable: 'controllable' };

/**
 * Where each value of the services a baselines CSV file gave came from, so that a problem the scenario's
 * check finds at `services[2].budgets[0].starting.xx` is reported at the file's row and column. `text`
 * is the file's text and `services` what `parseBaselinesCsv` read from it.
 */
export function csvPlaces(text: string, services: ServicesInput): (path: InputPath, code: string) => CsvCell | undefined {
  const all = records(text);
  const start = all.findIndex((r) => r.some((f) => f !== ''));
  const header = (all[start] ?? []).map((name) => name.toLowerCase());
  const rows = all.flatMap((fields, i) => (i > start && fields.some((f) => f !== '') ? [{ row: i + 1, cell: (c: string) => fields[header.indexOf(c)] ?? '' }] : []));
  type Row = (typeof rows)[number];
  const first = (where: (r: Row) => boolean): number | undefined => rows.find(where)?.row;
  return (path, code) => {
    const [root, s, part, b, key, partner] = path;
    const service = typeof s === 'number' ? services[s] : undefined;
    if (root !== 'services' || service === undefined) return undefined;
    const ofService = (r: Row): boolean => r.cell('service') === service.id;
    if (part === undefined || part === 'id') return at(first(ofService), 'service');
    if (part === 'name') return at(first((r) => ofService(r) && r.cell('service_name') !== '') ?? first(ofService), 'service_name');
    const budget = part === 'budgets' && typeof b === 'number' ? service.budgets?.[b] : undefined;
    if (budget === undefined) return at(first(ofService), 'service');
    const ofBudget = (r: Row): boolean => ofService(r) && r.cell('budget') === budget.id;
    const column = typeof key === 'string' ? CELLS[key] : undefined;
    if (key === undefined || column !== undefined) return at(first((r) => ofBudget(r) && column !== undefined && r.cell(column) !== '') ?? first(ofBudget), column ?? 'budget');
    if (key !== 'starting' && key !== 'closing') return at(first(ofBudget), 'budget');
    const ofPosition = (r: Row): boolean => ofBudget(r) && r.cell('position') === key;
    if (partner === 'attribution') return at(first((r) => ofPosition(r) && r.cell('attribution') !== ''), 'attribution');
    const row = typeof partner === 'string' ? first((r) => ofPosition(r) && r.cell('partner') === partner) : undefined;
    // The row of that partner is there: its id is unknown (the partner cell) or its amount is wrong.
    if (row !== undefined) return at(row, /UNKNOWN|DUPLICATE|RESERVED/.test(code) ? 'partner' : 'amount');
    // No row of that partner (one is missing): the position's rows, where it would go.
    return at(first(ofPosition), 'partner') ?? at(first(ofBudget), 'position');
  };
}

const at = (row: number | undefined, column: string): CsvCell | undefined => (row === undefined ? undefined : { row, column });
