import type { PeerName } from './peers.js';

/**
 * What the library knows about an output format: its file extensions, whether it is bytes, what it is
 * written from, which entry point writes it and which optional peer dependencies it needs.
 *
 * @example
 * ```ts
 * const info: FormatInfo = OUTPUT_FORMATS.xlsx;
 * info.entry;
 * //=> 'report'
 * ```
 */
export interface FormatInfo {
  /** A few words for `--help`. */
  readonly description: string;
  /** The file extensions that name it, lower case, the usual one first. */
  readonly extensions: readonly string[];
  /** Bytes rather than text (the CLI refuses to write it to a terminal). */
  readonly binary: boolean;
  /**
   * What it is written from: `'report'`, any report (so every command of the CLI offers it); `'evaluation'`,
   * a whole evaluated scenario (only the CLI's `report` command, which has one, offers it).
   */
  readonly input: 'report' | 'evaluation';
  /**
   * Where its renderer is exported: `'core'`, `shared-services-model` itself (see {@link render}); `'report'`,
   * `shared-services-model/report`, whose renderers load the peers below when first used.
   */
  readonly entry: 'core' | 'report';
  /** The optional peer dependencies it needs installed (none for the core's formats). */
  readonly peers: readonly PeerName[];
}

/**
 * Every output format, each once. The CLI's `--format` choices, its help, the extensions `--out` may
 * end with, {@link RENDER_FORMATS} and the messages that list formats are all made from this list.
 *
 * @example
 * ```ts
 * Object.keys(OUTPUT_FORMATS);
 * //=> ['md', 'csv', 'json', 'html', 'xlsx', 'svg']
 * OUTPUT_FORMATS.svg.peers;
 * //=> ['vega', 'vega-lite']
 * ```
 */
export const OUTPUT_FORMATS = {
  md: { description: 'markdown', extensions: ['md', 'markdown'], binary: false, input: 'report', entry: 'core', peers: [] },
  csv: { description: 'CSV (RFC 4180), plain numbers, caveats at the end', extensions: ['csv'], binary: false, input: 'report', entry: 'core', peers: [] },
  json: { description: 'JSON, amounts as strings', extensions: ['json'], binary: false, input: 'report', entry: 'core', peers: [] },
  html: {
    description: 'one self-contained HTML page of the whole scenario (--view does not apply)',
    extensions: ['html', 'htm'],
    binary: false,
    input: 'evaluation',
    entry: 'report',
    peers: ['vega', 'vega-lite'],
  },
  xlsx: { description: 'an Excel workbook, a sheet per view (--view does not apply; binary)', extensions: ['xlsx'], binary: true, input: 'evaluation', entry: 'report', peers: ['exceljs'] },
  svg: { description: 'the chart of the view: partners, tiers, costs, years or appraisal', extensions: ['svg'], binary: false, input: 'evaluation', entry: 'report', peers: ['vega', 'vega-lite'] },
} as const satisfies Readonly<Record<string, FormatInfo>>;

/**
 * The name of an output format: a key of {@link OUTPUT_FORMATS}.
 *
 * @example
 * ```ts
 * const format: FormatName = 'xlsx';
 * ```
 */
export type FormatName = keyof typeof OUTPUT_FORMATS;

/**
 * A format {@link render} writes, with no optional dependency: `md` (markdown), `csv` (RFC 4180) or
 * `json` (amounts as strings). The others are written by `shared-services-model/report`.
 *
 * @example
 * ```ts
 * const format: RenderFormat = 'md';
 * ```
 */
export type RenderFormat = { readonly [N in FormatName]: (typeof OUTPUT_FORMATS)[N]['entry'] extends 'core' ? N : never }[FormatName];

/**
 * The formats {@link render} writes: those of {@link OUTPUT_FORMATS} whose entry is the core.
 *
 * @example
 * ```ts
 * RENDER_FORMATS;
 * //=> ['md', 'csv', 'json']
 * ```
 */
export const RENDER_FORMATS: readonly RenderFormat[] = (Object.keys(OUTPUT_FORMATS) as FormatName[]).filter((n): n is RenderFormat => OUTPUT_FORMATS[n].entry === 'core');
