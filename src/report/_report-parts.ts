import { MONEY_UNITS, type MoneyUnit } from '../money/index.js';
import { partnerHeading, type Scenario } from '../model/index.js';
import type { ReportPrecision } from './report.js';
import { reportPrecision } from './_precision.js';
import { largest } from './_largest.js';

/** The precision that prints every amount of several scenarios exactly: the finest of theirs. */
export function jointPrecision(scenarios: readonly Scenario[]): ReportPrecision {
  const each = scenarios.map(reportPrecision);
  const money = {} as Record<MoneyUnit, number>;
  for (const unit of MONEY_UNITS) money[unit] = largest(each.map((p) => p.money[unit]));
  return { money, fte: largest(each.map((p) => p.fte)) };
}

/** How tables head each partner, by id ({@link partnerHeading}), from one or more scenarios (the first given wins). */
export function partnerNames(...scenarios: readonly Scenario[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of scenarios) for (const p of s.partners) if (!names.has(p.id)) names.set(p.id, partnerHeading(p));
  return names;
}

/** How the scenario says a negative is written for people, as a report carries it (nothing where it says nothing). */
export function negativesOf(scenario: Scenario): { readonly negatives?: 'brackets' | 'minus' } {
  const negatives = scenario.settings.display?.negatives;
  return negatives === undefined ? {} : { negatives };
}
