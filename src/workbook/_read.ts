import type { Workbook, Worksheet } from 'exceljs';
import { ErrorCode, issueWithText, makeIssue, type InputPath, type Issue } from '../errors/index.js';
import { tryParseAmount } from '../money/index.js';
import { readCell } from './_cells.js';
import { layout, type Column, type SheetLayout } from './_columns.js';
import { README_SHEET, SETTINGS_SHEET } from './_layout.js';
import { Places, columnLetters, placeText, type CellPlace } from './_places.js';

/** A problem of the workbook itself, at its cell, with the input path it would have filled. */
export interface CellProblem {
  readonly issue: Issue;
  readonly place: CellPlace;
}

/** What reading a workbook gives: the scenario input, where each part came from, and the workbook's own problems. */
export interface WorkbookRead {
  readonly input: Record<string, unknown>;
  readonly places: Places;
  readonly problems: readonly CellProblem[];
  /** Paths whose cells could not be read: the parse's complaints about them (a value missing) are left out. */
  readonly unread: readonly InputPath[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const own = (o: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Puts a property on an object as JSON.parse does: its own, even for a key such as `__proto__` or
 * `constructor` (which the checks then refuse at its path, as for a JSON file), never the prototype's.
 */
function define(o: object, key: string | number, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Sets `value` at `path` below `root`, making objects (and arrays, for number keys) on the way. */
function setAt(root: Obj, path: InputPath, value: unknown): 'set' | 'taken' | 'blocked' {
  let at: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const container = at as Obj;
    if (!own(container, key)) define(container, key, typeof path[i + 1] === 'number' ? [] : {});
    at = container[key];
    if (typeof at !== 'object' || at === null) return 'blocked';
  }
  const last = path[path.length - 1]!;
  if (own(at as Obj, last)) return 'taken';
  define(at as Obj, last, value);
  return 'set';
}

function getAt(root: unknown, path: InputPath): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !own(at, key)) return undefined;
    at = (at as Obj)[key];
  }
  return at;
}

/** Why the schema would refuse a cell's value on its own (a word not in its list, text that is no amount), or undefined. */
function cellRefusal(column: { kind: Column['kind']; values?: readonly string[] | undefined }, value: unknown): { code: Issue['code']; expected: string } | undefined {
  if (column.kind === 'amount' && typeof value === 'string' && tryParseAmount(value) === undefined) return { code: ErrorCode.AMOUNT, expected: 'a decimal amount such as "1234.56" (a number, or text)' };
  if (column.kind === 'text' && column.values !== undefined && typeof value === 'string' && !column.values.includes(value)) return { code: ErrorCode.SCHEMA, expected: `one of ${column.values.map((v) => JSON.stringify(v)).join(', ')}` };
  return undefined;
}

/** The headings of row 1, by column number, matched to the layout's columns without regard to case. */
function headings(ws: Worksheet, columns: readonly Column[], problem: (place: CellPlace, issue: Issue) => void): Map<number, Column> {
  const found = new Map<number, Column>();
  const row = ws.getRow(1);
  for (let c = 1; c <= Math.max(ws.columnCount, row.cellCount); c++) {
    const raw = row.getCell(c).value;
    const text = raw === null || raw === undefined ? '' : String(typeof raw === 'object' && 'richText' in raw ? raw.richText.map((r) => r.text).join('') : raw).trim();
    if (text === '') continue;
    const column = columns.find((k) => k.heading.toLowerCase() === text.toLowerCase());
    const place = { sheet: ws.name, cell: `${columnLetters(c)}1`, heading: text };
    if (column === undefined) problem(place, issueWithText(ErrorCode.UNKNOWN_KEY, [], `one of the headings of the ${ws.name} sheet (${columns.map((k) => k.heading).join(', ')})`, JSON.stringify(text)));
    else if ([...found.values()].includes(column)) problem(place, issueWithText(ErrorCode.DUPLICATE_KEY, [], 'each heading once', `${JSON.stringify(text)} again`));
    else found.set(c, column);
  }
  return found;
}

function isBlankRow(ws: Worksheet, r: number, columns: Map<number, Column>): boolean {
  const row = ws.getRow(r);
  return [...columns.keys()].every((c) => {
    const v = row.getCell(c).value;
    return v === null || v === undefined || v === '';
  });
}

/**
 * Reads an input workbook into the scenario input the JSON route parses, recording each path's cell.
 * Every problem of the workbook itself (an unknown sheet or heading, a required column missing, a row
 * naming an element no sheet has, a number whose shown precision is ambiguous) is collected.
 */
