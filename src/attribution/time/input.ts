import type { Decimal } from '../../money/index.js';
import type { Rule } from '../../model/index.js';
import type { Day } from './days.js';

/**
 * Which financial year's driver values a step's metric rules read: `{ offset: -1 }` for last year's
 * actuals, `{ year: k }` for a fixed year index (0 is the scenario's first year). Absent: the same year.
 *
 * @example
 * ```ts
 * const lastYearsActuals: DriverYear = { offset: -1 };
 * ```
 */
export type DriverYear = { readonly offset: number } | { readonly year: number };

/**
 * One step of a schedule: `rule` applies from the day `from` until the day before the next step's.
 * The rule's own `prior` (if any) is the prior of the step's first period; its `tolerance` and
 * `precision` apply to every period of the step.
 *
 * @example
 * ```ts
 * const step: ScheduleStep = { from: dayFromDate(2022, 10, 3), rule: { kind: 'metric', metric: 'calls' }, driverYear: { offset: -1 } };
 * ```
 */
export interface ScheduleStep {
  /** The first day the rule applies. */
  readonly from: Day;
  /** How the split is worked out while the step applies. */
  readonly rule: Rule;
  /** Which year's driver values the rule reads. @defaultValue the year being split */
  readonly driverYear?: DriverYear;
}

/**
 * When a partner is a party to the agreement: from `from` to `until`, both days included.
 *
 * @example
 * ```ts
 * const joinsInOctober: Membership = { from: dayFromDate(2022, 10, 1) };
 * ```
 */
export interface Membership {
  /** The first day of membership. @defaultValue a member from the start */
  readonly from?: Day;
  /** The last day of membership. @defaultValue a member to the end */
  readonly until?: Day;
}

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
 * Everything the time kernel needs to split each financial year among the partners.
 *
 * @example
 * ```ts
 * const input: TimeInput = {
 *   partners: [{ id: 'a' }, { id: 'b' }],
 *   firstYear: 2021,
 *   years: 3,
 *   schedule: [{ from: financialYearStart(2021), rule: { kind: 'equal' } }],
 * };
 * ```
 */
export interface TimeInput {
  /** The partners, in partner order; every index below is into this list. */
  readonly partners: readonly { readonly id: string }[];
  /** The calendar year the first financial year starts in (2021 for "2021/22"). */
  readonly firstYear: number;
  /** How many financial years to split. */
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
  /** Tie order for precision (lower first), a permutation of partner indexes. @defaultValue partner order */
  readonly rank?: readonly number[];
}
