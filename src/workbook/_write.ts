import type { DataValidation, Workbook, Worksheet } from 'exceljs';

/** exceljs keeps a sheet's validations by range, though its types do not say so. */
type WithValidations = Worksheet & { readonly dataValidations: { add(range: string, validation: DataValidation): void } };
import { writeCell } from './_cells.js';
import { layout, type Column, type SheetLayout } from './_columns.js';
import { JSON_FALLBACKS, README_SHEET, SETTINGS_SHEET, type Step, type ValueColumn } from './_layout.js';
import { columnLetters } from './_places.js';
import { readmeRows } from './_readme.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root;
  for (const key of path) {
    if ((!isObj(at) && !Array.isArray(at)) || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Obj)[key];
  }
  return at;
}

/** One element a sheet's steps reach: the element and the cells of its step columns. */
interface Reached {
  readonly value: unknown;
  readonly stepCells: ReadonlyMap<number, unknown>;
}

function reach(root: unknown, steps: readonly Step[]): Reached[] {
  let out: Reached[] = [{ value: root, stepCells: new Map() }];
  steps.forEach((step, i) => {
    out = out.flatMap((r): Reached[] => {
      if ('prop' in step) {
        const v = getAt(r.value, [step.prop]);
        return v === undefined ? [] : [{ value: v, stepCells: r.stepCells }];
      }
      const list = Array.isArray(r.value) ? r.value : [];
      return list.map((e, n) => {
        if ('row' in step) return { value: e, stepCells: r.stepCells };
        const cell = 'number' in step ? n + 1 : isObj(e) ? e[step.by] : undefined;
        return { value: e, stepCells: new Map([...r.stepCells, [i, cell]]) };
      });
    });
  });
  return out;
}

/** Whether a budget's position is per partner (not `{ combined }` nor `{ agreement, year }`). */
const perPartner = (v: unknown): boolean => isObj(v) && !('combined' in v) && !('agreement' in v);

/** The rows of a long table under one element: each binding of its keys, with each value column's value. */
function longRows(element: unknown, keyColumns: readonly Column[], values: readonly ValueColumn[]): { keys: Map<string, string | undefined>; values: Map<ValueColumn, unknown> }[] {
  const rows = new Map<string, { keys: Map<string, string | undefined>; values: Map<ValueColumn, unknown> }>();
  const allowed = (heading: string): readonly string[] | undefined => keyColumns.find((k) => k.heading === heading)?.values;
  const optional = (heading: string): boolean => keyColumns.find((k) => k.heading === heading)?.required === false;
  for (const value of values) {
    const walk = (at: unknown, i: number, bound: Map<string, string | undefined>): void => {
      if (i === value.path.length) {
        if (at === undefined || isObj(at) || Array.isArray(at)) return;
        const id = JSON.stringify([...bound]);
        if (!rows.has(id)) rows.set(id, { keys: new Map(bound), values: new Map() });
        rows.get(id)!.values.set(value, at);
        return;
      }
      const seg = value.path[i]!;
      if (typeof seg === 'string') return walk(getAt(at, [seg]), i + 1, bound);
      if (isObj(at) && Object.keys(at).length === 0 && optional(seg.key)) {
        // Values by year with no year stated: a row whose year and value are blank.
        const id = JSON.stringify([...bound, [seg.key, undefined]]);
        if (!rows.has(id)) rows.set(id, { keys: new Map([...bound, [seg.key, undefined]]), values: new Map() });
        return;
      }
      if (!isObj(at) || (value.keyed === 'positions' && !perPartner(at))) {
        // An optional key left blank: the value is stated once.
        if (optional(seg.key) && at !== undefined && !isObj(at)) walk(at, i + 1, new Map([...bound, [seg.key, undefined]]));
        return;
      }
      for (const [k, v] of Object.entries(at)) {
        const words = allowed(seg.key);
        if (words !== undefined && !words.includes(k)) continue;
        walk(v, i + 1, new Map([...bound, [seg.key, k]]));
      }
    };
    walk(element, 0, new Map());
  }
  return [...rows.values()];
}

