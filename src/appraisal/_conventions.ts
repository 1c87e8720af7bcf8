import { assertNever } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import { TIERS, perTier } from '../schema/index.js';
import type { AppraisalConventions } from './appraise-types.js';
import type { DiscountSchedule } from './discount-schedule.js';
import type { ResolvedAppraiseOptions } from './_options.js';

const percent = (r: Decimal): string => `${r.times(100).toString()}%`;

/** Each step's rate and years, e.g. `3.5% for years 0–30, 3% for years 31–75, …, 1% from year 301`. */
function steps(s: DiscountSchedule): string {
  const parts = s.steps.map((step, i) => {
    const next = s.steps[i + 1];
    if (next === undefined) return `${percent(step.rate)} from year ${step.fromYear}`;
    const to = next.fromYear - 1;
    return `${percent(step.rate)} for year${to === step.fromYear ? ` ${to}` : `s ${step.fromYear}–${to}`}`;
  });
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** The schedule in words: which one, and every rate with its years. */
function scheduleText(s: DiscountSchedule): string {
  const how = 'each year’s factor is the previous year’s ÷ (1 + that year’s rate)';
  switch (s.kind) {
    case 'standard':
      return `HM Treasury Green Book standard schedule: ${steps(s)}; ${how}`;
    case 'reduced':
      return `HM Treasury Green Book reduced schedule (health and risk to life): ${steps(s)}; ${how}`;
    case 'flat':
      return `a flat ${percent(s.steps[0]!.rate)} in every year, not a Green Book schedule (the schedule ‘flat’, or a bare rate other than the Green Book’s 3.5% and 1.5%, is applied flat)`;
    case 'stated':
      return `a schedule as stated: ${steps(s)}; ${how}`;
    default:
      return assertNever(s.kind, 'discount schedule');
  }
}

/** The conventions as every output states them, so a figure can be read without the options that made it. */
export function appraisalConventions(o: ResolvedAppraiseOptions, quantum: Decimal): AppraisalConventions {
  const { schedule, n, years, weight, indirectRange } = o;
  const riskWeights = perTier((t) => weight(t).toString());
  return {
    discountRate: schedule.steps[0]!.rate.toString(),
    schedule: scheduleText(schedule),
    discountSchedule: { kind: schedule.kind, steps: schedule.steps.map((x) => ({ fromYear: x.fromYear, rate: x.rate.toString() })) },
    firstYearUndiscounted: true,
    period: `${n} year${n === 1 ? '' : 's'}, ${years[0]} to ${years[n - 1]}`,
    riskWeights,
    optimismBias: o.bias.toString(),
    mitigation: o.mitigation.toString(),
    unconfirmedFundingIncluded: o.includeUnconfirmed,
    indirect:
      indirectRange === 'none'
        ? 'indirect savings not counted'
        : `indirect savings at the ${indirectRange} rate, each weighted by the risk weight of its tier as lines are (${TIERS.map((t) => `${t} ${riskWeights[t]}`).join(', ')}), recurring from the year the FTE is removed`,
    presentValueRounding: `present values rounded once to £${quantum.toString()}: the total NPV is the exact NPV rounded half-up, and each partner's and year's figure is its exact value rounded up or down so that partners and years add up to it`,
  };
}
