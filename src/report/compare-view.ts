import type { Evaluation } from '../engine/index.js';
import { compare, type Difference } from '../analysis/index.js';
import { appraise, type AppraiseOptions } from '../appraisal/index.js';
import type { Report } from './report.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, sum, totalRow } from './_measures.js';
import { caveatNotes, caveatsOf } from './_caveats.js';
import { appraisalConventionNotes } from './_views-appraisal.js';
import { jointPrecision, negativesOf, partnerNames } from './_report-parts.js';
import { shortLabelNotes } from './_short-labels.js';

/**
 * Options for {@link buildComparisonView}.
 *
 * @example
 * ```ts
 * const options: ComparisonViewOptions = { labels: ['Tri-borough', 'Tri-borough without CoW'], appraisal: { discountRate: '0.035' } };
 * ```
 */
export interface ComparisonViewOptions {
  /**
   * What to call A and B in the notes and the title.
   * @defaultValue the scenarios' titles
   */
  readonly labels?: readonly [string, string];
  /**
   * Appraisal options, applied to both.
   * @defaultValue each scenario's own appraisal settings
   */
  readonly appraisal?: AppraiseOptions;
}

const NO_PAYBACK = 'none';
const COLUMNS = [column('a', 'A', 'money'), column('b', 'B', 'money'), column('difference', 'Difference (B − A)', 'money')];

/** Differences as rows; the one keyed `total` as the Total row, else a Total row of sums when asked. */
function differenceTable(title: string, rowHeading: string, diffs: readonly Difference[], addTotal: boolean, names: ReadonlyMap<string, string> = new Map()): MeasureTable {
  const rows = diffs.filter((d) => d.key !== 'total').map((d) => dataRow(d.key, names.get(d.key) ?? d.label, [d.a, d.b, d.difference]));
  const given = diffs.find((d) => d.key === 'total');
  const total = given !== undefined ? [totalRow([given.a, given.b, given.difference])] : addTotal ? [totalRow([sum(diffs.map((d) => d.a)), sum(diffs.map((d) => d.b)), sum(diffs.map((d) => d.difference))])] : [];
  return measureTable(title, rowHeading, COLUMNS, [...rows, ...total]);
}

/** Each caveat once: unmarked when both sides carry it, else marked as A's or B's only. */
function jointCaveats(a: readonly string[], b: readonly string[]): string[] {
  const all = [...new Set([...a, ...b])];
  return all.map((c) => (a.includes(c) && b.includes(c) ? c : a.includes(c) ? `A only: ${c}` : `B only: ${c}`));
}

/** The appraisal conventions, once where A and B share them, else A's and B's. */
function conventions(a: Evaluation, b: Evaluation, options: AppraiseOptions | undefined): string[] {
  const [ca, cb] = [a, b].map((e) => appraisalConventionNotes(appraise(e, options).conventions)) as [string[], string[]];
  return ca.flatMap((n, i) => (n === cb[i] ? [n] : [`A: ${n}`, `B: ${cb[i]}`]));
}

/**
 * Compares two evaluations (two scenarios, or a scenario and one of its variants) as a report: savings
 * per partner, net benefit by year, NPV per partner and in total, and the payback years, each with the
 * difference B − A. Both are appraised with the same options. The caveats of both are carried (marked
 * where only one side has them).
 *
 * @param a - the base evaluation
 * @param b - the evaluation compared with it
 * @param options - labels for A and B, and appraisal options
 * @returns the report (view `compare`), for {@link render}
 * @throws {@link InputError} (`E_OPTION`) for appraisal options that cannot be used
 *
 * @example
 * ```ts
 * const report = buildComparisonView(evaluate(scenario), evaluate(applyVariant(scenario, 'westminster-leaves')));
 * report.tables.map((t) => t.title);
 * //=> ['Savings by partner', 'Net benefit by year', 'NPV by partner', 'Payback year']
 * ```
 */
export function buildComparisonView(a: Evaluation, b: Evaluation, options: ComparisonViewOptions = {}): Report {
  const c = compare(a, b, options.appraisal);
  const [labelA, labelB] = options.labels ?? c.titles;
  const names = partnerNames(a.scenario, b.scenario);
  const payback = measureTable(
    'Payback year',
    'Partner',
    [column('a', 'A', 'text'), column('b', 'B', 'text')],
    c.payback.map((p) => (p.key === 'total' ? totalRow([p.a ?? NO_PAYBACK, p.b ?? NO_PAYBACK]) : dataRow(p.key, names.get(p.key) ?? p.label, [p.a ?? NO_PAYBACK, p.b ?? NO_PAYBACK]))),
  );
  const tables = [
    differenceTable('Savings by partner', 'Partner', c.savings, false, names),
    differenceTable('Net benefit by year', 'Year', c.netByYear, true),
    differenceTable('NPV by partner', 'Partner', c.npv, false, names),
    payback,
  ];
  const caveats = jointCaveats(caveatsOf(a, options.appraisal), caveatsOf(b, options.appraisal));
  const notes = [
    ...caveatNotes(caveats),
    ...shortLabelNotes([...a.scenario.partners, ...b.scenario.partners], tables),
    `A: ${labelA}.`,
    `B: ${labelB}.`,
    'Differences are B − A; a partner or year missing from one side counts as zero there (shown as –).',
    'Savings by partner: savings and income less recurring costs, every line once landed, unweighted. Net benefit by year, NPV and payback: from the appraisal of each, with the same options.',
    ...conventions(a, b, options.appraisal),
  ];
  return { title: `${labelA} compared with ${labelB}`, view: 'compare', unit: a.scenario.settings.unit, precision: jointPrecision([a.scenario, b.scenario]), ...negativesOf(a.scenario), tables, notes, caveats };
}
