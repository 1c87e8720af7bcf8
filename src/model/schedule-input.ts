import type { Decimal } from '../money/index.js';
import type { Membership, ScheduleStep } from './types.js';

/**
 * A partner's stated value of a metric for a financial year (by year index), or `undefined` where the
 * scenario states none.
 *
 * @example
 * ```ts
 * const values: DriverLookup = (partner, metric, year) => (metric === 'calls' ? new Decimal(100 + partner + year) : undefined);
 * ```
 */
export type DriverLookup = (partner: number, metric: string, year: number) => Decimal | undefined;

/**
 * A schedule of rules over financial years, with the memberships and driver values it is read
 * against: what {@link yearPeriods} cuts into periods and {@link checkSchedule} checks.
 *
 * @example
 * ```ts
 * const input: ScheduleInput = {
 *   partners: [{ id: 'a' }, { id: 'b' }],
 *   firstYear: 2021,
 *   years: 3,
 *   schedule: [{ from: financialYearStart(2021), rule: { kind: 'equal' } }],
 * };
 * ```
 */
export interface ScheduleInput {
  /** The partners, in partner order; every index below is into this list. */
  readonly partners: readonly { readonly id: string }[];
  /** The calendar year the first financial year starts in (2021 for "2021/22"). */
  readonly firstYear: number;
  /** How many financial years. */
  readonly years: number;
  /** The rules over time, in strictly increasing order of `from`. */
  readonly schedule: readonly ScheduleStep[];
  /** Each partner's membership, by partner index. @defaultValue every partner a member throughout */
  readonly memberships?: readonly (Membership | undefined)[];
  /** Driver values by partner, metric and year index. @defaultValue none stated */
  readonly drivers?: DriverLookup;
  /**
   * The year indexes (inclusive) for which driver values may be stated, e.g. `{ first: -1, last: 2 }`
   * when the year before the first is given as actuals. A step reading a year outside is refused.
   * @defaultValue `{ first: 0, last: years - 1 }`
   */
  readonly driverYears?: { readonly first: number; readonly last: number };
  /** FTE removed per partner for a year index, for `fte-removed` rules (known only to the engine). */
  readonly fteRemoved?: (year: number) => readonly bigint[] | undefined;
}
