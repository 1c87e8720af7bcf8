import type { VegaLiteSpec } from './chart-options.js';
import { xmlChars } from '../_xml-chars.js';
import { loadPeers } from '../peers.js';

/**
 * Options for {@link specToSvg} and {@link renderSvg}.
 *
 * @example
 * ```ts
 * const warnings: string[] = [];
 * const options: SvgOptions = { onWarning: (m) => warnings.push(m) };
 * ```
 */
export interface SvgOptions {
  /**
   * Called with each warning Vega-Lite or Vega gives (an unused encoding, say). Errors always throw.
   * @defaultValue warnings are ignored
   */
  readonly onWarning?: (message: string) => void;
}

/** A Vega logger that passes warnings on, throws errors, and never writes to the console. */
function quietLogger(onWarning: (message: string) => void): Record<string, unknown> {
  let level = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      onWarning(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Draws a Vega-Lite spec as SVG text, in Node, with no browser and no canvas: Vega-Lite compiles it to
 * Vega, and Vega renders it headless (`renderer: 'none'`). Fonts are generic families, so nothing is
 * fetched, and the same spec always gives the same bytes. The SVG is always well-formed XML: any character
 * XML cannot hold (a control character, U+FFFE, a lone surrogate in a name) is drawn as U+FFFD. Asynchronous, because Vega's `toSVG` is; Vega
 * and Vega-Lite are loaded on first use.
 *
 * @param spec - a Vega-Lite spec, such as one from {@link chartSpec}
 * @param options - where warnings go
 * @returns a promise of the SVG document text
 * @throws an `Error` from Vega-Lite or Vega for a spec they cannot draw
 *
 * @example
 * ```ts
 * const svg = await specToSvg(chartSpec(evaluation, 'costsAgainstSavings'));
 * svg.startsWith('<svg');
 * //=> true
 * ```
 */
export async function specToSvg(spec: VegaLiteSpec, options: SvgOptions = {}): Promise<string> {
  const [vega, vl] = await loadPeers('a chart', ['vega', 'vega-lite']);
  const logger = quietLogger(options.onWarning ?? (() => undefined)) as unknown as NonNullable<Parameters<typeof vl.compile>[1]>['logger'];
  // A deep copy: Vega-Lite must never see (or change) the caller's object.
  const compiled = vl.compile(JSON.parse(JSON.stringify(spec)) as Parameters<typeof vl.compile>[0], { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: logger as never, logLevel: vega.Warn });
  try {
    // Vega escapes markup but passes every other character through: one XML cannot hold (a control
    // character, U+FFFE, a lone surrogate in a name) becomes U+FFFD, so the SVG is always well-formed.
    return xmlChars(await view.toSVG());
  } finally {
    view.finalize();
  }
}
