/**
 * The page of an analysis (sensitivity, simulation, comparison): a header saying what it is, its parts
 * (each a section with a lead, a chart and tables), and the caveats and notes, on the shared page shell.
 * On paper the sections run on (`main.analysis`), where the scenario report starts each on a new page.
 */
import type { Report, ReportTable } from '../report.js';
import type { RenderOptions } from '../render-options.js';
import type { ChartOptions } from '../charts/chart-options.js';
import { renderJson } from '../json.js';
import { resolve } from '../_input.js';
import { escapeHtml } from './_escape.js';
import { htmlPage } from './_page.js';
import { tableHtml } from './_table.js';
import { caveatsCallout, figure, list, ownNotes, paragraph, section, type ChartPair } from './_sections.js';

/** One part of an analysis page: a section with its lead, an optional chart (inline SVG, or a wide and narrow pair) and its tables. */
export interface PagePart {
  readonly id: string;
  readonly heading: string;
  readonly lead: string;
  readonly chart?: string | ChartPair | undefined;
  readonly caption?: string;
  readonly tables: readonly ReportTable[];
}

/** The unit and label decimals a chart of the report uses: the options', else the report's. */
export function chartOptions(report: Report, options: RenderOptions): ChartOptions {
  const unit = options.unit ?? report.unit;
  return { unit, decimals: options.decimals ?? report.precision.money[unit] };
}

/** What A and B are, shown under the title: the first note of a comparison naming each. */
function sides(report: Report): string[] {
  return ['A: ', 'B: '].flatMap((side) => report.notes.find((n) => n.startsWith(side)) ?? []);
}

/**
 * The whole page: title, what the analysis is, its parts, then the caveats and every note; the data as
 * JSON (the report as {@link renderJson} writes it, and what the analysis adds).
 */
export function analysisPage(report: Report, what: string, parts: readonly PagePart[], data: Readonly<Record<string, unknown>>, options: RenderOptions, heading = report.title): string {
  const unit = options.unit ?? report.unit;
  const notes = ownNotes(resolve(report, options).report ?? report);
  const header = [
    '<header class="report-header">',
    `<h1>${escapeHtml(heading)}</h1>`,
    paragraph(what, 'source'),
    ...(report.view === 'compare' ? [list(sides(report), 'sides')] : []),
    `<p class="meta">Produced by shared-services-model. Money in ${escapeHtml(unit)} unless a table says otherwise; every figure is exact, and every total is the sum of the figures shown.</p>`,
    '</header>',
  ];
  const sections = parts.map((p) => {
    const body = [p.chart === undefined ? '' : figure(p.chart, p.caption ?? ''), ...p.tables.map((t) => tableHtml(t, report, options))].filter((x) => x !== '');
    return section(p.id, p.heading, p.lead, body.join('\n')).html;
  });
  const closing = section('notes', 'Caveats, conventions and notes', 'Read the figures with these.', [caveatsCallout(report.caveats), list(notes, 'notes')].filter((x) => x !== '').join('\n')).html;
  const json = {
    generator: 'shared-services-model',
    title: report.title,
    unit,
    caveats: [...report.caveats],
    ...data,
    report: JSON.parse(renderJson(report, options)) as unknown,
  };
  return htmlPage(heading, [...header, '<main class="analysis">', ...sections, closing, '</main>'], json);
}
