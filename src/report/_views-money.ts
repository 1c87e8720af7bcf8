import type { Evaluation } from '../engine/index.js';
import type { Tier } from '../model/index.js';
import { labelledPivot, nonEmpty, tierWord, type ViewParts } from './_views.js';

const TIERS: readonly Tier[] = ['assured', 'projected', 'possible'];

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

/** Years by partner, then lines by year. */
export function yearsView(evaluation: Evaluation): ViewParts {
  const byPartner = labelledPivot(evaluation, { rows: 'year', columns: 'partner', title: 'Savings by year' });
  const byLine = labelledPivot(evaluation, { rows: 'line', columns: 'year', title: 'Savings by line and year' });
  const years = evaluation.scenario.settings.years;
  const landed = new Set(byPartner.rows.map((r) => r.key));
  const empty = years.filter((y) => !landed.has(y));
  const notes = empty.length === 0 ? [] : [`Nothing lands in ${empty.join(', ')}: each year shows what starts in it, not the running total.`];
  return { tables: nonEmpty([byPartner, byLine]), notes };
}