export function readWorkbook(workbook: Workbook): WorkbookRead {
  const { settings, sheets } = layout();
  const input: Obj = {};
  const places = new Places();
  const problems: CellProblem[] = [];
  const unread: InputPath[] = [];
  const problem = (place: CellPlace, issue: Issue): void => {
    problems.push({ place, issue: { ...issue, message: `${placeText(place)}: expected ${issue.expected}, found ${issue.received}` } });
  };
  const known = new Set([README_SHEET, SETTINGS_SHEET, ...sheets.map((s) => s.spec.name)].map((n) => n.toLowerCase()));
  for (const ws of workbook.worksheets) {
    if (!known.has(ws.name.toLowerCase())) problem({ sheet: ws.name, cell: 'A1', heading: '' }, issueWithText(ErrorCode.UNKNOWN_KEY, [], `one of the sheets of the input workbook (${[SETTINGS_SHEET, ...sheets.map((s) => s.spec.name)].join(', ')})`, `a sheet named ${JSON.stringify(ws.name)}`));
  }
  const sheetNamed = (name: string): Worksheet | undefined => workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());

  // Where a part of the input no row states is looked for: its sheet's first row.
  places.set([], { sheet: SETTINGS_SHEET, cell: 'A1', heading: '' });
  for (const s of sheets) places.set([(s.spec.steps[0] as { prop: string }).prop], { sheet: s.spec.name, cell: 'A2', heading: '' });
  places.set(['settings'], { sheet: SETTINGS_SHEET, cell: 'A1', heading: '' });

  const read = (column: { kind: Column['kind']; values?: readonly string[] | undefined }, ws: Worksheet, r: number, c: number, heading: string, path: InputPath): { value: unknown } | undefined => {
    const cell = ws.getRow(r).getCell(c);
    const place = { sheet: ws.name, cell: `${columnLetters(c)}${r}`, heading };
    const got = readCell(column.kind, cell.value, cell.numFmt);
    if ('blank' in got) return undefined;
    if ('problem' in got) {
      problem(place, issueWithText(ErrorCode.AMOUNT, path, got.problem.expected, got.problem.found));
      unread.push(path);
      return undefined;
    }
    // A cell the schema would refuse whatever else the workbook holds (a word not in its list, text that
    // is no amount) is reported here, in the schema's words, and left out: the scenario's other checks
    // (sums, references, drivers) then still run, and every problem is reported in one pass.
    const refused = cellRefusal(column, got.value);
    if (refused !== undefined) {
      problem(place, makeIssue(refused.code, path, refused.expected, got.value));
      unread.push(path);
      return undefined;
    }
    return got;
  };

  // Settings: a key and a value a row.
  const settingsSheet = sheetNamed(SETTINGS_SHEET);
  if (settingsSheet !== undefined) {
    for (let r = 2; r <= settingsSheet.rowCount; r++) {
      const keyRaw = settingsSheet.getRow(r).getCell(1).value;
      const key = keyRaw === null || keyRaw === undefined ? '' : String(keyRaw).trim();
      if (key === '') continue;
      const field = settings.find((f) => f.key.toLowerCase() === key.toLowerCase());
      const keyPlace = { sheet: settingsSheet.name, cell: `A${r}`, heading: 'Setting' };
      if (field === undefined) {
        problem(keyPlace, issueWithText(ErrorCode.UNKNOWN_KEY, [], 'a setting the scenario format defines (see the README sheet)', JSON.stringify(key)));
        continue;
      }
      places.set(field.path, { sheet: settingsSheet.name, cell: `B${r}`, heading: field.key });
      const got = read(field, settingsSheet, r, 2, field.key, field.path);
      if (got !== undefined && setAt(input, field.path, got.value) === 'taken') problem(keyPlace, issueWithText(ErrorCode.DUPLICATE_KEY, field.path, 'each setting once', `${field.key} again`));
    }
  }

  for (const sheet of sheets) {
    const ws = sheetNamed(sheet.spec.name);
    if (ws !== undefined) readSheet(ws, sheet);
  }

  function readSheet(ws: Worksheet, sheet: SheetLayout): void {
    const byColumn = headings(ws, sheet.columns, problem);
    const present = new Set(byColumn.values());
    const missing = sheet.columns.filter((c) => c.required && !present.has(c));
    const hasRows = [...Array(Math.max(0, ws.rowCount - 1)).keys()].some((i) => !isBlankRow(ws, i + 2, byColumn));
    if (hasRows) for (const m of missing) problem({ sheet: ws.name, cell: `${columnLetters(ws.columnCount + 1)}1`, heading: m.heading }, issueWithText(ErrorCode.SCHEMA, [], `a column headed ${JSON.stringify(m.heading)} (required)`, 'no such column'));
    if (!hasRows || missing.some((m) => !('field' in m.role))) return;
    const columnOf = new Map([...byColumn].map(([c, k]) => [k, c]));
    for (let r = 2; r <= ws.rowCount; r++) {
      if (isBlankRow(ws, r, byColumn)) continue;
      const rowPlace = (c: number, heading: string): CellPlace => ({ sheet: ws.name, cell: `${columnLetters(c)}${r}`, heading });
      let ok = true;
      // A long table's keys first: a row without them names no element.
      const keys = new Map<string, string | undefined>();
      for (const column of sheet.columns) {
        const c = columnOf.get(column);
        if ('key' in column.role) {
          if (c === undefined) continue;
          const got = readCell('text', ws.getRow(r).getCell(c).value, undefined);
          const value = 'value' in got ? String(got.value) : undefined;
          if (value === undefined && !column.role.optional) {
            problem(rowPlace(c, column.heading), issueWithText(ErrorCode.SCHEMA, [], column.partners === true ? 'a partner id' : `a ${column.heading.toLowerCase()}`, 'nothing'));
            ok = false;
          }
          keys.set(column.role.key, value);
        }
      }
      if (!ok) continue;
      // Follow the steps to the row's element.
      let path: (string | number)[] = [];
      sheet.spec.steps.forEach((step, i) => {
        if (!ok) return;
        if ('prop' in step) {
          path = [...path, step.prop];
          return;
        }
        const array = getAt(input, path);
        const list = Array.isArray(array) ? array : [];
        if ('row' in step) {
          if (!Array.isArray(array)) setAt(input, path, []);
          path = [...path, list.length];
          setAt(input, path, {});
          return;
        }
        const column = sheet.columns.find((k) => 'step' in k.role && k.role.step === i)!;
        const c = columnOf.get(column)!;
        const got = readCell(column.kind, ws.getRow(r).getCell(c).value, ws.getRow(r).getCell(c).numFmt);
        const shown = 'value' in got ? got.value : undefined;
        let index = -1;
        if ('number' in step) index = typeof shown === 'number' && Number.isInteger(shown) && shown >= 1 && shown <= list.length ? shown - 1 : -1;
        else index = list.findIndex((e) => isObj(e) && e[step.by] === shown);
        if (index < 0) {
          const what = 'number' in step ? `the number of a row of the ${step.sheet} sheet, 1 to ${list.length}` : `the ${step.by} of a row of the ${step.sheet} sheet${list.length > 0 ? ` (${list.map((e) => String((e as Obj)[step.by])).slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''})` : ''}`;
          problem(rowPlace(c, column.heading), issueWithText(ErrorCode.UNKNOWN_REFERENCE, [...path], what, 'blank' in got ? 'nothing' : JSON.stringify(shown ?? '')));
          ok = false;
          return;
        }
        path = [...path, index];
      });
      if (!ok) continue;
      const first = Math.min(...byColumn.keys());
      // The row's element, and the containers above it no earlier sheet placed (a line's phasing: its first row).
      for (let n = 1; n <= path.length; n++) places.set(path.slice(0, n), rowPlace(first, byColumn.get(first)!.heading));
      if (!ok) continue;
      for (const object of sheet.requiredObjects) setAt(input, [...path, ...object], {});
      let stated = false;
      for (const column of sheet.columns) {
        const c = columnOf.get(column);
        if ('field' in column.role) {
          const full = [...path, ...column.role.field.path];
          if (c === undefined) {
            // A required column that is missing is reported once, at its heading; the parse's complaint about each row is left out.
            if (column.required) unread.push(full);
            continue;
          }
          places.set(full, rowPlace(c, column.heading));
          const got = read(column, ws, r, c, column.heading, full);
          if (got !== undefined) setAt(input, full, got.value);
        } else if ('value' in column.role) {
          if (c === undefined) continue;
          const rest = column.role.value.path.flatMap((seg) => (typeof seg === 'string' ? [seg] : keys.get(seg.key) === undefined ? [] : [keys.get(seg.key)!]));
          const full = [...path, ...rest];
          const got = read(column, ws, r, c, column.heading, full);
          if (got === undefined) continue;
          stated = true;
          // A record's keys and the containers above the value are placed at this row.
          for (let n = path.length + 1; n < full.length; n++) places.set(full.slice(0, n), rowPlace(first, byColumn.get(first)!.heading));
          places.set(full, rowPlace(c, column.heading));
          const outcome = setAt(input, full, got.value);
          if (outcome !== 'set') problem(rowPlace(c, column.heading), issueWithText(ErrorCode.DUPLICATE_KEY, full, outcome === 'taken' ? 'each key once (this one is on an earlier row)' : 'a value where no other is stated for every year', 'a second value'));
        }
      }
      // A row of keys alone, its optional key (the year) blank: values by year with none stated.
      const template = sheet.spec.values?.[0]?.path;
      if (!stated && template !== undefined) {
        const cut = template.findIndex((seg) => typeof seg !== 'string' && keys.get(seg.key) === undefined);
        if (cut > 0) {
          const container = [...path, ...template.slice(0, cut).map((seg) => (typeof seg === 'string' ? seg : keys.get(seg.key)!))];
          const first = Math.min(...byColumn.keys());
          places.set(container, rowPlace(first, byColumn.get(first)!.heading));
          setAt(input, container, {});
        }
      }
    }
  }

  return { input, places, problems, unread };
}
