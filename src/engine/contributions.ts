import { ErrorCode, ScenarioError, issueWithText } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import { splitYears, type YearSplit } from '../attribution/index.js';
import type { Agreement, AgreementCost, Scenario } from '../model/index.js';
import { timeInput } from './_time-input.js';
import { fromUnits, rankFor, scaleOf, splitUnits, toUnits, type Scale } from './_units.js';
import type { AgreementContributions, AgreementYear, ContributionCell } from './types.js';

/** An amount of an agreement's cost as whole quanta; a stated amount off the quantum is refused with its path. */
function unitsOf(value: Decimal, scale: Scale, path: readonly (string | number)[]): bigint {
  const units = toUnits(value, scale);
  if (units === undefined) throw new ScenarioError([issueWithText(ErrorCode.NOT_AT_QUANTUM, path, `a whole multiple of the quantum ${scale.quantum.toString()}`, `${value.toString()}, which is finer`)]);
  return units;
}

/** The partners who are parties for some of the year, in partner order. */
function partiesOf(split: YearSplit): number[] {
  const seen = new Set<number>();
  for (const p of split.periods) for (const j of p.members) seen.add(j);
  return [...seen].sort((a, b) => a - b);
}

/**
 * A year's cost apportioned by the year's split: net alone, or gross and income each, net then being
 * gross − income per partner, so that every partner's three figures agree and each adds up to the year's.
 */
function apportionCost(cost: AgreementCost, split: YearSplit, rank: readonly number[], scale: Scale, path: readonly (string | number)[]): { gross?: bigint[]; income?: bigint[]; net: bigint[] } {
  const weights = split.split.weights;
  if (cost.gross === undefined) return { net: splitUnits(unitsOf(cost.net, scale, [...path, 'net']), weights, rank) };
  const gross = splitUnits(unitsOf(cost.gross, scale, [...path, 'gross']), weights, rank);
  const income = splitUnits(unitsOf(cost.income ?? new Decimal(0), scale, [...path, 'income']), weights, rank);
  return { gross, income, net: gross.map((g, j) => g - income[j]!) };
}

/** One agreement, year by year. */
function agreementContributions(scenario: Scenario, agreement: Agreement, at: number, rank: readonly number[], scale: Scale): AgreementContributions {
  const partners = scenario.partners;
  const years = splitYears(timeInput(scenario, agreement.schedule, rank)).map((split): AgreementYear => {
    const year = scenario.settings.years[split.year]!;
    const k = agreement.costs.findIndex((c) => c.yearIndex === split.year);
    const cost = agreement.costs[k];
    if (cost === undefined) return { year, split, cells: [] };
    const parts = apportionCost(cost, split, rank, scale, ['agreements', at, 'costs', k]);
    const cells = partiesOf(split).map((j): ContributionCell => {
      const partner = partners[j]!.id;
      const net = fromUnits(parts.net[j]!, scale);
      const standAlone = agreement.standAlone?.get(partner)?.[split.year];
      return {
        agreement: agreement.id,
        partner,
        year,
        ...(parts.gross === undefined ? {} : { gross: fromUnits(parts.gross[j]!, scale), income: fromUnits(parts.income![j]!, scale) }),
        net,
        ...(standAlone === undefined ? {} : { standAlone, saving: standAlone.minus(net) }),
      };
    });
    return { year, split, cost, cells };
  });
  return { agreement: agreement.id, years };
}

/**
 * Evaluates the scenario's cost-sharing agreements: each year split among the parties by the time
 * kernel (periods, decisions, the day-weighted blend), then the year's running cost apportioned by the
 * blend's exact weights, by largest remainder at the scenario's quantum with ties in its tie order.
 * Each year's contributions add up to its cost exactly, so totals by partner, agreement and year are
 * sums of these cells and add up on every axis. A partner has a contribution only in the years it is a
 * party for some of; a part-year party pays for its days alone.
 *
 * @param scenario - a scenario from {@link parseScenario}
 * @returns one entry per agreement, in the scenario's order (none when it states none)
 * @throws {@link ScenarioError} (`E_NOT_AT_QUANTUM`) for a running cost off the scenario's quantum, with its path
 *
 * @example
 * ```ts
 * const [centre] = evaluateContributions(scenario);
 * centre.years[0].cells.map((c) => [c.partner, c.net.toString()]);
 * //=> [['shdc', '852000'], ['wdbc', '348000']]
 * ```
 */
export function evaluateContributions(scenario: Scenario): AgreementContributions[] {
  const scale = scaleOf(scenario.settings.quantum);
  const rank = rankFor(scenario.settings.tieOrder, scenario.partners);
  return scenario.agreements.map((a, at) => agreementContributions(scenario, a, at, rank, scale));
}
