import type { Scenario } from '../model/index.js';
import type { Sensitivity } from '../analysis/index.js';
import type { Report } from './report.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, sum, totalRow } from './_measures.js';
import { caveatNotes } from './_caveats.js';
import { appraisalConventionNotes } from './_views-appraisal.js';
import { partnerNames, jointPrecision, negativesOf } from './_report-parts.js';
import { shortLabelNotes } from './_short-labels.js';

/** The tornado: each input's range, total NPV at each end, the swing, and the break-even values. */
function tornadoTable(result: Sensitivity): MeasureTable {
  return measureTable(
    'Tornado: total NPV as each input varies alone',
    'Input',
    [
      column('base', 'Base', 'number'),
      column('low', 'Low', 'number'),
      column('high', 'High', 'number'),
      column('npvLow', 'NPV at low', 'money'),
      column('npvHigh', 'NPV at high', 'money'),
      column('swing', 'Swing', 'money'),
      column('breakEvenNpv', 'NPV break-even', 'number'),
      column('breakEvenPayback', `Payback within ${result.paybackWithin} years from`, 'number'),
    ],
    result.rows.map((r) => dataRow(r.input, r.label, [r.base, r.low, r.high, r.npv.low, r.npv.high, r.swing, r.breakEven.npv, r.breakEven.payback])),
  );
}

/** Each partner's net benefit over the period with each input at its low and its high end. */
function partnersTable(result: Sensitivity, names: ReadonlyMap<string, string>): MeasureTable {
  const ids = result.base.netBenefit.map((p) => p.partner);
  const columns = ids.flatMap((id) => [column(`${id}.low`, `${names.get(id) ?? id}: low`, 'money'), column(`${id}.high`, `${names.get(id) ?? id}: high`, 'money')]);
  const rows = result.rows.map((r) => dataRow(r.input, r.label, ids.flatMap((id) => {
    const p = r.netBenefit.find((x) => x.partner === id);
    return [p?.low ?? null, p?.high ?? null];
  })));
  return measureTable('Net benefit over the period by partner, with each input at its low and high end', 'Input', columns, rows);
}

/** The base case: each partner's net benefit over the period; the partnership's NPV and payback year. */
function baseTable(result: Sensitivity, names: ReadonlyMap<string, string>): MeasureTable {
  const b = result.base;
  return measureTable(
    'Base case',
    'Partner',
    [column('netBenefit', 'Net benefit over the period', 'money'), column('npv', 'NPV', 'money'), column('paybackYear', 'Payback year', 'text')],
    [
      ...b.netBenefit.map((p, k) => dataRow(p.partner, names.get(p.partner) ?? p.partner, [p.value, b.partners[k]!.npv, b.partners[k]!.paybackYear ?? 'none'])),
      totalRow([sum(b.netBenefit.map((p) => p.value)), b.npv, b.paybackYear ?? 'none']),
    ],
  );
}

/**
 * A sensitivity analysis as a report: the base case, the tornado table (each input varied alone from
 * low to high: total NPV at each end, the swing, and the break-even values for NPV and for payback),
 * and each partner's net benefit at each end; the conventions and the caveats as notes.
 *
 * @param scenario - the scenario analysed (for partner names, the unit and the precision)
 * @param result - from {@link sensitivity}
 * @returns the report (view `sensitivity`), for {@link render}
 *
 * @example
 * ```ts
 * const report = buildSensitivityView(scenario, sensitivity(scenario));
 * report.tables.map((t) => t.title);
 * //=> ['Base case', 'Tornado: total NPV as each input varies alone', 'Net benefit over the period by partner, with each input at its low and high end']
 * ```
 */
export function buildSensitivityView(scenario: Scenario, result: Sensitivity): Report {
  const names = partnerNames(scenario);
  const c = result.conventions;
  const notes = [
    ...caveatNotes(result.caveats),
    'Inputs are in their own terms: the realisation of a tier as a share (1 = as planned); a one-off cost as a multiple of its estimate; an indirect saving as a position in its low–high range (0 low, 1 high; the base is the central rate, shown –); the discount rate as a rate.',
    `Ranges: ${c.ranges}.`,
    `Order: ${c.order}.`,
    `Rounding: ${c.rounding}.`,
    `Break-even: ${c.breakEven}. – where the condition holds at both ends of the range or at neither.`,
    ...appraisalConventionNotes(c.appraisal),
  ];
  const tables = [baseTable(result, names), tornadoTable(result), partnersTable(result, names)];
  return {
    title: `${scenario.title}: sensitivity`,
    view: 'sensitivity',
    unit: scenario.settings.unit,
    precision: jointPrecision([scenario]),
    ...negativesOf(scenario),
    tables,
    notes: [...notes.slice(0, result.caveats.length), ...shortLabelNotes(scenario.partners, tables), ...notes.slice(result.caveats.length)],
    caveats: [...result.caveats],
  };
}
