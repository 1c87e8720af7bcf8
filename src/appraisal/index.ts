export { appraise } from './appraise.js';
export type { AppraiseOptions, Appraisal, AppraisalYear, PartnerAppraisal, AppraisalConventions } from './appraise.js';
export { discountFactors, rateInYear } from './discount.js';
