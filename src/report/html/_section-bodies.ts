import type { Evaluation } from '../../engine/index.js';
import type { RenderOptions } from '../render-options.js';
import type { Report } from '../report.js';
import { describeReconciliation } from '../reconciliation-table.js';
import { VERDICTS } from '../../analysis/index.js';
import { countOfVerdict } from '../verdict-words.js';
import { escapeHtml } from './_escape.js';
import { tableHtml } from './_table.js';
import { caveatsCallout, figure, list, ownNotes, paragraph, reportBody, scenarioAssumptions, type ChartPair, type Views } from './_sections.js';

/** The charts, each as inline SVG drawn wide and narrow, where drawn. */
export interface Charts {
  readonly savings?: ChartPair;
  readonly netBenefit?: ChartPair;
  readonly costs?: ChartPair;
}

/** What a section holds before it is wrapped: its id, heading, a lead sentence and its body. */
export interface SectionBody {
  readonly id: string;
  readonly heading: string;
  readonly lead: string;
  readonly body: string;
}

/** The reconciliation table of the reconcile view, if the scenario carries published figures. */
function reconciliationOf(views: Views) {
  const table = views.reconcile.tables[0];
  return table?.kind === 'reconciliation' && table.rows.length > 0 ? table : undefined;
}

/** Page 1: what the scenario is, the headline tables (savings by tier, the appraisal summary) and the caveats. */
export function summarySection(evaluation: Evaluation, views: Views, options: RenderOptions): SectionBody {
  const s = evaluation.scenario;
  const years = s.settings.years;
  const facts = `${s.partners.length} partners (${s.partners.map((p) => p.name).join('; ')}); ${s.lines.length} savings lines; ${s.costs.length} one-off costs; financial years ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}.`;
  const headline = [...views.tiers.tables.slice(0, 1), ...views.appraisal.tables.filter((t) => t.kind === 'measures').slice(0, 1)];
  const recon = reconciliationOf(views);
  return {
    id: 'summary',
    heading: 'Summary',
    lead: facts,
    body: [
      caveatsCallout(views.appraisal.caveats),
      ...headline.map((t) => tableHtml(t, t === views.tiers.tables[0] ? views.tiers : views.appraisal, options)),
      recon === undefined ? '' : paragraph(`Reconciliation with the paper: ${describeReconciliation(recon)}`),
    ]
      .filter((x) => x !== '')
      .join('\n'),
  };
}

export function partnersSection(views: Views, options: RenderOptions, charts: Charts): SectionBody {
  return {
    id: 'partners',
    heading: 'Savings by partner and tier',
    lead: 'Each line’s savings split between the partners, one table per confidence tier, then the tiers together.',
    body: [figure(charts.savings, 'Savings by partner, stacked by confidence tier.'), reportBody(views.partners, options, 'The scenario states no savings lines.')].join('\n'),
  };
}

export function servicesSection(views: Views, options: RenderOptions): SectionBody {
  return {
    id: 'services',
    heading: 'By service: starting and closing positions',
    lead: 'Each service’s baseline by partner: the starting position, the closing position after sharing, and the change between them.',
    body: reportBody(views.services, options, 'The scenario gives no service baselines.'),
  };
}

export function staffingSection(views: Views, options: RenderOptions): SectionBody {
  return {
    id: 'staffing',
    heading: 'Staffing',
    lead: 'FTE reduced by line and partner, the staffing effects stated, and each staffing baseline.',
    body: reportBody(views.staffing, options, 'The scenario states no staffing figures.'),
  };
}

export function costsSection(views: Views, options: RenderOptions, charts: Charts): SectionBody {
  return {
    id: 'costs',
    heading: 'One-off costs and funding',
    lead: 'The one-off costs of making the change, by partner and by year, the external funding offsetting them, and indirect savings.',
    body: [figure(charts.costs, 'One-off costs against the savings the appraisal counts, by year.'), reportBody(views.costs, options, 'The scenario states no one-off costs.')].join('\n'),
  };
}

export function netBenefitSection(views: Views, options: RenderOptions, charts: Charts): SectionBody {
  return {
    id: 'net-benefit',
    heading: 'Net benefit by year',
    lead: 'Benefits less one-off costs plus funding, year by year, the cumulative position and the payback year; the appraisal’s conventions are in the caveats section.',
    body: [figure(charts.netBenefit, 'Net benefit by year (bars), cumulative position (line) and the payback year (rule).'), reportBody(views.appraisal, options, 'No appraisal.', false)].join('\n'),
  };
}

/** The cost-sharing agreements: each one's splits and contributions by year, then the summaries (only where the scenario states agreements). */
export function contributionsSection(contributions: Report, options: RenderOptions): SectionBody {
  return {
    id: 'contributions',
    heading: 'Cost-sharing agreements: contributions',
    lead: 'Each agreement’s running cost split between the partners year by year: the driver and its counts, the exact and stated shares, the prior and the decision to keep or reset it, and each partner’s contribution.',
    body: reportBody(contributions, options, 'The scenario states no cost-sharing agreements.'),
  };
}

/** Everything the figures rest on or leave out: the caveats, the appraisal's conventions, the scenario's own assumptions. */
export function caveatsSection(evaluation: Evaluation, views: Views): SectionBody {
  const assumptions = scenarioAssumptions(evaluation);
  const signs = views.partners.notes.filter((n) => n.startsWith('Savings and income are positive'));
  return {
    id: 'caveats',
    heading: 'Caveats, assumptions and conventions',
    lead: 'Read the figures with these. Unquantified costs and unconfirmed funding are not in any total: they are listed here, never counted as zero.',
    body: [
      caveatsCallout(views.appraisal.caveats),
      '<h3>Conventions of the appraisal</h3>',
      list([...ownNotes(views.appraisal), ...signs]),
      '<h3>Assumptions the scenario states</h3>',
      assumptions.length === 0 ? paragraph('The scenario states no assumptions of its own.', 'empty') : list(assumptions),
    ].join('\n'),
  };
}

export function reconciliationSection(views: Views, options: RenderOptions): SectionBody {
  const table = reconciliationOf(views);
  if (table === undefined) {
    return { id: 'reconciliation', heading: 'Reconciliation with the published figures', lead: '', body: paragraph('The scenario carries no published figures to reconcile.', 'empty') };
  }
  const counts = VERDICTS.map((v) => `<li class="verdict-${v}"><span class="verdict">${escapeHtml(countOfVerdict(v, table.counts[v]))}</span></li>`);
  return {
    id: 'reconciliation',
    heading: 'Reconciliation with the published figures',
    lead: describeReconciliation(table),
    body: [`<ul class="counts">\n${counts.join('\n')}\n</ul>`, tableHtml(table, views.reconcile, options)].join('\n'),
  };
}
