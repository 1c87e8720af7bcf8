export { CHART_NAMES } from './chart-options.js';
export type { ChartName, ChartOptions, VegaLiteSpec } from './chart-options.js';
export { savingsByPartnerAndTier } from './savings-by-partner-and-tier.js';
export { netBenefitByYear } from './net-benefit-by-year.js';
export { costsAgainstSavings } from './costs-against-savings.js';
export { chartSpec } from './chart-spec.js';
export { specToSvg } from './spec-to-svg.js';
export { renderSvg } from './render-svg.js';
export type { SvgOptions } from './spec-to-svg.js';
