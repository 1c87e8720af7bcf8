import type { Evaluation, TableModel } from '../engine/index.js';
import type { Budget, Service } from '../model/index.js';
import { labelledPivot, nonEmpty, type ViewParts } from './_views.js';

/** One budget's positions (starting, closing, change) by partner. */
function budgetTable(evaluation: Evaluation, service: Service | undefined, budget: Budget): TableModel {
  const title = service === undefined ? budget.name : `${service.name}: ${budget.name}`;
  return labelledPivot(evaluation, { source: 'positions', rows: 'position', columns: 'partner', measure: budget.measure, filter: { budget: budget.id }, title });
}

function budgetsOf(evaluation: Evaluation, service: Service): Budget[] {
  const byId = new Map(evaluation.scenario.budgets.map((b) => [b.id, b]));
  return service.budgets.flatMap((id) => byId.get(id) ?? []);
}

const TOTAL_ONLY_NOTE = 'A "Total only" column holds positions the paper gives only as a total, not per partner.';

function hasTotalOnly(tables: readonly TableModel[]): boolean {
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

/** FTE reduced by line and partner, then every FTE and headcount baseline. */
export function staffingView(evaluation: Evaluation): ViewParts {
  const { services, lines } = evaluation.scenario;
  const byLine = labelledPivot(evaluation, { rows: 'line', columns: 'partner', measure: 'fte', title: 'FTE reduced by line' });
  const baselines = services.flatMap((s) => budgetsOf(evaluation, s).filter((b) => b.measure !== 'money').map((b) => budgetTable(evaluation, s, b)));
  const tables = nonEmpty([byLine, ...baselines]);
  const withFte = new Set(byLine.rows.map((r) => r.key));
  const without = lines.filter((l) => !withFte.has(l.id)).map((l) => l.name);
  const notes = [
    ...(without.length === 0 ? [] : [`${without.length} of ${lines.length} lines state no FTE: ${without.join('; ')}.`]),
    ...(hasTotalOnly(tables) ? [TOTAL_ONLY_NOTE] : []),
  ];
  return { tables, notes };
}
