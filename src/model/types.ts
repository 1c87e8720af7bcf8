import type { Decimal, MoneyUnit } from '../money/index.js';
import type { Day } from './days.js';

import type { AppraisalResult, Bound, BudgetBasis, Category, CostType, LineKind, Measure, Position, Recurrence, Sense, StaffingFigure, Tier } from '../schema/index.js';

export type { BudgetBasis, Category, CostType, LineKind, Measure, Position, Recurrence, Tier };

/** Optional refinements any attribution rule may carry. */
export interface RuleModifiers {
  /** State the shares to this precision first (e.g. 0.01 for whole percent). */
  readonly precision?: Decimal;
  /** An agreed prior split, kept unless a share moves beyond `tolerance`. */
  readonly prior?: ReadonlyMap<string, Decimal>;
  /** How far a share may move before the prior is replaced. */
  readonly tolerance?: Decimal;
}

/** A normalised attribution rule: how an amount is split among partners. */
export type Rule =
  | ({ readonly kind: 'equal' } & RuleModifiers)
  | ({ readonly kind: 'metric'; readonly metric: string } & RuleModifiers)
  | { readonly kind: 'shares'; readonly shares: ReadonlyMap<string, Decimal> }
  /** In proportion to the FTE each partner loses across the lines; known only after they are evaluated. */
  | ({ readonly kind: 'fte-removed' } & RuleModifiers)
  | ({ readonly kind: 'blend'; readonly parts: readonly { readonly weight: Decimal; readonly rule: Rule }[] } & RuleModifiers);

/** What to split for one measure of a line, and how. */
export type Split =
  /**
   * A total split by a rule. With a `schedule` (a rule that changes over time, reads drivers by year, or
   * a scenario whose partners join or leave), each year is split by that year's split among its members;
   * `rule` is then the schedule's first rule.
   */
  | { readonly kind: 'rule'; readonly total: Decimal; readonly rule: Rule; readonly schedule?: readonly ScheduleStep[] }
  /** Amounts already known per partner (an `actual` rule). */
  | { readonly kind: 'fixed'; readonly perPartner: ReadonlyMap<string, Decimal> }
  /** Starting − closing of a budget, per partner. */
  | { readonly kind: 'derived'; readonly budget: string };

/** A partner (authority) with its metrics. */
export interface Partner {
  readonly id: string;
  readonly name: string;
  /** A short label for column headings ("H&F"), as the paper abbreviates the partner. @defaultValue the name */
  readonly short?: string;
  /** The metrics stated once (one value for every year). */
  readonly metrics: ReadonlyMap<string, Decimal>;
  /**
   * The metrics stated by financial year: metric name → year index → value (a year index may be -1 or
   * less where the file states years before the first). Empty when no metric is stated by year; a
   * metric is in `metrics` or here, never both.
   */
  readonly metricsByYear: ReadonlyMap<string, ReadonlyMap<number, Decimal>>;
  /** When the partner is a party to the scenario's agreements. @defaultValue a party throughout */
  readonly membership?: Membership;
}

/**
 * Which financial year's driver values a step's metric rules read: `{ offset: -1 }` for last year's
 * actuals, `{ year: k }` for a fixed year index (0 is the scenario's first year). Absent: the same year.
 *
 * @example
 * ```ts
 * const lastYearsActuals: DriverYear = { offset: -1 };
 * ```
 */
export type DriverYear = { readonly offset: number } | { readonly year: number };

/**
 * One step of a schedule: `rule` applies from the day `from` until the day before the next step's.
 * The rule's own `prior` (if any) is the prior of the step's first period; its `tolerance` and
 * `precision` apply to every period of the step.
 *
 * @example
 * ```ts
 * const step: ScheduleStep = { from: dayFromDate(2022, 10, 3), rule: { kind: 'metric', metric: 'calls' }, driverYear: { offset: -1 } };
 * ```
 */
export interface ScheduleStep {
  /** The first day the rule applies. */
  readonly from: Day;
  /** How the split is worked out while the step applies. */
  readonly rule: Rule;
  /** Which year's driver values the rule reads. @defaultValue the year being split */
  readonly driverYear?: DriverYear;
}

/**
 * When a partner is a party to the agreement: from `from` to `until`, both days included.
 *
 * @example
 * ```ts
 * const joinsInOctober: Membership = { from: dayFromDate(2022, 10, 1) };
 * ```
 */
export interface Membership {
  /** The first day of membership. @defaultValue a member from the start */
  readonly from?: Day;
  /** The last day of membership. @defaultValue a member to the end */
  readonly until?: Day;
}

