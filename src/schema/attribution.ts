import * as z from 'zod';
import { amountSchema, dateSchema, idSchema, nonNegativeSchema, perPartnerSchema, perPartnerNonNegativeSchema, yearSchema } from './_primitives.js';

/** Modifiers any rule may carry: shares stated to a precision, an agreed prior split with a tolerance. */
const modifiers = {
  precision: amountSchema.optional().meta({ description: 'State the shares to this precision first (e.g. "0.01" for whole percent).' }),
  prior: perPartnerNonNegativeSchema
    .optional()
    .meta({ description: 'An agreed prior split (summing to 1), kept unless a share moves beyond the tolerance.' }),
  tolerance: nonNegativeSchema.optional().meta({ description: 'How far a share may move before the prior split is replaced (e.g. "0.03").' }),
};

const equalRule = z.strictObject({ rule: z.literal('equal'), ...modifiers }).meta({ description: 'Split equally among the partners.' });
const metricRule = z
  .strictObject({ rule: z.literal('metric'), metric: idSchema, ...modifiers })
  .meta({ description: 'Split in proportion to a partner metric (driver).' });
const actualRule = z
  .strictObject({ rule: z.literal('actual'), amounts: perPartnerSchema })
  .meta({ description: 'Where the amounts actually fall, per partner; they must add up to the line.' });
const fteRemovedRule = z
  .strictObject({ rule: z.literal('fte-removed'), ...modifiers })
  .meta({ description: 'In proportion to the FTE each partner loses across the lines (one-off costs and funding only).' });
const sharesRule = z
  .strictObject({ rule: z.literal('shares'), shares: perPartnerNonNegativeSchema })
  .meta({ description: 'Agreed fixed shares, summing to 1.' });

/**
 * The input shape of an attribution rule, as written in a scenario file.
 *
 * @example
 * ```ts
 * const rule: AttributionRuleInput = { rule: 'blend', parts: [{ weight: '0.5', attribution: { rule: 'equal' } }, { weight: '0.5', attribution: { rule: 'metric', metric: 'population' } }] };
 * ```
 */
export type AttributionRuleInput =
  | { rule: 'equal'; precision?: string | number; prior?: Record<string, string | number>; tolerance?: string | number }
  | { rule: 'metric'; metric: string; precision?: string | number; prior?: Record<string, string | number>; tolerance?: string | number }
  | { rule: 'actual'; amounts: Record<string, string | number> }
  | { rule: 'shares'; shares: Record<string, string | number> }
  | { rule: 'fte-removed'; precision?: string | number; prior?: Record<string, string | number>; tolerance?: string | number }
  | {
      rule: 'blend';
      parts: { weight: string | number; attribution: AttributionRuleInput }[];
      precision?: string | number;
      prior?: Record<string, string | number>;
      tolerance?: string | number;
    };

/** Each rule once; a rule added to {@link AttributionRuleInput} is a compile error here until it is listed. */
const RULE_NAMES: Readonly<Record<AttributionRuleInput['rule'], null>> = { equal: null, metric: null, actual: null, shares: null, 'fte-removed': null, blend: null };

/**
 * The names of the attribution rules a scenario may state, in the order messages list them.
 *
 * @example
 * ```ts
 * ATTRIBUTION_RULES.join(', ');
 * //=> 'equal, metric, actual, shares, fte-removed, blend'
 * ```
 */
export const ATTRIBUTION_RULES = Object.keys(RULE_NAMES) as readonly AttributionRuleInput['rule'][];

/** An attribution rule: how an amount is split among partners. */
export const attributionSchema: z.ZodType<AttributionRuleInput> = z.lazy(() =>
  z.discriminatedUnion('rule', [
    equalRule,
    metricRule,
    actualRule,
    sharesRule,
    fteRemovedRule,
    z
      .strictObject({
        rule: z.literal('blend'),
        parts: z
          .array(z.strictObject({ weight: nonNegativeSchema, attribution: attributionSchema }))
          .min(1)
          .meta({ description: 'Rules and their weights, e.g. half equal, half by population.' }),
        ...modifiers,
      })
      .meta({ description: 'A weighted blend of other rules.' }),
  ]),
);

/** Which year's driver values a rule reads: an offset from the year split (-1: last year's), or a fixed year. */
const driverYearSchema = z
  .union([z.number().int().min(-60).max(60), yearSchema])
  .optional()
  .meta({ description: 'Which year\'s metric values the rule reads: -1 for the year before the one split (last year\'s actuals), or a fixed financial year such as "2021/22". Default: the year split.' });

/**
 * Which financial year's metric values an agreement's rule reads, as written: an offset (`-1` for last
 * year's actuals) or a fixed year (`"2021/22"`).
 *
 * @example
 * ```ts
 * const lastYears: DriverYearInput = -1;
 * ```
 */
export type DriverYearInput = number | string;

