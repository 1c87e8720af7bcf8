/** Helpers for the tests of hostile text reaching the renderers: a scenario renamed after parsing, an unzip, a strict XML check, a CSV reader. */
import { inflateRawSync } from 'node:zlib';
import { evaluate, parseScenario, type Evaluation, type Scenario } from '../../src/index.js';
import { smallScenario } from './_scenarios.js';

/** Names to put into the small scenario, after parsing (so that no parse-time rule on text stands in the way: these tests are of the renderers). */
export interface Names {
  readonly title?: string;
  readonly source?: string;
  /** The two partners' names. */
  readonly partners?: readonly [string, string];
  /** The names of the three lines. */
  readonly lines?: readonly [string, string, string];
  readonly service?: string;
  /** The budgets' names. */
  readonly budgets?: readonly [string, string];
}

/** The small scenario (with an unquantified cost, so every format has a caveat), evaluated, with the names given. */
export function renamed(names: Names): Evaluation {
  const s: Scenario = parseScenario({ ...smallScenario(), costs: [{ id: 'ict', name: 'ICT', type: 'ict', unquantified: true }] });
  return evaluate({
    ...s,
    title: names.title ?? s.title,
    ...(names.source === undefined ? {} : { source: names.source }),
    partners: s.partners.map((p, i) => ({ ...p, name: names.partners?.[i] ?? p.name })),
    lines: s.lines.map((l, i) => ({ ...l, name: names.lines?.[i] ?? l.name })),
    services: s.services.map((x) => ({ ...x, name: names.service ?? x.name })),
    budgets: s.budgets.map((b, i) => ({ ...b, name: names.budgets?.[i] ?? b.name })),
  });
}

/** The entries of a zip archive (stored or deflated), as text, by name. */
export function unzip(zip: Uint8Array): Map<string, string> {
  const buf = Buffer.from(zip);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip');
  const out = new Map<string, string>();
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    out.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** True for a code point XML 1.0 allows (the Char production). */
function xmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** The first character XML cannot hold, as `U+XXXX at i`, or null. A lone surrogate counts (iteration by code point yields it alone). */
export function illegalXmlChar(text: string): string | null {
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!xmlChar(cp)) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} at ${i}`;
    i += ch.length;
  }
  return null;
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const REFERENCE = /&(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/y;
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^<"]*"|'[^<']*'))*)\\s*(/?)>`, 'y');

/** The problems that make a document not well-formed XML (a strict subset of the rules, enough for what our writers emit); empty when there are none. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const bad = illegalXmlChar(xml);
  if (bad !== null) problems.push(`illegal character ${bad}`);
  const open: string[] = [];
  let roots = 0;
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (i < xml.length && problems.length < 5) {
    const ch = xml[i]!;
    if (ch === '<') {
      if (xml.startsWith('<!--', i)) {
        i = xml.indexOf('-->', i) + 3;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(xml);
      if (m === null) {
        problems.push(`malformed tag at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
        break;
      }
      for (const value of (m[3] ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const v = value[1] ?? value[2] ?? '';
        for (const amp of v.matchAll(/&/g)) {
          REFERENCE.lastIndex = amp.index;
          if (REFERENCE.exec(v) === null) problems.push(`bare & in an attribute at ${i}`);
        }
      }
      if (m[1] === '/') {
        if (open.pop() !== m[2]) problems.push(`</${m[2]}> closes nothing open at ${i}`);
      } else if (m[4] !== '/') {
        if (open.length === 0) roots += 1;
        open.push(m[2]!);
      } else if (open.length === 0) roots += 1;
      i = TAG.lastIndex;
    } else if (ch === '&') {
      REFERENCE.lastIndex = i;
      if (REFERENCE.exec(xml) === null) problems.push(`bare & at ${i}`);
      i += 1;
    } else {
      if (open.length === 0 && !/\s/.test(ch)) problems.push(`text outside the root at ${i}`);
      i += 1;
    }
  }
  for (const ref of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const cp = ref[1]!.startsWith('x') ? parseInt(ref[1]!.slice(1), 16) : parseInt(ref[1]!, 10);
    if (!xmlChar(cp)) problems.push(`reference to an illegal character: ${ref[0]}`);
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(' ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The records of a CSV text (RFC 4180), each a list of fields, quotes undone. Blank lines are records of one empty field. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new Error('unterminated quote');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const stop = text.slice(i).search(/[,\r]/);
      const end = stop === -1 ? text.length : i + stop;
      field = text.slice(i, end);
      if (field.includes('"') || field.includes('\n')) throw new Error(`a quote or line feed in an unquoted field: ${JSON.stringify(field)}`);
      i = end;
    }
    fields.push(field);
    if (text[i] === ',') i += 1;
    else if (text.startsWith('\r\n', i)) {
      records.push(fields);
      fields = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} after a field at ${i}`);
  }
  if (fields.length > 0) records.push(fields);
  return records;
}
