/**
 * Every field of the scenario format has a place in the workbook: a column (derived from the schema), a
 * long table of per-partner figures, or a JSON cell listed as a fallback. Walks the JSON Schema as it is
 * built now, so a field added to the format fails here until the workbook holds it. Run it against the
 * schema of the day: `npm run build` writes schema/scenario.schema.json, which is walked too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../../src/index.js';
import { layout, placeOfSteps } from '../../src/workbook/_columns.js';
import { JSON_FALLBACKS, SHEETS } from '../../src/workbook/_layout.js';
import { resolveNode, type Node } from '../../src/workbook/_fields.js';


/** Every leaf of the schema (a value, or a list of ids) as a place: `lines[].attribution.rule`, `partners[].metrics{}`. */
function leaves(root: Node): string[] {
  const out = new Set<string>();
  const fallback = (place: string): boolean => JSON_FALLBACKS.some((f) => place === f || place.startsWith(`${f}.`) || place.startsWith(`${f}[`) || place.startsWith(`${f}{`));
  const walk = (node: Node, place: string, depth: number): void => {
    if (fallback(place)) return void out.add(place);
    if (depth > 20) throw new Error(`the schema nests beyond 20 at ${place}: a recursive structure with no JSON fallback`);
    const r = resolveNode(node, root);
    const branches = (r.anyOf ?? r.oneOf ?? [r]).map((b) => resolveNode(b, root));
    for (const b of branches) {
      if (b.anyOf !== undefined || b.oneOf !== undefined) walk(b, place, depth + 1);
      else if (b.type === 'object' && b.properties !== undefined) for (const [key, child] of Object.entries(b.properties)) walk(child, place === '' ? key : `${place}.${key}`, depth + 1);
      else if (b.type === 'object' && typeof b.additionalProperties === 'object') walk(b.additionalProperties, `${place}{}`, depth + 1);
      else if (b.type === 'array') {
        const items = resolveNode(b.items ?? {}, root);
        const scalar = items.type === 'string' || items.enum !== undefined;
        if (scalar) out.add(place);
        else walk(items, `${place}[]`, depth + 1);
      } else out.add(place);
    }
  };
  walk(root, '', 0);
  return [...out].sort();
}

/** Every place the workbook holds: its columns, its long tables' values, its JSON cells. */
function held(): Set<string> {
  const { settings, sheets } = layout();
  const out = new Set<string>(settings.map((f) => f.path.join('.')));
  for (const sheet of sheets) {
    const base = placeOfSteps(sheet.spec.steps);
    for (const c of sheet.columns) if ('field' in c.role) out.add(`${base}.${c.role.field.path.join('.')}`);
    for (const covered of sheet.spec.covers) if (covered.endsWith('{}')) out.add(covered);
  }
  return out;
}

describe.each([
  ['the schema the source builds', scenarioJsonSchema() as Node],
  ['schema/scenario.schema.json (npm run build writes it)', JSON.parse(readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8')) as Node],
])('the workbook against %s', (_name, schema) => {
  it('holds every field of the format in a column, a long table or a listed JSON cell', () => {
    const places = held();
    const fallback = (place: string): boolean => JSON_FALLBACKS.some((f) => place === f || place.startsWith(`${f}.`) || place.startsWith(`${f}[`) || place.startsWith(`${f}{`));
    const missing = leaves(schema).filter((place) => !places.has(place) && !fallback(place));
    expect(missing).toEqual([]);
  });
});

describe('the layout', () => {
  it('holds a partner\'s short label and the display settings in columns of their own', () => {
    const places = held();
    expect(['partners[].short', 'settings.display.decimals', 'settings.display.negatives'].filter((p) => !places.has(p))).toEqual([]);
  });

  it('keeps as JSON exactly the listed fallbacks, and no structure it has no table for', () => {
    const { sheets, settings } = layout();
    const unlisted = [...settings.filter((f) => f.unlisted === true).map((f) => f.path.join('.')), ...sheets.flatMap((s) => s.columns.flatMap((c) => ('field' in c.role && c.role.field.unlisted === true ? [`${placeOfSteps(s.spec.steps)}.${c.role.field.path.join('.')}`] : [])))];
    expect(unlisted).toEqual([]);
    const json = [
      ...settings.filter((f) => f.kind === 'json' || f.kind === 'word-or-json').map((f) => f.path.join('.')),
      ...sheets.flatMap((s) => s.columns.flatMap((c) => ('field' in c.role && (c.kind === 'json' || c.kind === 'word-or-json') ? [`${placeOfSteps(s.spec.steps)}.${c.role.field.path.join('.')}`] : []))),
    ];
    expect(json.sort()).toEqual([...JSON_FALLBACKS].sort());
  });

  it('has a sheet for every place a sheet leaves to another (a line’s phasing, a rule’s shares)', () => {
    const covered = new Set(SHEETS.flatMap((s) => s.covers));
    const left = SHEETS.flatMap((s) => (s.own?.elsewhere ?? []).map((e) => `${placeOfSteps(s.steps)}.${e}`));
    expect(left.filter((p) => !covered.has(p))).toEqual([]);
  });

  it('finds a field added to the format that the workbook does not hold', () => {
    const schema = scenarioJsonSchema() as unknown as Node & { properties: Record<string, Node> };
    const lines = schema.properties['lines']!.items as Node & { properties: Record<string, Node> };
    const changed = { ...schema, properties: { ...schema.properties, lines: { ...schema.properties['lines'], items: { ...lines, properties: { ...lines.properties, reviews: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' } } } } } } } } };
    expect(leaves(changed).filter((p) => !held().has(p))).toContain('lines[].reviews[].date');
  });
});
