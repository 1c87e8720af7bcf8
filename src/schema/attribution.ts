import { z } from 'zod';
import { amountSchema, idSchema, nonNegativeSchema, perPartnerSchema, perPartnerNonNegativeSchema } from './_primitives.js';

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
