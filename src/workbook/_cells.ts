import { Decimal } from '../money/index.js';
import type { CellKind } from './_fields.js';

/** What a cell holds, as exceljs gives it. */
export type RawCell = unknown;

/** A value read from a cell, or the reason it cannot be read. */
export type Read = { readonly value: unknown } | { readonly blank: true } | { readonly problem: { readonly expected: string; readonly found: string } };

/** A value to write and, for a number, the format that shows it exactly. */
export interface Written {
  readonly value: string | number | boolean;
  readonly numFmt?: string;
}

const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
/** The most significant digits a spreadsheet number holds exactly (Excel's precision). */
const DIGITS = 15;

function significantDigits(text: string): number {
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length === 0 ? 1 : digits.length;
}

/** The number format that shows a decimal with `places` decimals and thousands separators. */
export function amountFormat(places: number): string {
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/**
 * An amount as a cell: a number, in a format that shows every decimal it has, where the number holds it
 * exactly (a plain decimal of at most 15 significant digits); otherwise its text as written.
 */
function writeAmount(value: unknown): Written {
  const text = typeof value === 'number' ? String(value) : String(value);
  if (!PLAIN_DECIMAL.test(text) || significantDigits(text) > DIGITS || text === '-0' || /^-0\.0*$/.test(text)) return { value: text };
  const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return { value: Number(text), numFmt: amountFormat(places) };
}

/** Whether a string would be read back as JSON in a cell of kind `any` (so is written quoted). */
function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The cell that holds a value of a field of this kind, so that reading it gives the value back.
 *
 * @param kind - the field's kind
 * @param value - the value in the scenario (never undefined)
 */
export function writeCell(kind: CellKind, value: unknown): Written {
  switch (kind) {
    case 'amount':
      return typeof value === 'string' || typeof value === 'number' ? writeAmount(value) : { value: JSON.stringify(value) };
    case 'integer':
    case 'integer-or-text':
      return typeof value === 'number' ? { value, numFmt: '0' } : { value: String(value) };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { value: String(value) };
    case 'list':
      return Array.isArray(value) ? { value: value.length === 0 ? '[]' : value.join(', ') } : { value: String(value) };
    case 'json':
      return { value: JSON.stringify(value) };
    case 'word-or-json':
      return typeof value === 'string' ? { value } : { value: JSON.stringify(value) };
    case 'any':
      return typeof value === 'string' && !looksLikeJson(value) && value.trim() === value && value !== '' ? { value } : { value: JSON.stringify(value) };
    case 'text':
      return typeof value === 'string' ? { value } : { value: JSON.stringify(value) };
  }
}

/** The first section of a number format, with quoted text, escapes and bracketed codes left out. */
function formatCore(numFmt: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const c = numFmt[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\\' || c === '_' || c === '*') i += 1;
    else if (c === ';') break;
    else out += c;
  }
  return out.replace(/\[[^\]]*\]/g, '');
}

/**
 * The decimals a number format shows and its scale (`%` multiplies by 100), or undefined where what it
 * shows is not a fixed number of decimals of the value (scientific, fractions, dates, scaling by
 * thousands, or a number of decimals that varies).
 */
