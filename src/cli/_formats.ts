import type { Evaluation } from '../engine/index.js';
import type { AppraiseOptions } from '../appraisal/index.js';
import { ErrorCode, InputError, makeIssue } from '../errors/index.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderSvg, renderXlsx, type ChartName, type RenderOptions, type Report, type ViewName } from '../report/index.js';

/**
 * What a command hands to an output format: the reports it built and, for `report`, the evaluation and
 * view they are of (a format that lays out a whole scenario, or draws a chart, needs those).
 *
 * @example
 * ```ts
 * const input: FormatInput = { reports: [buildView(evaluation, 'partners')], evaluation, view: 'partners' };
 * ```
 */
export interface FormatInput {
  /** The reports to write: each command builds one. */
  readonly reports: readonly Report[];
  /** The evaluation the reports are of; given by `report` only. */
  readonly evaluation?: Evaluation;
  /** The view asked for; given by `report` only. */
  readonly view?: ViewName;
  /** The appraisal options given on the command line. */
  readonly appraisal?: AppraiseOptions;
}

/**
 * An output format of the CLI: how to write what a command built, as text or as bytes.
 *
 * @example
 * ```ts
 * const format: OutputFormat = { description: 'markdown', binary: false, needsEvaluation: false, write: (i, o) => renderMarkdown(i.reports[0]!, o) };
 * ```
 */
export interface OutputFormat {
  /** A few words for `--help`. */
  readonly description: string;
  /** Bytes rather than text: refused on a terminal without `--out`. */
  readonly binary: boolean;
  /** Whether it needs the evaluation (a whole-scenario document, a chart): offered by `report` only. */
  readonly needsEvaluation: boolean;
  /** Writes the output, with the unit asked for; may be asynchronous. */
  readonly write: (input: FormatInput, options: RenderOptions) => string | Uint8Array | Promise<string | Uint8Array>;
}

/** Several JSON documents as one array, each as `renderJson` writes it. */
function jsonOf(reports: readonly Report[], options: RenderOptions): string {
  if (reports.length === 1) return renderJson(reports[0]!, options);
  return `${JSON.stringify(reports.map((r) => JSON.parse(renderJson(r, options)) as unknown), null, 2)}\n`;
}

/** The chart `--format svg` draws for each view that has one. */
const CHARTS: Readonly<Partial<Record<ViewName, ChartName>>> = {
  partners: 'savingsByPartnerAndTier',
  tiers: 'savingsByPartnerAndTier',
  costs: 'costsAgainstSavings',
  years: 'netBenefitByYear',
  appraisal: 'netBenefitByYear',
};

/** The evaluation a whole-scenario format needs: `report` always gives it (the option is offered nowhere else). */
function evaluationOf(input: FormatInput): Evaluation {
  if (input.evaluation === undefined) throw new InputError(makeIssue(ErrorCode.OPTION, ['format'], 'md, csv or json for a comparison, a simulation or a sensitivity analysis', 'a format of a whole scenario'));
  return input.evaluation;
}

/** The chart of the view asked for, drawn as SVG. */
function svgOf(input: FormatInput, options: RenderOptions): Promise<string> {
  const chart = input.view === undefined ? undefined : CHARTS[input.view];
  if (chart === undefined) {
    const views = Object.keys(CHARTS).join(', ');
    throw new InputError(makeIssue(ErrorCode.OPTION, ['view'], `a view svg draws a chart of (${views})`, input.view ?? 'none'));
  }
  return renderSvg(evaluationOf(input), chart, { ...options, ...(input.appraisal === undefined ? {} : { appraisal: input.appraisal }) });
}

/**
 * The output formats (`--format NAME`), by name. A renderer added to the library becomes a format by
 * adding one entry here; the option's choices, its help and the checks follow from this map.
 *
 * @example
 * ```ts
 * Object.keys(OUTPUT_FORMATS);
 * //=> ['md', 'csv', 'json', 'html', 'xlsx', 'svg']
 * ```
 */
export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = {
  md: { description: 'markdown', binary: false, needsEvaluation: false, write: (i, o) => i.reports.map((r) => renderMarkdown(r, o)).join('\n') },
  csv: { description: 'CSV (RFC 4180), plain numbers, caveats at the end', binary: false, needsEvaluation: false, write: (i, o) => i.reports.map((r) => renderCsv(r, o)).join('\r\n') },
  json: { description: 'JSON, amounts as strings', binary: false, needsEvaluation: false, write: (i, o) => jsonOf(i.reports, o) },
  html: {
    description: 'one self-contained HTML page of the whole scenario (--view does not apply)',
    binary: false,
    needsEvaluation: true,
    write: (i, o) => renderHtml(evaluationOf(i), { ...o, ...(i.appraisal === undefined ? {} : { appraisal: i.appraisal }) }),
  },
  xlsx: { description: 'an Excel workbook, a sheet per view (--view does not apply; binary)', binary: true, needsEvaluation: true, write: (i, o) => renderXlsx(evaluationOf(i), { ...o, ...(i.appraisal === undefined ? {} : { appraisal: i.appraisal }) }) },
  svg: { description: 'the chart of the view: partners, tiers, costs, years or appraisal', binary: false, needsEvaluation: true, write: svgOf },
};

/** The names of the formats a command offers: those needing the evaluation only where it has one. */
export function formatNames(withEvaluation: boolean): string[] {
  return Object.entries(OUTPUT_FORMATS)
    .filter(([, f]) => withEvaluation || !f.needsEvaluation)
    .map(([name]) => name);
}

/** The formats a command offers, in words, for `--help`: one a line, `  md     markdown`. */
export function formatHelp(withEvaluation: boolean): string {
  const names = formatNames(withEvaluation);
  const width = names.reduce((w, n) => Math.max(w, n.length), 0) + 2;
  return names.map((name) => `  ${name.padEnd(width)}${OUTPUT_FORMATS[name]!.description}`).join('\n');
}
