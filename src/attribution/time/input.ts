import type { ScheduleInput } from '../../model/index.js';

/**
 * Everything the time kernel needs to split each financial year among the partners: a schedule with
 * its memberships and drivers (checked by checkSchedule), and the tie order for precision.
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
export interface TimeInput extends ScheduleInput {
  /** Tie order for precision (lower first), a permutation of partner indexes. @defaultValue partner order */
  readonly rank?: readonly number[];
}
