import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import type { Evaluation } from '../engine/index.js';
import { reconcile } from '../analysis/index.js';
import { VIEW_NAMES, type Report, type ReportTable, type ViewName } from './report.js';
import { reconciliationTable, describeReconciliation } from './reconciliation-table.js';
import { reportPrecision } from './_precision.js';
import type { ViewParts } from './_views.js';
import { linesView, partnersView, tiersView, yearsView } from './_views-money.js';
import { servicesView, staffingView } from './_views-baselines.js';

const BUILDERS: Readonly<Record<Exclude<ViewName, 'reconcile'>, (e: Evaluation) => ViewParts>> = {
  partners: partnersView,
  services: servicesView,
  lines: linesView,
  tiers: tiersView,
  years: yearsView,
  staffing: staffingView,
};

/** Notes every view carries: where the figures come from, signs, and what reconciliation found. */
function commonNotes(evaluation: Evaluation, view: ViewName): string[] {
  const s = evaluation.scenario;
  const notes: string[] = [];
  if (s.source !== undefined) notes.push(`Source: ${s.source}`);
  if (view !== 'reconcile' && view !== 'services' && s.lines.some((l) => l.kind === 'cost')) notes.push('Savings and income are positive; recurring costs are negative.');
  if (s.published.length > 0) {
    const summary = describeReconciliation(reconciliationTable(reconcile(evaluation)));
    notes.push(view === 'reconcile' ? summary : `Reconciliation — ${summary} The reconcile view lists each figure.`);
  }
  return notes;
}

/**
 * Builds a named view of an evaluation: the tables to print (pivots of the exact cells, or the
 * reconciliation of published figures) and notes. Totals in every table are sums of its cells.
 *
 * @param evaluation - from {@link evaluate}
 * @param view - which view; see {@link ViewName}
 * @returns the report, for {@link render}
 * @throws {@link InputError} (`E_OPTION`) for a name that is not a view
 *
 * @example
 * ```ts
 * const report = buildView(evaluate(scenario), 'tiers');
 * report.tables[0].rows.map((r) => [r.label, r.total.toString()]);
 * //=> [['Assured', '7695000'], ['Projected', '1290000'], ['Possible', '2850000']]
 * ```
 */
export function buildView(evaluation: Evaluation, view: ViewName): Report {
  if (!(VIEW_NAMES as readonly string[]).includes(view)) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['view'], `one of ${VIEW_NAMES.join(', ')}`, view));
  }
  const s = evaluation.scenario;
  const parts: { tables: readonly ReportTable[]; notes: readonly string[] } =
    view === 'reconcile' ? { tables: [reconciliationTable(reconcile(evaluation))], notes: [] } : BUILDERS[view](evaluation);
  return {
    title: s.title,
    view,
    unit: s.settings.unit,
    precision: reportPrecision(s),
    tables: parts.tables,
    notes: [...parts.notes, ...commonNotes(evaluation, view)],
  };
}
