import type { Evaluation, TableModel as PivotTable } from '../engine/index.js';
import { TIERS } from '../schema/index.js';
import { appraise, type AppraiseOptions } from '../appraisal/index.js';
import { cellPivot } from './_measures.js';
import { labelledPivot, nonEmpty, tierWord, type ViewParts } from './_views.js';
import { partnerHeading } from '../model/index.js';

/** Savings by line and partner, one table per tier, then tiers by partner: the shape of a paper's Table 1. */
export function partnersView(evaluation: Evaluation): ViewParts {
  const perTier = TIERS.map((tier) => labelledPivot(evaluation, { rows: 'line', columns: 'partner', filter: { tier }, title: `${tierWord(tier)} savings` }));
  const summary = labelledPivot(evaluation, { rows: 'tier', columns: 'partner', title: 'All tiers' });
  return { tables: nonEmpty([...perTier, summary]), notes: [] };
}

/** Every line by partner. */
export function linesView(evaluation: Evaluation): ViewParts {
  return { tables: nonEmpty([labelledPivot(evaluation, { rows: 'line', columns: 'partner', title: 'Savings by line' })]), notes: [] };
}

/** Tiers by partner. */
export function tiersView(evaluation: Evaluation): ViewParts {
  return { tables: nonEmpty([labelledPivot(evaluation, { rows: 'tier', columns: 'partner', title: 'Savings by tier' })]), notes: [] };
}

/** The appraisal's net benefit by year and partner: its cells, pivoted; the totals are sums of them. */
function netByYear(evaluation: Evaluation, options: AppraiseOptions | undefined): PivotTable {
  const a = appraise(evaluation, options);
  const cells = a.partners.flatMap((p) => p.years.map((y) => ({ row: y.year, column: p.partner, value: y.net })));
  const partners = evaluation.scenario.partners.map((p) => ({ key: p.id, label: partnerHeading(p) }));
  return cellPivot(cells, { title: 'Net benefit by year (from the appraisal)', rowDimension: 'year', columnDimension: 'partner', rows: a.years.map((y) => ({ key: y, label: y })), columns: partners });
}

/** Years by partner, then lines by year, then the appraisal's net benefit by year and partner. */
export function yearsView(evaluation: Evaluation, options?: AppraiseOptions): ViewParts {
  const byPartner = labelledPivot(evaluation, { rows: 'year', columns: 'partner', title: 'Savings by year' });
  const byLine = labelledPivot(evaluation, { rows: 'line', columns: 'year', title: 'Savings by line and year' });
  const years = evaluation.scenario.settings.years;
  const landed = new Set(byPartner.rows.map((r) => r.key));
  const empty = years.filter((y) => !landed.has(y));
  const notes = [
    ...(empty.length === 0 ? [] : [`Nothing lands in ${empty.join(', ')}: each year shows what starts in it, not the running total.`]),
    'Net benefit by year is the appraisal’s (the appraisal view states its conventions): on-going savings recur every year from their start, one-off costs fall in their years, funding offsets them.',
  ];
  return { tables: nonEmpty([byPartner, byLine, netByYear(evaluation, options)]), notes };
}
