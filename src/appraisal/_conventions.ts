import type { Decimal } from '../money/index.js';
import type { AppraisalConventions } from './appraise-types.js';
import type { ResolvedAppraiseOptions } from './_options.js';

/** The conventions as every output states them, so a figure can be read without the options that made it. */
export function appraisalConventions(o: ResolvedAppraiseOptions, quantum: Decimal): AppraisalConventions {
  const { rate, n, years, weight, indirectRange } = o;
  const riskWeights = { assured: weight('assured').toString(), projected: weight('projected').toString(), possible: weight('possible').toString() };
  return {
    discountRate: rate.toString(),
    schedule: `HM Treasury Green Book: ${rate.times(100).toString()}% real to year 30, 0.5 points lower for years 31–75 and 1 point lower for 76–125`,
    firstYearUndiscounted: true,
    period: `${n} year${n === 1 ? '' : 's'}, ${years[0]} to ${years[n - 1]}`,
    riskWeights,
    optimismBias: o.bias.toString(),
    mitigation: o.mitigation.toString(),
    unconfirmedFundingIncluded: o.includeUnconfirmed,
    indirect: indirectRange === 'none' ? 'indirect savings not counted' : `indirect savings at the ${indirectRange} rate, recurring from the year the FTE is removed`,
    presentValueRounding: `present values rounded half-up to £${quantum.toString()} per partner and year; totals are sums of those`,
  };
}
