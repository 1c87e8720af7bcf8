import { scenarioJsonSchema } from '../schema/index.js';
import { fieldsOf, headingOf, resolveNode, type CellKind, type Field, type Node } from './_fields.js';
import { JSON_FALLBACKS, SETTINGS_PREFIX, SHEETS, type SheetSpec, type ValueColumn } from './_layout.js';

/** A column of a sheet: a step's key (the parent's id), a field of the row's element, a long table's key or value. */
export interface Column {
  readonly heading: string;
  readonly about: string;
  readonly kind: CellKind;
  readonly required: boolean;
  readonly values?: readonly string[];
  readonly partners?: boolean;
  /** The sheet and heading whose ids this column names (a validation list). */
  readonly ref?: { readonly sheet: string; readonly heading: string };
  readonly role: { readonly step: number } | { readonly field: Field } | { readonly key: string; readonly optional: boolean } | { readonly value: ValueColumn };
}

/** A sheet with its columns, in order. */
export interface SheetLayout {
  readonly spec: SheetSpec;
  readonly columns: readonly Column[];
  /** Objects of the row's element the format requires, made even where all their cells are blank. */
  readonly requiredObjects: readonly (readonly string[])[];
}

/** The whole workbook's layout: the Settings sheet's keys and every other sheet's columns. */
export interface Layout {
  /** The Settings sheet's fields; a key is the field's path, dotted, without `settings.`. */
  readonly settings: readonly (Field & { readonly key: string })[];
  readonly sheets: readonly SheetLayout[];
  readonly root: Node;
}

function branches(node: Node, root: Node): Node[] {
  const r = resolveNode(node, root);
  const list = r.anyOf ?? r.oneOf;
  return list === undefined ? [r] : list.flatMap((b) => branches(b, root));
}

/** The schema node of a sheet's row element, following its steps from the root. */
function elementOf(steps: SheetSpec['steps'], root: Node): Node {
  let at: Node = root;
  for (const step of steps) {
    if ('prop' in step) {
      const found = branches(at, root)
        .map((b) => b.properties?.[step.prop])
        .find((n) => n !== undefined);
      if (found === undefined) throw new Error(`workbook layout: no property ${step.prop} in the schema`);
      at = found;
    } else {
      const array = branches(at, root).find((b) => b.type === 'array');
      if (array?.items === undefined) throw new Error('workbook layout: a step into something that is not an array');
      at = array.items;
    }
  }
  return at;
}

/** The key `firstYear` for `settings.firstYear`, `appraisal.years` for itself. */
export function settingsKey(path: readonly string[]): string {
  return (path[0] === SETTINGS_PREFIX && path.length > 1 ? path.slice(1) : path).join('.');
}

function stepColumns(spec: SheetSpec): Column[] {
  return spec.steps.flatMap((step, i): Column[] => {
    if ('parent' in step) {
      const about = `The ${step.by} of the element on the ${step.sheet} sheet this row belongs to.`;
      return [{ heading: step.parent, about, kind: 'text', required: true, role: { step: i }, ref: { sheet: step.sheet, heading: headingOf([step.by]) } }];
    }
    if ('number' in step) return [{ heading: step.number, about: `The number of the row on the ${step.sheet} sheet (1 for the first).`, kind: 'integer', required: true, role: { step: i } }];
    return [];
  });
}

/** A sheet's rows as a place in the schema: `lines[]`, `lines[].phasing[]`. */
export function placeOfSteps(steps: SheetSpec['steps']): string {
  return steps.map((s) => ('prop' in s ? `.${s.prop}` : '[]')).join('').replace(/^\./, '');
}

/** The listed JSON fallbacks below a place, relative to it (`attribution.parts` below `lines[]`). */
function fallbacksBelow(place: string): string[] {
  const prefix = place === '' ? '' : `${place}.`;
  return JSON_FALLBACKS.filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('[')).map((f) => f.slice(prefix.length));
}

let cached: Layout | undefined;

/**
 * The layout of the input workbook, derived from the scenario's JSON Schema as it is built: each
 * sheet's columns in the order of the schema's properties.
 */
export function layout(): Layout {
  if (cached !== undefined) return cached;
  const root = scenarioJsonSchema() as Node;
  const sheetProps = new Set(SHEETS.map((s) => (s.steps[0] as { prop: string }).prop));
  const topArrays = Object.keys(root.properties ?? {}).filter((k) => sheetProps.has(k));
  const settings = fieldsOf(root, root, { skip: topArrays, partners: ['settings.tieOrder'], json: fallbacksBelow('') }).map((f) => ({ ...f, key: settingsKey(f.path), heading: settingsKey(f.path) }));
  const sheets = SHEETS.map((spec): SheetLayout => {
    const columns = stepColumns(spec);
    const requiredObjects: string[][] = [];
    if (spec.own !== undefined) {
      for (const field of fieldsOf(elementOf(spec.steps, root), root, { ...spec.own, json: fallbacksBelow(placeOfSteps(spec.steps)) }, requiredObjects)) {
        columns.push({ heading: field.heading, about: field.about, kind: field.kind, required: field.required, role: { field }, ...(field.values ? { values: field.values } : {}), ...(field.partners ? { partners: true } : {}) });
      }
    }
    for (const key of spec.keys ?? []) {
      columns.push({ heading: key.heading, about: key.about, kind: 'text', required: key.optional !== true, role: { key: key.heading, optional: key.optional === true }, ...(key.values ? { values: key.values } : {}), ...(key.partners ? { partners: true } : {}) });
    }
    for (const value of spec.values ?? []) columns.push({ heading: value.heading, about: value.about, kind: value.kind, required: false, role: { value } });
    const headings = columns.map((c) => c.heading.toLowerCase());
    const twice = headings.find((h, i) => headings.indexOf(h) !== i);
    if (twice !== undefined) throw new Error(`workbook layout: the heading ${twice} twice on ${spec.name}`);
    return { spec, columns, requiredObjects };
  });
  cached = { settings, sheets, root };
  return cached;
}
