/**
 * Calendar days as integers. The kernel counts days, never milliseconds or local times, so a period's
 * length is an exact integer and no time zone or daylight-saving change can move a boundary. `Date.UTC`
 * is used only here, to turn a calendar date into its day number and back.
 */

/**
 * A calendar day: the number of days since 1970-01-01 (UTC).
 *
 * @example
 * ```ts
 * const day: Day = dayFromDate(2022, 10, 3);
 * //=> 19268
 * ```
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * The day number of a calendar date.
 *
 * @param year - the full year, e.g. 2022
 * @param month - 1 for January … 12 for December
 * @param day - the day of the month, from 1
 * @returns days since 1970-01-01
 *
 * @example
 * ```ts
 * dayFromDate(1970, 1, 2);
 * //=> 1
 * ```
 */
export function dayFromDate(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The ISO date (`YYYY-MM-DD`) of a day number, for reports.
 *
 * @param day - days since 1970-01-01
 * @returns the date, e.g. `'2022-10-03'`
 *
 * @example
 * ```ts
 * dateFromDay(dayFromDate(2022, 10, 3));
 * //=> '2022-10-03'
 * ```
 */
export function dateFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The first day of a UK financial year, which runs from 1 April to 31 March.
 *
 * @param startYear - the calendar year the financial year starts in: 2022 for 2022/23
 * @returns the day number of 1 April of that year
 *
 * @example
 * ```ts
 * dateFromDay(financialYearStart(2022));
 * //=> '2022-04-01'
 * ```
 */
export function financialYearStart(startYear: number): Day {
  return dayFromDate(startYear, 4, 1);
}

/**
 * The label councils print for a financial year.
 *
 * @param startYear - the calendar year the financial year starts in
 * @returns e.g. `'2022/23'`
 *
 * @example
 * ```ts
 * financialYearLabel(2099);
 * //=> '2099/00'
 * ```
 */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The calendar year a financial year label starts in: the inverse of {@link financialYearLabel}.
 *
 * @param label - a financial year as councils print it, e.g. `'2022/23'`
 * @returns the calendar year it starts in
 *
 * @example
 * ```ts
 * startYearOf('2022/23');
 * //=> 2022
 * ```
 */
export function startYearOf(label: string): number {
  return Number(label.slice(0, 4));
}
