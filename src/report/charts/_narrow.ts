/**
 * Sizes and fonts of the analysis charts, drawn narrow enough to sit unscaled on a phone (390 px less the
 * page's margins), so their text shows at the size it is drawn; a wider screen shows them as they are.
 */
import { CHART_CONFIG } from './_plot.js';

/** The plotting area's width: the chart overall (with its axis and padding) stays within 340 px. */
export const PLOT_WIDTH = 255;

/** Vega, drawing without a canvas, reckons a character 0.8 of the font size wide: the characters a line of 11 px text holds across the plot. */
export const LINE_CHARS = Math.floor(PLOT_WIDTH / (0.8 * 11));

/** The characters a line of the title (13 px) or subtitle (11 px) holds within the chart's width. */
export const TITLE_CHARS = 30;
export const SUBTITLE_CHARS = 36;

/**
 * Text as lines of at most `max` characters, broken between words; a word longer than a line has a line
 * of its own. At most `most` lines: the rest is joined to the last (and a text mark's `limit` ends it
 * with an ellipsis). Nothing is lost from the page: the tables beside the chart carry every label whole.
 */
export function lines(text: string, max: number, most = Infinity): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = out[out.length - 1];
    if (last !== undefined && (last.length + 1 + word.length <= max || out.length >= most)) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length === 0 ? [text] : out;
}

/** The shared chart settings, with the tick labels of the axes kept from overlapping. */
export const NARROW_CONFIG = {
  ...CHART_CONFIG,
  axis: { ...CHART_CONFIG.axis, labelOverlap: true, labelFlush: true },
} as const;
