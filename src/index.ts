/**
 * shared-services-model: exact, auditable models of council shared-services business cases.
 *
 * Every export is named here; nothing is re-exported wholesale from deep files. The integer helpers
 * used inside the engine (`apportionUnits`, scaled BigInts) are deliberately withheld.
 *
 * @packageDocumentation
 */

// Money: exact decimals, units, formatting, apportionment.
export {
  Decimal,
  parseAmount,
  tryParseAmount,
  toDecimal,
  MONEY_UNITS,
  unitExponent,
  toPounds,
  fromPounds,
  formatMoney,
  apportion,
  shares,
  reviewShares,
  percentage,
} from './money/index.js';
export type {
  AmountInput,
  ParseAmountOptions,
  MoneyUnit,
  FormatMoneyOptions,
  ApportionOptions,
  AllocationMode,
  SharesOptions,
  ShareReview,
  PercentageOptions,
} from './money/index.js';

// Errors: one base class with a code, issues with paths, guards that work across realms.
export {
  ErrorCode,
  SharedServicesError,
  InputError,
  ScenarioError,
  InvariantError,
  isSharedServicesError,
  isScenarioError,
  formatPath,
} from './errors/index.js';
export type { Issue, InputPath } from './errors/index.js';
