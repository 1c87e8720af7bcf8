import { assertNever } from '../errors/index.js';
import type { NetBenefitYear, NoPaybackReason, Payback } from './appraise-types.js';

/**
 * The payback of a run of years' cash flows: the first year from which the cumulative net position
 * stays at or above zero to the end (a position of exactly zero counts as paid back), or why there is
 * none. There is nothing to pay back when every flow is zero (`'no-flows'`), or when nothing is ever
 * spent: no year's costs exceed its funding and no year's net is below zero (`'no-costs'`). Where
 * something is spent and the position ends below zero, it is `'never-recovered'`.
 *
 * @param years - the years' benefits, costs, funding, net and cumulative position, in order
 * @returns the payback year, or that there is none and why
 *
 * @example
 * ```ts
 * paybackOf(appraise(evaluation).total.years);
 * //=> { kind: 'year', year: '2011/12' } (for the tri-borough example)
 * ```
 */
export function paybackOf(years: readonly NetBenefitYear[]): Payback {
  if (years.every((y) => y.benefits.isZero() && y.costs.isZero() && y.funding.isZero())) return { kind: 'none', reason: 'no-flows' };
  if (!years.some((y) => y.costs.greaterThan(y.funding) || y.net.lessThan(0))) return { kind: 'none', reason: 'no-costs' };
  let from = years.length;
  while (from > 0 && years[from - 1]!.cumulative.greaterThanOrEqualTo(0)) from--;
  return from === years.length ? { kind: 'none', reason: 'never-recovered' } : { kind: 'year', year: years[from]!.year };
}

const NONE: Readonly<Record<NoPaybackReason, string>> = {
  'no-flows': 'none: every cash flow is zero',
  'no-costs': 'none: nothing is spent, so there is nothing to pay back',
  'never-recovered': 'none: what is spent is not recovered within the period',
};

/**
 * A payback in words, for a table or a sentence: the year, or that there is none and why.
 *
 * @param payback - from {@link appraise} or {@link netBenefit}
 * @returns the year, or e.g. `'none: nothing is spent, so there is nothing to pay back'`
 *
 * @example
 * ```ts
 * describePayback({ kind: 'none', reason: 'never-recovered' });
 * //=> 'none: what is spent is not recovered within the period'
 * ```
 */
export function describePayback(payback: Payback): string {
  switch (payback.kind) {
    case 'year':
      return payback.year;
    case 'none':
      return NONE[payback.reason];
    default:
      return assertNever(payback, 'payback');
  }
}
