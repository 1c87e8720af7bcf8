import type { InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import { checkSelector, type SelectorContext } from './_selectors.js';
import type { SettingsRead } from './_settings.js';
import { checkUnique } from './_unique-ids.js';
import type { PublishedFigure } from './types.js';

/** What the published-figure reader needs from the rest of the normaliser. */
export type PublishedContext = SelectorContext & Pick<SettingsRead, 'settings'>;

/** Reads the figures a paper published: what each describes, its value, unit and printed precision. */
export function readPublished(ctx: PublishedContext, file: ScenarioFile): PublishedFigure[] {
  const { c } = ctx;
  const ids = checkUnique(c, file.published, ['published'], 'published figure');
  checkSumsAcyclic(c, file.published);
  return file.published.map((f, i) => {
    const path: InputPath = ['published', i];
    const o = f.of;
    checkSelector(ctx, file, o, [...path, 'of']);
    (f.sumOf ?? []).forEach((id, j) => {
      if (!ids.has(id)) c.add('E_UNKNOWN_REFERENCE', [...path, 'sumOf', j], 'the id of another published figure', id);
    });
    const measure = o.measure ?? (o.budget !== undefined ? ctx.budgetById.get(o.budget)?.measure : undefined) ?? 'money';
    const unit = f.unit ?? (measure === 'money' ? ctx.settings.unit : measure);
    return {
      ...(f.id === undefined ? {} : { id: f.id }),
      index: i,
      label: f.label,
      of: { ...o, measure },
      value: c.decimal(f.value),
      unit,
      precision: positive(c, f.precision, [...path, 'precision']),
      ...(f.sumOf === undefined ? {} : { sumOf: f.sumOf }),
      ...(f.approximate === undefined ? {} : { approximate: f.approximate }),
    };
  });
}

/** A printed precision: a positive step such as "0.01". */
function positive(c: Collector, value: string | number, path: InputPath): Decimal {
  const d = c.decimal(value);
  if (!d.isPositive() || d.isZero()) c.add('E_OPTION', path, 'a positive precision such as "0.01"', value);
  return d;
}

/**
 * A total summed from printed figures cannot be among its own parts, directly or through another total:
 * reconciliation would compare a figure with a sum that contains it. Each figure on such a cycle is named.
 */
function checkSumsAcyclic(c: Collector, published: ScenarioFile['published']): void {
  const parts = new Map<string, readonly string[]>();
  for (const f of published) if (f.id !== undefined && f.sumOf !== undefined && !parts.has(f.id)) parts.set(f.id, f.sumOf);
  published.forEach((f, i) => {
    if (f.id === undefined || f.sumOf === undefined) return;
    // The shortest route back to this figure, found breadth first over its parts.
    const from = new Map<string, string>();
    const queue = [...new Set(f.sumOf)];
    for (const id of queue) from.set(id, f.id);
    for (let k = 0; k < queue.length; k++) {
      const at = queue[k]!;
      if (at === f.id) {
        const route = [f.id];
        for (let back = from.get(f.id)!; back !== f.id; back = from.get(back)!) route.unshift(back);
        route.unshift(f.id);
        c.addText('E_CYCLE', ['published', i, 'sumOf'], 'ids of other printed figures, none of which sums this one', route.map((x) => JSON.stringify(x)).join(' → '));
        return;
      }
      for (const next of parts.get(at) ?? []) {
        if (!from.has(next)) {
          from.set(next, at);
          queue.push(next);
        }
      }
    }
  });
}
