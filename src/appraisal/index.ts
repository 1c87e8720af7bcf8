export { appraise } from './appraise.js';
export type { AppraiseOptions, Appraisal, AppraisalYear, PartnerAppraisal, AppraisalConventions } from './appraise.js';
export { discountFactors, rateInYear } from './discount.js';
export { netBenefit } from './net-benefit.js';
export type { NetBenefit, NetBenefitOptions, NetBenefitYear, PartnerNetBenefit } from './net-benefit.js';
