import { issueWithText, makeIssue, type InputPath, type Issue } from '../../errors/index.js';
import { RESERVED_IDS } from '../../schema/index.js';

type Segment = { readonly key: string } | { readonly id: string } | { readonly index: number };

const hasOwn = (o: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Splits "costs[exit].costPerHead" into ['costs', {id:'exit'}, 'costPerHead']; undefined when malformed. */
function segments(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  for (const part of path.split('.')) {
    const m = /^([A-Za-z_$][\w$-]*)((?:\[[^\]]+\])*)$/.exec(part);
    if (m === null) return undefined;
    out.push({ key: m[1]! });
    for (const sel of m[2]!.match(/\[[^\]]+\]/g) ?? []) {
      const inner = sel.slice(1, -1);
      out.push(/^\d+$/.test(inner) ? { index: Number(inner) } : { id: inner });
    }
  }
  return out;
}

/** Writes an own, plain data property, whatever the key: never an inherited setter such as `__proto__`. */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Sets `value` at `path` in `root`, changing `root` in place; appends an E_VARIANT_PATH issue at `where`
 * instead when the path is malformed, names nothing, or uses a word that reaches the prototype chain
 * (`__proto__`, `constructor`, `prototype`) as a key or an `[id]`. It reads and writes own properties
 * only: a missing object on the way is created as a plain object, and nothing inherited is followed.
 */
export function setAt(root: Record<string, unknown>, path: string, value: unknown, where: InputPath, issues: Issue[]): void {
  const segs = segments(path);
  if (segs === undefined || segs.length === 0) {
    issues.push(makeIssue('E_VARIANT_PATH', where, 'a path such as "costs[exit].costPerHead"', path));
    return;
  }
  const reserved = segs.find((s) => ('key' in s && RESERVED_IDS.includes(s.key)) || ('id' in s && RESERVED_IDS.includes(s.id)));
  if (reserved !== undefined) {
    const word = 'key' in reserved ? reserved.key : (reserved as { id: string }).id;
    issues.push(issueWithText('E_VARIANT_PATH', where, 'a path without __proto__, constructor or prototype (they reach the prototype chain)', `"${path}" (uses "${word}")`));
    return;
  }
  let at: unknown = root;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const last = i === segs.length - 1;
    if ('key' in seg) {
      if (at === null || typeof at !== 'object' || Array.isArray(at)) break;
      if (last) {
        defineOwn(at, seg.key, value);
        return;
      }
      const own = hasOwn(at, seg.key) ? (at as Record<string, unknown>)[seg.key] : undefined;
      if (own === undefined) defineOwn(at, seg.key, {});
      at = (at as Record<string, unknown>)[seg.key];
    } else {
      if (!Array.isArray(at)) break;
      const items: unknown[] = at;
      const index = 'index' in seg ? seg.index : items.findIndex((x) => x !== null && typeof x === 'object' && hasOwn(x, 'id') && (x as { id: unknown }).id === seg.id);
      if (index < 0 || index >= items.length) {
        issues.push(issueWithText('E_VARIANT_PATH', where, 'a path to something in the scenario', `"${path}": no item ${'id' in seg ? `with id "${seg.id}"` : `at index ${seg.index}`}`));
        return;
      }
      if (last) {
        items[index] = value;
        return;
      }
      at = items[index];
    }
  }
  issues.push(issueWithText('E_VARIANT_PATH', where, 'a path to something in the scenario', `"${path}"`));
}
