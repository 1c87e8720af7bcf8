import type { Evaluation } from '../engine/index.js';
import type { Scenario } from '../model/index.js';
import type { AppraiseOptions } from '../appraisal/index.js';
import { compare, type Sensitivity, type Simulation } from '../analysis/index.js';
import { ErrorCode, InputError, assertNever, makeIssue } from '../errors/index.js';
import { OUTPUT_FORMATS as FORMATS, buildComparisonView, buildSensitivityView, buildSimulationView, renderCsv, renderJson, renderMarkdown, writeCsvPieces, writeJsonPieces, writeMarkdownPieces, type ComparisonViewOptions, type FormatName, type RenderOptions, type Report, type ViewName } from '../report/index.js';
import type { ChartName } from '../report/full.js';

/**
 * The analysis a command ran, for the formats that lay it out as a page or draw its chart: a sensitivity
 * analysis (its tornado), a simulation (its histogram of NPV), or a comparison of two evaluations.
 *
 * @example
 * ```ts
 * const analysis: AnalysisInput = { kind: 'sensitivity', scenario, result: sensitivity(scenario) };
 * ```
 */
export type AnalysisInput =
  | { readonly kind: 'sensitivity'; readonly scenario: Scenario; readonly result: Sensitivity }
  | { readonly kind: 'simulation'; readonly scenario: Scenario; readonly result: Simulation }
  | { readonly kind: 'comparison'; readonly a: Evaluation; readonly b: Evaluation; readonly options: ComparisonViewOptions };

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
  /** The analysis the reports are of; given by `sensitivity`, `simulate` and `compare`. */
  readonly analysis?: AnalysisInput;
}

/**
 * Text written in pieces, each handed on as it is made: for text longer than one string can hold (the
 * cells view at scale, in JSON about 870 MB).
 *
 * @example
 * ```ts
 * const text: TextPieces = { pieces: (write) => writeJsonPieces(report, {}, write) };
 * ```
 */
export interface TextPieces {
  readonly pieces: (write: (text: string) => void) => void;
}

/**
 * An output format of the CLI: what the library's registry says of it, and how to write what a command
 * built, as text or as bytes.
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
  /** The file extensions that name it, lower case: `--out` with one of them chooses it. */
  readonly extensions?: readonly string[];
  /** Writes the output, with the unit asked for; may be asynchronous. */
  readonly write: (input: FormatInput, options: RenderOptions) => string | Uint8Array | TextPieces | Promise<string | Uint8Array | TextPieces>;
}

/** Several JSON documents as one array, each as `renderJson` writes it; one document in pieces, as it is made. */
function jsonOf(reports: readonly Report[], options: RenderOptions): string | TextPieces {
  if (reports.length === 1) return { pieces: (write) => writeJsonPieces(reports[0]!, options, write) };
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
  if (input.evaluation === undefined) throw new InputError(makeIssue(ErrorCode.OPTION, ['format'], 'md, csv, json, html or svg for a comparison, a simulation or a sensitivity analysis', 'a format of a whole scenario'));
  return input.evaluation;
}

/** The renderers of `shared-services-model/report`, loaded only when a format needs them. */
const full = (): Promise<typeof import('../report/full.js')> => import('../report/full.js');

/** The render options with the appraisal options given on the command line. */
function withAppraisal(input: FormatInput, options: RenderOptions): RenderOptions & { readonly appraisal?: AppraiseOptions } {
  return { ...options, ...(input.appraisal === undefined ? {} : { appraisal: input.appraisal }) };
}

/** The chart of an analysis, drawn as SVG: the tornado of a sensitivity analysis, the histogram of a simulation, each partner's NPV in a comparison. */
async function analysisSvg(analysis: AnalysisInput, options: RenderOptions): Promise<string> {
  const f = await full();
  const chart = (report: Report) => ({ unit: options.unit ?? report.unit, decimals: options.decimals ?? report.precision.money[options.unit ?? report.unit] });
  switch (analysis.kind) {
    case 'sensitivity':
      return f.specToSvg(f.tornado(analysis.result, chart(buildSensitivityView(analysis.scenario, analysis.result))));
    case 'simulation':
      return f.specToSvg(f.npvHistogram(analysis.result, chart(buildSimulationView(analysis.scenario, analysis.result))));
    case 'comparison': {
      const report = buildComparisonView(analysis.a, analysis.b, analysis.options);
      return f.specToSvg(f.comparisonNpv(compare(analysis.a, analysis.b, analysis.options.appraisal), chart(report)));
    }
    default:
      return assertNever(analysis, 'analysis');
  }
}

