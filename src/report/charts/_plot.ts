import { fromPounds, unitExponent, type Decimal, type MoneyUnit } from '../../money/index.js';

/**
 * THE BOUNDARY between exact money and drawing. A chart needs JavaScript numbers to place marks; this is
 * the only place a money amount becomes one. The amount (exact, in pounds) is shifted into the axis's
 * unit and written to the penny (`toFixed`: 2 decimals in pounds, 5 in £000, 8 in £m), then read as a
 * number. The number positions a bar or a point and nothing else: it is never added, compared or fed
 * back into any figure. Labels printed on a chart come from the exact value as text ({@link plotText}).
 */
export function plotNumber(pounds: Decimal, unit: MoneyUnit): number {
  return Number(fromPounds(pounds, unit).toFixed(2 + unitExponent(unit)));
}

/** The fewest decimals a label shows in a unit, unless told: 2 (0 in £000), as the tables print a bare amount. */
export function defaultDecimals(unit: MoneyUnit): number {
  return unit === '£000' ? 0 : 2;
}

/**
 * Digits grouped in threes before the point (`1234567.5` → `1,234,567.5`), by slicing: linear in the
 * digits, where a look-ahead regex (`\B(?=(\d{3})+(?!\d))`) rescans the rest of the number at each digit.
 */
function groupThousands(text: string): string {
  const point = text.indexOf('.');
  const whole = point === -1 ? text : text.slice(0, point);
  const parts: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) parts.push(whole.slice(Math.max(0, end - 3), end));
  return parts.reverse().join(',') + (point === -1 ? '' : text.slice(point));
}

/**
 * The exact amount as a label, in the unit, with at least `decimals` digits after the point and every
 * digit it has (never rounded for display), so that a chart's labels read as the report's tables do.
 */
export function plotText(pounds: Decimal, unit: MoneyUnit, decimals = defaultDecimals(unit)): string {
  const inUnit = fromPounds(pounds, unit);
  const text = inUnit.abs().toFixed(Math.max(decimals, inUnit.decimalPlaces()));
  const grouped = groupThousands(text);
  const body = unit === '£000' ? `£${grouped}k` : unit === '£m' ? `£${grouped}m` : `£${grouped}`;
  return inUnit.isNegative() && !inUnit.isZero() ? `−${body}` : body;
}

/** The d3 format of the money axis's tick labels in a unit. */
export function axisFormat(unit: MoneyUnit): string {
  return unit === '£m' ? ',.2f' : ',.0f';
}

/** The money axis's title. */
export function axisTitle(unit: MoneyUnit): string {
  return unit === '£' ? '£' : unit === '£000' ? '£000' : '£m';
}

/**
 * Settings every chart shares: generic font families only (nothing to fetch, the same in Node and in a
 * browser), a fixed palette, no animation or interaction, so the same input always draws the same SVG.
 */
export const CHART_CONFIG = {
  font: 'sans-serif',
  background: 'white',
  padding: 8,
  view: { stroke: null },
  axis: { labelFont: 'sans-serif', titleFont: 'sans-serif', labelFontSize: 11, titleFontSize: 11, gridColor: '#e5e5e5' },
  legend: { labelFont: 'sans-serif', titleFont: 'sans-serif', labelFontSize: 11, titleFontSize: 11, orient: 'bottom' },
  title: { font: 'sans-serif', subtitleFont: 'sans-serif', fontSize: 13, subtitleFontSize: 11, anchor: 'start' },
  text: { font: 'sans-serif' },
} as const;

/** The width a narrow chart is drawn to, overall, in pixels: it fits a phone's screen (390 px less the page's margins) unscaled, so its text shows at the size it is drawn. */
export const NARROW_CHART_WIDTH = 340;

/**
 * The most characters a line of a narrow chart's long labels holds before the rest goes on the next line.
 * Vega, drawing without a canvas, reckons a character 0.8 of the font size wide (wider than it shows),
 * and sizes the SVG by that reckoning: these keep it within {@link NARROW_CHART_WIDTH}.
 */
export const NARROW_LABEL_CHARS = 14;

/** The most characters a line of a narrow chart's title (13 px) holds. */
export const NARROW_TITLE_CHARS = 30;

/** The most characters a line of a narrow chart's subtitle (11 px) holds. */
export const NARROW_SUBTITLE_CHARS = 36;

/**
 * Text as lines of at most `max` characters, broken only between words: a word longer than a line keeps
 * a line of its own, whole. At most `most` lines: the rest is joined to the last (a text mark's `limit`
 * then ends it with an ellipsis; the tables beside a chart carry every label whole). Nothing is dropped:
 * the lines joined with spaces are the text with its runs of spaces made single.
 */
export function wrapWords(text: string, max: number, most = Infinity): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length <= max || lines.length >= most)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [text] : lines;
}

/**
 * Names Vega's expression parser reads as a property of every object (or a promise's `then`), even as a
 * string: a literal equal to one fails to compile ("Operator not defined"), or its line is dropped.
 */
const OBJECT_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'then', 'prototype']);

/**
 * A Vega expression for an axis's `labelExpr` that shows each label longer than `max` characters over
 * several lines ({@link wrapWords}), and any other as it is; `undefined` when no label needs it. A lookup
 * by position in a list (`indexof`), not a property of an object, so no label can name a property every
 * object has; a label that is, or would have a line that is, such a name ({@link OBJECT_NAMES}) is left
 * whole on one line.
 */
export function wrappedLabelExpr(labels: readonly string[], max: number): string | undefined {
  const long = labels.filter((l) => l.length > max && !OBJECT_NAMES.has(l) && !wrapWords(l, max).some((line) => OBJECT_NAMES.has(line)));
  if (long.length === 0) return undefined;
  return `${JSON.stringify(long.map((l) => wrapWords(l, max)))}[indexof(${JSON.stringify(long)}, datum.value)] || datum.value`;
}

/**
 * Lines of a narrow chart's title or subtitle, each of at most `max` characters; a line whose wrapping
 * would leave a line that is a property name every object has ({@link OBJECT_NAMES}) is kept whole.
 */
export function narrowLines(lines: readonly string[], max = NARROW_TITLE_CHARS): string[] {
  return lines.flatMap((l) => {
    const wrapped = wrapWords(l, max);
    return wrapped.some((w) => OBJECT_NAMES.has(w)) ? [l] : wrapped;
  });
}

/**
 * The axis of financial years: labels level, or, on a narrow chart where a year's label would not fit its
 * band (under 50 pixels each), upright, so that none is hidden.
 */
export function yearAxis(years: number, width: number, narrow: boolean): Record<string, unknown> {
  return { labelAngle: narrow && years > 0 && width / years < 50 ? 270 : 0 };
}

/** The palette: tiers from most to least certain, and the series of the year charts. */
export const COLOURS = {
  tiers: ['#1b4f72', '#2e86c1', '#aed6f1'],
  positive: '#1e8449',
  negative: '#b03a2e',
  cumulative: '#17202a',
  payback: '#7d3c98',
  savings: '#1e8449',
  costs: '#b03a2e',
  funding: '#d4ac0d',
} as const;

/** The `$schema` of every spec. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
