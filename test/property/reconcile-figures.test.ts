/**
 * Properties of reconciliation over every kind of published figure the arbitrary draws (cells, years,
 * in-year totals, shares, appraisal results, payback years, bounds, staffing): a figure printed as the
 * model's own value is exact; typed with the other sense and the other sign, it is exact again; and a
 * bound is within itself exactly when the model is on its side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseScenario, reconcile, type Decimal } from '../../src/index.js';
import type { ScenarioInput } from '../../src/schema/index.js';
import { scenarioArbitrary } from '../../src/testing/arbitraries.js';

const scenarios = scenarioArbitrary({ maxPartners: 3, maxYears: 3, maxLines: 3, maxServices: 1 });
type Figure = NonNullable<ScenarioInput['published']>[number];

/** A computed value as the figure would print it: a year as its label, any other number as it is. */
function printed(f: Figure, v: Decimal): string {
  if (f.unit === 'year') {
    const start = v.toNumber();
    return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  }
  return v.toFixed();
}

/** The figure printed as the model's value, to the value's own last digit, with no qualification. */
function asComputed(f: Figure, v: Decimal): Figure {
  const { approximate: _a, bound: _b, sumOf: _s, ...rest } = f;
  return { ...rest, value: printed(f, v), precision: f.unit === 'year' ? '1' : v.decimalPlaces() === 0 ? '1' : `0.${'0'.repeat(v.decimalPlaces() - 1)}1` };
}

describe('reconciliation over every kind of figure', () => {
  it('finds a figure printed as the model’s own value exact, and again with the other sense and sign', () => {
    fc.assert(
      fc.property(scenarios, (file: ScenarioInput) => {
        const first = reconcile(evaluate(parseScenario(file)));
        const figures = file.published ?? [];
        const kept = first.rows.flatMap((r) => (r.computed === null ? [] : [{ f: figures[r.index]!, v: r.computed }]));
        if (kept.length === 0) return;
        const again = reconcile(evaluate(parseScenario({ ...file, published: kept.map(({ f, v }) => asComputed(f, v)) })));
        expect(again.rows.map((r) => r.verdict)).toEqual(kept.map(() => 'exact'));
        // The other sense, typed with the other sign: the same figure, as a paper printing it the other way would.
        const money = kept.filter(({ f }) => f.sense !== undefined);
        if (money.length === 0) return;
        const other = money.map(({ f, v }) => ({ ...asComputed(f, v.negated()), sense: f.sense === 'cost' ? ('saving' as const) : ('cost' as const) }));
        const flipped = reconcile(evaluate(parseScenario({ ...file, published: other })));
        expect(flipped.rows.map((r) => r.verdict)).toEqual(other.map(() => 'exact'));
      }),
      { numRuns: 60 },
    );
  });

  it('finds a bound within itself exactly when the model is on its side', () => {
    fc.assert(
      fc.property(scenarios, (file: ScenarioInput) => {
        const r = reconcile(evaluate(parseScenario(file)));
        for (const row of r.rows) {
          const f = (file.published ?? [])[row.index]!;
          if (f.bound === undefined || row.computed === null) continue;
          const c = row.computed;
          const inside = { 'more-than': c.greaterThan(row.printed), 'at-least': c.greaterThanOrEqualTo(row.printed), 'up-to': c.lessThanOrEqualTo(row.printed), 'less-than': c.lessThan(row.printed) }[f.bound];
          expect(row.verdict).toBe(inside ? 'within-bound' : 'discrepancy');
        }
      }),
      { numRuns: 60 },
    );
  });
});
