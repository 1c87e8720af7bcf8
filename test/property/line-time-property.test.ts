/**
 * Properties of savings lines and one-off costs in scenarios whose partners join and leave: a line's
 * cells add up, year by year, to the same year totals as without the memberships (the phasing alone
 * sets them), and a partner has nothing in a year it is never a party in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, parseScenario, safeParseScenario } from '../../src/index.js';
import { dayFromDate } from '../../src/model/index.js';
import type { ScenarioInput } from '../../src/schema/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const scenarios = scenarioArbitrary({ agreements: true, maxPartners: 4, maxYears: 4, maxLines: 3, maxServices: 1, published: false });

const dayOf = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromDate(y, m, d);
};

type Cell = { readonly partner: string; readonly year: string; readonly value: Decimal };

/** Sums of cells by a key. */
function sums(cells: readonly Cell[], key: (c: Cell) => string): Map<string, string> {
  const out = new Map<string, Decimal>();
  for (const c of cells) out.set(key(c), (out.get(key(c)) ?? new Decimal(0)).plus(c.value));
  return new Map([...out].map(([k, v]) => [k, v.toFixed()]));
}

describe('lines and costs where partners join and leave', () => {
  it('add up to the phasing’s year totals, and give a partner nothing in a year it is never a party in', () => {
    let timed = 0;
    fc.assert(
      fc.property(scenarios, (file: ScenarioInput) => {
        // The generator may give a line a rule under which a period's parties all weigh zero: refused.
        const read = safeParseScenario(file);
        fc.pre(read.success);
        if (!read.success) return;
        const s = read.data;
        const e = evaluate(s);
        const plain = evaluate(parseScenario({ ...file, partners: file.partners.map(({ membership: _, ...p }) => p) }));
        const items = [
          ...s.lines.map((l) => ({ id: l.id, cells: e.lineCells.filter((c) => c.line === l.id && c.measure === 'money'), before: plain.lineCells.filter((c) => c.line === l.id && c.measure === 'money'), split: l.money })),
          ...s.costs.map((k) => ({ id: k.id, cells: e.costCells.filter((c) => c.cost === k.id), before: plain.costCells.filter((c) => c.cost === k.id), split: k.money })),
        ];
        for (const item of items) {
          if (item.split?.kind === 'rule' && item.split.schedule !== undefined) timed += 1;
          // By year: the same year totals as without memberships; by partner: the years add up to the whole.
          expect(sums(item.cells, (c) => c.year)).toEqual(sums(item.before, (c) => c.year));
          expect([...sums(item.cells, () => 'all').values()]).toEqual([...sums(item.before, () => 'all').values()]);
          for (const p of s.partners) {
            const m = file.partners.find((q) => q.id === p.id)!.membership;
            if (m === undefined || item.split?.kind !== 'rule') continue;
            s.settings.years.forEach((label) => {
              const start = dayFromDate(Number(label.slice(0, 4)), 4, 1);
              const end = dayFromDate(Number(label.slice(0, 4)) + 1, 3, 31);
              const never = (m.from !== undefined && dayOf(m.from) > end) || (m.until !== undefined && dayOf(m.until) < start);
              if (!never) return;
              for (const c of item.cells) if (c.partner === p.id && c.year === label) expect(c.value.isZero(), `${item.id} ${p.id} ${label}`).toBe(true);
            });
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(timed).toBeGreaterThan(0);
  });
});
