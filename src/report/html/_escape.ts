/** Text as HTML: the five characters that could open markup or end an attribute, as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * A value as JSON to sit inside `<script type="application/json">`: `<`, `>` and `&` written as `\u003c`
 * and so on (and the two line separators JavaScript once refused), so no text in it can close the
 * element or open a comment. `JSON.parse` of the element's text gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An SVG from Vega, ready to sit inline in HTML: the namespace declarations dropped (an HTML parser puts
 * `<svg>` in the SVG namespace itself, and the document then names no external address at all), and
 * labelled for assistive technology.
 */
export function inlineSvg(svg: string, label: string): string {
  return svg
    .replace(/^<svg\b([^>]*)>/, (_open, attrs: string) => `<svg${attrs.replace(/\s+xmlns(?::xlink)?="[^"]*"/g, '')} role="img" aria-label="${escapeHtml(label)}">`)
    .trim();
}
