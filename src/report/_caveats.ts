import type { Evaluation } from '../engine/index.js';
import { appraisalCaveats, resolveAppraiseOptions, type AppraiseOptions } from '../appraisal/index.js';

/**
 * The caveats every view carries, in every format: unquantified costs, unquantified and unconfirmed
 * funding, funding offsetting an unquantified cost or beyond the costs it offsets. They come from the
 * appraisal (with the same options as the report's appraisal, so the words about unconfirmed funding
 * match what it counted), so every view states them in the same words. Never shown as zero. The options
 * are resolved and checked as `appraise` does (a bad one refused the same way), but nothing is appraised:
 * the caveats need the scenario and whether unconfirmed funding counts, not the cash flows.
 */
export function caveatsOf(evaluation: Evaluation, options: AppraiseOptions = {}): string[] {
  return appraisalCaveats(evaluation, resolveAppraiseOptions(evaluation.scenario, options).includeUnconfirmed);
}

/** The caveats as notes: each as `Caveat: …`, to print before a view's own notes. */
export function caveatNotes(caveats: readonly string[]): string[] {
  return caveats.map((c) => `Caveat: ${c}`);
}
