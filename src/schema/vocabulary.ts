/**
 * The closed lists of words a scenario uses besides the tiers (see {@link TIERS}): each defined once here,
 * its type derived from it, and the scenario schema, the model's types and the baselines reader made
 * from it.
 */

/**
 * What a line is: a saving, additional income, or a recurring cost.
 *
 * @example
 * ```ts
 * LINE_KINDS.includes('income');
 * //=> true
 * ```
 */
export const LINE_KINDS = ['saving', 'income', 'cost'] as const;

/**
 * One of {@link LINE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: LineKind = 'cost';
 * ```
 */
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * How councils classify a line in their savings tables.
 *
 * @example
 * ```ts
 * CATEGORIES[0];
 * //=> 'employees'
 * ```
 */
export const CATEGORIES = ['employees', 'other costs', 'income lost', 'additional income'] as const;

/**
 * One of {@link CATEGORIES}.
 *
 * @example
 * ```ts
 * const category: Category = 'income lost';
 * ```
 */
export type Category = (typeof CATEGORIES)[number];

/**
 * Whether a line recurs every year from its start or happens once.
 *
 * @example
 * ```ts
 * RECURRENCES.join(' or ');
 * //=> 'ongoing or one-off'
 * ```
 */
export const RECURRENCES = ['ongoing', 'one-off'] as const;

/**
 * One of {@link RECURRENCES}.
 *
 * @example
 * ```ts
 * const recurrence: Recurrence = 'one-off';
 * ```
 */
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * What a quantity counts: money (pounds), full-time equivalents, or heads.
 *
 * @example
 * ```ts
 * MEASURES.join(', ');
 * //=> 'money, fte, headcount'
 * ```
 */
export const MEASURES = ['money', 'fte', 'headcount'] as const;

/**
 * One of {@link MEASURES}.
 *
 * @example
 * ```ts
 * const measure: Measure = 'fte';
 * ```
 */
export type Measure = (typeof MEASURES)[number];

/**
 * A point of a service baseline. `change` is starting − closing.
 *
 * @example
 * ```ts
 * POSITIONS.at(-1);
 * //=> 'change'
 * ```
 */
export const POSITIONS = ['starting', 'closing', 'change'] as const;

/**
 * One of {@link POSITIONS}.
 *
 * @example
 * ```ts
 * const position: Position = 'closing';
 * ```
 */
export type Position = (typeof POSITIONS)[number];

/**
 * What a budget's amounts are a budget of.
 *
 * @example
 * ```ts
 * BUDGET_BASES.includes('net');
 * //=> true
 * ```
 */
export const BUDGET_BASES = ['staffing', 'gross', 'income', 'net', 'expenditure', 'other'] as const;

/**
 * One of {@link BUDGET_BASES}.
 *
 * @example
 * ```ts
 * const basis: BudgetBasis = 'gross';
 * ```
 */
export type BudgetBasis = (typeof BUDGET_BASES)[number];

/**
 * The types of a one-off cost.
 *
 * @example
 * ```ts
 * COST_TYPES[0];
 * //=> 'exit-compensation'
 * ```
 */
export const COST_TYPES = ['exit-compensation', 'change-management', 'ict', 'set-up', 'backfill', 'other'] as const;

/**
 * One of {@link COST_TYPES}.
 *
 * @example
 * ```ts
 * const type: CostType = 'ict';
 * ```
 */
export type CostType = (typeof COST_TYPES)[number];

/**
 * The discount schedules a scenario (or the command line) may name: the Green Book's `standard` and
 * `reduced` schedules, and `flat` (the discount rate every year). Otherwise a schedule is stated as steps.
 *
 * @example
 * ```ts
 * DISCOUNT_SCHEDULE_NAMES.join(', ');
 * //=> 'standard, reduced, flat'
 * ```
 */
export const DISCOUNT_SCHEDULE_NAMES = ['standard', 'reduced', 'flat'] as const;

/**
 * One of {@link DISCOUNT_SCHEDULE_NAMES}.
 *
 * @example
 * ```ts
 * const name: DiscountScheduleName = 'reduced';
 * ```
 */
export type DiscountScheduleName = (typeof DISCOUNT_SCHEDULE_NAMES)[number];

/**
 * True for one of the {@link DISCOUNT_SCHEDULE_NAMES}.
 *
 * @param value - anything, such as a word typed on the command line
 * @returns whether it names a schedule
 *
 * @example
 * ```ts
 * isDiscountScheduleName('flat');
 * //=> true
 * ```
 */
export function isDiscountScheduleName(value: unknown): value is DiscountScheduleName {
  return (DISCOUNT_SCHEDULE_NAMES as readonly unknown[]).includes(value);
}

/**
 * The staffing figures a published figure may select from the scenario's staffing effects: current FTE
 * and headcount, the likely FTE reductions (in a year or over a range), vacant posts deleted,
 * voluntary-redundancy requests, and staff at risk (reductions less vacancies less requests, never below
 * zero, effect by effect).
 *
 * @example
 * ```ts
 * STAFFING_FIGURES.includes('at-risk');
 * //=> true
 * ```
 */
export const STAFFING_FIGURES = ['fte', 'headcount', 'reductions', 'vacancies', 'vr-requests', 'at-risk'] as const;

/**
 * One of {@link STAFFING_FIGURES}.
 *
 * @example
 * ```ts
 * const figure: StaffingFigure = 'vacancies';
 * ```
 */
export type StaffingFigure = (typeof STAFFING_FIGURES)[number];

/**
 * The appraisal results a published figure may select: the net present value, the present values of
 * benefits and of costs, the benefit–cost ratio, the payback year, the cumulative net position at the end
 * of a year, and a year's net benefit.
 *
 * @example
 * ```ts
 * APPRAISAL_RESULTS.slice(0, 3).join(', ');
 * //=> 'npv, pv-benefits, pv-costs'
 * ```
 */
export const APPRAISAL_RESULTS = ['npv', 'pv-benefits', 'pv-costs', 'benefit-cost-ratio', 'payback-year', 'cumulative', 'net'] as const;

/**
 * One of {@link APPRAISAL_RESULTS}.
 *
 * @example
 * ```ts
 * const result: AppraisalResult = 'payback-year';
 * ```
 */
export type AppraisalResult = (typeof APPRAISAL_RESULTS)[number];

/**
 * What a printed money figure is in the paper's own terms, so it is typed as printed: a saving or an
 * income (printed positive when the partners gain) or a cost (printed positive when they pay).
 *
 * @example
 * ```ts
 * SENSES.join(', ');
 * //=> 'saving, income, cost'
 * ```
 */
export const SENSES = ['saving', 'income', 'cost'] as const;

/**
 * One of {@link SENSES}.
 *
 * @example
 * ```ts
 * const sense: Sense = 'cost';
 * ```
 */
export type Sense = (typeof SENSES)[number];

/**
 * A bound a paper states instead of a figure: "more than £1m" (`more-than`), "at least 1,800"
 * (`at-least`), "up to £1m" (`up-to`), "less than 5%" (`less-than`).
 *
 * @example
 * ```ts
 * BOUNDS.join(', ');
 * //=> 'more-than, at-least, up-to, less-than'
 * ```
 */
export const BOUNDS = ['more-than', 'at-least', 'up-to', 'less-than'] as const;

/**
 * One of {@link BOUNDS}.
 *
 * @example
 * ```ts
 * const bound: Bound = 'at-least';
 * ```
 */
export type Bound = (typeof BOUNDS)[number];