/** A position per partner, or only as a total (`perPartner` null). */
export interface PartnerAmounts {
  readonly perPartner: ReadonlyMap<string, Decimal> | null;
  readonly total: Decimal;
}

/**
 * A closing position: known per partner, or combined and split by a rule, or a total only; or each
 * partner's net contribution to a cost-sharing agreement in one year (`yearIndex`), whose `total` is that
 * year's net running cost (the contributions add up to it), split among the parties when evaluated.
 */
export type Closing =
  | { readonly kind: 'amounts'; readonly amounts: PartnerAmounts }
  | { readonly kind: 'combined'; readonly total: Decimal; readonly rule: Rule }
  | { readonly kind: 'agreement'; readonly agreement: string; readonly yearIndex: number; readonly total: Decimal };

/** A baseline of a service. Money is in pounds. */
export interface Budget {
  readonly id: string;
  readonly name: string;
  readonly service: string;
  readonly measure: Measure;
  readonly basis: BudgetBasis;
  readonly controllable?: boolean;
  readonly fund?: string;
  readonly starting: PartnerAmounts;
  readonly closing?: Closing;
}

/** A service (workstream). */
export interface Service {
  readonly id: string;
  readonly name: string;
  readonly budgets: readonly string[];
}

/** When a line lands: the part of the line in each financial year (an amount, or a share of the whole). */
export type Phasing =
  | { readonly kind: 'amounts'; readonly years: readonly { readonly year: number; readonly amount: Decimal }[] }
  | { readonly kind: 'shares'; readonly years: readonly { readonly year: number; readonly share: Decimal }[] };

/** A savings line, normalised: money in pounds, years as indexes from the first year. */
export interface Line {
  readonly id: string;
  readonly name: string;
  readonly service?: string;
  readonly kind: LineKind;
  readonly tier: Tier;
  readonly category: Category;
  readonly fund: string;
  readonly recurrence: Recurrence;
  readonly basis?: string;
  readonly money: Split;
  readonly fte?: Split;
  readonly phasing: Phasing;
  /** Quantum in pounds for this line's money. */
  readonly quantum: Decimal;
  /** Every partner id, in tie priority for this line. */
  readonly tieOrder: readonly string[];
  /** The partners the line depends on: removing one by a variant drops the line. */
  readonly needs?: readonly string[];
}

/** What a published figure describes: a filter over cells. */
export interface Selector {
  readonly measure?: Measure;
  readonly line?: string;
  readonly service?: string;
  readonly budget?: string;
  readonly position?: Position;
  readonly partner?: string;
  readonly year?: string;
  readonly tier?: Tier;
  readonly kind?: LineKind;
  readonly category?: Category;
  readonly fund?: string;
  readonly recurrence?: Recurrence;
  readonly controllable?: boolean;
  readonly basis?: Budget['basis'];
  readonly cost?: string;
  readonly costType?: CostType;
  readonly funding?: string;
  readonly indirect?: string;
  readonly range?: 'low' | 'central' | 'high';
  readonly context?: string;
}

/**
 * What a published figure selects: a filter over cells, with what only a printed figure may select
 * (years as a range, a staffing figure, an appraisal result, an agreement's contributions, a share).
 */
export interface PublishedSelector extends Selector {
  /** The years summed over, in order: a stated range, normalised to its years. */
  readonly years?: readonly string[];
  readonly staffing?: StaffingFigure;
  readonly appraisal?: AppraisalResult;
  readonly agreement?: string;
  /** Savings lines in each year as the partners see them: an on-going line counts in every year from the one it lands in. */
  readonly inYear?: true;
  /** The selection as a percentage of the same selection over every partner. */
  readonly share?: true;
}

/**
 * Where a published figure's value comes from: the model's cells (lines, baselines, costs, funding,
 * indirect savings), a budget-context percentage, the staffing effects, an appraisal result, or an
 * agreement's contributions.
 */
export type FigureSource = 'cells' | 'context' | 'staffing' | 'appraisal' | 'agreement';

/** What kind of number a published figure is: money, a count (FTE or heads), a percentage, a ratio or a year. */
export type FigureQuantity = 'money' | 'count' | 'percentage' | 'ratio' | 'year';

/** The unit of a published figure: a money unit, a count, a percentage, a ratio or a financial year. */
export type FigureUnit = MoneyUnit | 'fte' | 'headcount' | '%' | 'ratio' | 'year';

