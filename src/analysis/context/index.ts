/** Context: the savings against each partner's budget. */
export { budgetContext } from './context.js';
export type { ContextRow } from './context.js';
