export { appraise } from './appraise.js';
export type { AppraiseOptions, Appraisal, AppraisalYear, PartnerAppraisal, AppraisalConventions, Payback, NoPaybackReason } from './appraise.js';
export { discountFactors, rateInYear } from './discount.js';
export { discountSchedule, scheduleForRate } from './discount-schedule.js';
export type { DiscountSchedule, DiscountScheduleInput, DiscountScheduleOptions, DiscountStepInput, GreenBookSchedule } from './discount-schedule.js';
export { paybackOf, describePayback } from './payback.js';
export { netBenefit } from './net-benefit.js';
export type { NetBenefit, NetBenefitOptions, NetBenefitYear, PartnerNetBenefit } from './net-benefit.js';
// For the views, which state the appraisal's caveats without appraising; not part of the public API.
export { appraisalCaveats } from './_caveats.js';
export { resolveAppraiseOptions } from './_options.js';
// For the analyses, which must round present values as appraise does; not part of the public API.
export { roundPresentValues, roundGridUnits } from './_present-values.js';
export type { RoundedPresentValues, RoundedGridUnits, ExactPresentValue } from './_present-values.js';
