import type { Evaluation, TableModel, TableModel as PivotTable } from '../engine/index.js';
import type { Budget, Service } from '../model/index.js';
import { labelledPivot, nonEmpty, type ViewParts } from './_views.js';

/** One budget's positions (starting, closing, change) by partner. */
export function budgetTable(evaluation: Evaluation, service: Service | undefined, budget: Budget): PivotTable {
  const title = service === undefined ? budget.name : `${service.name}: ${budget.name}`;
  return labelledPivot(evaluation, { source: 'positions', rows: 'position', columns: 'partner', measure: budget.measure, filter: { budget: budget.id }, title });
}

/** A service's budgets, in its order. */
export function budgetsOf(evaluation: Evaluation, service: Service): Budget[] {
  const byId = new Map(evaluation.scenario.budgets.map((b) => [b.id, b]));
  return service.budgets.flatMap((id) => byId.get(id) ?? []);
}

/** The note for a table with positions given only as a total. */
export const TOTAL_ONLY_NOTE = 'A "Total only" column holds positions the paper gives only as a total, not per partner.';

/** Whether a table has a column of positions given only as a total. */
export function hasTotalOnly(tables: readonly TableModel[]): boolean {
  return tables.some((t) => t.columnDimension === 'partner' && t.columns.some((c) => c.key === '(total only)'));
}

/** Each service's baselines, money and FTE: starting, closing and change, by partner. */
export function servicesView(evaluation: Evaluation): ViewParts {
  const { services } = evaluation.scenario;
  const tables = nonEmpty(services.flatMap((s) => budgetsOf(evaluation, s).map((b) => budgetTable(evaluation, s, b))));
  const bare = services.filter((s) => s.budgets.length === 0).map((s) => s.name);
  const notes = [...(bare.length === 0 ? [] : [`No baseline is given for: ${bare.join('; ')}.`]), ...(hasTotalOnly(tables) ? [TOTAL_ONLY_NOTE] : [])];
  return { tables, notes };
}
