import type { InputPath } from '../errors/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { PartnersRead } from './_partners.js';
import type { SettingsRead } from './_settings.js';
import type { Budget } from './types.js';

/** What the selector check needs from the rest of the normaliser. */
export type SelectorContext = Pick<SettingsRead, 'c' | 'years'> &
  Pick<PartnersRead, 'known'> & {
    readonly serviceIds: ReadonlySet<string>;
    readonly budgetById: ReadonlyMap<string, Budget>;
  };

/** Every id a selector names must exist; a year must be in range. */
export function checkSelector(ctx: SelectorContext, file: ScenarioFile, o: ScenarioFile['published'][number]['of'], path: InputPath): void {
  const { c, years } = ctx;
  const idsOf = (items: readonly { id?: string | undefined }[]): Set<string> => new Set(items.flatMap((x) => (x.id === undefined ? [] : [x.id])));
  const ref = (value: string | undefined, set: ReadonlySet<string>, key: string, what: string): void => {
    if (value !== undefined && !set.has(value)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a ${what} id${set.size > 0 && set.size <= 12 ? ` (${[...set].join(', ')})` : ''}`, value);
  };
  ref(o.line, idsOf(file.lines), 'line', 'line');
  ref(o.service, ctx.serviceIds, 'service', 'service');
  ref(o.budget, new Set(ctx.budgetById.keys()), 'budget', 'budget');
  ref(o.partner, ctx.known, 'partner', 'partner');
  ref(o.cost, idsOf(file.costs), 'cost', 'cost');
  ref(o.funding, idsOf(file.funding), 'funding', 'funding');
  ref(o.indirect, idsOf(file.indirect), 'indirect', 'indirect saving');
  ref(o.context, idsOf(file.context), 'context', 'budget context');
  if (o.year !== undefined && !years.includes(o.year)) c.addText('E_YEAR', [...path, 'year'], `a year from ${years[0]} to ${years[years.length - 1]}`, `"${o.year}"`);
}
