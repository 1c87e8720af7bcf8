import { formatPath, type InputPath } from '../errors/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import { checkUnique } from './_unique-ids.js';
import type { Partner } from './types.js';

/** The partners once read, and the order that settles ties when a split among them rounds. */
export interface PartnersRead {
  readonly partners: Partner[];
  readonly known: ReadonlySet<string>;
  /** The scenario's tie order: every partner id, in priority. */
  readonly tieOrder: string[];
  /** A stated tie order (unknown and repeated ids refused), then the partners it leaves out, in file order. */
  readonly tieOrderFor: (order: readonly string[] | undefined, path: InputPath) => string[];
}

/** Reads the partners: ids once each and not "combined", metrics as decimals, and the scenario's tie order. */
export function readPartners(c: Collector, file: ScenarioFile): PartnersRead {
  checkUnique(c, file.partners, ['partners'], 'partner');
  // "combined" names a total in starting and closing positions, so it cannot also be a partner.
  file.partners.forEach((p, i) => {
    if (p.id === 'combined') c.add('E_RESERVED_ID', ['partners', i, 'id'], 'a partner id other than "combined" (it names a total)', p.id);
  });
  const partners: Partner[] = file.partners.map((p) => ({
    id: p.id,
    name: p.name,
    metrics: new Map(Object.keys(p.metrics).map((k) => [k, c.decimal(p.metrics[k]!)])),
    metricsByYear: new Map(),
  }));
  const partnerIds = partners.map((p) => p.id);
  const known = new Set(partnerIds);
  const tieOrderFor = (order: readonly string[] | undefined, path: InputPath): string[] => {
    const listed: string[] = [];
    (order ?? []).forEach((id, i) => {
      if (!known.has(id)) c.add('E_UNKNOWN_REFERENCE', [...path, i], `a partner id (${partnerIds.join(', ')})`, id);
      else if (listed.includes(id)) c.add('E_DUPLICATE_ID', [...path, i], `each partner once (${JSON.stringify(id)} is already at ${formatPath([...path, (order ?? []).indexOf(id)])})`, id);
      else listed.push(id);
    });
    return [...listed, ...partnerIds.filter((id) => !listed.includes(id))];
  };
  return { partners, known, tieOrder: tieOrderFor(file.settings.tieOrder, ['settings', 'tieOrder']), tieOrderFor };
}
