import { MONEY_UNITS, fromPounds, type MoneyUnit } from '../money/index.js';
import type { Scenario } from '../model/index.js';
import type { ReportPrecision } from './report.js';
import { largest } from './_largest.js';

/** The decimals that print every amount of the scenario exactly: those of its finest quantum, per unit. */
export function reportPrecision(scenario: Scenario): ReportPrecision {
  const quanta = [scenario.settings.quantum, ...scenario.lines.map((l) => l.quantum), ...scenario.costs.map((k) => k.quantum)];
  const money = {} as Record<MoneyUnit, number>;
  for (const unit of MONEY_UNITS) money[unit] = largest(quanta.map((q) => fromPounds(q, unit).decimalPlaces()));
  return { money, fte: Math.max(2, scenario.settings.fteQuantum.decimalPlaces()) };
}
