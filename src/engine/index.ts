export { evaluate } from './evaluate.js';
export type { Evaluation, LineCell, PositionCell, CostCell, FundingCell, IndirectCell, ContributionCell, AgreementYear, AgreementContributions } from './types.js';
export { pivot } from './pivot.js';
export type { PivotOptions, TableModel, TableRow, Heading, LineDimension, PositionDimension } from './pivot.js';
export { selectTotal, selectLineCells, selectPositionCells, isPositionSelector, sourceOf, sumLinesByPartnerYear } from './select.js';
export type { SelectorSource } from './select.js';
export { checkInvariants } from './invariants.js';
export { evaluationToJSON } from './serialise.js';
// The controlled rounding of a grid, for the appraisal's present values; not part of the public API.
export { placeQuanta } from './_grid-placement.js';
// Exact shares as fractions and percentages, for the contributions view; not part of the public API.
export { fractionOf, fractionText, percentOf } from './_fractions.js';
// Line cells read one at a time, for a report that writes every cell; not part of the public API.
export { lineCellReader } from './line-cell-reader.js';
export type { LineCellReader } from './line-cell-reader.js';
