/**
 * Characters no XML 1.0 document may hold, anywhere, even escaped as `&#…;`: the C0 controls other
 * than tab, line feed and carriage return; U+FFFE and U+FFFF; and a surrogate that is not one half of a
 * pair. (With the `u` flag a well-formed pair is one code point above U+FFFF and does not match.) One
 * of them in a name makes a workbook part or an SVG ill-formed: Excel calls the file damaged, a browser
 * refuses the SVG.
 */
export const XML_ILLEGAL = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Characters an HTML parser reports as errors in its input, beyond those XML forbids: DEL and the C1
 * controls, and the noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
 */
export const HTML_UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/** The replacement character, shown where a character cannot be written. */
export const REPLACEMENT = '\uFFFD';

/**
 * Text with every character XML cannot hold replaced by U+FFFD (visible, as �), in one linear pass.
 *
 * @param text - any text
 * @returns the text, safe to place in an XML document (after the usual `&`, `<` escaping)
 */
export function xmlChars(text: string): string {
  return text.replace(XML_ILLEGAL, REPLACEMENT);
}

/** A code unit as four upper-case hex digits: `\uFFFE` → `FFFE`. */
export function hex4(unit: string): string {
  return unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}
