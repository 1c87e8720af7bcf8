import type { CellKind, Field } from './_fields.js';
import type { SheetLayout } from './_columns.js';
import { SETTINGS_SHEET } from './_layout.js';

const KIND_WORDS: Readonly<Record<CellKind, string>> = {
  text: 'text',
  amount: 'an amount: a number (read at the decimals its format shows) or text such as 1234.56',
  integer: 'a whole number',
  boolean: 'TRUE or FALSE',
  'integer-or-text': 'a whole number (-1: the year before), or a financial year such as 2021/22',
  list: 'ids separated by commas, such as hf, rbkc',
  json: 'JSON text (a structure kept in one cell)',
  'word-or-json': 'a word, or JSON text for stated steps',
  any: 'text, or JSON for a number, TRUE/FALSE or a structure ("0.2" in quotes is text)',
};

/** What a column holds, in words: its kind, its allowed words, and the schema's description. */
function describe(kind: CellKind, values: readonly string[] | undefined, about: string, required: boolean): string {
  const parts = [KIND_WORDS[kind]];
  if (values !== undefined) parts.push(`one of ${values.join(', ')}`);
  if (required) parts.push('required');
  return `${parts.join('; ')}. ${about}`.trim();
}

/** The columns kept as JSON, as `Sheet: heading`. */
function jsonColumns(sheets: readonly SheetLayout[], settings: readonly (Field & { key: string })[]): string[] {
  const isJson = (kind: CellKind): boolean => kind === 'json' || kind === 'word-or-json';
  return [
    ...settings.filter((f) => isJson(f.kind)).map((f) => `${SETTINGS_SHEET}: ${f.key}`),
    ...sheets.flatMap((s) => s.columns.filter((c) => isJson(c.kind)).map((c) => `${s.spec.name}: ${c.heading}`)),
  ];
}

/**
 * The README sheet's rows: how the workbook is read, then each sheet and its columns, made from the same
 * layout the reader uses (so it never falls behind the format).
 */
export function readmeRows(sheets: readonly SheetLayout[], settings: readonly (Field & { key: string })[], fallbacks: readonly string[]): string[][] {
  const rows: string[][] = [
    ['The input workbook of a shared-services scenario'],
    ['What it is', 'One sheet per part of a scenario, in long, tidy tables: one row per thing, one column per field. `shared-services validate FILE.xlsx` checks it; every problem is named by sheet and cell, such as Lines!F12 (Tier).'],
    ['Headings', 'Row 1 of each sheet holds its headings; columns may be in any order, and a column the sheet does not need may be left out. Blank rows are skipped.'],
    ['Amounts', 'Read exactly as the cell shows them. A text cell is read as written (1234.56). A number cell is read at the decimals its number format shows: 1234.5 formatted #,##0.00 is 1234.50; in the General format it is the number as the formula bar shows it (15 significant digits). A number the cell shows rounded (1234.5678 shown as 1234.57) and a format that shows no fixed number of decimals (scientific, fractions, 0.0#) are refused: type the figure as shown, or show more decimals.'],
    ['Ids', 'Rows of one sheet name the rows of another by id: a line’s phasing names its line in the Line column. Drop-down lists offer the tiers, rules, kinds and the partners’ ids.'],
    ['Dates and years', 'Financial years as text, such as 2024/25; dates as YYYY-MM-DD (a date cell is read as its day).'],
    ['Kept as JSON', `Rarely used structures are one cell of JSON text, such as [{"weight": "0.5", "attribution": {"rule": "equal"}}] for a blend's parts: ${jsonColumns(sheets, settings).join('; ')} (in the scenario file: ${fallbacks.join(', ')}).`],
    [],
    [SETTINGS_SHEET],
    ['About', 'The scenario’s title and source, its settings and appraisal options: one setting a row (Setting, Value).'],
    ...settings.map((f) => [f.key, describe(f.kind, f.values, f.about, f.required)]),
  ];
  for (const sheet of sheets) {
    rows.push([], [sheet.spec.name], ['About', sheet.spec.about]);
    for (const c of sheet.columns) rows.push([c.heading, describe(c.kind, c.values, c.about, c.required)]);
  }
  return rows;
}
