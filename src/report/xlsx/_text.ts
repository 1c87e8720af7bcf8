import { hex4, xmlChars } from '../_xml-chars.js';

/**
 * What a string cell cannot hold as it is: XML's illegal characters (see XML_ILLEGAL), DEL (which
 * exceljs drops without a word), a carriage return (an XML reader turns it into a line feed), and the
 * underscore of a literal `_x`, which Excel would read as the start of an escape.
 */
const CELL_ESCAPE = /_(?=[xX])|[\0-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text as an OOXML string (ST_Xstring, as in `xl/sharedStrings.xml`), in one linear pass: each
 * character XML cannot hold written as the standard escape `_xHHHH_` (U+FFFE as `_xFFFE_`, a lone
 * surrogate as `_xD800_`), and a literal `_x` as `_x005F_x`, so that Excel, LibreOffice and exceljs read
 * back exactly the text given, and the part is always well-formed.
 *
 * @param text - any text
 * @returns the text to store in a string cell
 */
export function sheetString(text: string): string {
  return text.replace(CELL_ESCAPE, (c) => (c === '_' ? '_x005F_' : `_x${hex4(c)}_`));
}

/** The most characters (UTF-16 code units) a cell holds: Excel's limit. A longer string makes Excel repair the file. */
export const CELL_CHARACTERS = 32_767;

/**
 * Text cut to what a cell holds, saying so in the cell: the first characters, then ` … [cut: …]` with
 * the full length. Never cuts a surrogate pair in two. Text that fits is returned as it is.
 *
 * @param text - any text
 * @returns at most {@link CELL_CHARACTERS} code units
 */
export function withinCell(text: string): string {
  if (text.length <= CELL_CHARACTERS) return text;
  const note = ` … [cut: ${text.length} characters in all, more than a cell holds; the CSV and JSON outputs hold the whole text]`;
  let end = CELL_CHARACTERS - note.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + note;
}

/**
 * Text for a document property (`docProps/core.xml`, which knows no `_xHHHH_` escapes): each character
 * XML cannot hold, and DEL, as U+FFFD.
 */
export function propertyText(text: string): string {
  return xmlChars(text).replace(/\x7F/g, '\uFFFD');
}
