import type { Partner } from './types.js';

/**
 * How a table or chart heads a partner: its short label where the scenario gives one ("H&F"), else its
 * name. Reports list each short label with the name it stands for in their notes.
 *
 * @param partner - a partner of a parsed scenario
 * @returns the heading
 *
 * @example
 * ```ts
 * partnerHeading({ id: 'hf', name: 'London Borough of Hammersmith & Fulham', short: 'H&F', metrics: new Map(), metricsByYear: new Map() });
 * //=> 'H&F'
 * ```
 */
export function partnerHeading(partner: Pick<Partner, 'name' | 'short'>): string {
  return partner.short ?? partner.name;
}
