import type { InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/scenario.js';
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
    };
  });
}

/** A printed precision: a positive step such as "0.01". */
function positive(c: Collector, value: string | number, path: InputPath): Decimal {
  const d = c.decimal(value);
  if (!d.isPositive() || d.isZero()) c.add('E_OPTION', path, 'a positive precision such as "0.01"', value);
  return d;
}
