import { Decimal } from '../money/index.js';
import { financialYearLabel } from '../model/index.js';
import type { CellStyle, Negatives } from './_cell.js';
import { displayNumber, plainNumber } from './_cell.js';

/** A published figure's value as text, and whether it is a number (a spreadsheet may read it as one) or words. */
export interface FigureText {
  readonly text: string;
  readonly number: boolean;
}

/** Whether a value is a calendar year a financial year label can be made of. */
const isYear = (v: Decimal): boolean => v.isInteger() && v.greaterThanOrEqualTo(1000) && v.lessThanOrEqualTo(9998);

const counted = (v: Decimal, text: string, one: string, many: string): string => `${text} ${v.abs().equals(1) ? one : many}`;

/** Places beyond the printed ones that a percentage is shown to, for people: its twelve places help no one. */
const PERCENT_EXTRA_PLACES = 4;

/**
 * A percentage for people: as it is where it has few places, else shown to four places beyond `min`,
 * marked "≈" (a share such as 5/90.5 has no exact decimal; the plain styles keep every place computed).
 */
function percentText(value: Decimal, min: number): string {
  const places = min + PERCENT_EXTRA_PLACES;
  return value.decimalPlaces() <= places ? plainNumber(value, min) : `≈${value.toFixed(places, Decimal.ROUND_HALF_UP)}`;
}

/**
 * A printed or computed value of a published figure in its own unit, exact and at least to `min`
 * decimals: a `year` as its financial year (`2014/15`, in every style), a `%` as a percentage (`71%`
 * for people, `71` plain), a `ratio` as a plain number, money and counts as plain numbers (for people
 * grouped in thousands, a negative written as `negatives` says, as in every other table).
 */
export function figureValueText(value: Decimal, unit: string, min: number, style: CellStyle, negatives?: Negatives): FigureText {
  const plain = plainNumber(value, min);
  // A year figure's value is the calendar year it starts in (an integer, never money).
  if (unit === 'year' && isYear(value)) return { text: financialYearLabel(value.toNumber()), number: false };
  if (unit === '%' && style === 'display') return { text: `${percentText(value, min)}%`, number: false };
  if (style === 'display' && unit !== 'ratio' && unit !== 'year') return { text: displayNumber(value, min, negatives), number: true };
  return { text: plain, number: true };
}

/**
 * A difference (printed − computed) in the figure's unit: for people, years as `1 year` / `-2 years` and
 * percentages in points (`0.5 points`); plain, always the number.
 */
export function figureDifferenceText(value: Decimal, unit: string, min: number, style: CellStyle, negatives?: Negatives): FigureText {
  const plain = plainNumber(value, min);
  if (style === 'display' && unit === 'year') return { text: counted(value, plain, 'year', 'years'), number: false };
  if (style === 'display' && unit === '%') return { text: counted(value, percentText(value, min), 'point', 'points'), number: false };
  if (style === 'display' && unit !== 'ratio' && unit !== 'year') return { text: displayNumber(value, min, negatives), number: true };
  return { text: plain, number: true };
}
