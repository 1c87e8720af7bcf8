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

/**
 * Text for a document property (`docProps/core.xml`, which knows no `_xHHHH_` escapes): each character
 * XML cannot hold, and DEL, as U+FFFD.
 */
export function propertyText(text: string): string {
  return xmlChars(text).replace(/\x7F/g, '\uFFFD');
}