/**
 * A rule of a cost-sharing agreement (or of one step of its schedule), as written: a rule that gives
 * weights; a metric rule or a blend may read another year's driver values.
 *
 * @example
 * ```ts
 * const rule: AgreementRuleInput = { rule: 'metric', metric: 'calls', driverYear: -1, precision: '0.01', tolerance: '0.03' };
 * ```
 */
export type AgreementRuleInput =
  | { rule: 'equal'; precision?: string | number; prior?: Record<string, string | number>; tolerance?: string | number }
  | { rule: 'metric'; metric: string; driverYear?: DriverYearInput; precision?: string | number; prior?: Record<string, string | number>; tolerance?: string | number }
  | { rule: 'shares'; shares: Record<string, string | number> }
  | {
      rule: 'blend';
      parts: { weight: string | number; attribution: AttributionRuleInput }[];
      driverYear?: DriverYearInput;
      precision?: string | number;
      prior?: Record<string, string | number>;
      tolerance?: string | number;
    };

/**
 * How an agreement's cost is split, as written: one rule for every year, or a schedule of rules, each
 * from 1 April of its year (or from a date within it) until the next step starts.
 *
 * @example
 * ```ts
 * const hr: AgreementAttributionInput = {
 *   rule: 'schedule',
 *   steps: [
 *     { year: '2021/22', attribution: { rule: 'shares', shares: { shdc: '0.74', wdbc: '0.26' } } },
 *     { year: '2022/23', from: '2022-10-03', attribution: { rule: 'shares', shares: { shdc: '0.82', wdbc: '0.18' } } },
 *   ],
 * };
 * ```
 */
export type AgreementAttributionInput =
  | AgreementRuleInput
  | { rule: 'schedule'; steps: { year: string; from?: string; attribution: AgreementRuleInput }[] };

/** Each agreement rule once; a rule added to {@link AgreementAttributionInput} is a compile error here until it is listed. */
const AGREEMENT_RULE_NAMES: Readonly<Record<AgreementAttributionInput['rule'], null>> = { equal: null, metric: null, shares: null, blend: null, schedule: null };

/**
 * The names of the rules a cost-sharing agreement may state, in the order messages list them.
 *
 * @example
 * ```ts
 * AGREEMENT_RULES.join(', ');
 * //=> 'equal, metric, shares, blend, schedule'
 * ```
 */
export const AGREEMENT_RULES = Object.keys(AGREEMENT_RULE_NAMES) as readonly AgreementAttributionInput['rule'][];

const agreementRuleSchema = z.discriminatedUnion('rule', [
  equalRule,
  metricRule.extend({ driverYear: driverYearSchema }).meta({ description: 'Split in proportion to a partner metric (driver), read for the year split or the driver year.' }),
  sharesRule,
  z
    .strictObject({
      rule: z.literal('blend'),
      parts: z
        .array(z.strictObject({ weight: nonNegativeSchema, attribution: attributionSchema }))
        .min(1)
        .meta({ description: 'Rules and their weights; every part reads the driver year of the blend.' }),
      driverYear: driverYearSchema,
      ...modifiers,
    })
    .meta({ description: 'A weighted blend of other rules.' }),
]);

const scheduleRule = z
  .strictObject({
    rule: z.literal('schedule'),
    steps: z
      .array(
        z.strictObject({
          year: yearSchema.meta({ description: 'The financial year the step starts in.' }),
          from: dateSchema.optional().meta({ description: 'The day the step takes effect, within its year; default 1 April of the year.' }),
          attribution: agreementRuleSchema,
        }),
      )
      .min(1)
      .meta({ description: 'The rules over time, in order: each applies from its start until the next step starts; the first from 1 April of the first year.' }),
  })
  .meta({ description: 'Rules that change over time: by financial year, or from a date within one.' });

/** How a cost-sharing agreement's cost is split: a rule that gives weights, or a schedule of them. */
export const agreementAttributionSchema: z.ZodType<AgreementAttributionInput> = z.discriminatedUnion('rule', [...agreementRuleSchema.options, scheduleRule]);

/**
 * How a savings line or a one-off cost is split, as written: any attribution rule, a metric rule or blend
 * that reads another year's drivers, or a schedule of rules (each year then split among its parties).
 *
 * @example
 * ```ts
 * const rule: LineAttributionInput = { rule: 'metric', metric: 'calls', driverYear: -1 };
 * ```
 */
export type LineAttributionInput = AttributionRuleInput | AgreementAttributionInput;

/** How a savings line or a one-off cost is split: a rule, or (as in an agreement) drivers by year or a schedule. */
export const lineAttributionSchema: z.ZodType<LineAttributionInput> = z.discriminatedUnion('rule', [
  equalRule,
  agreementRuleSchema.options[1],
  actualRule,
  sharesRule,
  fteRemovedRule,
  agreementRuleSchema.options[3],
  scheduleRule,
]);
