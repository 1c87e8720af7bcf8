/**
 * The scenario's JSON reader: the same values as JSON.parse for well-formed text, the position of a
 * syntax error (safeParseScenario reports E_JSON with "line N, column M" even where Node's JSON.parse
 * gives no position), and nothing lost in silence: inexact numbers, repeated keys, absurd nesting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/model/_json-reader.js';
import { safeParseScenario } from '../../src/index.js';

function parseError(text: string): Error | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

/** JSON text with a few characters cut or inserted somewhere. */
const damaged = fc.tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 2 })).map(([j, at, cut, insert]) => {
  const i = at % (j.length + 1);
  return j.slice(0, i) + insert + j.slice(i + cut);
});

/** Where readJson stops on malformed text; undefined when it reads it. */
function jsonErrorOffset(text: string): number | undefined {
  const r = readJson(text, 1_000);
  return r.kind === 'syntax' ? r.offset : undefined;
}

describe('readJson: syntax', () => {
  it('reads well-formed JSON to the values JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = readJson(text, 1_000);
        // fc.json repeats no keys; its doubles may not read exactly, which is reported, not hidden.
        expect(r.kind).toBe('value');
        if (r.kind === 'value') expect(r.value).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing wrong with well-formed JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('flags exactly the texts JSON.parse refuses, at the position JSON.parse names when it names one', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const error = parseError(text);
        const offset = jsonErrorOffset(text);
        if (error === undefined) {
          expect(offset).toBeUndefined();
          return;
        }
        expect(offset).toBeTypeOf('number');
        const named = /position (\d+)/.exec(error.message);
        if (named !== null) expect(offset).toBe(Number(named[1]));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['{"a": x}', 6],
    ['{"a": tru}', 9],
    ['{"a": 1', 7],
    ['', 0],
    ['  ', 2],
    ['{"a": "\\q"}', 8],
    ['{"a": "\\u12G4"}', 11],
    ['[1, 2,]', 6],
    ['{"a": 1} x', 9],
    ['\uFEFF{}', 0],
    // Found by a fresh seed: an invalid escape in a string that is never closed fails at the escape.
    ['["      \\,null]', 9],
  ])('%j fails at offset %i', (text, offset) => {
    expect(parseError(text)).toBeDefined();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('reads a string of a million escapes in one pass (a quadratic reader would time out here)', () => {
    const r = readJson(`"${'\\n'.repeat(1_000_000)}"`, 64);
    expect(r.kind === 'value' && (r.value as string).length).toBe(1_000_000);
  });

  it('reads a document of 300,000 strings in one pass (searching each string for a backslash to the end of the text would time out here)', () => {
    const r = readJson(JSON.stringify(Array.from({ length: 300_000 }, (_, i) => `line ${i}`)), 64);
    expect(r.kind === 'value' && (r.value as string[]).length).toBe(300_000);
  });

  it('stops at the nesting limit rather than overflow the stack on absurd nesting', () => {
    const r = readJson('['.repeat(200_000), 64);
    expect(r.kind).toBe('too-deep');
    if (r.kind === 'too-deep') expect(r.issues[0]!.message).toBe(`${'[0]'.repeat(64)}: expected nesting at most 64 levels deep, found a deeper array at line 1, column 65`);
  });
});

describe('safeParseScenario on malformed JSON', () => {
  it.each([
    ['{\n  "version": 1,\n  "title": x\n}', "Unexpected token 'x' at line 3, column 12"],
    ['{\n  "version": 1,\n  "title": "t"', 'at line 3, column 15'],
    ['{\n  "version": 1\n  "title": "t"\n}', 'at line 3, column 3'],
    ['', 'at line 1, column 1'],
  ])('%j is refused with E_JSON naming the line and column', (text, where) => {
    const r = safeParseScenario(text);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(1);
    const [issue] = r.error.issues;
    expect(issue!.code).toBe('E_JSON');
    expect(issue!.message).toContain(where);
    expect(issue!.message).toMatch(/line \d+, column \d+/);
    // The message does not quote the input back.
    expect(issue!.message).not.toContain('is not valid JSON');
  });
});
