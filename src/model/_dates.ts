import { dayFromDate, financialYearLabel, financialYearStart, startYearOf, type Day } from './days.js';

/** The day of a date written `YYYY-MM-DD` (the schema has checked it is a real one). */
export function readDate(text: string): Day {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return dayFromDate(y, m, d);
}

/** The index of a financial year from the scenario's first (negative before it, `years.length` or more after the last). */
export function yearIndexOf(years: readonly string[], label: string): number {
  return startYearOf(label) - startYearOf(years[0]!);
}

/** The label of a year index, before, within or after the scenario's years. */
export function yearLabelOf(years: readonly string[], index: number): string {
  return financialYearLabel(startYearOf(years[0]!) + index);
}

/** The first day of a year index and the first day of the next. */
export function yearBoundsOf(years: readonly string[], index: number): { start: Day; end: Day } {
  const first = startYearOf(years[0]!);
  return { start: financialYearStart(first + index), end: financialYearStart(first + index + 1) };
}
