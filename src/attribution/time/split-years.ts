import { InvariantError } from '../../errors/index.js';
import { Decimal } from '../../money/index.js';
import { decide, modifiersOf, type Prior } from './_decide.js';
import { exactSplit } from './_exact.js';
import { decimalsToIntegers, lcm, lowestTerms, sharesOf } from './_rational.js';
import { checkSchedule, financialYearLabel, financialYearStart, yearPeriods } from '../../model/index.js';
import type { TimeInput } from './input.js';
import type { ExactSplit, PeriodSplit, YearSplit } from './result.js';

/**
 * A prior the scenario states, as an exact split. Its members are the partners it names: a prior that
 * names a partner who is not a member now, or leaves out one who is, was agreed among others.
 */
function statedPrior(prior: ReadonlyMap<string, Decimal>, input: TimeInput): Prior {
  const weights = decimalsToIntegers(input.partners.map((p) => prior.get(p.id) ?? new Decimal(0)));
  return { split: { weights, total: weights.reduce((a, b) => a + b, 0n) }, members: input.partners.flatMap((p, j) => (prior.has(p.id) ? [j] : [])) };
}

/**
 * The day-weighted blend of a year's periods: Σ_p days_p · stated_p over the year's days. Over the
 * common denominator L = lcm(total_p) each term is the integer days_p · w_pj · (L / total_p).
 */
function blend(periods: readonly PeriodSplit[], partners: number): ExactSplit {
  const common = periods.reduce((l, p) => lcm(l, p.stated.total), 1n);
  const weights = Array.from({ length: partners }, (_, j) =>
    periods.reduce((sum, p) => sum + BigInt(p.days) * p.stated.weights[j]! * (common / p.stated.total), 0n),
  );
  const days = periods.reduce((n, p) => n + p.days, 0);
  return lowestTerms({ weights, total: BigInt(days) * common });
}

/**
 * Split each financial year among the partners by a schedule of rules, exactly. Each year is cut into
 * periods wherever a step starts or membership changes; each period's exact shares are stated to the
 * rule's precision or its prior kept within the tolerance; the year's split is the blend of its
 * periods weighted by their days.
 *
 * Priors chain: a period's prior is the split stated for the period before it, across steps and
 * years (so the split in force at the end of one year is the prior of the next), except that a step
 * whose rule states a prior compares its first period with that. A prior stated among other members
 * is not applicable: the period is reset ('membership changed').
 *
 * @param input - partners, years, schedule, memberships and drivers
 * @returns one entry per year, in order
 * @throws InvariantError when {@link checkSchedule} finds any problem: check first and report those
 *
 * @example
 * ```ts
 * const [y] = splitYears({
 *   partners: [{ id: 'a' }, { id: 'b' }],
 *   firstYear: 2021,
 *   years: 1,
 *   schedule: [{ from: financialYearStart(2021), rule: { kind: 'metric', metric: 'calls' } }],
 *   drivers: (j) => new Decimal(j === 0 ? 30 : 70),
 * });
 * y!.split;
 * //=> { weights: [3n, 7n], total: 10n }
 * ```
 */
export function splitYears(input: TimeInput): YearSplit[] {
  const problems = checkSchedule(input);
  if (problems.length > 0) throw new InvariantError(`the schedule has problems; check it first: ${JSON.stringify(problems)}`);
  const rank = input.partners.map((_, j) => input.rank?.[j] ?? j);
  let carried: Prior | undefined;
  let previousStep = -1;
  const out: YearSplit[] = [];
  for (let year = 0; year < input.years; year++) {
    const periods = yearPeriods(input, year).map((p): PeriodSplit => {
      const rule = input.schedule[p.step]!.rule;
      const { exact, drivers } = exactSplit(input, p.step, year, p.members);
      const own = modifiersOf(rule).prior;
      const prior = p.step !== previousStep && own !== undefined ? statedPrior(own, input) : carried;
      const decided = decide(rule, exact, p.members, prior, rank);
      carried = { split: decided.stated, members: p.members };
      previousStep = p.step;
      return { from: p.from, until: p.until, days: p.days, step: p.step, members: p.members, drivers, exact, ...decided };
    });
    const split = blend(periods, input.partners.length);
    const start = financialYearStart(input.firstYear + year);
    const end = financialYearStart(input.firstYear + year + 1);
    out.push({ year, label: financialYearLabel(input.firstYear + year), start, days: end - start, periods, split, shares: sharesOf(split) });
  }
  return out;
}
