/**
 * The columns of a sheet, derived from the scenario's JSON Schema: a field added to the format becomes a
 * column (or, for a structure the workbook has no table for, a JSON cell flagged as unlisted, which the
 * completeness test refuses until it is listed) without this file changing.
 */

/** How a cell is read and written. */
export type CellKind =
  /** Words, ids, years, dates: a text cell. */
  | 'text'
  /** A decimal amount: a number shown exactly by its format, or a text cell. */
  | 'amount'
  /** A whole number (years, offsets). */
  | 'integer'
  /** TRUE or FALSE. */
  | 'boolean'
  /** A whole number, or a financial year as text (a driver year). */
  | 'integer-or-text'
  /** Ids or years separated by commas. */
  | 'list'
  /** A JSON text (a structure kept in one cell). */
  | 'json'
  /** A word, or JSON text for a structure (a discount schedule: `standard`, or stated steps). */
  | 'word-or-json'
  /** Any value: JSON where the text is JSON, else the text itself (a variant's new value). */
  | 'any';

/** One column: where in the row's element it reads and writes, and how. */
export interface Field {
  /** The path inside the row's element, e.g. `['of', 'line']`. */
  readonly path: readonly string[];
  readonly kind: CellKind;
  readonly heading: string;
  /** The schema's description of the field, for the README sheet. */
  readonly about: string;
  /** The allowed words, for a data validation list. */
  readonly values?: readonly string[];
  /** Required by the format (and without a default). */
  readonly required: boolean;
  /** A structure kept as JSON that no list of fallbacks names: the completeness test refuses it. */
  readonly unlisted?: boolean;
  /** Whether the field holds partner ids (a data validation list of the partners). */
  readonly partners?: boolean;
}

/** A JSON Schema node, as far as it is read here. */
export interface Node {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: Node | boolean;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
  readonly $defs?: Readonly<Record<string, Node>>;
}

/** Follows `$ref`s to the node they name. */
export function resolveNode(node: Node, root: Node): Node {
  let at = node;
  for (let guard = 0; at.$ref !== undefined && guard < 10; guard++) {
    const name = at.$ref.replace(/^#\/\$defs\//, '');
    const next = root.$defs?.[name];
    if (next === undefined) break;
    // A $ref beside a description keeps the description.
    at = { ...next, description: at.description ?? next.description };
  }
  return at;
}

function branchesOf(node: Node, root: Node): Node[] {
  const r = resolveNode(node, root);
  const list = r.anyOf ?? r.oneOf;
  return list === undefined ? [r] : list.flatMap((b) => branchesOf(b, root));
}

const isRecord = (n: Node): boolean => n.type === 'object' && n.properties === undefined && typeof n.additionalProperties === 'object';
const isObject = (n: Node): boolean => n.type === 'object' && n.properties !== undefined;
const isArray = (n: Node): boolean => n.type === 'array';

/** The kind of a scalar node, or undefined for an object, a record or an array. */
function scalarKind(n: Node): CellKind | undefined {
  if (n.enum !== undefined || typeof n.const === 'string') return 'text';
  if (typeof n.const === 'number') return 'integer';
  const types = Array.isArray(n.type) ? n.type : n.type === undefined ? [] : [n.type];
  if (types.length === 0 && n.properties === undefined && n.items === undefined && n.additionalProperties === undefined) return 'any';
  if (types.includes('string') && types.includes('number')) return 'amount';
  if (types.length === 1 && types[0] === 'string') return 'text';
  if (types.length === 1 && (types[0] === 'integer' || types[0] === 'number')) return 'integer';
  if (types.length === 1 && types[0] === 'boolean') return 'boolean';
  return undefined;
}

/** The words a node allows (enum or const strings), if it is a closed list. */
function wordsOf(branches: readonly Node[]): readonly string[] | undefined {
  const words = [...new Set(branches.flatMap((b) => (b.enum ?? (b.const !== undefined ? [b.const] : [])).filter((w): w is string => typeof w === 'string')))];
  return words.length > 0 && branches.every((b) => b.enum !== undefined || b.const !== undefined) ? words : undefined;
}

/** `costPerHead` → `cost per head`; `fte` → `FTE`, `vrRequests` → `VR requests`. */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\b(fte|vr|ict)\b/g, (w) => w.toUpperCase());
}

