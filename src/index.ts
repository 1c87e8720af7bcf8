/**
 * shared-services-model: exact, auditable models of council shared-services business cases.
 *
 * Every export is named here; nothing is re-exported wholesale from deep files. The integer helpers
 * used inside the engine (`apportionUnits`, scaled BigInts) are deliberately withheld, and so are the
 * renderers that need optional peer dependencies (see the end of this file).
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
  controlledRound,
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
  ControlledRoundOptions,
  ControlledRounding,
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

// The scenario file: zod schemas, JSON Schema, parsing into the normalised model.
export { scenarioSchema, attributionSchema, agreementAttributionSchema, scenarioJsonSchema, TIERS, LINE_KINDS, CATEGORIES, RECURRENCES, MEASURES, POSITIONS, COST_TYPES, STAFFING_FIGURES, APPRAISAL_RESULTS, SENSES, BOUNDS } from './schema/index.js';
export type { ScenarioInput, ScenarioFile, AttributionRuleInput, AgreementAttributionInput, AgreementRuleInput, DriverYearInput, LineAttributionInput, StaffingFigure, AppraisalResult, Sense, Bound } from './schema/index.js';
export { parseScenario, safeParseScenario, parseBaselinesCsv, DEFAULT_SCENARIO_LIMITS, partnerHeading } from './model/index.js';
export type { ServicesInput, ParseBaselinesCsvOptions, ScenarioLimits, ParseScenarioOptions } from './model/index.js';
export type {
  SafeParseScenarioResult,
  Scenario,
  Settings,
  DisplaySettings,
  Partner,
  Service,
  Budget,
  Closing,
  PartnerAmounts,
  Line,
  Split,
  Rule,
  RuleModifiers,
  Phasing,
  PublishedFigure,
  PublishedSelector,
  FigureSource,
  FigureQuantity,
  FigureUnit,
  Approximation,
  Selector,
  Tier,
  LineKind,
  Category,
  Recurrence,
  Measure,
  Position,
  Cost,
  CostType,
  Funding,
  IndirectSaving,
  StaffingEffect,
  ContextFigure,
  AppraisalSettings,
  Agreement,
  AgreementCost,
  Membership,
  ScheduleStep,
  DriverYear,
} from './model/index.js';

// Time: days and financial years, and the driver values a rule reads in a year.
export { dayFromDate, dateFromDay, financialYearStart, financialYearLabel, startYearOf, driverValueOf, driverYearsOf } from './model/index.js';
export type { Day } from './model/index.js';

// A year's split of a cost-sharing agreement, as the evaluation gives it (periods, exact and stated shares, decisions).
// The time kernel that makes it (splitYears, checkSchedule) is reached through parseScenario and evaluate, and withheld.
export type { YearSplit, PeriodSplit, ExactSplit, Fraction, Decision, DecisionReason, DriverValuesUsed } from './attribution/index.js';

// Evaluation: exact cells, pivots, invariants, JSON.
export { evaluate, pivot, selectTotal, checkInvariants, evaluationToJSON } from './engine/index.js';
export type { Evaluation, LineCell, PositionCell, CostCell, FundingCell, IndirectCell, ContributionCell, AgreementYear, AgreementContributions, PivotOptions, TableModel, TableRow, Heading, LineDimension, PositionDimension } from './engine/index.js';

// Analysis: the paper against the model.
export { reconcile, VERDICTS, staffing, budgetContext, applyVariant, compare } from './analysis/index.js';
export type { Verdict, ArithmeticCheck, ReconciliationRow, Reconciliation, DriverCheck, StaffingRow, StaffingSummary, ContextRow, Comparison, Difference } from './analysis/index.js';

// Appraisal: cash flows, net benefit, payback, NPV (HM Treasury Green Book conventions).
export { appraise, netBenefit, discountFactors, rateInYear, discountSchedule, scheduleForRate, paybackOf, describePayback } from './appraisal/index.js';
export type {
  AppraiseOptions,
  Appraisal,
  AppraisalYear,
  PartnerAppraisal,
  AppraisalConventions,
  NetBenefit,
  NetBenefitOptions,
  NetBenefitYear,
  PartnerNetBenefit,
  Payback,
  NoPaybackReason,
  DiscountSchedule,
  DiscountScheduleInput,
  DiscountScheduleOptions,
  DiscountStepInput,
  GreenBookSchedule,
} from './appraisal/index.js';

// ---------------------------------------------------------------------------------------------------
// Reports: named views of an evaluation (tables and notes), and the renderers that print them.
// ---------------------------------------------------------------------------------------------------
export {
  VIEW_NAMES,
  buildView,
  buildComparisonView,
  buildSensitivityView,
  buildSimulationView,
  isMeasureTable,
  reconciliationTable,
  isReconciliationTable,
  describeReconciliation,
  RECONCILIATION_GROUPS,
  RECONCILIATION_GROUP_WORDS,
  groupOf,
  isReconciliationGroup,
  VERDICT_WORDS,
  countOfVerdict,
  render,
  OUTPUT_FORMATS,
  RENDER_FORMATS,
  PEERS,
  renderMarkdown,
  renderCsv,
  renderJson,
} from './report/index.js';
export type {
  ViewName,
  ReportName,
  BuildViewOptions,
  ComparisonViewOptions,
  MeasureTable,
  MeasureColumn,
  MeasureRow,
  MeasureCell,
  ColumnKind,
  Report,
  ReportTable,
  ReportPrecision,
  ReconciliationTable,
  ReconciliationTableRow,
  ReconciliationTableOptions,
  ReconciliationGroupSummary,
  ReconciliationGroup,
  GroupWords,
  VerdictWords,
  RenderOptions,
  RenderInput,
  RenderFormat,
  FormatInfo,
  FormatName,
  PeerName,
} from './report/index.js';

// ---------------------------------------------------------------------------------------------------
// Fairness: shares of savings, costs and baseline; individual rationality; Shapley value and the core.
// ---------------------------------------------------------------------------------------------------
export { fairness } from './analysis/index.js';
export type { FairnessOptions, Fairness, PartnerFairness, FairnessGame, CoreCheck, CoreViolation, FairnessConventions } from './analysis/index.js';
export type { Coalition } from './model/index.js';

// ---------------------------------------------------------------------------------------------------
// Sensitivity and Monte Carlo: tornado tables and break-even values; seeded simulation (P10 / P50 / P90).
// ---------------------------------------------------------------------------------------------------
export { sensitivity, defaultSensitivityRanges, sensitivityToJSON, simulate, simulateParallel, simulationToJSON, defaultDistributions } from './analysis/index.js';
export type {
  SensitivityOptions,
  SensitivityRange,
  SensitivityRow,
  Sensitivity,
  SensitivityJSON,
  SimulateOptions,
  SimulateParallelOptions,
  Simulation,
  SimulationJSON,
  SimulationStatistics,
  NpvHistogram,
  PaybackStatistics,
  SimulatedOutcome,
  SimulatedInput,
  SimulationConventions,
  AmountsAsText,
  Distribution,
  Correlation,
} from './analysis/index.js';

// ---------------------------------------------------------------------------------------------------
// Deliberately withheld: the Excel workbook, the charts and the HTML report. They need optional peer
// dependencies (exceljs; vega and vega-lite) and are exported by `shared-services-model/report`
// (src/report/full.ts), so that this entry loads only decimal.js and zod.
// ---------------------------------------------------------------------------------------------------
