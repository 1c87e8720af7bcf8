// Time in attribution: rules, drivers and memberships that change by financial year or from a date,
// and the exact split of each year they give. Pure; parsing and views build on it elsewhere.
export { splitYears } from './split-years.js';
export { checkSchedule } from '../../model/index.js';
export type { ScheduleProblem, DriverLookup } from '../../model/index.js';
export { dayFromDate, dateFromDay, financialYearStart, financialYearLabel } from '../../model/index.js';
export type { Day, ScheduleStep, DriverYear, Membership } from '../../model/index.js';
export type { TimeInput } from './input.js';
export type { YearSplit, PeriodSplit, ExactSplit, Fraction, Decision, DecisionReason, DriverValuesUsed } from './result.js';
