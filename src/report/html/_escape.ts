import { HTML_UNSAFE, REPLACEMENT } from '../_xml-chars.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The five markup characters, and every character HTML or XML cannot carry as text (see {@link HTML_UNSAFE}). */
const TO_ESCAPE = new RegExp(`[&<>"']|${HTML_UNSAFE.source}`, 'gu');

/**
 * Text as HTML, in one linear pass: the five characters that could open markup or end an attribute, as
 * entities; a control character, a noncharacter (U+FFFE) or a lone surrogate, which HTML reports as an
 * error and XML cannot hold, as U+FFFD (shown as �), so that nothing is dropped unseen.
 */
export function escapeHtml(text: string): string {
  return text.replace(TO_ESCAPE, (c) => ENTITIES[c] ?? REPLACEMENT);
}

/** A JSON escape for each UTF-16 code unit of a character: `\u003c`, or two for a character beyond U+FFFF. */
function jsonEscape(c: string): string {
  let out = '';
  for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** What {@link jsonForScript} writes as `\u` escapes: markup, the two line separators, and {@link HTML_UNSAFE}. */
const SCRIPT_ESCAPE = new RegExp(`[<>&\\u2028\\u2029]|${HTML_UNSAFE.source}`, 'gu');

/**
 * A value as JSON to sit inside `<script type="application/json">`: `<`, `>` and `&` written as `\u003c`
 * and so on (and the two line separators JavaScript once refused), so no text in it can close the
 * element or open a comment; likewise every character HTML reports as an error (a control, U+FFFE, a
 * lone surrogate), so the document holds none. `JSON.parse` of the element's text gives the value back
 * unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(SCRIPT_ESCAPE, jsonEscape);
}

/**
 * An SVG from Vega, ready to sit inline in HTML: the namespace declarations dropped (an HTML parser puts
 * `<svg>` in the SVG namespace itself, and the document then names no external address at all), and
 * labelled for assistive technology. Any character HTML reports as an error (they can only be in text
 * or attribute values) becomes U+FFFD.
 */
export function inlineSvg(svg: string, label: string): string {
  return svg
    .replace(/^<svg\b([^>]*)>/, (_open, attrs: string) => `<svg${attrs.replace(/\s+xmlns(?::xlink)?="[^"]*"/g, '')} role="img" aria-label="${escapeHtml(label)}">`)
    .replace(HTML_UNSAFE, REPLACEMENT)
    .trim();
}
