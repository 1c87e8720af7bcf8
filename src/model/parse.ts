import type { z } from 'zod';
import { ErrorCode, ScenarioError, assertNever, isErrorCode, makeIssue, issueWithText, type Issue } from '../errors/index.js';
import { AGREEMENT_RULES, ATTRIBUTION_RULES, safeParseScenarioFile, type ScenarioFile } from '../schema/index.js';
import { normalise } from './normalise.js';
import { problemsBeyondSchema } from './_beyond-schema.js';
import { readJson, lineColumn } from './_json-reader.js';
import { checkInput } from './_input-checks.js';
import { DEFAULT_SCENARIO_LIMITS, type ParseScenarioOptions, type ScenarioLimits } from './limits.js';
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
      return makeIssue('E_SCHEMA', path, branchesExpectation(issue.errors, path.length) ?? unionExpectation(path, found), found);
    case 'too_small':
      return makeIssue('E_SCHEMA', path, issue.origin === 'array' ? `at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `at least ${String(issue.minimum)}`, found);
    case 'too_big':
      return makeIssue('E_SCHEMA', path, `at most ${String(issue.maximum)}`, found);
    case 'custom': {
      // The schema's refinements name their code in their parameters.
      const code: unknown = (issue.params as { code?: unknown } | undefined)?.code;
      return makeIssue(isErrorCode(code) ? code : ErrorCode.SCHEMA, path, issue.message, found);
    }
    // The scenario schema makes none of these; were one made, zod's own words say what was expected.
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return makeIssue('E_SCHEMA', path, issue.message.replace(/^Invalid input: expected /, ''), found);
    default:
      return assertNever(issue, 'zod issue');
  }
}

/** Zod's type names in words: a record is an object keyed by ids the scenario defines. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
  int: 'a whole number',
  record: 'an object keyed by id, such as {"hf": "0.5", "rbkc": "0.5"}',
  null: 'null',
  undefined: 'nothing',
};

function article(expected: string): string {
  return Object.prototype.hasOwnProperty.call(TYPE_WORDS, expected) ? TYPE_WORDS[expected]! : expected;
}

function unionExpectation(path: readonly (string | number)[], found: unknown): string {
  const last = path[path.length - 1];
  const rules = (names: readonly string[]): string => `{"rule": ${names.map((r) => JSON.stringify(r)).join(' | ')}, …}`;
  // An agreement's own rule (not a part of a blend within it) is one of the agreement rules.
  const partOfBlend = path.includes('parts');
  if (path[0] === 'agreements' && path.includes('attribution') && !partOfBlend) {
    return `a rule an agreement splits by: ${rules(path.includes('steps') ? AGREEMENT_RULES.filter((r) => r !== 'schedule') : AGREEMENT_RULES)}`;
  }
  if (last === 'attribution' || path.includes('attribution')) {
    // A line's or a cost's own rule (not a part of a blend) may also be a schedule.
    const lineRule = (path[0] === 'lines' || path[0] === 'costs') && path[2] === 'attribution' && path.length <= 4 && !partOfBlend && !path.includes('steps');
    if (lineRule) return `an attribution rule: ${rules([...ATTRIBUTION_RULES, 'schedule'])}`;
    if (found === 'schedule') return `an attribution rule (a schedule splits agreements, lines and costs only): ${rules(ATTRIBUTION_RULES)}`;
    return `an attribution rule: ${rules(ATTRIBUTION_RULES)}`;
  }
  if (path[0] === 'partners' && path[2] === 'metrics' && path.length === 4) return 'a non-negative amount, or values by financial year such as {"2021/22": "77297", "2022/23": "60924"}';
  if (path[0] === 'agreements' && path[2] === 'standAlone' && path.length === 4) return 'an amount for every year, or amounts by financial year such as {"2021/22": "450000"}';
  if (last === 'closing') return 'a closing position per partner, {"combined": …, "attribution": …}, or an agreement’s contributions {"agreement": …, "year": …}';
  if (last === 'starting') return 'a starting position per partner, or {"combined": …}';
  if (last === 'fte') return '{"from": {"budget": …}} or {"amount": …, "attribution": …}';
  if (typeof last === 'number' && path.includes('phasing')) return '{"year": "2017/18", "amount": …} or {"year": …, "share": …}';
  return `one of the shapes the format allows for ${JSON.stringify(String(last ?? 'the scenario'))} (see the scenario reference)`;
}

/**
 * What a union of simple types wanted, from each branch's own complaint about the value itself: "a string
 * or a number", or the allowed values. Undefined when a branch wanted an object with parts of its own.
 */
function branchesExpectation(branches: readonly (readonly z.core.$ZodIssue[])[], depth: number): string | undefined {
  const wants: string[] = [];
  for (const branch of branches) {
    const [only] = branch;
    if (branch.length !== 1 || only!.path.length > 0 || depth < 0) return undefined;
    if (only!.code === 'invalid_type') wants.push(article(only!.expected));
    else if (only!.code === 'invalid_value') wants.push(...only!.values.map((v) => JSON.stringify(v)));
    else return undefined;
  }
  const unique = [...new Set(wants)];
  if (unique.length === 0) return undefined;
  return unique.every((w) => w.startsWith('"')) ? `one of ${unique.join(', ')}` : unique.join(' or ');
}

/** A JSON syntax error, at its line and column, in the words of the host's own JSON reader. */
function jsonError(text: string, offset: number): Issue {
  let what = 'Unexpected end of JSON input';
  try {
    JSON.parse(text);
  } catch (error) {
    // Leave out the position and the excerpt of the input some messages quote (`…, "…" is not valid JSON`).
    what = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, .*is not valid JSON$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
  }
  return issueWithText('E_JSON', [], 'well-formed JSON', `${what} at ${lineColumn(text, offset)}`);
}

/** The cells a scenario asks the engine to hold, counted before any is made. */
function cellsAsked(file: ScenarioFile): number {
  const items = file.lines.length + file.costs.length + file.funding.length + 3 * file.indirect.length;
  return file.partners.length * file.settings.years * items;
}

/**
 * Checks and normalises a scenario, never throwing: returns the scenario or a {@link ScenarioError}
 * listing every problem, each with its path, what was expected and what was found.
 *
 * @param input - the scenario as JSON text, or as an already parsed object
 * @param options - bounds other than {@link DEFAULT_SCENARIO_LIMITS}
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
export function safeParseScenario(input: unknown, options: ParseScenarioOptions = {}): SafeParseScenarioResult {
  const limits: ScenarioLimits = { ...DEFAULT_SCENARIO_LIMITS, ...options.limits };
  const refuse = (issues: readonly Issue[]): SafeParseScenarioResult => ({ success: false, error: new ScenarioError(issues) });
  let value = input;
  let found: readonly Issue[] = [];
  if (typeof input === 'string') {
    const read = readJson(input, limits.maxDepth);
    if (read.kind === 'syntax') return refuse([jsonError(input, read.offset)]);
    if (read.kind === 'too-deep') return refuse(read.issues);
    found = read.issues;
    value = read.value;
  }
  // concat, not push(...): a file may hold more problems than a call has room for arguments.
  found = found.concat(checkInput(value, limits));
  if (found.length > 0) return refuse(found);
  const parsed = safeParseScenarioFile(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => fromZod(i, value));
    return refuse(issues.concat(problemsBeyondSchema(value, issues)));
  }
  const cells = cellsAsked(parsed.data);
  if (cells > limits.maxCells) {
    const f = parsed.data;
    return refuse([
      issueWithText(
        'E_LIMIT',
        ['lines'],
        `at most ${limits.maxCells} cells (partners × years × items)`,
        `${f.partners.length} × ${f.settings.years} × ${cells / (f.partners.length * f.settings.years)} = ${cells} cells`,
      ),
    ]);
  }
  const result = normalise(parsed.data);
  if ('issues' in result) return { success: false, error: new ScenarioError(result.issues) };
  return { success: true, data: result.scenario };
}

/**
 * Checks and normalises a scenario: amounts become exact Decimals in pounds, ids are resolved, every
 * rule is checked. Throws a {@link ScenarioError} listing every problem at once.
 *
 * @param input - the scenario as JSON text, or as an already parsed object
 * @param options - bounds other than {@link DEFAULT_SCENARIO_LIMITS}
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
export function parseScenario(input: unknown, options: ParseScenarioOptions = {}): Scenario {
  const result = safeParseScenario(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
