import type { InputPath } from '../errors/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';

/**
 * Refuses an id used twice in `items`, reporting each later use. Returns the ids seen, with the index of
 * their first use; pass the same `seen` to check several lists as one (budget ids across services).
 */
export function checkUnique(c: Collector, items: readonly { id?: string | undefined }[], path: InputPath, what: string, seen = new Map<string, number>()): Map<string, number> {
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) c.add('E_DUPLICATE_ID', [...path, i, 'id'], `a ${what} id not used before`, item.id);
    else seen.set(item.id, i);
  });
  return seen;
}

/**
 * Refuses two variants with one name (the second could never be chosen) and two partners with one display
 * name (a chart or table would merge them into one bar or row), each later use naming the first.
 */
export function checkUniqueNames(c: Collector, file: Pick<ScenarioFile, 'partners' | 'variants'>): void {
  const variants = new Map<string, number>();
  file.variants.forEach((v, i) => {
    const first = variants.get(v.name);
    if (first === undefined) variants.set(v.name, i);
    else c.addText('E_DUPLICATE_ID', ['variants', i, 'name'], 'a variant name not used before', `${JSON.stringify(v.name)}, the name of variants[${first}]`);
  });
  const names = new Map<string, number>();
  file.partners.forEach((p, i) => {
    const first = names.get(p.name);
    if (first === undefined) names.set(p.name, i);
    else c.addText('E_DUPLICATE_ID', ['partners', i, 'name'], 'a partner name not used before (charts and tables show partners by name)', `${JSON.stringify(p.name)}, the name of partners[${first}] ("${file.partners[first]!.id}")`);
  });
  // Column headings show the short label where there is one: two partners under one heading could not be told apart.
  const shorts = new Map<string, number>();
  file.partners.forEach((p, i) => {
    const label = p.short ?? p.name;
    const first = shorts.get(label);
    if (first === undefined) shorts.set(label, i);
    else if (p.short !== undefined || file.partners[first]!.short !== undefined) {
      c.addText('E_DUPLICATE_ID', ['partners', i, p.short === undefined ? 'name' : 'short'], 'a column heading no other partner is shown by (headings show the short label, or the name)', `${JSON.stringify(label)}, the heading of partners[${first}] ("${file.partners[first]!.id}")`);
    }
  });
}