/** Sets a cell to a value of a kind, with the number format that shows it exactly. */
function put(ws: Worksheet, r: number, c: number, column: Pick<Column, 'kind'>, value: unknown): void {
  if (value === undefined) return;
  const written = writeCell(column.kind, value);
  const cell = ws.getRow(r).getCell(c);
  cell.value = written.value;
  if (written.numFmt !== undefined) cell.numFmt = written.numFmt;
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Validation lists: allowed words, partner ids, ids of the parent sheet. */
function validate(ws: Worksheet, sheets: readonly SheetLayout[], columns: readonly Column[], lastRow: number): void {
  const partners = sheets.find((s) => s.spec.name === 'Partners')!;
  const idColumn = (sheet: string, heading: string): string | undefined => {
    const s = sheets.find((x) => x.spec.name === sheet);
    const n = s?.columns.findIndex((k) => k.heading === heading) ?? -1;
    return s === undefined || n < 0 ? undefined : `${quoteSheet(sheet)}!$${columnLetters(n + 1)}$2:$${columnLetters(n + 1)}$${REFERENCED_ROWS}`;
  };
  columns.forEach((column, i) => {
    let formula: string | undefined;
    if (column.values !== undefined && column.kind === 'text') formula = `"${column.values.join(',')}"`;
    else if (column.ref !== undefined) formula = idColumn(column.ref.sheet, column.ref.heading);
    else if (column.partners === true && column.kind === 'text') formula = idColumn(partners.spec.name, 'Id');
    if (formula === undefined || formula.length > 255) return;
    const letter = columnLetters(i + 1);
    (ws as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.heading,
      error: column.values !== undefined ? `One of: ${column.values.join(', ')}` : 'An id stated on its own sheet',
    });
  });
}

function headerRow(ws: Worksheet, headings: readonly string[]): void {
  headings.forEach((h, i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    ws.getColumn(i + 1).width = Math.min(48, Math.max(12, h.length + 4));
  });
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
}

/** The rows of another sheet a list of its ids reads. */
const REFERENCED_ROWS = 5000;

/** Rows below the data that keep their validation lists, for the analyst to fill. */
const SPARE_ROWS = 200;

/**
 * Writes a scenario file (its schema output, defaults filled in) into a new workbook: README, Settings,
 * then a sheet per table of the layout.
 */
export function writeWorkbook(workbook: Workbook, file: Obj): void {
  const { settings, sheets } = layout();
  const readme = workbook.addWorksheet(README_SHEET);
  readme.getColumn(1).width = 28;
  readme.getColumn(2).width = 110;
  readmeRows(sheets, settings, JSON_FALLBACKS).forEach((row, r) => {
    row.forEach((text, c) => {
      const cell = readme.getRow(r + 1).getCell(c + 1);
      cell.value = text;
      if (c === 0 && row.length === 1) cell.font = { bold: true };
    });
  });

  const settingsSheet = workbook.addWorksheet(SETTINGS_SHEET);
  headerRow(settingsSheet, ['Setting', 'Value', 'What it is']);
  settingsSheet.getColumn(2).width = 24;
  settingsSheet.getColumn(3).width = 90;
  settings.forEach((field, i) => {
    const r = i + 2;
    settingsSheet.getRow(r).getCell(1).value = field.key;
    put(settingsSheet, r, 2, field, getAt(file, field.path));
    settingsSheet.getRow(r).getCell(3).value = field.about;
    if (field.values !== undefined && field.kind === 'text') {
      settingsSheet.getCell(`B${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${field.values.join(',')}"`] };
    }
  });

  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.spec.name);
    headerRow(
      ws,
      sheet.columns.map((c) => c.heading),
    );
    let r = 2;
    const keyColumns = sheet.columns.filter((c) => 'key' in c.role);
    for (const reached of reach(file, sheet.spec.steps)) {
      const rows = sheet.spec.values !== undefined ? longRows(reached.value, keyColumns, sheet.spec.values) : [undefined];
      for (const long of rows) {
        sheet.columns.forEach((column, i) => {
          const role = column.role;
          let value: unknown;
          if ('step' in role) value = reached.stepCells.get(role.step);
          else if ('field' in role) value = getAt(reached.value, role.field.path);
          else if ('key' in role) value = long?.keys.get(role.key);
          else value = long?.values.get(role.value);
          put(ws, r, i + 1, column, value);
        });
        r += 1;
      }
    }
    validate(ws, sheets, sheet.columns, Math.max(r - 1 + SPARE_ROWS, 2 + SPARE_ROWS));
  }
}
