/**
 * Sizes of the analysis charts, wide (a desktop screen, print) or narrow (a phone: about 340 px across
 * overall, so that it shows unscaled and its text at the size it is drawn), and the wrapping of their text.
 */
import { CHART_CONFIG } from './_plot.js';

/** The plotting area's width: narrow, the chart overall (with its axis and padding) stays within 340 px. */
export const PLOT_WIDTH = { wide: 480, narrow: 255 } as const;

/**
 * How many characters a line holds across `width` pixels of text of `fontSize` pixels: Vega, drawing
 * without a canvas, reckons a character 0.8 of the font size wide (wider than it shows), and sizes the SVG
 * by that reckoning.
 */
export function lineChars(width: number, fontSize = 11): number {
  return Math.max(8, Math.floor(width / (0.8 * fontSize)));
}

/** The plot's width, and the characters a line of its title (13 px) and subtitle (11 px) hold. */
export function frame(narrow: boolean, width: number | undefined): { readonly width: number; readonly title: number; readonly subtitle: number } {
  const w = width ?? (narrow ? PLOT_WIDTH.narrow : PLOT_WIDTH.wide);
  // Narrow, the title may run over the axis at the left too (the chart's whole 340 px).
  return narrow ? { width: w, title: 30, subtitle: 36 } : { width: w, title: lineChars(w + 40, 13), subtitle: lineChars(w + 40) };
}

/** The shared chart settings, with the tick labels of the axes kept from overlapping. */
export const NARROW_CONFIG = {
  ...CHART_CONFIG,
  axis: { ...CHART_CONFIG.axis, labelOverlap: true, labelFlush: true },
} as const;
