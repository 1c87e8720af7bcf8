import { issueWithText, makeIssue, type InputPath, type Issue } from '../errors/index.js';
import { RESERVED_IDS } from '../schema/index.js';
import type { ScenarioLimits } from './limits.js';

/**
 * Characters no scenario text may hold: C0 controls other than tab and line breaks, DEL and the C1
 * controls, the non-characters U+FFFE and U+FFFF, and unpaired surrogates. None is ever meant in a name
 * or a note, several cannot be written into XML at all (a workbook holding one is reported damaged), and
 * renderers would otherwise drop or garble them in silence.
 */
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any character outside printable ASCII: a text without one holds none of {@link UNWRITABLE}, and most texts are such. */
const BEYOND_PRINTABLE_ASCII = /[^\u0020-\u007e]/;

function codePoint(text: string, at: number): string {
  return `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Where a value is, as a chain from it up to the root: the walk below passes this on instead of copying
 * a path array at every value, and makes the path only when it reports a problem there.
 */
type Place = { readonly up: Place; readonly key: string | number } | undefined;

function pathOf(place: Place): InputPath {
  const path: (string | number)[] = [];
  for (let p = place; p !== undefined; p = p.up) path.push(p.key);
  return path.reverse();
}

/** Text problems: too long, or holding a character no text may hold. */
function checkText(text: string, place: Place, what: 'text' | 'key', limits: ScenarioLimits, out: Issue[]): void {
  if (text.length <= limits.maxTextLength && (!BEYOND_PRINTABLE_ASCII.test(text) || !UNWRITABLE.test(text))) return;
  const path = pathOf(place);
  if (text.length > limits.maxTextLength) {
    out.push(issueWithText('E_LIMIT', path, `${what === 'key' ? 'a key' : 'text'} of at most ${limits.maxTextLength} characters`, `${text.length} characters, starting ${JSON.stringify(text.slice(0, 40))}`));
    return;
  }
  const at = text.search(UNWRITABLE);
  if (at !== -1) {
    out.push(
      issueWithText(
        'E_TEXT',
        path,
        `${what === 'key' ? 'a key' : 'text'} without control characters, U+FFFE, U+FFFF or unpaired surrogates`,
        `${codePoint(text, at)} at character ${at + 1} of ${JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text)}`,
      ),
    );
  }
}

/**
 * Checks what must hold of any input before the schema reads it, whether it came as text or as an object
 * built in code: plain objects and arrays only, nesting within `maxDepth` (an object may even refer to itself), no key that would reach
 * a prototype (`__proto__`, `constructor`, `prototype`), every text and key within `maxTextLength` and
 * free of characters no text may hold. The walk never goes deeper than the limit, so it cannot exhaust
 * the stack.
 */
export function checkInput(value: unknown, limits: ScenarioLimits): Issue[] {
  const out: Issue[] = [];
  const walk = (v: unknown, place: Place, depth: number): void => {
    if (typeof v === 'string') return checkText(v, place, 'text', limits, out);
    if (v === null || typeof v !== 'object') return;
    if (depth >= limits.maxDepth) {
      out.push(issueWithText('E_LIMIT', pathOf(place), `nesting at most ${limits.maxDepth} levels deep`, `a deeper ${Array.isArray(v) ? 'array' : 'object'}`));
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], { up: place, key: i }, depth + 1);
      return;
    }
    // Only plain objects, as JSON gives: one with another prototype would lend the schema inherited keys.
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      out.push(issueWithText('E_SCHEMA', pathOf(place), 'a plain object, as JSON gives', `an object whose prototype is ${typeof proto === 'object' && proto !== null && 'constructor' in proto && typeof proto.constructor === 'function' && proto.constructor.name !== '' ? proto.constructor.name : 'another object'}`));
      return;
    }
    for (const key of Object.keys(v)) {
      const at: Place = { up: place, key };
      if (RESERVED_IDS.includes(key)) {
        out.push(makeIssue('E_RESERVED_ID', pathOf(at), 'a key other than __proto__, constructor or prototype', key));
        continue;
      }
      checkText(key, at, 'key', limits, out);
      walk((v as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  walk(value, undefined, 0);
  return out;
}
