/** Invariants of the time kernel over random schedules, memberships and drivers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule, financialYearStart, ruleWeights, splitYears, type TimeInput } from '../../../src/attribution/index.js';
import { Decimal } from '../../../src/money/index.js';
import type { Partner } from '../../../src/model/index.js';
import { timeInput } from './_arbitraries.js';

/** Only schedules checkSchedule passes: splitYears refuses the others. */
const sound = (options?: Parameters<typeof timeInput>[0]): fc.Arbitrary<TimeInput> => timeInput(options).filter((i) => checkSchedule(i).length === 0);

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !(x instanceof Decimal) && !(x instanceof Map)) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

/** Whether a membership overlaps a year at all, worked out here from the dates, not by the kernel. */
function memberSometime(input: TimeInput, j: number, year: number): boolean {
  const m = input.memberships?.[j];
  const start = financialYearStart(input.firstYear + year);
  const end = financialYearStart(input.firstYear + year + 1) - 1;
  return (m?.from === undefined || m.from <= end) && (m?.until === undefined || m.until >= start);
}

/** The partners as the model has them, with the metric values of one year. */
function partnersIn(input: TimeInput, year: number): Partner[] {
  return input.partners.map((p, j) => ({
    id: p.id,
    name: p.id,
    metrics: new Map(['m1', 'm2'].flatMap((m) => { const v = input.drivers!(j, m, year); return v === undefined ? [] : [[m, v] as const]; })),
    metricsByYear: new Map(),
  }));
}

/** |a/A − b/B| ≤ t, compared exactly: |a·B − b·A| · 10^k ≤ t·10^k · A·B. */
function within(a: bigint, A: bigint, b: bigint, B: bigint, t: Decimal): boolean {
  const places = t.decimalPlaces();
  const diff = a * B - b * A;
  return (diff < 0n ? -diff : diff) * 10n ** BigInt(places) <= BigInt(t.times(new Decimal(10).pow(places)).toFixed(0)) * A * B;
}

describe('the time kernel: properties', () => {
  it('weights are non-negative, and a partner who is not a member all year gets exactly 0 (inputs unchanged)', () => {
    fc.assert(
      fc.property(sound(), (input) => {
        const years = splitYears(deepFreeze(input));
        years.forEach((y) => {
          expect(y.split.total > 0n).toBe(true);
          y.split.weights.forEach((w, j) => {
            expect(w >= 0n).toBe(true);
            if (!memberSometime(input, j, y.year)) expect(w).toBe(0n);
          });
          for (const p of y.periods) for (const [j, w] of p.stated.weights.entries()) if (!p.members.includes(j)) expect(w).toBe(0n);
        });
      }),
    );
  });

  it("a kept period states its prior, and every exact share is within the tolerance of it; a reset for movement has one beyond", () => {
    fc.assert(
      fc.property(sound(), (input) => {
        for (const p of splitYears(input).flatMap((y) => y.periods)) {
          if (p.decision.decision === 'as-calculated' || p.decision.reason === 'no prior' || p.decision.reason === 'membership changed') continue;
          const prior = p.prior!;
          const inside = p.exact.weights.map((w, j) => within(w, p.exact.total, prior.weights[j]!, prior.total, p.tolerance!));
          if (p.decision.decision === 'kept') {
            expect(p.stated).toEqual(prior);
            expect(inside.every(Boolean)).toBe(true);
          } else expect(inside.every(Boolean)).toBe(false);
        }
      }),
    );
  });

  it("with one step, no precision or prior and every partner a member, each year's split is ruleWeights' proportions", () => {
    fc.assert(
      fc.property(sound({ maxSteps: 1, memberships: false, modifiers: false }), (input) => {
        const step = input.schedule[0]!;
        for (const y of splitYears(input)) {
          const dy = step.driverYear === undefined ? y.year : 'offset' in step.driverYear ? y.year + step.driverYear.offset : step.driverYear.year;
          const expected = ruleWeights(step.rule, partnersIn(input, dy), input.rank);
          const total = expected.reduce((a, b) => a + b, 0n);
          // Same shares: w_j · T = e_j · W for every partner.
          y.split.weights.forEach((w, j) => expect(w * total).toBe(expected[j]! * y.split.total));
        }
      }),
    );
  });

  it("with one step and every partner a member, the first year states what ruleWeights states, modifiers and all", () => {
    fc.assert(
      fc.property(sound({ maxSteps: 1, memberships: false }), (input) => {
        const step = input.schedule[0]!;
        const y = splitYears({ ...input, years: 1 })[0]!;
        const dy = step.driverYear === undefined ? 0 : 'offset' in step.driverYear ? step.driverYear.offset : step.driverYear.year;
        const expected = ruleWeights(step.rule, partnersIn(input, dy), input.rank);
        const total = expected.reduce((a, b) => a + b, 0n);
        y.split.weights.forEach((w, j) => expect(w * total).toBe(expected[j]! * y.split.total));
      }),
    );
  });

  it("a year's periods run day after day from 1 April to 31 March, and their days add up to the year's", () => {
    fc.assert(
      fc.property(sound(), (input) => {
        for (const y of splitYears(input)) {
          expect(y.periods[0]!.from).toBe(y.start);
          y.periods.forEach((p, k) => {
            expect(p.days).toBe(p.until - p.from + 1);
            if (k > 0) expect(p.from).toBe(y.periods[k - 1]!.until + 1);
          });
          expect(y.periods.reduce((n, p) => n + p.days, 0)).toBe(y.days);
          expect(y.start + y.days).toBe(financialYearStart(input.firstYear + y.year + 1));
        }
      }),
    );
  });
});
