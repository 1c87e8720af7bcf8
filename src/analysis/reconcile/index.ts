/** Reconciliation: the model's totals against the figures the business case states. */
export { reconcile, VERDICTS } from './reconcile.js';
export type { Verdict, ArithmeticCheck, ReconciliationRow, Reconciliation, DriverCheck } from './reconcile.js';
