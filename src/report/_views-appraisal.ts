import type { Evaluation } from '../engine/index.js';
import { TIERS } from '../schema/index.js';
import { appraise, describePayback, type Appraisal, type AppraisalConventions, type AppraiseOptions, type PartnerAppraisal } from '../appraisal/index.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, sum, totalRow } from './_measures.js';
import { costsByYearTable } from './_views-costs.js';
import { nonEmpty, type ViewParts } from './_views.js';
import { partnerHeading } from '../model/index.js';

/** Discount factors are exact to 80 digits; tables print them to this many places. */
export const FACTOR_DECIMALS = 6;

/** NPV, present values, benefit–cost ratio and payback: each partner, then the total. */
function summaryTable(appraisal: Appraisal, names: ReadonlyMap<string, string>): MeasureTable {
  const values = (p: PartnerAppraisal) => [p.npv, p.pvBenefits, p.pvCosts, p.benefitCostRatio, describePayback(p.payback)];
  return measureTable(
    'Appraisal summary',
    'Partner',
    [
      column('npv', 'NPV', 'money'),
      column('pvBenefits', 'PV of benefits', 'money'),
      column('pvCosts', 'PV of costs net of funding', 'money'),
      column('benefitCostRatio', 'Benefit–cost ratio', 'number', 2),
      column('paybackYear', 'Payback year', 'text'),
    ],
    [...appraisal.partners.map((p) => dataRow(p.partner, names.get(p.partner) ?? p.partner, values(p))), totalRow(values(appraisal.total))],
  );
}

/** One partner's (or the total's) cash flows: rows are years, columns are measures, then a Total row. */
function yearsTable(p: PartnerAppraisal, name: string): MeasureTable {
  const ys = p.years;
  return measureTable(
    `Cash flows by year: ${name}`,
    'Year',
    [
      column('benefits', 'Benefits', 'money'),
      column('costs', 'Costs', 'money'),
      column('funding', 'Funding', 'money'),
      column('net', 'Net benefit', 'money'),
      column('cumulative', 'Cumulative', 'money'),
      column('discountFactor', 'Discount factor', 'number', FACTOR_DECIMALS),
      column('presentValue', 'Present value', 'money'),
    ],
    [
      ...ys.map((y) => dataRow(y.year, y.year, [y.benefits, y.costs, y.funding, y.net, y.cumulative, y.discountFactor, y.presentValue])),
      totalRow([sum(ys.map((y) => y.benefits)), sum(ys.map((y) => y.costs)), sum(ys.map((y) => y.funding)), sum(ys.map((y) => y.net)), null, null, p.npv]),
    ],
  );
}

/** The conventions of an appraisal, in words: the notes of every report that appraises. */
export function appraisalConventionNotes(c: AppraisalConventions): string[] {
  const w = c.riskWeights;
  return [
    `Discount rate ${c.discountRate} real (${c.schedule}); the first year is undiscounted.`,
    `Period: ${c.period}.`,
    `Risk weights (the share of each tier's savings counted): ${TIERS.map((t) => `${t} ${w[t]}`).join(', ')}.`,
    `Optimism bias on one-off costs ${c.optimismBias}, of which ${c.mitigation} mitigated: cost × (1 + bias × (1 − mitigation)).`,
    `Unconfirmed funding ${c.unconfirmedFundingIncluded ? 'included' : 'not included'}; ${c.indirect}.`,
    'Benefits are savings and income less recurring costs (on-going lines recur every year from their start), weighted by tier, with indirect savings; costs are one-off costs with optimism bias, as positive amounts; net benefit = benefits − costs + funding.',
    `Present values: ${c.presentValueRounding}. Discount factors are printed to ${FACTOR_DECIMALS} decimal places; present values use the exact factors.`,
    'Payback year: the first year from which the cumulative net position stays at or above zero. Benefit–cost ratio: PV of benefits ÷ PV of costs net of funding, to 2 decimal places (– where there are no costs).',
  ];
}

/**
 * The appraisal: the summary per partner and in total, the total's cash flows by year, the one-off
 * costs behind them, then each partner's cash flows, with the conventions as notes (the caveats are
 * added by `buildView`).
 */
export function appraisalView(evaluation: Evaluation, options: AppraiseOptions | undefined): ViewParts {
  const a = appraise(evaluation, options);
  const names = new Map(evaluation.scenario.partners.map((p) => [p.id, partnerHeading(p)]));
  const costs = nonEmpty([costsByYearTable(evaluation, a.years, 'One-off costs by year, before optimism bias')]);
  const tables = [summaryTable(a, names), yearsTable(a.total, 'Total'), ...costs, ...a.partners.map((p) => yearsTable(p, names.get(p.partner) ?? p.partner))];
  return { tables, notes: appraisalConventionNotes(a.conventions) };
}
