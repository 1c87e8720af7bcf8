/** Staffing: posts before and after, and the FTE removed, by partner. */
export { staffing } from './staffing.js';
export type { StaffingRow, StaffingSummary } from './staffing.js';