/** The chart of the view asked for (report), or of the analysis (sensitivity, simulate, compare), drawn as SVG. */
async function svgOf(input: FormatInput, options: RenderOptions): Promise<string> {
  if (input.analysis !== undefined) return analysisSvg(input.analysis, options);
  const chart = input.view === undefined ? undefined : CHARTS[input.view];
  if (chart === undefined) {
    const views = Object.keys(CHARTS).join(', ');
    throw new InputError(makeIssue(ErrorCode.OPTION, ['view'], `a view svg draws a chart of (${views})`, input.view ?? 'none'));
  }
  const evaluation = evaluationOf(input);
  return (await full()).renderSvg(evaluation, chart, withAppraisal(input, options));
}

/** The page of an analysis: of a sensitivity analysis, a simulation or a comparison. */
async function analysisHtml(analysis: AnalysisInput, options: RenderOptions): Promise<string> {
  const f = await full();
  switch (analysis.kind) {
    case 'sensitivity':
      return f.renderSensitivityHtml(analysis.scenario, analysis.result, options);
    case 'simulation':
      return f.renderSimulationHtml(analysis.scenario, analysis.result, options);
    case 'comparison':
      return f.renderComparisonHtml(analysis.a, analysis.b, { ...analysis.options, ...options });
    default:
      return assertNever(analysis, 'analysis');
  }
}

/**
 * The formats of a whole scenario that the analyses (compare, simulate, sensitivity) write too, each
 * with its words for `--help`: every command offers them.
 */
const ANALYSIS_FORMATS: Readonly<Partial<Record<FormatName, string>>> = {
  html: 'one self-contained HTML page: of the whole scenario (report; --view does not apply), or of the analysis with its chart (compare, simulate, sensitivity)',
  svg: 'a chart: of the view (report: partners, tiers, costs, years or appraisal), the tornado (sensitivity), the histogram of NPV (simulate) or each partner’s NPV in A and B (compare)',
};

/** How each format of the library's registry is written: a format added there without a writer here fails to compile. */
const WRITERS: { readonly [N in FormatName]: OutputFormat['write'] } = {
  // One report in pieces, written out as they are made (the cells view at scale is hundreds of MB).
  md: (i, o) => (i.reports.length === 1 ? { pieces: (write) => writeMarkdownPieces(i.reports[0]!, o, write) } : i.reports.map((r) => renderMarkdown(r, o)).join('\n')),
  csv: (i, o) => (i.reports.length === 1 ? { pieces: (write) => writeCsvPieces(i.reports[0]!, o, write) } : i.reports.map((r) => renderCsv(r, o)).join('\r\n')),
  json: (i, o) => jsonOf(i.reports, o),
  html: async (i, o) => {
    if (i.analysis !== undefined) return analysisHtml(i.analysis, o);
    const evaluation = evaluationOf(i);
    return (await full()).renderHtml(evaluation, withAppraisal(i, o));
  },
  xlsx: async (i, o) => {
    const evaluation = evaluationOf(i);
    return (await full()).renderXlsx(evaluation, withAppraisal(i, o));
  },
  svg: svgOf,
};

/**
 * The output formats (`--format NAME`), by name: the library's registry of formats
 * (`OUTPUT_FORMATS` of `shared-services-model`), each with its writer. The option's choices, its help,
 * the extensions `--out` may end with and the checks follow from this map.
 *
 * @example
 * ```ts
 * Object.keys(OUTPUT_FORMATS);
 * //=> ['md', 'csv', 'json', 'html', 'xlsx', 'svg']
 * ```
 */
export const OUTPUT_FORMATS: Readonly<Record<string, OutputFormat>> = Object.fromEntries(
  (Object.keys(FORMATS) as FormatName[]).map((name) => {
    const { description, binary, input, extensions } = FORMATS[name];
    const analysis = ANALYSIS_FORMATS[name];
    const needsEvaluation = input === 'evaluation' && analysis === undefined;
    const format: OutputFormat = { description: analysis ?? description, binary, needsEvaluation, extensions, write: WRITERS[name] };
    return [name, format];
  }),
);

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
