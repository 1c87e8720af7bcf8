import { issueWithText, type Issue } from '../errors/index.js';
import { Decimal } from '../money/index.js';

/** What {@link readJson} gives back: the value (with any problems found on the way), or where it stopped. */
export type JsonRead =
  | { readonly kind: 'value'; readonly value: unknown; readonly issues: readonly Issue[] }
  /** Not JSON at all: the offset of the first character that cannot be read. */
  | { readonly kind: 'syntax'; readonly offset: number }
  /** Nested more deeply than allowed: reading stopped there, with that problem and those found before. */
  | { readonly kind: 'too-deep'; readonly issues: readonly Issue[] };

/** The line and column (both from 1) of an offset in a text, as editors show them. */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * {@link lineColumn} for many offsets in one text: the line starts are found once, when first asked, and
 * each offset's line by a binary search (asking lineColumn for every problem of a text of 200,000 would
 * scan the text 200,000 times).
 */
export function lineColumns(text: string): (offset: number) => string {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    // The last line start at or before the offset; a newline at the offset itself still ends the line before.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! - 1 < offset) lo = mid;
      else hi = mid - 1;
    }
    return `line ${lo + 1}, column ${offset - starts[lo]! + 1}`;
  };
}

const RAW_CONTROL = /[\u0000-\u001f]/;

/**
 * Whether a JSON number's text names exactly the number a double holds once read, in the sense every
 * JSON reader shares: the shortest decimal that round-trips to that double has the same value as the text.
 * `0.1` passes (it is read back as 0.1); `9007199254740993`, `1000000000000000.01` and
 * `100.10000000000000001` do not (they are read as a neighbouring number).
 */
function exactAsDouble(text: string): boolean {
  const n = Number(text);
  if (!Number.isFinite(n)) return false;
  const mantissa = text.replace(/^-/, '').replace(/[eE].*$/, '');
  const digits = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits === '') return true; // a zero, however written
  // Fifteen significant digits always survive a double, away from its overflow and underflow ranges.
  const size = Math.abs(n);
  if (digits.length <= 15 && size > 1e-300 && size < 1e300) return true;
  return new Decimal(text).eq(new Decimal(String(n)));
}

/** Thrown inside the reader to stop at a syntax error or too deep a nesting; never escapes it. */
class Stop {
  constructor(readonly offset: number, readonly tooDeep: boolean) {}
}

/**
 * Reads JSON text (RFC 8259) into plain values, as `JSON.parse` does, but without losing anything in
 * silence: a number that a double cannot hold exactly is reported (the scenario format promises amounts as
 * written), a key repeated in one object is reported with both positions (a reader would keep the last one
 * quietly), and nesting beyond `maxDepth` stops the reading with a problem instead of exhausting the stack.
 * A `__proto__` key becomes an own property, as with `JSON.parse`, never the object's prototype.
 */
export function readJson(text: string, maxDepth: number): JsonRead {
  let i = 0;
  const where = lineColumns(text);
  const path: (string | number)[] = [];
  const issues: Issue[] = [];
  const fail = (): never => {
    throw new Stop(i, false);
  };
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  // Where the next quote and backslash are, kept across strings: each search starts where the last one
  // ended, so a text of many strings, or a string of many escapes, is read in one pass (a fresh search for
  // a backslash in every string would scan to the end of the text each time).
  let quote = -2;
  let slash = -2;
  const string = (): string => {
    i++; // the opening quote
    let out = '';
    for (;;) {
      if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
      if (slash !== -1 && slash < i) slash = text.indexOf('\\', i);
      let end = quote === -1 ? text.length : quote;
      if (slash !== -1 && slash < end) end = slash;
      const plain = text.slice(i, end);
      if (RAW_CONTROL.test(plain)) {
        i += plain.search(RAW_CONTROL);
        fail();
      }
      out += plain;
      i = end;
      if (i === text.length) fail();
      if (i === quote) {
        i++;
        return out;
      }
      const e = text[i + 1];
      i++;
      if (e === 'u') {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          i++;
          while (/[0-9a-fA-F]/.test(text[i] ?? '')) i++;
          fail();
        }
        out += String.fromCharCode(parseInt(hex, 16));
        i += 5;
      } else {
        const simple = e === undefined ? undefined : ESCAPES[e];
        if (simple === undefined) fail();
        out += simple;
        i++;
      }
    }
  };
  const number = (): number => {
    const at = i;
    const digit = (): boolean => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
    const digits = (): void => {
      if (!digit()) fail();
      while (digit()) i++;
    };
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') (i++, digits());
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
    const written = text.slice(at, i);
    const n = Number(written);
    if (!exactAsDouble(written)) {
      const read = Number.isFinite(n) ? String(n) : 'too large to hold';
      issues.push(
        issueWithText(
          'E_NUMBER',
          [...path],
          'a number that reads exactly (write an exact amount as a string, such as "1000000000000000.01")',
          `${written.length > 60 ? `${written.slice(0, 57)}...` : written} at ${where(at)}, which a JSON number reads as ${read}`,
        ),
      );
    }
    return n;
  };
  const value = (depth: number): unknown => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= maxDepth) {
        issues.push(issueWithText('E_LIMIT', [...path], `nesting at most ${maxDepth} levels deep`, `a deeper ${c === '{' ? 'object' : 'array'} at ${where(i)}`));
        throw new Stop(i, true);
      }
      i++;
      ws();
      return c === '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    const word = c === undefined ? undefined : WORDS[c];
    if (word === undefined) return fail();
    for (const ch of word[0]) (text[i] === ch ? i++ : fail());
    return word[1];
  };
  const object = (depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (text[i] === '}') return (i++, out);
    const seen = new Map<string, number>();
    for (;;) {
      ws();
      if (text[i] !== '"') fail();
      const at = i;
      const key = string();
      ws();
      if (text[i] !== ':') fail();
      i++;
      path.push(key);
      const v = value(depth);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(issueWithText('E_DUPLICATE_KEY', [...path], 'each key once in an object', `${JSON.stringify(key)} twice, at ${where(first)} and at ${where(at)}`));
      } else seen.set(key, at);
      path.pop();
      // An own property even for "__proto__", as JSON.parse makes it; plain assignment would set the
      // prototype. Any other key (Object.prototype has no other setter) is assigned, the cheaper way.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return (i++, out);
      else fail();
    }
  };
  const array = (depth: number): unknown[] => {
    const out: unknown[] = [];
    if (text[i] === ']') return (i++, out);
    for (;;) {
      path.push(out.length);
      out.push(value(depth));
      path.pop();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return (i++, out);
      else fail();
    }
  };
  try {
    const v = value(0);
    ws();
    if (i < text.length) fail();
    return { kind: 'value', value: v, issues };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return e.tooDeep ? { kind: 'too-deep', issues } : { kind: 'syntax', offset: Math.min(e.offset, text.length) };
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const WORDS: Readonly<Record<string, readonly [string, unknown]>> = { t: ['true', true], f: ['false', false], n: ['null', null] };
