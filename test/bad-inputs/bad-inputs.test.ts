/**
 * Bad scenario files, each broken in one way (or, for `several-*`, in several), read as text. Every one
 * is refused by safeParseScenario with the code and path listed in expected.json, and a message that
 * names the path, what was expected and what was found. Nothing is thrown, dropped or coerced, and
 * reserved keys never reach Object.prototype.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatPath, isScenarioError, parseScenario, safeParseScenario, ScenarioError, type Issue } from '../../src/index.js';

interface Expected {
  readonly code: string;
  readonly path: string;
  readonly messageIncludes?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<string, Expected | Expected[]>;
const files = readdirSync(here).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
const read = (file: string): string => readFileSync(join(here, file), 'utf8');

function issuesOf(file: string): readonly Issue[] {
  const r = safeParseScenario(read(file));
  if (r.success) throw new Error(`${file} was accepted`);
  expect(isScenarioError(r.error)).toBe(true);
  return r.error.issues;
}

describe('bad inputs', () => {
  it('has at least 30 files, each listed in expected.json (and nothing listed that is not there)', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  const single = Object.entries(expected).filter((e): e is [string, Expected] => !Array.isArray(e[1]));
  it.each(single)('%s is refused with %j', (file, want) => {
    const issues = issuesOf(file);
    const matching = issues.filter((i) => i.code === want.code && formatPath(i.path) === want.path);
    const issue = matching.find((i) => want.messageIncludes === undefined || i.message.includes(want.messageIncludes)) ?? matching[0];
    expect(issue, `issues: ${issues.map((i) => `${i.code} ${formatPath(i.path)}`).join('; ')}`).toBeDefined();
    // The message names the path, the expectation and what was found.
    expect(issue!.message).toBe(`${want.path}: expected ${issue!.expected}, found ${issue!.received}`);
    expect(issue!.expected.length).toBeGreaterThan(0);
    expect(issue!.received.length).toBeGreaterThan(0);
    if (want.messageIncludes !== undefined) expect(issue!.message).toContain(want.messageIncludes);
    // The same problems throw from parseScenario, in the error's own message too.
    expect(() => parseScenario(read(file))).toThrow(ScenarioError);
    try {
      parseScenario(read(file));
    } catch (e) {
      expect((e as ScenarioError).message).toContain(issue!.message.split('\n')[0]!);
    }
  });

  const several = Object.entries(expected).filter((e): e is [string, Expected[]] => Array.isArray(e[1]));
  it.each(several)('%s reports every problem at once', (file, wants) => {
    const issues = issuesOf(file);
    const found = issues.map((i) => `${i.code} ${formatPath(i.path)}`);
    for (const want of wants) expect(found).toContain(`${want.code} ${want.path}`);
    const error = new ScenarioError(issues);
    expect(error.message).toMatch(new RegExp(`^The scenario has ${issues.length} problems:`));
  });

  it('a malformed file names the line and column of the problem', () => {
    for (const file of files.filter((f) => expected[f] !== undefined && !Array.isArray(expected[f]) && (expected[f] as Expected).code === 'E_JSON')) {
      const [issue] = issuesOf(file);
      expect(issue!.message).toMatch(/line \d+, column \d+/);
    }
  });

  it('reserved names never reach Object.prototype, whether in text or in objects', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const file of files) safeParseScenario(read(file));
    // As an object: JSON.parse makes "__proto__" an own key, which must be refused, not merged.
    const object = JSON.parse(read('proto-as-key.json')) as Record<string, unknown>;
    const r = safeParseScenario(object);
    expect(r.success).toBe(false);
    // A key defined directly, as a library user might build it.
    const built = JSON.parse(read('version-2.json')) as Record<string, unknown>;
    built.version = 1;
    Object.defineProperty(built.settings as object, 'constructor', { value: { polluted: true }, enumerable: true });
    const r2 = safeParseScenario(built);
    expect(r2.success).toBe(false);
    if (!r2.success) expect(r2.error.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual(['E_RESERVED_ID settings.constructor']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });
});
