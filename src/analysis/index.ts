export { reconcile } from './reconcile.js';
export type { Verdict, ArithmeticCheck, ReconciliationRow, Reconciliation } from './reconcile.js';
