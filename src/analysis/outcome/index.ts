/**
 * What the sensitivity analysis and the simulation share: one evaluation taken apart into a linear model,
 * the inputs as exact integer factors, the appraisal outcome of one set of inputs, and the JSON text form of
 * their results. Only `AmountsAsText` leaves `analysis/`; the rest is private to it.
 */
export { yearLabels, linearModel } from './_linear.js';
export type { Entries, LinearModel } from './_linear.js';
export { STEP_PLACES, inputScales, toInput, fromInput, coefficients } from './_factors.js';
export type { Factors, Scales } from './_factors.js';
export { DISCOUNT_RATE, inputNames, slotOf, inputLabel, copyFactors, setSlot, getSlot } from './_inputs.js';
export type { Slot, MutableFactors } from './_inputs.js';
export { makeSetup, stepValue } from './_setup.js';
export type { AppraisalOptions, Setup } from './_setup.js';
export { scaledDiscount, makeEvaluator, newOutcome, evaluateOutcome, roundNet } from './_outcome.js';
export type { Discount, Evaluator, Outcome } from './_outcome.js';
export { toText } from './_text.js';
export type { AmountsAsText } from './_text.js';
