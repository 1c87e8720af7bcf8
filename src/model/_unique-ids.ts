import type { InputPath } from '../errors/index.js';
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