/** A number the paper printed. `value` and `precision` are in `unit` (a year: the calendar year it starts in). */
export interface PublishedFigure {
  readonly id?: string;
  readonly index: number;
  readonly label: string;
  readonly of: PublishedSelector;
  /** Where the value comes from, and what kind of number it is (checked against `unit`). */
  readonly source: FigureSource;
  readonly quantity: FigureQuantity;
  readonly value: Decimal;
  readonly unit: FigureUnit;
  /** What a money figure is in the paper's terms; absent: signed as the model signs it. */
  readonly sense?: Sense;
  /** A bound the paper states instead of a figure. */
  readonly bound?: Bound;
  /** The variants whose values the figure is of (summed when several); `base` is the scenario itself. */
  readonly variants?: readonly string[];
  /** The appraisal options of an appraisal result, over the scenario's. */
  readonly appraisal?: AppraisalSettings;
  readonly precision: Decimal;
  readonly sumOf?: readonly string[];
  /**
   * How the paper qualified the number, where it did: `round` (a round figure such as "£80m", reconciled at
   * its last non-zero digit, or at `precision` if coarser), `over` (a lower bound: "over £20m") or `under`
   * (an upper bound: "up to £1m").
   */
  readonly approximate?: Approximation;
}

/** How a paper qualified a printed number: a round figure, a lower bound or an upper bound. */
export type Approximation = 'round' | 'over' | 'under';

/** Settings, normalised. */
export interface Settings {
  readonly currency: 'GBP';
  readonly unit: MoneyUnit;
  /** Quantum in pounds. */
  readonly quantum: Decimal;
  readonly fteQuantum: Decimal;
  readonly firstYear: string;
  /** Financial year labels, from the first. */
  readonly years: readonly string[];
  /** Every partner id, in tie priority. */
  readonly tieOrder: readonly string[];
  /** How reports show figures, as the paper prints them. @defaultValue every figure exact, negatives in brackets */
  readonly display?: DisplaySettings;
}

/**
 * How reports show figures, as the scenario's paper prints them: the digits after the point for money
 * (figures are then rounded for display so that totals still add up) and how a negative is written.
 *
 * @example
 * ```ts
 * const display: DisplaySettings = { decimals: 1, negatives: 'brackets' };
 * ```
 */
export interface DisplaySettings {
  /** Digits after the point for money, in the scenario's unit. @defaultValue as many as the figures need */
  readonly decimals?: number;
  /** A negative in brackets, `(2,890)`, or with a minus sign, `-2,890`. @defaultValue `'brackets'` */
  readonly negatives?: 'brackets' | 'minus';
}

/**
 * A scenario after parsing: amounts are exact Decimals in pounds, ids are resolved, defaults applied.
 * Produced by {@link parseScenario}; read by {@link evaluate}.
 *
 * @example
 * ```ts
 * const scenario: Scenario = parseScenario(json);
 * scenario.partners.map((p) => p.id);
 * //=> ['hf', 'rbkc', 'cow']
 * ```
 */
export interface Scenario {
  readonly title: string;
  readonly source?: string;
  readonly settings: Settings;
  readonly partners: readonly Partner[];
  readonly services: readonly Service[];
  readonly budgets: readonly Budget[];
  readonly lines: readonly Line[];
  readonly published: readonly PublishedFigure[];
  readonly costs: readonly Cost[];
  readonly funding: readonly Funding[];
  readonly indirect: readonly IndirectSaving[];
  readonly staffing: readonly StaffingEffect[];
  readonly context: readonly ContextFigure[];
  readonly appraisal: AppraisalSettings;
  /** Stated coalition values, for the fairness analysis; empty when none are stated. */
  readonly coalitions: readonly Coalition[];
  /** Cost-sharing agreements between the partners; empty when none are stated. */
  readonly agreements: readonly Agreement[];
  /** The file as parsed (after defaults), for round trips and variants. */
  readonly file: unknown;
}

/**
 * A one-off cost of implementing the partnership. Quantified costs carry a split and a phasing (money in
 * pounds); unquantified costs carry neither and appear in every view as a caveat, never as zero.
 */
export interface Cost {
  readonly id: string;
  readonly name: string;
  readonly type: CostType;
  readonly unquantified: boolean;
  /** How the cost was stated, for reports: e.g. "70 × £25,000". */
  readonly basis?: string;
  readonly heads?: Decimal;
  readonly money?: Split;
  readonly phasing: Phasing;
  readonly quantum: Decimal;
  readonly tieOrder: readonly string[];
  readonly note?: string;
}

/** External funding offsetting named costs. */
export interface Funding {
  readonly id: string;
  readonly name: string;
  readonly amount?: Decimal;
  readonly confirmed: boolean;
  readonly offsets: readonly string[];
  readonly note?: string;
}

