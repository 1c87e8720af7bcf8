import { formatPath, type InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import { checkUnique } from './_unique-ids.js';
import { readDate, yearIndexOf } from './_dates.js';
import type { Membership, Partner } from './types.js';

/** The partners once read, and the order that settles ties when a split among them rounds. */
export interface PartnersRead {
  readonly partners: Partner[];
  readonly known: ReadonlySet<string>;
  /** The scenario's tie order: every partner id, in priority. */
  readonly tieOrder: string[];
  /** A stated tie order (unknown and repeated ids refused), then the partners it leaves out, in file order. */
  readonly tieOrderFor: (order: readonly string[] | undefined, path: InputPath) => string[];
}

/**
 * Reads one partner: each metric stated once, or by financial year (years after the last refused; years
 * before the first kept, for rules that read last year's actuals), and its membership in days.
 */
function readPartner(c: Collector, p: ScenarioFile['partners'][number], path: InputPath, years: readonly string[]): Partner {
  const metrics = new Map<string, Decimal>();
  const metricsByYear = new Map<string, Map<number, Decimal>>();
  for (const name of Object.keys(p.metrics)) {
    const value = p.metrics[name]!;
    if (typeof value !== 'object') {
      metrics.set(name, c.decimal(value));
      continue;
    }
    const byYear = new Map<number, Decimal>();
    for (const label of Object.keys(value)) {
      const at = yearIndexOf(years, label);
      if (at >= years.length) c.addText('E_YEAR', [...path, 'metrics', name, label], `a year up to ${years[years.length - 1]} (the last of the scenario)`, `"${label}"`);
      else byYear.set(at, c.decimal(value[label]!));
    }
    metricsByYear.set(name, new Map([...byYear].sort((a, b) => a[0] - b[0])));
  }
  const base = { id: p.id, name: p.name, ...(p.short === undefined ? {} : { short: p.short }), metrics, metricsByYear };
  if (p.membership === undefined) return base;
  const from = p.membership.from === undefined ? undefined : readDate(p.membership.from);
  const until = p.membership.until === undefined ? undefined : readDate(p.membership.until);
  if (from !== undefined && until !== undefined && from > until) {
    c.addText('E_RANGE', [...path, 'membership'], 'a join (from) on or before the leave (until)', `a join after a leave: from ${p.membership.from!}, until ${p.membership.until!}`);
  }
  const membership: Membership = { ...(from === undefined ? {} : { from }), ...(until === undefined ? {} : { until }) };
  return { ...base, membership };
}

/** Reads the partners: ids once each and not "combined", metrics as decimals, and the scenario's tie order. */
export function readPartners(c: Collector, file: ScenarioFile, years: readonly string[]): PartnersRead {
  checkUnique(c, file.partners, ['partners'], 'partner');
  // "combined" names a total in starting and closing positions, so it cannot also be a partner.
  file.partners.forEach((p, i) => {
    if (p.id === 'combined') c.add('E_RESERVED_ID', ['partners', i, 'id'], 'a partner id other than "combined" (it names a total)', p.id);
  });
  const partners: Partner[] = file.partners.map((p, i) => readPartner(c, p, ['partners', i], years));
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
