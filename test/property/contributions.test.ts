/**
 * Properties of cost-sharing agreements over arbitrary scenarios (drivers by year, rules changing by
 * year or from a date, partners joining and leaving): each year's contributions add up to its cost; a
 * split kept stays within its tolerance of its prior; a partner has nothing outside its membership.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildView, evaluate, parseScenario, render } from '../../src/index.js';
import type { ScenarioInput } from '../../src/schema/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const RUNS = 150;
const agreements = scenarioArbitrary({ agreements: true, maxPartners: 4, maxYears: 4, maxLines: 2, maxServices: 1, published: false });

/** A finite decimal string as an integer over a power of ten. */
function scaledOf(text: string): { n: bigint; places: number } {
  const [whole, fraction = ''] = text.split('.');
  return { n: BigInt(`${whole}${fraction}`), places: fraction.length };
}

describe('cost-sharing agreements', () => {
  it('give contributions that add up to each year’s cost, each within one quantum of its exact share', () => {
    fc.assert(
      fc.property(agreements, (file) => {
        const s = parseScenario(file);
        const e = evaluate(s);
        const q = s.settings.quantum;
        for (const a of e.contributions!) {
          for (const y of a.years) {
            if (y.cost === undefined) {
              expect(y.cells).toEqual([]);
              continue;
            }
            const total = (pick: (c: (typeof y.cells)[number]) => typeof q | undefined) => y.cells.reduce((t, c) => t.plus(pick(c)!), q.minus(q));
            expect(total((c) => c.net).equals(y.cost.net)).toBe(true);
            if (y.cost.gross !== undefined) {
              expect(total((c) => c.gross).equals(y.cost.gross)).toBe(true);
              expect(total((c) => c.income).equals(y.cost.income!)).toBe(true);
              for (const c of y.cells) expect(c.gross!.minus(c.income!).equals(c.net)).toBe(true);
            } else {
              // |net_j − N × w_j / W| < one quantum, cross-multiplied: |net_j × W − N × w_j| < q × W
              const { weights, total: W } = y.split.split;
              for (const c of y.cells) {
                const j = s.partners.findIndex((p) => p.id === c.partner);
                const gap = c.net.times(W.toString()).minus(y.cost.net.times(weights[j]!.toString())).abs();
                expect(gap.lessThan(q.times(W.toString()))).toBe(true);
              }
            }
            for (const c of y.cells) if (c.standAlone !== undefined) expect(c.standAlone.minus(c.net).equals(c.saving!)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keep a split only within its tolerance of its prior, and then state the prior', () => {
    let kept = 0;
    fc.assert(
      fc.property(agreements, (file) => {
        const e = evaluate(parseScenario(file));
        for (const a of e.contributions!) {
          for (const y of a.years) {
            for (const p of y.split.periods) {
              if (p.decision.decision !== 'kept') continue;
              kept += 1;
              const prior = p.prior!;
              const E = p.exact.total;
              const P = prior.total;
              const tol = scaledOf(p.tolerance!.toFixed());
              const scale = 10n ** BigInt(tol.places);
              p.exact.weights.forEach((w, j) => {
                // |w/E − p_j/P| ≤ tolerance, cross-multiplied: |w·P − p_j·E| · 10^places ≤ tol · E · P
                const d = w * P - prior.weights[j]! * E;
                expect((d < 0n ? -d : d) * scale <= tol.n * E * P).toBe(true);
                // the stated split is the prior's: s_j / S = p_j / P
                expect(p.stated.weights[j]! * P).toBe(prior.weights[j]! * p.stated.total);
              });
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
    // The property is not vacuous: splits were kept.
    expect(kept).toBeGreaterThan(0);
  });

  it('give a partner nothing outside its membership', () => {
    let outside = 0;
    fc.assert(
      fc.property(agreements, (file) => {
        const s = parseScenario(file);
        const e = evaluate(s);
        const memberships = (file as ScenarioInput).partners.map((p) => (p as { membership?: { from?: string; until?: string } }).membership ?? {});
        const memberOn = (j: number, iso: string): boolean => (memberships[j]!.from ?? '0000-00-00') <= iso && iso <= (memberships[j]!.until ?? '9999-99-99');
        const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
        for (const a of e.contributions!) {
          for (const y of a.years) {
            const start = Number(y.year.slice(0, 4));
            const [first, last] = [`${start}-04-01`, `${start + 1}-03-31`];
            s.partners.forEach((partner, j) => {
              const m = memberships[j]!;
              const someDay = (m.from ?? '0000-00-00') <= last && (m.until ?? '9999-99-99') >= first;
              if (!someDay) {
                outside += 1;
                expect(y.split.split.weights[j]).toBe(0n);
                expect(y.cells.some((c) => c.partner === partner.id)).toBe(false);
              }
              for (const p of y.split.periods) {
                // a period never straddles a join or a leave: membership on its first and last day agree
                expect(memberOn(j, iso(p.from))).toBe(memberOn(j, iso(p.until)));
                if (!memberOn(j, iso(p.from))) expect([p.exact.weights[j], p.stated.weights[j]]).toEqual([0n, 0n]);
              }
            });
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(outside).toBeGreaterThan(0);
  });

  it('render in every text format', () => {
    fc.assert(
      fc.property(agreements, (file) => {
        const report = buildView(evaluate(parseScenario(file)), 'contributions');
        for (const format of ['md', 'csv', 'json'] as const) expect(render(report, format).length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe('cost-sharing agreements: fixed cases found by fresh seeds', () => {
  it('every scenario drawn with memberships parses: a line’s own FTE rule weighs the first partner too (seed -1523820891, run 135)', () => {
    // The arbitrary once gave a line's FTE a `shares` rule with nothing for the one partner who is a party
    // throughout, so the stretch before the others joined had nothing to split by (E_WEIGHTS).
    fc.assert(
      fc.property(agreements, (file) => {
        expect(() => parseScenario(file)).not.toThrow();
      }),
      { seed: -1523820891, path: '135', endOnFailure: true },
    );
  });
});