/** An indirect saving: a rate per FTE removed, as a range (pounds per FTE). */
export interface IndirectSaving {
  readonly id: string;
  readonly name: string;
  readonly driver: 'fte-removed';
  readonly low: Decimal;
  readonly central: Decimal;
  readonly high: Decimal;
  /**
   * The driver as the paper states it (FTE), where it does: the rates apply to it instead of the driver
   * the model computes (the FTE removed by the lines), which still decides where the saving falls.
   */
  readonly driverValue?: Decimal;
  readonly tier: Tier;
  readonly note?: string;
}

/** A staffing effect: current staff, likely reductions by year, vacancies deleted, VR requests. */
export interface StaffingEffect {
  readonly index: number;
  readonly line?: string;
  readonly service?: string;
  readonly partner?: string;
  readonly fte?: Decimal;
  readonly headcount?: Decimal;
  readonly reductions: readonly { readonly year: string; readonly fte: Decimal }[];
  readonly vacancies?: Decimal;
  readonly vrRequests?: Decimal;
}

/** Budget context: a reduction as a percentage of a baseline. */
export interface ContextFigure {
  readonly id: string;
  readonly label: string;
  /** Pounds for money, FTE for fte. */
  readonly reduction: Decimal;
  readonly measure: 'money' | 'fte';
  readonly of: Selector;
}

/** Appraisal settings stated in the scenario (any may be overridden when appraising). */
export interface AppraisalSettings {
  readonly discountRate?: Decimal;
  /** A Green Book schedule by name, a flat rate, or stated steps (each rate from its year, the first from year 0). */
  readonly discountSchedule?: 'standard' | 'reduced' | 'flat' | readonly { readonly fromYear: number; readonly rate: Decimal }[];
  readonly years?: number;
  readonly riskWeights?: Partial<Readonly<Record<Tier, Decimal>>>;
  readonly optimismBias?: Decimal;
  readonly mitigation?: Decimal;
  readonly includeUnconfirmedFunding?: boolean;
}

/**
 * A stated coalition value: what a group of partners would save on its own per year, in pounds. Read by
 * {@link fairness} for the Shapley value and the core check.
 *
 * @example
 * ```ts
 * const group: Coalition = { index: 0, partners: ['hf', 'rbkc'], saving: new Decimal('1200000') };
 * ```
 */
export interface Coalition {
  /** Where it is in the file's `coalitions`. */
  readonly index: number;
  /** The partner ids in the group, in the scenario's partner order. */
  readonly partners: readonly string[];
  /** Pounds per year. */
  readonly saving: Decimal;
  readonly note?: string;
}

/**
 * One year's running cost of an agreement, in pounds. `net` is always there: stated, or gross − income
 * (income 0 when not stated). `gross` and `income` are there only where the file states a gross.
 *
 * @example
 * ```ts
 * const cost: AgreementCost = { yearIndex: 1, gross: new Decimal('1300000'), income: new Decimal('50000'), net: new Decimal('1250000') };
 * ```
 */
export interface AgreementCost {
  /** The year index (0 for the scenario's first year). */
  readonly yearIndex: number;
  readonly gross?: Decimal;
  readonly income?: Decimal;
  readonly net: Decimal;
}

/**
 * A cost-sharing agreement: a shared service or team whose running cost each year is split among the
 * partners who are parties to it, by a schedule of rules, giving each partner's contribution.
 *
 * @example
 * ```ts
 * const agreement: Agreement = {
 *   id: 'contact-centre',
 *   name: 'Customer Contact Centre',
 *   costs: [{ yearIndex: 0, net: new Decimal('1200000') }],
 *   schedule: [{ from: financialYearStart(2021), rule: { kind: 'metric', metric: 'calls' } }],
 * };
 * ```
 */
export interface Agreement {
  readonly id: string;
  readonly name: string;
  /** The service it belongs to, where stated. */
  readonly service?: string;
  /** How the split is worked out, in the paper's words. */
  readonly basis?: string;
  readonly note?: string;
  /** The running cost by year, in year order, at most one entry a year (years without one have no cost stated). */
  readonly costs: readonly AgreementCost[];
  /** The rules over time, in strictly increasing order of `from`; a plain rule is one step from 1 April of the first year. */
  readonly schedule: readonly ScheduleStep[];
  /** What each partner would spend on its own, in pounds: partner id → one entry per year index (`undefined` where not stated). */
  readonly standAlone?: ReadonlyMap<string, readonly (Decimal | undefined)[]>;
}
