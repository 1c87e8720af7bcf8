#!/usr/bin/env node
// Writes docs/scenario-reference.md from the JSON Schema of the scenario file.
//
// The schema is read from schema/scenario.schema.json when it exists (written by `npm run build`), else
// from the built package (`scenarioJsonSchema()` of 'shared-services-model'). The walk covers
// properties, items, $defs / definitions, $ref, anyOf and oneOf; every object becomes a section with a
// table of its fields (type, whether required, default, allowed values, description).
//
// Usage: npm run docs:reference
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const schemaFile = new URL('schema/scenario.schema.json', root);
const outFile = new URL('docs/scenario-reference.md', root);

async function loadSchema() {
  if (existsSync(schemaFile)) return { schema: JSON.parse(readFileSync(schemaFile, 'utf8')), from: 'schema/scenario.schema.json' };
  const { scenarioJsonSchema } = await import('shared-services-model');
  return { schema: scenarioJsonSchema(), from: "scenarioJsonSchema() of the built package 'shared-services-model'" };
}

const ID_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';
const YEAR_PATTERN = '^\\d{4}\\/\\d{2}$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** Descriptions the schema repeats on every amount or id; shown once in the notes instead of per field. */
const GENERIC = new Set([
  'A decimal amount: a string such as "1234.56" (preferred) or a finite number.',
  'An identifier: a letter, then letters, digits, "-" or "_".',
  'A financial year, April to March, written "2017/18".',
]);

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const escapeCell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function main(schema, from) {
  const defs = { ...(schema.definitions ?? {}), ...(schema.$defs ?? {}) };
  /** Sections in the order they are first reached: { key, title, node, description }. */
  const sections = [];
  const byNode = new Map();
  const defTitles = new Map();
  const usedAnchors = new Map();

  const anchorFor = (title) => {
    const base = slug(title);
    const n = usedAnchors.get(base) ?? 0;
    usedAnchors.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };

  const resolveRef = (ref) => {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
    if (m === null) throw new Error(`cannot follow $ref ${ref}`);
    const node = defs[m[2]];
    if (node === undefined) throw new Error(`no definition for $ref ${ref}`);
    return { name: m[2], node };
  };

  const isObject = (node) => node !== null && typeof node === 'object' && (node.type === 'object' || node.properties !== undefined) && node.properties !== undefined;

  /** Registers an object (a node with properties) as a section; returns its link. */
  const section = (node, title, description) => {
    const known = byNode.get(node);
    if (known !== undefined) return known;
    const entry = { title, node, description, anchor: anchorFor(title) };
    byNode.set(node, entry);
    sections.push(entry);
    return entry;
  };

  /** A label for one variant of a union: the value of a property it fixes with `const`, if any. */
  const variantLabel = (node, i) => {
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      if (prop && prop.const !== undefined) return `${key} = ${JSON.stringify(prop.const)}`;
    }
    const keys = Object.keys(node.properties ?? {});
    return keys.length > 0 ? `with ${keys.join(', ')}` : `form ${i + 1}`;
  };

  /** The type of a node as words, registering nested objects as sections on the way. */
  const typeOf = (node, path) => {
    if (node === undefined || node === true || (typeof node === 'object' && Object.keys(node).filter((k) => k !== 'description').length === 0)) return 'any JSON value';
    if (node.$ref !== undefined) {
      const { name, node: target } = resolveRef(node.$ref);
      const title = defTitles.get(name) ?? name;
      if (isObject(target)) {
        const s = section(target, title, target.description);
        return `[${title}](#${s.anchor})`;
      }
      const s = sectionForUnion(target, title);
      return `[${title}](#${s.anchor})`;
    }
    const union = node.anyOf ?? node.oneOf;
    if (union !== undefined) {
      return union.map((v, i) => (isObject(v) ? linkTo(section(v, `${path} (${variantLabel(v, i)})`, v.description)) : typeOf(v, path))).join(' or ');
    }
    if (node.const !== undefined) return `${code(node.const)} (this value only)`;
    if (node.enum !== undefined) return `one of ${node.enum.map(code).join(', ')}`;
    const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
    if (types.length === 2 && types.includes('string') && types.includes('number')) return 'decimal';
    if (isObject(node)) return linkTo(section(node, path, node.description));
    if (types.includes('array')) {
      const limits = [node.minItems !== undefined ? `at least ${node.minItems}` : '', node.maxItems !== undefined ? `at most ${node.maxItems}` : ''].filter(Boolean).join(', ');
      return `array${limits ? ` (${limits})` : ''} of ${typeOf(node.items, `${path}[]`)}`;
    }
    if (types.includes('object')) {
      if (node.additionalProperties !== undefined && node.additionalProperties !== false) {
        const key = node.propertyNames?.pattern === YEAR_PATTERN ? 'financial year' : /(^|\.)metrics$/.test(path) ? 'metric name' : 'partner id';
        return `object: ${key} → ${typeOf(node.additionalProperties, `${path}.*`)}`;
      }
      return 'object';
    }
    if (types.includes('string')) {
      if (node.pattern === ID_PATTERN) return 'id';
      if (node.pattern === YEAR_PATTERN) return 'financial year';
      if (node.pattern === DATE_PATTERN) return 'date (YYYY-MM-DD)';
      const extra = [node.minLength ? `at least ${node.minLength} character${node.minLength === 1 ? '' : 's'}` : '', node.pattern ? `matching ${code(node.pattern)}` : ''].filter(Boolean).join(', ');
      return `string${extra ? ` (${extra})` : ''}`;
    }
    if (types.includes('integer') || types.includes('number')) {
      const word = types.includes('integer') ? 'whole number' : 'number';
      if (node.minimum !== undefined && node.maximum !== undefined) return `${word}, ${node.minimum} to ${node.maximum}`;
      if (node.minimum !== undefined) return `${word}, at least ${node.minimum}`;
      return word;
    }
    if (types.includes('boolean')) return '`true` or `false`';
    return types.join(' or ') || 'any JSON value';
  };

  const linkTo = (s) => `[${s.title}](#${s.anchor})`;

  /** A union reached through a $ref (such as the attribution rule): a section listing its forms. */
  const sectionForUnion = (node, title) => {
    const known = byNode.get(node);
    if (known !== undefined) return known;
    const entry = { title, node, description: node.description, anchor: anchorFor(title), union: true };
    byNode.set(node, entry);
    sections.push(entry);
    return entry;
  };

  // Name the definitions after what they are, where the schema gives them machine names.
  for (const [name, node] of Object.entries(defs)) {
    const forms = node.oneOf ?? node.anyOf;
    const isRule = forms?.some((f) => f.properties?.rule?.const !== undefined);
    defTitles.set(name, isRule ? 'attribution rule' : /^__schema\d+$/.test(name) ? `definition ${name.replace(/^__schema/, '')}` : name);
  }

  section(schema, 'scenario (the whole file)', schema.description);

  const rows = [];
  const order = [];
  // Each section is followed by the sections first reached from it (depth first), so a nested object
  // comes straight after the object that holds it.
  const pending = [sections[0]];
  while (pending.length > 0) {
    const s = pending.shift();
    order.push(s);
    const before = sections.length;
    rows.push(write(s));
    pending.unshift(...sections.slice(before));
  }

  function write(s) {
    const out = [`## ${s.title}`, ''];
    if (s.description) out.push(s.description, '');
    if (s.union) {
      const forms = s.node.oneOf ?? s.node.anyOf;
      out.push(`One of these forms${s.node.oneOf ? ' (exactly one must match)' : ''}:`, '');
      forms.forEach((f, j) => {
        const label = isObject(f) ? linkTo(section(f, `${s.title} (${variantLabel(f, j)})`, f.description)) : typeOf(f, s.title);
        out.push(`- ${label}${f.description ? `: ${f.description}` : ''}`);
      });
      out.push('');
      return out.join('\n');
    }
    const props = s.node.properties ?? {};
    const required = new Set(s.node.required ?? []);
    const base = s === sections[0] ? '' : s.title.replace(/ \(.*\)$/, '');
    out.push('| field | type | required | default | description |', '| --- | --- | --- | --- | --- |');
    for (const [key, prop] of Object.entries(props)) {
      const path = base === '' ? key : `${base}.${key}`;
      const type = typeOf(prop, path);
      const def = prop.default === undefined ? '' : code(prop.default);
      let description = prop.description ?? '';
      if (GENERIC.has(description)) description = '';
      out.push(`| ${code(key)} | ${escapeCell(type)} | ${required.has(key) ? 'yes' : 'no'} | ${escapeCell(def)} | ${escapeCell(description)} |`);
    }
    out.push('');
    if (s.node.additionalProperties === false) out.push('No other fields are allowed.', '');
    return out.join('\n');
  }

  const index = order.map((s) => `- [${s.title}](#${s.anchor})`).join('\n');
  const head = `<!-- Generated by scripts/write-scenario-reference.mjs from ${from}. Do not edit by hand: run \`npm run docs:reference\`. -->

# Scenario file reference

A scenario file is one JSON document. This page lists every object in it, every field, its type,
whether it is required, its default and what it means. It is generated from the JSON Schema that the
library ships as \`schema/scenario.schema.json\` (and prints with \`shared-services schema\`). Name that
schema in the file's \`$schema\` field and an editor will complete and check the file as you type.

How to read the types:

- **decimal**: an exact amount. Write it as a string, such as \`"1234.56"\`; a JSON number is accepted
  too. Money is in the scenario's unit (\`settings.unit\`), so \`"1.314"\` in a \`£m\` scenario is
  £1,314,000. Amounts are never rounded or coerced when read.
- **id**: a name you choose for a partner, service, budget, line or cost: a letter, then letters,
  digits, \`-\` or \`_\`, such as \`"hf"\` or \`"single-management-team"\`. Other parts of the file refer
  to things by their id.
- **financial year**: a UK local-government year, April to March, written \`"2017/18"\`.
- **object: partner id → …**: an object with one entry per partner, keyed by the partner's id, such as
  \`{"hf": "1.122", "rbkc": "0.777", "cow": "0.504"}\`. Every partner must be named.

The schema checks the shape of the file. The library checks more when it reads a file (with
\`shared-services validate\`, or \`parseScenario\` in code): every id refers to something that exists;
per-partner amounts name every partner; shares and phasing add up; amounts sit on the rounding quantum;
FTE, headcounts, weights and metrics are not negative. Every problem is reported at once, with its path.

## Contents

${index}

`;
  return `${head}${rows.join('\n')}`;
}

const { schema, from } = await loadSchema();
const text = main(schema, from);
writeFileSync(outFile, text.endsWith('\n') ? text : `${text}\n`);
process.stderr.write(`wrote ${fileURLToPath(outFile)}\n`);
