/**
 * Validation in one pass: where the schema refuses some items of the file's lists (a line with a text
 * where a number should be, a published figure with an unknown key), the rest of the file is still
 * checked for what only the whole scenario can tell (references, sums, quanta, years), so a user fixes
 * a file in one round. The refused items are left out of that second check; a reference to one of them
 * is not reported as unknown (it is the item's own problem), and every other problem keeps the path it
 * has in the file as written.
 */
import { issueWithText, type Issue } from '../errors/index.js';
import { scenarioSchema } from '../schema/index.js';
import { normalise } from './normalise.js';

/**
 * The lists whose items can be left out of the second check. Partners and settings cannot: every other
 * part reads them, so without them the second check would only report what their absence causes.
 */
const LISTS = new Set(['services', 'lines', 'costs', 'funding', 'indirect', 'staffing', 'context', 'published', 'variants', 'coalitions', 'agreements']);

/** The codes of a reference to something that may be a left-out item. */
const REFERENCE_CODES = new Set(['E_UNKNOWN_REFERENCE', 'E_UNKNOWN_VARIANT']);

/**
 * The ids a left-out item holds, as a reference to one would quote it: its own id (or a variant's name)
 * and the ids of everything inside it (a service's budgets), since references to those go with it.
 */
function quotedIdsOf(item: unknown, out: Set<string>, top = true): void {
  if (Array.isArray(item)) {
    for (const x of item) quotedIdsOf(x, out, false);
    return;
  }
  if (item === null || typeof item !== 'object') return;
  const { id, name } = item as { id?: unknown; name?: unknown };
  if (typeof id === 'string') out.add(JSON.stringify(id));
  else if (top && typeof name === 'string') out.add(JSON.stringify(name));
  for (const value of Object.values(item)) if (value !== null && typeof value === 'object') quotedIdsOf(value, out, false);
}

/**
 * The problems the rest of a file has, beyond those the schema found in it: none where the schema's
 * problems are not all inside items of the lists (then the file's structure is not known well enough).
 *
 * @param value - the file as read
 * @param schemaIssues - the schema's problems, with their paths in `value`
 */
export function problemsBeyondSchema(value: unknown, schemaIssues: readonly Issue[]): Issue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const file = value as Record<string, unknown>;
  const refused = new Map<string, Set<number>>();
  for (const issue of schemaIssues) {
    const [list, index] = issue.path;
    if (typeof list !== 'string' || !LISTS.has(list) || typeof index !== 'number' || !Array.isArray(file[list])) return [];
    (refused.get(list) ?? refused.set(list, new Set()).get(list)!).add(index);
  }
  // Each list without its refused items, and where each kept item was in the file.
  const kept = new Map<string, number[]>();
  const pruned: Record<string, unknown> = { ...file };
  const ids = new Set<string>();
  for (const [list, indexes] of refused) {
    const items = file[list] as unknown[];
    kept.set(list, items.flatMap((_, i) => (indexes.has(i) ? [] : [i])));
    pruned[list] = items.filter((_, i) => !indexes.has(i));
    for (const i of indexes) quotedIdsOf(items[i], ids);
  }
  const parsed = scenarioSchema.safeParse(pruned);
  if (!parsed.success) return [];
  const result = normalise(parsed.data);
  if (!('issues' in result)) return [];
  return result.issues.flatMap((issue) => {
    if (REFERENCE_CODES.has(issue.code) && [...ids].some((id) => issue.received.includes(id))) return [];
    const [list, index] = issue.path;
    const places = typeof list === 'string' ? kept.get(list) : undefined;
    if (places === undefined || typeof index !== 'number') return [issue];
    return [issueWithText(issue.code, [list as string, places[index]!, ...issue.path.slice(2)], issue.expected, issue.received)];
  });
}
