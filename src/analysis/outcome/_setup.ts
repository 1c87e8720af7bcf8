/**
 * What the sensitivity analysis and the simulation share: the appraisal settings resolved exactly as
 * `appraise` resolves them, one evaluation taken apart into the linear model, and the base inputs.
 */
import { ErrorCode, InputError, makeIssue } from '../../errors/index.js';
import { Decimal, parseAmount, toDecimal } from '../../money/index.js';
import { evaluate, type Evaluation } from '../../engine/index.js';
import { appraise, discountSchedule, type Appraisal, type AppraiseOptions, type DiscountSchedule } from '../../appraisal/index.js';
import type { Scenario } from '../../model/index.js';
import { TIERS } from '../../schema/index.js';
import { linearModel, type LinearModel } from './_linear.js';
import { inputScales, toInput, type Factors, type Scales } from './_factors.js';

/** The appraisal options the analyses take: those of `appraise` except the indirect range, which they vary. */
export type AppraisalOptions = Omit<AppraiseOptions, 'indirect'>;

/** The resolved settings, the model and the base inputs. */
export interface Setup {
  readonly evaluation: Evaluation;
  /** `appraise` with the same options: its conventions and caveats. */
  readonly appraisal: Appraisal;
  readonly model: LinearModel;
  readonly scales: Scales;
  readonly base: Factors;
  readonly rate: Decimal;
  /** The schedule `appraise` used (a stated one, or the one the rate names): the base of every run. */
  readonly schedule: DiscountSchedule;
  readonly years: number;
  readonly riskWeights: readonly Decimal[];
  readonly optimismBias: Decimal;
  readonly mitigation: Decimal;
  readonly includeUnconfirmedFunding: boolean;
}

/**
 * Evaluates the scenario and resolves the options: each falls back to the scenario's appraisal settings,
 * then to `appraise`'s default. The options are first given to `appraise` itself, which refuses what it
 * cannot use (with the option's path) and supplies the conventions and caveats the analyses restate.
 * `extraPlaces` are the decimal places the varied inputs need.
 */
export function makeSetup(scenario: Scenario, options: AppraisalOptions, extraPlaces = 0): Setup {
  const evaluation = evaluate(scenario);
  const { discountRate, discountSchedule: stated, years: period, riskWeights: weights, optimismBias: bias, mitigation: mitigated, includeUnconfirmedFunding: unconfirmed } = options;
  const appraisal = appraise(evaluation, { discountRate, discountSchedule: stated, years: period, riskWeights: weights, optimismBias: bias, mitigation: mitigated, includeUnconfirmedFunding: unconfirmed });
  const set = scenario.appraisal;
  const years = appraisal.years.length;
  const rate = toDecimal(discountRate ?? set.discountRate ?? '0.035', 'discountRate');
  const riskWeights = TIERS.map((t) => toDecimal(weights?.[t] ?? set.riskWeights?.[t] ?? 1, `riskWeights.${t}`));
  const optimismBias = toDecimal(bias ?? set.optimismBias ?? 0, 'optimismBias');
  const mitigation = toDecimal(mitigated ?? set.mitigation ?? 0, 'mitigation');
  const includeUnconfirmedFunding = unconfirmed ?? set.includeUnconfirmedFunding ?? false;
  const uplift = new Decimal(1).plus(optimismBias.times(new Decimal(1).minus(mitigation)));
  const places = Math.max(extraPlaces, ...riskWeights.map((w) => w.decimalPlaces()));
  const scales = inputScales(places, uplift);
  const model = linearModel(evaluation, years, includeUnconfirmedFunding);
  const base: Factors = {
    realisation: riskWeights.map((w) => toInput(w, scales)),
    costs: scales.one,
    cost: model.costs.map(() => scales.one),
    indirect: model.indirect.map(() => null),
  };
  const schedule = discountSchedule(appraisal.conventions.discountSchedule.steps);
  return { evaluation, appraisal, model, scales, base, rate, schedule, years, riskWeights, optimismBias, mitigation, includeUnconfirmedFunding };
}

/** Reads an input value that must sit on the step of 0.000001 and lie in [min, max]. */
export function stepValue(value: unknown, path: readonly (string | number)[], min: Decimal | null, max: Decimal | null): Decimal {
  const d = parseAmount(value, path);
  if (d.decimalPlaces() > 6) throw new InputError(makeIssue(ErrorCode.OPTION, path, 'a value on the step 0.000001 (at most 6 decimal places)', value));
  if ((min !== null && d.lessThan(min)) || (max !== null && d.greaterThan(max))) {
    const range = max === null ? `${min!.toString()} or more` : `from ${min!.toString()} to ${max.toString()}`;
    throw new InputError(makeIssue(ErrorCode.OPTION, path, `a value ${range}`, value));
  }
  return d;
}
