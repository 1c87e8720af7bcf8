/**
 * The schema check of a whole scenario file, with a shortcut for its savings lines: a file of thousands
 * of lines spends most of its schema time on them, and almost every line has one of a few plain shapes.
 * A line of such a shape (only the usual keys, plain decimal text, an equal or metric rule, a phasing by
 * shares or amounts) is checked here by hand and given the output the schema would give; any other line
 * is checked by the line schema itself. Where any line is refused, the whole file is checked again by
 * the scenario schema, so every problem, its path and its message are exactly the schema's own.
 */
import type { z } from 'zod';
import { ID_PATTERN, RESERVED_IDS, isPlainAmountInRange, isPlainNonNegative, yearSchema } from './_primitives.js';
import { scenarioSchema, type ScenarioFile } from './scenario.js';
import { TIERS } from './tiers.js';
import { CATEGORIES, LINE_KINDS, RECURRENCES } from './vocabulary.js';

type LineFile = ScenarioFile['lines'][number];

/** The schema of one savings line, as the scenario schema holds it. */
const lineSchema = scenarioSchema.shape.lines.unwrap().element;

/** The keys a line of a plain shape may have; any other (fte, from, quantum, …) goes to the line schema. */
const PLAIN_LINE_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'service', 'kind', 'tier', 'category', 'fund', 'recurrence', 'amount', 'attribution', 'phasing', 'basis']);

const isOneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

function isId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v) && !RESERVED_IDS.includes(v);
}

/** What the hand check needs beyond the line: whether a year's text passes the year schema, each text once. */
interface LinePass {
  readonly years: Map<string, boolean>;
}

function isYear(pass: LinePass, v: unknown): v is string {
  if (typeof v !== 'string') return false;
  let ok = pass.years.get(v);
  if (ok === undefined) {
    ok = yearSchema.safeParse(v).success;
    pass.years.set(v, ok);
  }
  return ok;
}

/** A rule of a plain shape: `{"rule": "equal"}` or `{"rule": "metric", "metric": id}`, and nothing else. */
function plainRule(v: unknown): LineFile['attribution'] | undefined {
  if (!isPlainObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length === 1 && v.rule === 'equal') return { rule: 'equal' };
  if (keys.length === 2 && v.rule === 'metric' && isId(v.metric)) return { rule: 'metric', metric: v.metric };
  return undefined;
}

/** A phasing of a plain shape: entries `{"year", "share"}` (non-negative) or `{"year", "amount"}`, nothing else. */
function plainPhasing(pass: LinePass, v: unknown): LineFile['phasing'] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: NonNullable<LineFile['phasing']> = [];
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (!isPlainObject(e) || Object.keys(e).length !== 2 || !isYear(pass, e.year)) return undefined;
    if (isPlainNonNegative(e.share)) out.push({ year: e.year, share: e.share as string });
    else if (isPlainAmountInRange(e.amount)) out.push({ year: e.year, amount: e.amount as string });
    else return undefined;
  }
  return out;
}

/**
 * A line of a plain shape, checked by hand, as the line schema outputs it: its keys in the schema's
 * order, defaults filled in, absent optional keys left out. Undefined for a line of any other shape,
 * which the line schema then checks (undefined is no judgement on the line).
 */
function plainLine(pass: LinePass, v: unknown): LineFile | undefined {
  if (!isPlainObject(v)) return undefined;
  for (const key of Object.keys(v)) if (!PLAIN_LINE_KEYS.has(key) || v[key] === undefined) return undefined;
  const { id, name, service, kind, tier, category, fund, recurrence, amount, attribution, phasing, basis } = v;
  if (!isId(id) || typeof name !== 'string' || name.length === 0) return undefined;
  if (service !== undefined && !isId(service)) return undefined;
  if (kind !== undefined && !isOneOf(LINE_KINDS, kind)) return undefined;
  if (tier !== undefined && !isOneOf(TIERS, tier)) return undefined;
  if (category !== undefined && !isOneOf(CATEGORIES, category)) return undefined;
  if (fund !== undefined && (typeof fund !== 'string' || fund.length === 0)) return undefined;
  if (recurrence !== undefined && !isOneOf(RECURRENCES, recurrence)) return undefined;
  if (amount !== undefined && !isPlainAmountInRange(amount)) return undefined;
  if (basis !== undefined && typeof basis !== 'string') return undefined;
  const rule = attribution === undefined ? undefined : plainRule(attribution);
  if (attribution !== undefined && rule === undefined) return undefined;
  const when = phasing === undefined ? undefined : plainPhasing(pass, phasing);
  if (phasing !== undefined && when === undefined) return undefined;
  // Key by key in the schema's order, as the schema's output has them.
  const out = { id, name } as LineFile;
  if (service !== undefined) out.service = service as string;
  out.kind = (kind ?? 'saving') as LineFile['kind'];
  out.tier = (tier ?? 'assured') as LineFile['tier'];
  out.category = (category ?? 'employees') as LineFile['category'];
  out.fund = (fund ?? 'General Fund') as string;
  out.recurrence = (recurrence ?? 'ongoing') as LineFile['recurrence'];
  if (amount !== undefined) out.amount = amount as string;
  if (rule !== undefined) out.attribution = rule;
  if (when !== undefined) out.phasing = when;
  if (basis !== undefined) out.basis = basis as string;
  return out;
}

/** The file's lines as the schema outputs them, or undefined where any line is refused (or no list is there). */
function checkedLines(file: Record<string, unknown>): LineFile[] | undefined {
  const lines = file.lines;
  if (!Array.isArray(lines)) return undefined;
  const pass: LinePass = { years: new Map() };
  const out: LineFile[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    const plain = plainLine(pass, line);
    if (plain !== undefined) {
      out.push(plain);
      continue;
    }
    const checked = lineSchema.safeParse(line);
    if (!checked.success) return undefined;
    out.push(checked.data);
  }
  return out;
}

/**
 * Checks a scenario file against {@link scenarioSchema}, with the same result as
 * `scenarioSchema.safeParse(value)` (the same output, or the same issues in the same order), in less
 * time for a file of many plain lines. Nothing in the value is changed.
 *
 * @param value - the file as read
 * @returns zod's result
 *
 * @example
 * ```ts
 * safeParseScenarioFile({ version: 1 }).success;
 * //=> false
 * ```
 */
export function safeParseScenarioFile(value: unknown): z.ZodSafeParseResult<ScenarioFile> {
  if (!isPlainObject(value)) return scenarioSchema.safeParse(value);
  const lines = checkedLines(value);
  if (lines === undefined) return scenarioSchema.safeParse(value);
  const rest = scenarioSchema.safeParse({ ...value, lines: [] });
  // Any problem elsewhere: the whole file again, so that issues come in the schema's own order.
  if (!rest.success) return scenarioSchema.safeParse(value);
  rest.data.lines = lines;
  return rest;
}
