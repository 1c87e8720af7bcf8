import type { Evaluation } from '../engine/index.js';
import { ZERO } from './_cash-flows.js';

/**
 * What the figures leave out, in words: unquantified costs and funding, unconfirmed funding, funding
 * that offsets an unquantified cost, and funding beyond the costs it offsets. The appraisal cannot count
 * these, so a reader is told rather than left to assume they are in.
 */
export function appraisalCaveats(evaluation: Evaluation, includeUnconfirmed: boolean): string[] {
  const s = evaluation.scenario;
  return [
    ...s.costs.filter((k) => k.unquantified).map((k) => `Unquantified cost, not included: ${k.name}${k.note ? ` (${k.note})` : ''}`),
    ...s.funding.filter((f) => f.amount === undefined).map((f) => `Unquantified funding, not included: ${f.name}`),
    ...s.funding.filter((f) => !f.confirmed && f.amount !== undefined).map((f) => `Unconfirmed funding ${includeUnconfirmed ? 'included' : 'not included'}: ${f.name}`),
    ...s.funding.flatMap((f) =>
      f.offsets
        .map((id) => s.costs.find((k) => k.id === id))
        .filter((k) => k?.unquantified === true)
        .map((k) => `Funding ${f.name} offsets an unquantified cost (${k!.name}): counted only against quantified costs`),
    ),
    ...s.funding.flatMap((f) => {
      if (f.amount === undefined) return [];
      const used = evaluation.fundingCells.filter((c) => c.funding === f.id).reduce((a, c) => a.plus(c.value), ZERO);
      return used.lessThan(f.amount) ? [`Funding beyond the costs it offsets, not counted: ${f.name} (${f.amount.minus(used).toString()} of ${f.amount.toString()} pounds)`] : [];
    }),
  ];
}