export function shownPlaces(numFmt: string | undefined): { readonly places: number; readonly percent: number } | 'general' | undefined {
  if (numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt.trim()) || numFmt === '@') return 'general';
  const core = formatCore(numFmt);
  if (/[eE/]|[ymdhsYMDHS]|[?]/.test(core)) return undefined;
  const percent = (core.match(/%/g) ?? []).length;
  const placeholders = core.replace(/%/g, '');
  if (/[0#],+(?![0#])/.test(placeholders)) return undefined; // trailing commas divide by thousands
  const point = placeholders.indexOf('.');
  const decimals = point < 0 ? '' : placeholders.slice(point + 1).replace(/[^0#]/g, '');
  if (decimals.includes('#')) return undefined; // "0.0#" shows one or two decimals: which the analyst meant is not known
  return { places: decimals.length, percent };
}

/** The value a spreadsheet number stands for: its 15 significant digits, as Excel shows it in the formula bar. */
function generalText(n: number): Decimal {
  return new Decimal(n.toPrecision(DIGITS));
}

/**
 * An amount read from a number cell, at the precision its format shows: `1234.5` in `#,##0.00` is
 * `"1234.50"`; in General it is the number's 15 significant digits. Refused where the cell holds more
 * than it shows (`1234.5678` shown as `1234.57`) or where the format does not show a fixed number of
 * decimals.
 */
export function amountOfNumber(n: number, numFmt: string | undefined): Read {
  if (!Number.isFinite(n)) return { problem: { expected: 'a finite number', found: String(n) } };
  const value = generalText(n);
  const shown = shownPlaces(numFmt);
  if (shown === 'general') return { value: value.toFixed() };
  if (shown === undefined) {
    return { problem: { expected: 'an amount in a cell formatted to a fixed number of decimals (such as #,##0.00), or typed as text', found: `${value.toFixed()} in the format ${JSON.stringify(numFmt)}` } };
  }
  const places = shown.places + 2 * shown.percent;
  if (value.decimalPlaces() > places) {
    const seen = value.toFixed(places, Decimal.ROUND_HALF_UP);
    return { problem: { expected: `the figure as the cell shows it (${seen}, to ${places} decimal${places === 1 ? '' : 's'}): type it so, or show more decimals`, found: `${value.toFixed()}, which the cell shows rounded` } };
  }
  return { value: value.toFixed(places) };
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell's own value: a formula's result, a rich text's text, a hyperlink's text. */
export function plainValue(raw: RawCell): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if ('richText' in o && Array.isArray(o['richText'])) return (o['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      if (o['result'] !== undefined) return plainValue(o['result']);
      // LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE(), FALSE()'s value not read back.
      const formula = String(o['formula'] ?? o['sharedFormula'] ?? '');
      if (/^(TRUE|FALSE)\(\)$/i.test(formula.trim())) return formula.trim().toUpperCase() === 'TRUE()';
      return { error: `=${formula} with no value saved (open the workbook in a spreadsheet and save it, to calculate it)` };
    }
    if ('hyperlink' in o && 'text' in o) return plainValue(o['text']);
    if ('error' in o) return { error: String(o['error']) };
  }
  return raw;
}

/** A date cell as `YYYY-MM-DD` (a spreadsheet date has no time zone: its parts are read as written). */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

const INTEGER = /^-?\d+$/;

/**
 * Reads a cell as a field of this kind. Text is taken as written (an amount's text included); a number
 * cell of an amount is read at the precision its format shows; a date cell is a `YYYY-MM-DD` date.
 *
 * @param kind - the field's kind
 * @param raw - the cell's value, as exceljs gives it
 * @param numFmt - the cell's number format
 */
export function readCell(kind: CellKind, raw: RawCell, numFmt: string | undefined): Read {
  const v = plainValue(raw);
  if (v === undefined || v === '') return { blank: true };
  if (typeof v === 'object' && v !== null && 'error' in v) {
    const error = (v as { error: string }).error;
    return { problem: { expected: 'a value', found: error.startsWith('=') ? `the formula ${error}` : `the error ${error}` } };
  }
  if (v instanceof Date) return { value: dateText(v) };
  switch (kind) {
    case 'amount':
      return typeof v === 'number' ? amountOfNumber(v, numFmt) : { value: v };
    case 'integer':
      return typeof v === 'string' && INTEGER.test(v.trim()) ? { value: Number(v.trim()) } : { value: v };
    case 'integer-or-text':
      return typeof v === 'string' && INTEGER.test(v.trim()) ? { value: Number(v.trim()) } : { value: v };
    case 'boolean':
      if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return { value: v.trim().toLowerCase() === 'true' };
      return { value: v };
    case 'list': {
      if (typeof v !== 'string') return { value: [typeof v === 'number' ? generalText(v).toFixed() : v] };
      if (v.trim() === '[]') return { value: [] };
      return { value: v.split(',').map((s) => s.trim()).filter((s) => s !== '') };
    }
    case 'json':
    case 'word-or-json':
    case 'any': {
      if (typeof v !== 'string') return { value: typeof v === 'number' && kind === 'any' ? v : typeof v === 'number' ? generalText(v).toFixed() : v };
      const jsonText = kind === 'json' || (kind === 'word-or-json' && /^\s*[[{]/.test(v)) || (kind === 'any' && looksLikeJson(v));
      if (!jsonText) return { value: v };
      try {
        return { value: JSON.parse(v) as unknown };
      } catch (error) {
        return { problem: { expected: 'JSON text, such as [{"weight": "0.5", "attribution": {"rule": "equal"}}]', found: `text that is not JSON (${(error as Error).message.split('\n')[0]})` } };
      }
    }
    case 'text':
      return typeof v === 'number' ? { value: generalText(v).toFixed() } : { value: v };
  }
}
