/**
 * Funding is capped at the costs it offsets, all of it together: two grants against one cost never
 * count the cost twice, whatever their order, size or overlap, and what is not counted is a caveat.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraise, evaluate, parseScenario, type Evaluation } from '../../src/index.js';

const scenario = (costs: { id: string; amount: string }[], funding: { id: string; amount: string; offsets: string[]; confirmed?: boolean }[]) =>
  parseScenario({
    version: 1,
    title: 'Grants',
    settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 2 },
    partners: [
      { id: 'north', name: 'North' },
      { id: 'south', name: 'South' },
    ],
    lines: [{ id: 'team', name: 'Team', amount: '100000.00', attribution: { rule: 'equal' } }],
    costs: costs.map((k) => ({ ...k, name: k.id, type: 'set-up', attribution: { rule: 'equal' } })),
    funding: funding.map((f) => ({ confirmed: true, ...f, name: `Grant ${f.id}` })),
  });

const total = (e: Evaluation, pick: (c: Evaluation['fundingCells'][number]) => boolean = () => true): string =>
  e.fundingCells
    .filter(pick)
    .reduce((a, c) => a.plus(c.value), e.costCells.length > 0 ? e.costCells[0]!.value.minus(e.costCells[0]!.value) : e.lineCells[0]!.value.minus(e.lineCells[0]!.value))
    .toFixed(2);

describe('funding against one cost', () => {
  it('two £50,000 grants against a £75,000 cost count £75,000, the second reported as beyond the cost', () => {
    const e = evaluate(scenario([{ id: 'setup', amount: '75000.00' }], [
      { id: 'a', amount: '50000.00', offsets: ['setup'] },
      { id: 'b', amount: '50000.00', offsets: ['setup'] },
    ]));
    expect(total(e)).toBe('75000.00');
    expect(total(e, (c) => c.funding === 'a')).toBe('50000.00');
    expect(total(e, (c) => c.funding === 'b')).toBe('25000.00');
    const a = appraise(e);
    expect(a.total.pvCosts.isNegative()).toBe(false);
    expect(a.caveats).toContain('Funding beyond the costs it offsets, not counted: Grant b (25000 of 50000 pounds)');
    expect(a.caveats.filter((c) => c.includes('Grant a'))).toEqual([]);
  });

  it('confirmed funding is counted first, so leaving unconfirmed funding out never changes it', () => {
    const e = evaluate(scenario([{ id: 'setup', amount: '75000.00' }], [
      { id: 'maybe', amount: '60000.00', offsets: ['setup'], confirmed: false },
      { id: 'sure', amount: '50000.00', offsets: ['setup'] },
    ]));
    expect(total(e, (c) => c.funding === 'sure')).toBe('50000.00');
    expect(total(e, (c) => c.funding === 'maybe')).toBe('25000.00');
    // The cells keep the file's order of funding.
    expect([...new Set(e.fundingCells.map((c) => c.funding))]).toEqual(['maybe', 'sure']);
  });

  it('for any costs and overlapping grants, the funding at each partner and year never exceeds the costs there', () => {
    const ids = ['k0', 'k1', 'k2'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 20_000_000 }), offsets: fc.subarray(ids, { minLength: 1 }), confirmed: fc.boolean() }), { maxLength: 4 }),
        (amounts, grants) => {
          const e = evaluate(scenario(
            amounts.map((a, i) => ({ id: ids[i]!, amount: (a / 100).toFixed(2) })),
            grants.map((g, i) => ({ id: `g${i}`, amount: (g.amount / 100).toFixed(2), offsets: g.offsets, confirmed: g.confirmed })),
          ));
          for (const partner of ['north', 'south']) {
            for (const year of ['2020/21', '2021/22']) {
              const here = <T extends { partner: string; year: string }>(c: T): boolean => c.partner === partner && c.year === year;
              const costs = e.costCells.filter(here).reduce((a, c) => a + Math.round(c.value.toNumber() * 100), 0);
              const funded = e.fundingCells.filter(here).reduce((a, c) => a + Math.round(c.value.toNumber() * 100), 0);
              expect(funded).toBeLessThanOrEqual(costs);
            }
          }
          grants.forEach((g, i) => {
            const used = e.fundingCells.filter((c) => c.funding === `g${i}`).reduce((a, c) => a + Math.round(c.value.toNumber() * 100), 0);
            expect(used).toBeLessThanOrEqual(g.amount);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
