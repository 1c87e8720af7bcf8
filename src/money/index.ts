export { Decimal } from './decimal.js';
export type { AmountInput } from './decimal.js';
export { parseAmount, tryParseAmount, toDecimal } from './amount.js';
export type { ParseAmountOptions } from './amount.js';
export { MONEY_UNITS, unitExponent, toPounds, fromPounds } from './units.js';
export type { MoneyUnit } from './units.js';
export { formatMoney } from './format.js';
export type { FormatMoneyOptions } from './format.js';
export { apportion } from './apportion.js';
export type { ApportionOptions, AllocationMode } from './apportion.js';
export { shares, reviewShares } from './shares.js';
export type { SharesOptions, ShareReview } from './shares.js';
export { percentage } from './percentage.js';
export type { PercentageOptions } from './percentage.js';
// Integer helpers for the engine's hot paths; not part of the public API.
export { apportionUnits, floorShares, floorSharesSafe, largestFirst, rankFromPriority, inputOrderRank } from './_largest-remainder.js';
export type { FloorShares } from './_largest-remainder.js';
export { scaledBigInt, fromScaledBigInt, pow10 } from './_integers.js';
