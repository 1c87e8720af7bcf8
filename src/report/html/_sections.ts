import type { Evaluation } from '../../engine/index.js';
import type { Report, ViewName } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import { escapeHtml } from './_escape.js';
import { tableHtml } from './_table.js';
import { resolve } from '../_input.js';

/** One section of the report: on paper, it starts a new page. */
export interface HtmlSection {
  readonly id: string;
  readonly heading: string;
  readonly html: string;
}

/** Notes printed elsewhere (the caveats in their callout, the source in the header, the reconciliation in its section). */
export function ownNotes(report: Report): string[] {
  return report.notes.filter((n) => !n.startsWith('Caveat: ') && !n.startsWith('Source: ') && !n.startsWith('Reconciliation — '));
}

export function paragraph(text: string, cls?: string): string {
  return `<p${cls === undefined ? '' : ` class="${cls}"`}>${escapeHtml(text)}</p>`;
}

export function list(items: readonly string[], cls?: string): string {
  if (items.length === 0) return '';
  return `<ul${cls === undefined ? '' : ` class="${cls}"`}>\n${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
}

/** A report's tables (or a sentence saying there are none), then its own notes. */
export function reportBody(report: Report, options: RenderOptions, empty: string, notes = true): string {
  const tables = report.tables.map((t) => tableHtml(t, report, options));
  const parts = tables.length === 0 ? [paragraph(empty, 'empty')] : tables;
  // The report as resolved for people: its notes then say where money is rounded for display.
  const own = notes ? ownNotes(resolve(report, options).report ?? report) : [];
  return [...parts, ...(own.length === 0 ? [] : [list(own, 'notes')])].join('\n');
}

/** A chart drawn twice, as inline SVG: wide for a desktop screen and for print, narrow for a phone. */
export interface ChartPair {
  readonly wide: string;
  readonly narrow: string;
}

/**
 * A chart as a figure, with a caption. One SVG is shown at any width (scaled down to fit); a pair is
 * shown wide or narrow as the screen is (the style sheet's media queries choose; print shows the wide),
 * so that the text of each is displayed at about the size it was drawn.
 */
export function figure(svg: string | ChartPair | undefined, caption: string): string {
  if (svg === undefined) return '';
  const body = typeof svg === 'string' ? svg : `<div class="chart-wide">\n${svg.wide}\n</div>\n<div class="chart-narrow">\n${svg.narrow}\n</div>`;
  return `<figure class="chart">\n${body}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

/** The caveats, prominently: a bordered box on the first page and again in the caveats section. */
export function caveatsCallout(caveats: readonly string[]): string {
  const items = caveats.length === 0 ? ['None: every cost and every funding stream the scenario names is quantified, and all funding is confirmed.'] : caveats;
  return `<aside class="callout caveats" aria-label="Caveats">\n<h3>What these figures leave out</h3>\n${list(items)}\n</aside>`;
}

/** The statements of assumption the scenario itself carries: the notes on its costs, funding and indirect savings. */
export function scenarioAssumptions(evaluation: Evaluation): string[] {
  const s = evaluation.scenario;
  const noted = [...s.costs, ...s.funding, ...s.indirect].filter((x) => x.note !== undefined && x.note !== '');
  return noted.map((x) => `${x.name}: ${x.note!}`);
}

/** The views the sections show, in the order they are built. */
export const SECTION_VIEWS = ['tiers', 'partners', 'services', 'staffing', 'costs', 'appraisal', 'reconcile'] as const satisfies readonly ViewName[];

/** The views a section shows, built once each. */
export type Views = Readonly<Record<(typeof SECTION_VIEWS)[number], Report>>;

export function section(id: string, heading: string, lead: string, body: string): HtmlSection {
  const html = `<section class="report-section" id="${id}" data-section="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n${lead === '' ? '' : `${paragraph(lead, 'lead')}\n`}${body}\n</section>`;
  return { id, heading, html };
}
