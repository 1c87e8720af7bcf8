import type { z } from 'zod';
import { ScenarioError, makeIssue, issueWithText, type InputPath, type Issue } from '../errors/index.js';
import { scenarioSchema } from '../schema/index.js';
import { RESERVED_IDS } from '../schema/_primitives.js';
import { normalise } from './normalise.js';
import { jsonErrorOffset } from './_json-position.js';
import type { Scenario } from './types.js';

/**
 * The result of {@link safeParseScenario}: the scenario, or the error listing every problem.
 *
 * @example
 * ```ts
 * const result: SafeParseScenarioResult = safeParseScenario(json);
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export type SafeParseScenarioResult = { readonly success: true; readonly data: Scenario } | { readonly success: false; readonly error: ScenarioError };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(at, key as string)) return undefined;
    at = (at as Record<string, unknown>)[key as string];
  }
  return at;
}

function fromZod(issue: z.core.$ZodIssue, input: unknown): Issue {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const found = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      return makeIssue('E_SCHEMA', path, found === undefined ? `${article(issue.expected)} (required)` : article(issue.expected), found);
    case 'unrecognized_keys':
      return issueWithText('E_UNKNOWN_KEY', path, 'only the keys the scenario format defines', `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`);
    case 'invalid_value':
      return makeIssue('E_SCHEMA', path, `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, found);
    case 'invalid_union':
      return makeIssue('E_SCHEMA', path, unionExpectation(path), found);
    case 'too_small':
      return makeIssue('E_SCHEMA', path, issue.origin === 'array' ? `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `at least ${String(issue.minimum)}`, found);
    case 'too_big':
      return makeIssue('E_SCHEMA', path, `at most ${String(issue.maximum)}`, found);
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code ?? 'E_SCHEMA';
      return makeIssue(code, path, issue.message, found);
    }
    default:
      return makeIssue('E_SCHEMA', path, issue.message.replace(/^Invalid input: expected /, ''), found);
  }
}

function article(expected: string): string {
  const words: Record<string, string> = { string: 'a string', number: 'a number', object: 'an object', array: 'an array', boolean: 'true or false', int: 'a whole number' };
  return words[expected] ?? expected;
}

function unionExpectation(path: readonly (string | number)[]): string {
  const last = path[path.length - 1];
  if (last === 'attribution' || path.includes('attribution')) return 'an attribution rule: {"rule": "equal" | "metric" | "actual" | "shares" | "blend", …}';
  if (last === 'closing') return 'a closing position per partner, or {"combined": …, "attribution": …}';
  if (last === 'starting') return 'a starting position per partner, or {"combined": …}';
  if (last === 'fte') return '{"from": {"budget": …}} or {"amount": …, "attribution": …}';
  if (typeof last === 'number' && path.includes('phasing')) return '{"year": "2017/18", "amount": …} or {"year": …, "share": …}';
  return 'one of the allowed shapes';
}

/** Finds keys such as `__proto__` anywhere in the input: refused clearly, never merged into objects. */
function reservedKeys(value: unknown, path: InputPath, out: Issue[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => reservedKeys(v, [...path, i], out));
    return;
  }
  for (const key of Object.keys(value)) {
    if (RESERVED_IDS.includes(key)) out.push(makeIssue('E_RESERVED_ID', [...path, key], 'a key other than __proto__, constructor or prototype', key));
    else reservedKeys((value as Record<string, unknown>)[key], [...path, key], out);
  }
}

/** Where a JSON syntax error is, as line and column, from the position Node reports. */
function jsonError(text: string, error: Error): Issue {
  const match = /position (\d+)/.exec(error.message);
  // Node 20 gives no position for an unexpected token or the end of input: find it by scanning.
  const pos = match !== null ? Number(match[1]) : jsonErrorOffset(text);
  let where = '';
  if (pos !== undefined) {
    const before = text.slice(0, pos).split('\n');
    where = ` at line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
  }
  // Leave out the excerpt of the input some messages quote (`Unexpected token 'x', "…" is not valid JSON`).
  const what = error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/, .*is not valid JSON$/s, '');
  return issueWithText('E_JSON', [], 'well-formed JSON', `${what}${where}`);
}

/**
 * Checks and normalises a scenario, never throwing: returns the scenario or a {@link ScenarioError}
 * listing every problem, each with its path, what was expected and what was found.
 *
 * @param input - the scenario as JSON text, or as an already parsed object
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * const r = safeParseScenario('{"version": 1');
 * r.success;
 * //=> false
 * r.success || r.error.issues[0].code;
 * //=> 'E_JSON'
 * ```
 */
export function safeParseScenario(input: unknown): SafeParseScenarioResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { success: false, error: new ScenarioError([jsonError(input, e as Error)], { cause: e }) };
    }
  }
  const reserved: Issue[] = [];
  reservedKeys(value, [], reserved);
  if (reserved.length > 0) return { success: false, error: new ScenarioError(reserved) };
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) return { success: false, error: new ScenarioError(parsed.error.issues.map((i) => fromZod(i, value))) };
  const result = normalise(parsed.data);
  if ('issues' in result) return { success: false, error: new ScenarioError(result.issues) };
  return { success: true, data: result.scenario };
}

/**
 * Checks and normalises a scenario: amounts become exact Decimals in pounds, ids are resolved, every
 * rule is checked. Throws a {@link ScenarioError} listing every problem at once.
 *
 * @param input - the scenario as JSON text, or as an already parsed object
 * @returns the normalised scenario
 * @throws {@link ScenarioError} when anything is wrong; its `issues` name each path
 *
 * @example
 * ```ts
 * const scenario = parseScenario(fs.readFileSync('examples/tri-borough-2011/scenario.json', 'utf8'));
 * scenario.settings.years;
 * //=> ['2011/12', '2012/13', '2013/14', '2014/15']
 * ```
 */
export function parseScenario(input: unknown): Scenario {
  const result = safeParseScenario(input);
  if (!result.success) throw result.error;
  return result.data;
}
