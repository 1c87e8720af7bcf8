/**
 * The exact shares a step's rule defines for one period: the rule is worked out among the members only
 * (a non-member is not a party, so an `equal` rule does not give it a share), reading the driver values
 * of the step's driver year, by the same `ruleWeights` the rest of the model uses.
 */
import { InvariantError } from '../../errors/index.js';
import { driverYearOf, metricsOf, usesFteRemoved, type Partner, type Rule } from '../../model/index.js';
import { ruleWeights } from '../weights.js';
import { rankAmong } from './_decide.js';
import type { TimeInput } from './input.js';
import type { DriverValuesUsed, ExactSplit } from './result.js';

/**
 * The rule without its top-level precision, prior and tolerance: those are applied by the period's
 * decision, which reports what it did; modifiers inside a blend's parts stay with ruleWeights.
 */
export function withoutModifiers(rule: Rule): Rule {
  if (rule.kind === 'shares') return rule;
  const { precision: _p, prior: _q, tolerance: _t, ...base } = rule;
  return base as Rule;
}

/** The exact split of a period and the driver values it read. Driver values must all be stated. */
export function exactSplit(input: TimeInput, stepIndex: number, year: number, members: readonly number[]): { exact: ExactSplit; drivers: DriverValuesUsed[] } {
  const step = input.schedule[stepIndex]!;
  const dy = driverYearOf(step, year);
  const metrics = metricsOf(step.rule);
  const drivers = metrics.map((metric) => ({
    metric,
    year: dy,
    values: input.partners.map((_, j) => (members.includes(j) ? input.drivers?.(j, metric, dy) : undefined)),
  }));
  const parties: Partner[] = members.map((j) => ({
    id: input.partners[j]!.id,
    name: input.partners[j]!.id,
    metrics: new Map(
      drivers.map((d) => {
        const v = d.values[j];
        if (v === undefined) throw new InvariantError(`no ${d.metric} for partner ${j} in year ${dy}: check the schedule first`);
        return [d.metric, v];
      }),
    ),
    metricsByYear: new Map(),
  }));
  const rank = rankAmong(members, input.partners.map((_, j) => input.rank?.[j] ?? j));
  const fte = usesFteRemoved(step.rule) ? input.fteRemoved?.(dy) : undefined;
  const memberWeights = ruleWeights(withoutModifiers(step.rule), parties, rank, fte === undefined ? {} : { fteRemoved: members.map((j) => fte[j]!) });
  const weights = input.partners.map(() => 0n);
  members.forEach((j, k) => (weights[j] = memberWeights[k]!));
  return { exact: { weights, total: weights.reduce((a, b) => a + b, 0n) }, drivers };
}
