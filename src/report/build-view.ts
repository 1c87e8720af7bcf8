import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import type { Evaluation } from '../engine/index.js';
import { reconcile, type FairnessOptions } from '../analysis/index.js';
import type { AppraiseOptions } from '../appraisal/index.js';
import { VIEW_NAMES, type Report, type ViewName } from './report.js';
import { reconciliationTable, describeReconciliation, type ReconciliationTableOptions } from './reconciliation-table.js';
import { RECONCILIATION_GROUPS, isReconciliationGroup } from './reconciliation-groups.js';
import { reportPrecision } from './_precision.js';
import { caveatNotes, caveatsOf } from './_caveats.js';
import { shortLabelNotes } from './_short-labels.js';
import { negativesOf } from './_report-parts.js';
import type { ViewParts } from './_views.js';
import { linesView, partnersView, tiersView, yearsView } from './_views-money.js';
import { servicesView } from './_views-baselines.js';
import { staffingView } from './_views-staffing.js';
import { costsView } from './_views-costs.js';
import { appraisalView } from './_views-appraisal.js';
import { contextView } from './_views-context.js';
import { fairnessView } from './_views-fairness.js';
import { contributionsView } from './_views-contributions.js';
import { cellsView } from './_views-cells.js';

/**
 * Options for {@link buildView}.
 *
 * @example
 * ```ts
 * const options: BuildViewOptions = { appraisal: { discountRate: '0.035', years: 10, riskWeights: { possible: '0.5' } } };
 * ```
 */
export interface BuildViewOptions {
  /**
   * Options for the appraisal, used by the views that show it (`appraisal`, `years`, `fairness`) and for
   * the caveats every view carries.
   * @defaultValue the scenario's own appraisal settings
   */
  readonly appraisal?: AppraiseOptions;
  /**
   * Options for the `fairness` view (its appraisal is `appraisal`).
   * @defaultValue those of {@link fairness}
   */
  readonly fairness?: Omit<FairnessOptions, 'appraisal'>;
  /**
   * Options for the `reconcile` view: `only`, the groups whose rows it lists (see
   * {@link RECONCILIATION_GROUPS}); the others are counted in one sentence.
   * @defaultValue every group
   */
  readonly reconcile?: ReconciliationTableOptions;
}

type Builder = (e: Evaluation, options: BuildViewOptions) => ViewParts;

/**
 * How each view is built, and whether its figures carry signs (savings positive, recurring costs
 * negative), which its notes then say. A view added to {@link VIEW_NAMES} is a compile error here until
 * it has both.
 */
const VIEWS: Readonly<Record<ViewName, { readonly build: Builder; readonly signed: boolean }>> = {
  partners: { build: partnersView, signed: true },
  services: { build: servicesView, signed: false },
  lines: { build: linesView, signed: true },
  tiers: { build: tiersView, signed: true },
  years: { build: (e, o) => yearsView(e, o.appraisal), signed: true },
  staffing: { build: staffingView, signed: true },
  costs: { build: costsView, signed: false },
  appraisal: { build: (e, o) => appraisalView(e, o.appraisal), signed: false },
  context: { build: contextView, signed: false },
  fairness: { build: (e, o) => fairnessView(e, o.appraisal, o.fairness), signed: false },
  contributions: { build: contributionsView, signed: false },
  reconcile: { build: (e, o) => ({ tables: [reconciliationTable(reconcile(e), o.reconcile)], notes: [] }), signed: false },
  cells: { build: cellsView, signed: false },
};

/** Notes every view carries: where the figures come from, signs, and what reconciliation found. */
function commonNotes(evaluation: Evaluation, view: ViewName): string[] {
  const s = evaluation.scenario;
  const notes: string[] = [];
  if (s.source !== undefined) notes.push(`Source: ${s.source}`);
  if (VIEWS[view].signed && s.lines.some((l) => l.kind === 'cost')) notes.push('Savings and income are positive; recurring costs are negative.');
  if (s.published.length > 0) {
    const summary = describeReconciliation(reconcile(evaluation));
    notes.push(view === 'reconcile' ? summary : `Reconciliation — ${summary} The reconcile view lists each figure.`);
  }
  return notes;
}

/**
 * Builds a named view of an evaluation: the tables to print (pivots of the exact cells, tables of
 * measures from the appraisal, staffing, fairness and budget-context analyses, or the reconciliation of
 * published figures) and notes. Totals in every table are sums of its cells. Every view carries the
 * scenario's caveats (unquantified costs, unquantified or unconfirmed funding), first among its notes
 * and as {@link Report.caveats}: never as zero.
 *
 * @param evaluation - from {@link evaluate}
 * @param view - which view; see {@link ViewName}
 * @param options - appraisal options (discount rate, period, risk weights) and fairness options
 * @returns the report, for {@link render}
 * @throws {@link InputError} (`E_OPTION`) for a name that is not a view, a group in `reconcile.only`
 *   that is not one of {@link RECONCILIATION_GROUPS}, or appraisal or fairness options that cannot be
 *   used (naming the option)
 *
 * @example
 * ```ts
 * const report = buildView(evaluate(scenario), 'tiers');
 * report.tables[0].rows.map((r) => [r.label, r.total.toString()]);
 * //=> [['Assured', '7695000'], ['Projected', '1290000'], ['Possible', '2850000']]
 * buildView(evaluate(scenario), 'appraisal', { appraisal: { discountRate: '0.035' } }).caveats;
 * //=> ['Unquantified cost, not included: Costs of new ICT (a common record system) (…)']
 * ```
 */
export function buildView(evaluation: Evaluation, view: ViewName, options: BuildViewOptions = {}): Report {
  if (!(VIEW_NAMES as readonly string[]).includes(view)) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['view'], `one of ${VIEW_NAMES.join(', ')}`, view));
  }
  const only = options.reconcile?.only ?? [];
  const unknown = only.flatMap((g, i) => (isReconciliationGroup(g) ? [] : [makeIssue(ErrorCode.OPTION, ['reconcile', 'only', i], `one of ${RECONCILIATION_GROUPS.join(', ')}`, String(g))]));
  if (unknown.length > 0) throw new InputError(unknown);
  const s = evaluation.scenario;
  const parts = VIEWS[view].build(evaluation, options);
  const caveats = caveatsOf(evaluation, options.appraisal);
  return {
    title: s.title,
    view,
    unit: s.settings.unit,
    precision: reportPrecision(s),
    ...(s.settings.display?.decimals === undefined ? {} : { decimals: s.settings.display.decimals }),
    tables: parts.tables,
    ...negativesOf(s),
    notes: [...caveatNotes(caveats), ...shortLabelNotes(s.partners, parts.tables), ...parts.notes, ...commonNotes(evaluation, view)],
    caveats,
    ...(view === 'cells' ? { tidy: true } : {}),
  };
}
