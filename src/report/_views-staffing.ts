import type { Evaluation } from '../engine/index.js';
import { staffing, type StaffingSummary } from '../analysis/index.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, totalRow } from './_measures.js';
import { budgetTable, budgetsOf, hasTotalOnly, TOTAL_ONLY_NOTE } from './_views-baselines.js';
import { labelledPivot, nonEmpty, type ViewParts } from './_views.js';

/** The staffing effects: FTE, headcount, reductions by year, vacancies, VR requests, at risk; then totals. */
function effectsTable(summary: StaffingSummary): MeasureTable {
  const years = summary.totals.reductions.map((r) => r.year);
  const columns = [
    column('fte', 'FTE', 'fte'),
    column('headcount', 'Headcount', 'headcount'),
    ...years.map((y) => column(`reductions.${y}`, `Reductions ${y}`, 'fte')),
    column('totalReductions', 'Reductions, total', 'fte'),
    column('vacancies', 'Vacancies deleted', 'fte'),
    column('vrRequests', 'VR requests', 'fte'),
    column('atRisk', 'At risk', 'fte'),
  ];
  const t = summary.totals;
  const rows = summary.rows.map((r) =>
    dataRow(String(r.index), r.label, [r.fte, r.headcount, ...years.map((y) => r.reductions.find((x) => x.year === y)?.fte ?? null), r.totalReductions, r.vacancies, r.vrRequests, r.atRisk]),
  );
  const total = totalRow([t.fte, t.headcount, ...t.reductions.map((x) => x.fte), t.totalReductions, t.vacancies, t.vrRequests, t.atRisk]);
  return measureTable('Staffing effects', 'Staffing effect', columns, rows.length === 0 ? [] : [...rows, total]);
}

/** What the staffing effects and the exit-compensation heads say together. */
function effectNotes(summary: StaffingSummary): string[] {
  const notes = [...summary.notes];
  if (summary.rows.length > 0) notes.push('At risk: reductions not met by deleting vacancies or by voluntary redundancy, max(0, reductions − vacancies − VR requests), per staffing effect.');
  if (summary.exitHeads !== null && summary.rows.length === 0) {
    notes.push(`Exit compensation is costed for ${summary.exitHeads.toString()} staff; the scenario states no staffing effects, so the number at risk is not known.`);
  } else if (summary.exitHeads !== null && summary.notes.length === 0) {
    notes.push(`Exit compensation is costed for ${summary.exitHeads.toString()} staff, the number the staffing effects put at risk.`);
  }
  return notes;
}

/** FTE reduced by line and partner, the staffing effects, then every FTE and headcount baseline. */
export function staffingView(evaluation: Evaluation): ViewParts {
  const { services, lines } = evaluation.scenario;
  const summary = staffing(evaluation);
  const byLine = labelledPivot(evaluation, { rows: 'line', columns: 'partner', measure: 'fte', title: 'FTE reduced by line' });
  const baselines = services.flatMap((s) => budgetsOf(evaluation, s).filter((b) => b.measure !== 'money').map((b) => budgetTable(evaluation, s, b)));
  const pivots = nonEmpty([byLine, ...baselines]);
  const tables = [...nonEmpty([byLine]), ...nonEmpty([effectsTable(summary)]), ...nonEmpty(baselines)];
  const withFte = new Set(byLine.rows.map((r) => r.key));
  const without = lines.filter((l) => !withFte.has(l.id)).map((l) => l.name);
  const notes = [
    ...(without.length === 0 ? [] : [`${without.length} of ${lines.length} lines state no FTE: ${without.join('; ')}.`]),
    ...effectNotes(summary),
    ...(hasTotalOnly(pivots) ? [TOTAL_ONLY_NOTE] : []),
  ];
  return { tables, notes };
}
