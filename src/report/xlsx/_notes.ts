import type { Evaluation } from '../../engine/index.js';
import { appraise, type AppraiseOptions } from '../../appraisal/index.js';
import { reconcile } from '../../analysis/index.js';
import { fromPounds, type MoneyUnit } from '../../money/index.js';
import { describeReconciliation, reconciliationTable } from '../reconciliation-table.js';
import { writeVerdictCounts } from './_reconciliation.js';
import type { SheetWriter } from './_sheet.js';

/** One sheet of the workbook as the Notes sheet lists it: its name and the titles of its tables. */
export interface SheetEntry {
  readonly name: string;
  readonly tables: readonly string[];
}

const WIDE = { wrap: true } as const;

function heading(w: SheetWriter, text: string): void {
  w.text(w.row, 1, text, { bold: true, size: 12 }, false);
  w.row += 1;
}

function pairs(w: SheetWriter, rows: readonly (readonly [string, string])[]): void {
  for (const [key, value] of rows) {
    w.text(w.row, 1, key, { bold: true, wrap: true }, false);
    w.text(w.row, 2, value, WIDE, false);
    w.row += 1;
  }
  w.row += 1;
}

function conventions(evaluation: Evaluation, unit: MoneyUnit): [string, string][] {
  const s = evaluation.scenario.settings;
  const names = new Map(evaluation.scenario.partners.map((p) => [p.id, p.name]));
  const years = s.years;
  return [
    ['Money shown in', `${unit} (the scenario states money in ${s.unit}; currency ${s.currency})`],
    ['Rounding quantum', `£${s.quantum.toString()} (${fromPounds(s.quantum, unit).toString()} in ${unit}). Each amount is apportioned once, to this quantum; every total is a sum of rounded cells and is never rounded again.`],
    ['FTE quantum', s.fteQuantum.toString()],
    ['Apportionment', 'Largest remainder (Hamilton): each share is within one quantum of its exact value and the shares sum exactly to the amount split.'],
    ['Tie order', `${s.tieOrder.map((id) => names.get(id) ?? id).join(', ')}: who receives the odd quantum when remainders tie.`],
    ['Financial years', `${years[0] ?? ''} to ${years.at(-1) ?? ''}, April to March.`],
    ['Signs', 'Savings and income are positive; recurring costs are negative; negatives are shown in parentheses.'],
    ['Totals', 'Every Total is a SUM formula over the cells of its row or column (a grand total over the whole table), so it can be audited here; its stored result is the library\'s exact total.'],
    ['Numbers', 'Each figure is the library\'s exact decimal written as a spreadsheet number that holds it exactly (any amount a spreadsheet number could not hold is written as its exact text, and its table\'s totals as figures). The JSON output carries the same figures as exact decimal text.'],
  ];
}

/** Which cells of the Appraisal sheet are formulas, which are the library's figures, and why. */
const LIVE_FORMULAS: readonly (readonly [string, string])[] = [
  ['Inputs', 'The Inputs sheet holds the appraisal\'s options with defined names: DiscountRate, RiskWeightAssured, RiskWeightProjected, RiskWeightPossible, OptimismBias, Mitigation, CostUplift (a formula), and the discount schedule year by year (DiscountRates, DiscountFactors: each factor the year before\'s ÷ (1 + the year\'s rate)). Change one and the Appraisal sheet recalculates.'],
  ['Formulas', 'On the Appraisal sheet: Benefits (each tier\'s savings × its risk weight), Costs (costs before optimism bias × CostUplift), Net benefit, Cumulative, Discount factor (from the Inputs sheet), Present value before rounding (net × factor), every Total, the total NPV (the exact NPV rounded half-up to the quantum, as the library does), the total PV of benefits (likewise), PV of costs (PV of benefits − NPV) and the benefit–cost ratio (to 2 decimals). Recalculated, each equals the library\'s figure; with other inputs, each unrounded figure and the total NPV equal what the library gives for those options.'],
  ['Figures, not formulas', 'The tiers\' savings before risk weights, costs before optimism bias and funding are the flows the inputs act on. Each partner\'s present value of a year, and its PV of benefits, are the library\'s: it rounds present values once for the whole grid of partners and years, each the floor or ceiling of its exact value so that partners and years add up to the total NPV (largest remainder), which no spreadsheet ROUND reproduces. So those cells, each partner\'s NPV (their SUM), its PV of costs and ratio, and the Present value column of the Total table keep the figures of the options the report was made with when an input is changed; the column Present value before rounding and the total NPV follow. Payback years are text. The period and the quantum are fixed: another needs the report run again. Other sheets that show appraisal figures (years, fairness) hold the figures of the options the report was made with.'],
];

/**
 * Writes the Notes sheet: the scenario's title and source, the conventions (unit, quantum, tie order,
 * appraisal), the caveats (unquantified costs and funding, stated as such and never as zero), the
 * reconciliation counts, and what each sheet holds.
 *
 * @param w - a writer on the Notes sheet
 * @param evaluation - the evaluation the workbook shows
 * @param unit - the unit money is shown in
 * @param sheets - the other sheets, in order
 * @param appraisalOptions - the appraisal the sheets show, whose conventions and caveats are listed
 * @param live - whether the workbook has the Inputs sheet and a live Appraisal sheet, whose formulas are then described
 */
export function writeNotes(w: SheetWriter, evaluation: Evaluation, unit: MoneyUnit, sheets: readonly SheetEntry[], appraisalOptions: AppraiseOptions = {}, live = false): void {
  const s = evaluation.scenario;
  w.text(w.row, 1, s.title, { bold: true, size: 14 }, false);
  w.row += 2;
  pairs(w, [['Source', s.source ?? 'Not stated']]);

  heading(w, 'Conventions');
  pairs(w, conventions(evaluation, unit));

  const appraisal = appraise(evaluation, appraisalOptions);
  const c = appraisal.conventions;
  const weights = Object.entries(c.riskWeights).map(([tier, weight]) => `${tier} ${weight}`);
  heading(w, 'Appraisal conventions');
  pairs(w, [
    ['Discount rate', c.discountRate],
    ['Discounting', `${c.schedule}; the first year is not discounted.`],
    ['Period', c.period],
    ['Risk weights', weights.join(', ')],
    ['Optimism bias', `${c.optimismBias} on one-off costs, ${c.mitigation} of it mitigated`],
    ['Unconfirmed funding', c.unconfirmedFundingIncluded ? 'included' : 'not included'],
    ['Indirect savings', c.indirect],
    ['Present values', c.presentValueRounding],
  ]);

  if (live) {
    heading(w, 'The Appraisal sheet: formulas and figures');
    pairs(w, LIVE_FORMULAS);
  }

  heading(w, 'Caveats');
  const caveats = appraisal.caveats.length === 0 ? ['None: every cost and every source of funding is quantified.'] : appraisal.caveats;
  for (const caveat of caveats) {
    w.text(w.row, 1, caveat, {}, false);
    w.row += 1;
  }
  w.row += 1;

  heading(w, 'Reconciliation');
  if (s.published.length === 0) {
    w.text(w.row, 1, 'The scenario carries no published figures.', {}, false);
    w.row += 2;
  } else {
    const table = reconciliationTable(reconcile(evaluation));
    w.text(w.row, 1, describeReconciliation(table), {}, false);
    w.row += 2;
    writeVerdictCounts(w, table);
  }

  heading(w, 'Sheets');
  pairs(
    w,
    sheets.map((sheet) => [sheet.name, sheet.tables.length === 0 ? 'Notes only: no tables for this scenario.' : sheet.tables.join('; ')]),
  );
}
