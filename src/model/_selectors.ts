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

type Identified = readonly { id?: string | undefined }[];

/**
 * The ids of a list of items, made once per list: a scenario's every published figure checks its selector
 * against the same lists, and making a set per figure would cost lines × figures.
 */
const idSets = new WeakMap<Identified | ReadonlyMap<string, unknown>, ReadonlySet<string>>();
function idsOf(items: Identified | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let ids = idSets.get(items);
  if (ids === undefined) {
    ids = items instanceof Map ? new Set(items.keys()) : new Set((items as Identified).flatMap((x) => (x.id === undefined ? [] : [x.id])));
    idSets.set(items, ids);
  }
  return ids;
}

/** Every id a selector names must exist; a year must be in range. */
export function checkSelector(ctx: SelectorContext, file: ScenarioFile, o: ScenarioFile['published'][number]['of'], path: InputPath): void {
  const { c, years } = ctx;
  // The set is asked for only when the selector names that kind of item.
  const ref = (value: string | undefined, set: () => ReadonlySet<string>, key: string, what: string): void => {
    if (value === undefined) return;
    const ids = set();
    if (!ids.has(value)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a ${what} id${ids.size > 0 && ids.size <= 12 ? ` (${[...ids].join(', ')})` : ''}`, value);
  };
  ref(o.line, () => idsOf(file.lines), 'line', 'line');
  ref(o.service, () => ctx.serviceIds, 'service', 'service');
  ref(o.budget, () => idsOf(ctx.budgetById), 'budget', 'budget');
  ref(o.partner, () => ctx.known, 'partner', 'partner');
  ref(o.cost, () => idsOf(file.costs), 'cost', 'cost');
  ref(o.funding, () => idsOf(file.funding), 'funding', 'funding');
  ref(o.indirect, () => idsOf(file.indirect), 'indirect', 'indirect saving');
  ref(o.context, () => idsOf(file.context), 'context', 'budget context');
  if (o.year !== undefined && !years.includes(o.year)) c.addText('E_YEAR', [...path, 'year'], `a year from ${years[0]} to ${years[years.length - 1]}`, `"${o.year}"`);
}
