/**
 * Helpers for the engine property tests: evaluating scenario files, deep-freezing inputs, renaming
 * partners everywhere a scenario file names them, and a plain total of the line cells a selector names.
 */
import { Decimal, evaluate, evaluationToJSON, parseScenario, type Evaluation, type ScenarioInput, type Selector } from '../../src/index.js';

/** Parses and evaluates a scenario file, returning the evaluation's JSON text. */
export function evaluationText(file: unknown): string {
  return JSON.stringify(evaluationToJSON(evaluate(parseScenario(file))));
}

/**
 * The total of the line cells a selector names, by a plain filter over the Decimal cells (as text; undefined
 * where it names none): the reference the engine's indexed and block sums are checked against.
 */
export function naiveLineTotal(e: Evaluation, s: Selector): string | undefined {
  const lines = new Map(e.scenario.lines.map((l) => [l.id, l]));
  const cells = e.lineCells.filter((c) => {
    const l = lines.get(c.line)!;
    return (
      c.measure === (s.measure ?? 'money') &&
      (s.partner === undefined || c.partner === s.partner) &&
      (s.year === undefined || c.year === s.year) &&
      (s.line === undefined || c.line === s.line) &&
      (s.tier === undefined || l.tier === s.tier) &&
      (s.recurrence === undefined || l.recurrence === s.recurrence)
    );
  });
  return cells.length === 0 ? undefined : cells.reduce((a, c) => a.plus(c.value), new Decimal(0)).toString();
}

/** Freezes an object and everything in it, so any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const renameKeys = (record: Record<string, Json>, rename: (id: string) => string): Record<string, Json> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [rename(k), v]));

/** An attribution rule with every partner id (keys of shares, amounts, prior) renamed. */
function renameRule(rule: Record<string, Json>, rename: (id: string) => string): Record<string, Json> {
  const out: Record<string, Json> = { ...rule };
  for (const key of ['shares', 'amounts', 'prior']) {
    if (out[key] !== undefined) out[key] = renameKeys(out[key] as Record<string, Json>, rename);
  }
  if (Array.isArray(out.parts)) {
    out.parts = (out.parts as Record<string, Json>[]).map((p) => ({ ...p, attribution: renameRule(p.attribution as Record<string, Json>, rename) }));
  }
  return out;
}

/** A position: per-partner keys renamed; `{ combined }` (with or without a rule) kept as a total. */
function renamePosition(position: Record<string, Json>, rename: (id: string) => string): Record<string, Json> {
  if ('attribution' in position) return { ...position, attribution: renameRule(position.attribution as Record<string, Json>, rename) };
  if ('combined' in position && Object.keys(position).length === 1) return position;
  return renameKeys(position, rename);
}

/**
 * Applies a renaming of partner ids everywhere the scenario file names a partner: the partners, tie
 * orders, per-partner positions, attribution rules (shares, actual amounts, priors, blends), FTE rules
 * and published figures. (Ids named `combined` are not produced by the arbitrary: `{ "combined": … }`
 * would then be ambiguous.)
 */
export function renamePartners(file: ScenarioInput, rename: (id: string) => string): ScenarioInput {
  const f = JSON.parse(JSON.stringify(file)) as Record<string, Json> & { [k: string]: any };
  f.partners = f.partners.map((p: Record<string, Json>) => ({ ...p, id: rename(p.id as string) }));
  if (f.settings.tieOrder) f.settings.tieOrder = f.settings.tieOrder.map(rename);
  for (const s of f.services ?? []) {
    for (const b of s.budgets ?? []) {
      b.starting = renamePosition(b.starting, rename);
      if (b.closing !== undefined) b.closing = renamePosition(b.closing, rename);
    }
  }
  for (const l of f.lines ?? []) {
    if (l.attribution) l.attribution = renameRule(l.attribution, rename);
    if (l.tieOrder) l.tieOrder = l.tieOrder.map(rename);
    if (l.fte?.attribution) l.fte.attribution = renameRule(l.fte.attribution, rename);
  }
  for (const p of f.published ?? []) if (p.of.partner !== undefined) p.of.partner = rename(p.of.partner);
  return f as ScenarioInput;
}

/** Renames every `partner` value and `partners` list in an evaluation's JSON. */
export function renameInJSON(value: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameInJSON(v, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k === 'partner' && typeof v === 'string') return [k, rename(v)];
      if (k === 'partners' && Array.isArray(v) && v.every((x) => typeof x === 'string')) return [k, v.map(rename)];
      return [k, renameInJSON(v, rename)];
    }),
  );
}