/**
 * The heading of a column: its path in words, `Cost per head`, `Of: line`, `Attribution: rule`. The
 * reader matches headings without regard to case or spaces at either end.
 */
export function headingOf(path: readonly string[]): string {
  const text = path.map(words).join(': ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Which fields of an element go elsewhere, and which are kept as JSON cells. Paths are dotted; `{}` marks a record, `[]` an array of objects. */
export interface FieldRules {
  /** Paths a sheet of their own holds (`phasing[]`, `attribution.shares{}`, `starting{}`). */
  readonly elsewhere?: readonly string[];
  /** Paths kept as one JSON cell each (`attribution.parts`). */
  readonly json?: readonly string[];
  /** Paths left out of the sheet (written by the row's keys, as a variant's name). */
  readonly skip?: readonly string[];
  /** Paths whose values are partner ids. */
  readonly partners?: readonly string[];
}

/**
 * The columns of an element of the schema (an object, or a union of objects), in the schema's order of
 * properties; nested objects are flattened (`of.line`).
 */
export function fieldsOf(element: Node, root: Node, rules: FieldRules = {}, requiredObjects: string[][] = []): Field[] {
  const out: Field[] = [];
  const has = (list: readonly string[] | undefined, p: string): boolean => list?.includes(p) ?? false;
  const walk = (node: Node, prefix: readonly string[], required: boolean): void => {
    const dotted = prefix.join('.');
    const bs = branchesOf(node, root);
    const described = resolveNode(node, root).description ?? bs.find((b) => b.description !== undefined)?.description ?? '';
    if (prefix.length > 0 && has(rules.skip, dotted)) return;
    const add = (kind: CellKind, extra: Partial<Field> = {}): void => {
      out.push({ path: prefix, kind, heading: headingOf(prefix), about: described, required, ...(has(rules.partners, dotted) ? { partners: true } : {}), ...extra });
    };
    if (prefix.length > 0 && has(rules.json, dotted)) return add(bs.some((b) => scalarKind(b) !== undefined) ? 'word-or-json' : 'json');
    const scalars = bs.filter((b) => scalarKind(b) !== undefined);
    const objects = bs.filter(isObject);
    const records = bs.filter(isRecord);
    const arrays = bs.filter(isArray);
    if (scalars.length > 0 && objects.length + records.length + arrays.length === 0) {
      const kinds = new Set(scalars.map((b) => scalarKind(b)!));
      const kind: CellKind = kinds.size === 1 ? [...kinds][0]! : kinds.has('integer') && kinds.has('text') ? 'integer-or-text' : 'any';
      const values = wordsOf(scalars);
      return add(kind, values === undefined ? {} : { values });
    }
    if (scalars.length > 0) return add('word-or-json', { unlisted: true });
    if (records.length > 0 && !has(rules.elsewhere, `${dotted}{}`)) return add('json', { unlisted: true });
    for (const a of arrays) {
      const item = resolveNode(a.items ?? {}, root);
      const itemKind = scalarKind(item);
      if (itemKind === 'text') add('list');
      else if (!has(rules.elsewhere, `${dotted}[]`)) add('json', { unlisted: true });
    }
    // An object the format requires is made even when every one of its cells is blank (`of: {}`).
    if (prefix.length > 0 && required && objects.length > 0 && scalars.length + records.length + arrays.length === 0) requiredObjects.push([...prefix]);
    const keys = new Map<string, Node[]>();
    for (const o of objects) for (const [key, child] of Object.entries(o.properties ?? {})) keys.set(key, [...(keys.get(key) ?? []), child]);
    for (const [key, nodes] of keys) {
      // A property is required where every object branch requires it and it has no default.
      const req = required && objects.every((o) => (o.required ?? []).includes(key)) && nodes.every((n) => resolveNode(n, root).default === undefined);
      walk(nodes.length === 1 ? nodes[0]! : { anyOf: nodes, description: nodes.map((n) => resolveNode(n, root).description).find((d) => d !== undefined) }, [...prefix, key], req);
    }
  };
  walk(element, [], true);
  return out;
}
