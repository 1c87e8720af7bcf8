export { reconcile } from './reconcile.js';
export type { Verdict, ArithmeticCheck, ReconciliationRow, Reconciliation } from './reconcile.js';
export { staffing } from './staffing.js';
export type { StaffingRow, StaffingSummary } from './staffing.js';
export { budgetContext } from './context.js';
export type { ContextRow } from './context.js';
export { applyVariant } from './variants.js';
export { compare } from './compare.js';
export type { Comparison, Difference } from './compare.js';
