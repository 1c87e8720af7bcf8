import type { InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import type { Coalition, Partner } from './types.js';

/** What the coalition reader needs from the rest of the normaliser. */
export interface CoalitionContext {
  readonly c: Collector;
  readonly partners: readonly Partner[];
  /** Quantum in pounds, and how to show it in the file's unit. */
  readonly quantum: Decimal;
  readonly quantumText: string;
}

/**
 * Reads the stated coalition values: every partner id known and listed once per group, no group stated
 * twice (in any order), every saving on the scenario quantum. Groups come back in partner order.
 */
export function readCoalitions(ctx: CoalitionContext, file: ScenarioFile): Coalition[] {
  const { c, partners } = ctx;
  const order = new Map(partners.map((p, i) => [p.id, i]));
  const list = partners.map((p) => p.id).join(', ');
  const seen = new Map<string, number>();
  return (file.coalitions ?? []).map((g, i): Coalition => {
    const path: InputPath = ['coalitions', i];
    const members: string[] = [];
    g.partners.forEach((id, j) => {
      if (!order.has(id)) c.add('E_UNKNOWN_REFERENCE', [...path, 'partners', j], `a partner id (${list})`, id);
      else if (members.includes(id)) c.add('E_DUPLICATE_ID', [...path, 'partners', j], 'each partner once in a group', id);
      else members.push(id);
    });
    members.sort((a, b) => order.get(a)! - order.get(b)!);
    const key = members.join('\u0000');
    if (members.length === g.partners.length) {
      const first = seen.get(key);
      if (first !== undefined) c.addText('E_DUPLICATE_COALITION', [...path, 'partners'], 'a group not stated before', `the same group as coalitions[${first}]: ${members.join(', ')}`);
      else seen.set(key, i);
    }
    const saving = c.pounds(g.saving);
    c.onQuantum(saving, ctx.quantum, [...path, 'saving'], g.saving, ctx.quantumText);
    return { index: i, partners: members, saving, ...(g.note === undefined ? {} : { note: g.note }) };
  });
}
