import * as z from 'zod';
import { amountSchema, dateSchema, idSchema, nonNegativeSchema, shareSchema, perPartnerSchema, perPartnerNonNegativeSchema, unitSchema, yearSchema } from './_primitives.js';
import { agreementAttributionSchema, attributionSchema, lineAttributionSchema } from './attribution.js';
import { TIERS, perTier } from './tiers.js';
import { APPRAISAL_RESULTS, BOUNDS, BUDGET_BASES, CATEGORIES, COST_TYPES, DISCOUNT_SCHEDULE_NAMES, LINE_KINDS, MEASURES, POSITIONS, RECURRENCES, SENSES, STAFFING_FIGURES } from './vocabulary.js';
import { tryParseAmount } from '../money/index.js';

const text = z.string().min(1);

const settingsSchema = z
  .strictObject({
    currency: z.literal('GBP').default('GBP').meta({ description: 'The currency; pounds sterling.' }),
    unit: unitSchema.default('£'),
    quantum: amountSchema.default('0.01').meta({ description: 'The rounding quantum, in the scenario unit (e.g. "0.001" in £m is £1,000).' }),
    fteQuantum: amountSchema.default('0.01').meta({ description: 'The rounding quantum of FTE.' }),
    firstYear: yearSchema.meta({ description: 'The first financial year of the model, e.g. "2011/12".' }),
    years: z.number().int().min(1).max(60).default(5).meta({ description: 'How many financial years the model covers.' }),
    tieOrder: z.array(idSchema).optional().meta({ description: 'Who gets the odd quantum first on exactly equal remainders.' }),
    display: z
      .strictObject({
        decimals: z
          .number()
          .int()
          .min(0)
          .max(6)
          .optional()
          .meta({ description: 'Digits after the point that money is shown to in reports, in the unit (e.g. 1 for "£7.1m"); figures finer than that are rounded for display so that every total is still the sum of the figures shown. Default: as many as the figures need (nothing rounded).' }),
        negatives: z
          .enum(['brackets', 'minus'])
          .optional()
          .meta({ description: 'How reports for people show a negative figure: in brackets, "(2,890)", as most council papers do, or with a minus sign, "-2,890". Default brackets.' }),
      })
      .optional()
      .meta({ description: 'How reports show figures, as the paper prints them; the model and its exact figures are unchanged.' }),
  })
  .meta({ description: 'Settings for the whole scenario.' });

const partnerSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    short: z
      .string()
      .min(1)
      .max(16)
      .optional()
      .meta({ description: 'A short label for column headings, as the paper abbreviates the partner, e.g. "H&F"; default the name. Tables keep the name in their notes.' }),
    metrics: z
      .record(
        z.string(),
        z.union([
          nonNegativeSchema,
          z.record(yearSchema, nonNegativeSchema).meta({ description: 'Values by financial year, e.g. {"2021/22": "77297", "2022/23": "60924"}; read by agreements, savings lines and one-off costs (not by budgets).' }),
        ]),
      )
      .default({})
      .meta({ description: 'Named drivers, e.g. net controllable staffing budget, population: a value for every year, or values by financial year.' }),
    membership: z
      .strictObject({
        from: dateSchema.optional().meta({ description: 'The first day as a party; default from the start.' }),
        until: dateSchema.optional().meta({ description: 'The last day as a party; default to the end.' }),
      })
      .optional()
      .meta({ description: 'When the partner is a party (both days included): it gets no share outside it of an agreement’s costs, nor of a savings line or one-off cost split by a rule. Budgets, and amounts stated per partner, do not read it.' }),
  })
  .meta({ description: 'An authority taking part.' });

/** One year's value stated once, or values by financial year. */
const onceOrByYear = z.union([
  nonNegativeSchema,
  z.record(yearSchema, nonNegativeSchema).meta({ description: 'Amounts by financial year, e.g. {"2021/22": "450000"}.' }),
]);

const agreementCostSchema = z
  .strictObject({
    year: yearSchema,
    gross: nonNegativeSchema.optional().meta({ description: 'Gross expenditure, in the scenario unit.' }),
    income: nonNegativeSchema.optional().meta({ description: 'Income, in the scenario unit (with gross; default 0).' }),
    net: amountSchema.optional().meta({ description: 'Net cost, in the scenario unit; where gross is stated too, it must be gross − income exactly.' }),
  })
  .meta({ description: 'The running cost of one year: net, or gross (and income).' });

const agreementSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    service: idSchema.optional().meta({ description: 'The service (workstream) it belongs to.' }),
    basis: z.string().optional().meta({ description: 'How the split is worked out, in the paper’s words, e.g. "Number of calls, April to December".' }),
    costs: z.array(agreementCostSchema).default([]).meta({ description: 'The running cost by year, one entry a year at most.' }),
    attribution: agreementAttributionSchema.meta({ description: 'How each year’s cost is split among the partners who are parties to it.' }),
    standAlone: z
      .record(z.string(), onceOrByYear)
      .optional()
      .meta({ description: 'What each partner would spend on its own, per year (once for every year, or by year), in the scenario unit: its saving is this less its contribution.' }),
    note: z.string().optional(),
  })
  .meta({ description: 'A cost-sharing agreement: a shared service whose running cost each year is split among the partners by a rule, giving each partner’s contribution.' });

const closingSchema = z.union([
  perPartnerSchema,
  z
    .strictObject({
      combined: amountSchema.meta({ description: 'One combined closing figure for the shared service.' }),
      attribution: attributionSchema.optional().meta({ description: 'How the combined figure is apportioned; absent: kept as a total only.' }),
    })
    .meta({ description: 'A combined closing position, apportioned by a rule (or kept as a total).' }),
  z
    .strictObject({
      agreement: idSchema.meta({ description: 'The cost-sharing agreement whose contributions are the closing position.' }),
      year: yearSchema.meta({ description: 'The year of the agreement read, one it states a running cost for, e.g. "2022/23".' }),
    })
    .meta({
      description:
        'A closing position per partner from a cost-sharing agreement: each partner’s net contribution to it in that year (a partner not a party that year pays nothing, so 0). Money budgets only.',
    }),
]);

const budgetSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    measure: z.enum(MEASURES).default('money'),
    basis: z
      .enum(BUDGET_BASES)
      .default('net')
      .meta({ description: 'What the figures are: a staffing budget, gross expenditure, income, net, …' }),
    controllable: z.boolean().optional().meta({ description: 'Controllable (true) or non-controllable (false) spend.' }),
    fund: text.optional().meta({ description: 'Funding stream, e.g. "General Fund", "DSG".' }),
    starting: z
      .union([perPartnerSchema, z.strictObject({ combined: amountSchema })])
      .meta({ description: 'The starting position, per partner (or as a total only).' }),
    closing: closingSchema.optional().meta({ description: 'The closing position, per partner, combined and apportioned, or an agreement’s contributions in a year.' }),
  })
  .meta({ description: 'A baseline of a service: its starting and closing positions.' });

const serviceSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    budgets: z.array(budgetSchema).default([]),
  })
  .meta({ description: 'A service (workstream) being shared.' });

const phasingEntry = z.union([
  z.strictObject({ year: yearSchema, amount: amountSchema }),
  z.strictObject({ year: yearSchema, share: nonNegativeSchema }),
]);

const fteSchema = z.union([
  z.strictObject({ from: z.strictObject({ budget: idSchema }) }),
  z.strictObject({ amount: amountSchema, attribution: attributionSchema.optional() }),
]);

const lineSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    service: idSchema.optional(),
    kind: z.enum(LINE_KINDS).default('saving').meta({ description: 'A saving, additional income, or a recurring cost.' }),
    tier: z.enum(TIERS).default('assured'),
    category: z.enum(CATEGORIES).default('employees'),
    fund: text.default('General Fund'),
    recurrence: z.enum(RECURRENCES).default('ongoing'),
    amount: amountSchema.optional().meta({ description: 'The line total, in the scenario unit. Absent when derived from a budget.' }),
    from: z
      .strictObject({ budget: idSchema })
      .optional()
      .meta({ description: 'Derive the line per partner as starting − closing of a budget.' }),
    attribution: lineAttributionSchema.optional().meta({ description: 'How the amount is split among the partners: a rule, or a schedule of rules over time (each year then split among the partners who are parties to it).' }),
    phasing: z.array(phasingEntry).min(1).optional().meta({ description: 'When the line lands: amounts or shares per financial year.' }),
    fte: fteSchema.optional().meta({ description: 'FTE reduced by the line.' }),
    quantum: amountSchema.optional().meta({ description: 'A rounding quantum for this line only.' }),
    tieOrder: z.array(idSchema).optional().meta({ description: 'A tie order for this line only.' }),
    basis: z.string().optional().meta({ description: 'The paper’s own note on the attribution, e.g. "A".' }),
    needs: z
      .array(idSchema)
      .min(1)
      .optional()
      .meta({ description: 'Partners the line depends on: a variant that removes one of them drops the line (it lapses) instead of re-splitting it among those who stay.' }),
  })
  .meta({ description: 'One proposal’s saving, income or recurring cost.' });

/** The appraisal's options: in the scenario, and on a published figure that states the options its paper used. */
const appraisalOptionsSchema = z
  .strictObject({
    discountRate: shareSchema.optional().meta({ description: 'Real discount rate from 0 to 1, default 0.035 (Green Book). 0.035 follows the Green Book standard schedule, 0.015 its reduced schedule, any other rate is flat unless a schedule is stated.' }),
    discountSchedule: z
      .union([
        z.enum(DISCOUNT_SCHEDULE_NAMES),
        z
          .array(z.strictObject({ fromYear: z.number().int().min(0).max(1000), rate: shareSchema }))
          .min(1)
          .meta({ description: 'Stated steps: each rate applies from its year (0 is the first year) until the next step; the first step is from year 0.' }),
      ])
      .optional()
      .meta({ description: 'The discount schedule: the Green Book "standard" (3.5% falling to 1% over 300 years) or "reduced" (1.5% falling to 0.43%), "flat" (the discount rate every year), or stated steps.' }),
    years: z.number().int().min(1).max(100).optional().meta({ description: 'The appraisal period in years; default the scenario years.' }),
    riskWeights: z
      .strictObject(perTier(() => nonNegativeSchema.optional()))
      .optional()
      .meta({ description: 'The share of each tier’s lines counted (0 to 1, or above 1 for realisation beyond plan); default 1.' }),
    optimismBias: amountSchema
      .refine((v) => tryParseAmount(v)?.greaterThanOrEqualTo(-1) ?? false, { message: 'a bias of at least -1, such as "0.2"' })
      .optional()
      .meta({ description: 'Optimism bias on costs, e.g. 0.2 (at least -1).' }),
    mitigation: shareSchema.optional().meta({ description: 'The share of optimism bias mitigated, 0 to 1.' }),
    includeUnconfirmedFunding: z.boolean().optional(),
  });

const selectorSchema = z
  .strictObject({
    measure: z.enum(MEASURES).optional(),
    line: idSchema.optional(),
    service: idSchema.optional(),
    budget: idSchema.optional(),
    position: z.enum(POSITIONS).optional(),
    partner: idSchema.optional(),
    year: yearSchema.optional(),
    tier: z.enum(TIERS).optional(),
    kind: z.enum(LINE_KINDS).optional(),
    category: z.enum(CATEGORIES).optional(),
    fund: text.optional(),
    recurrence: z.enum(RECURRENCES).optional(),
    controllable: z.boolean().optional().meta({ description: 'Only controllable (true) or non-controllable (false) budgets.' }),
    basis: z.enum(BUDGET_BASES).optional().meta({ description: 'Only budgets of this basis.' }),
    cost: idSchema.optional().meta({ description: 'A one-off cost (its cells, in pounds, as positive amounts).' }),
    costType: z.enum(COST_TYPES).optional(),
    funding: idSchema.optional().meta({ description: 'External funding (its cells).' }),
    indirect: idSchema.optional().meta({ description: 'An indirect saving (its cells at `range`).' }),
    range: z.enum(['low', 'central', 'high']).optional().meta({ description: 'Which end of an indirect-saving range; default central.' }),
    context: idSchema.optional().meta({ description: 'A budget-context figure: the percentage it computes (unit "%").' }),
  })
  .meta({ description: 'What a published figure describes: a filter over the model’s cells.' });

/** What a published figure may select beyond a filter over cells: years, staffing, appraisal results, shares, agreements. */
const publishedSelectorSchema = selectorSchema
  .extend({
    years: z
      .strictObject({ from: yearSchema.optional(), to: yearSchema.optional() })
      .optional()
      .meta({ description: 'A sum over a range of years, both included ("£4.5m over five years"); either end may be left out. Without `year` or `years`, a figure is over the whole period.' }),
    staffing: z
      .enum(STAFFING_FIGURES)
      .optional()
      .meta({ description: 'A staffing figure of the staffing effects picked out by `line`, `service` and `partner` (reductions also by `year` or `years`); unit "fte" or "headcount".' }),
    appraisal: z
      .enum(APPRAISAL_RESULTS)
      .optional()
      .meta({ description: 'An appraisal result, of `partner` or of the partnership, under the figure’s `appraisal` options: "cumulative" and "net" need `year`; "payback-year" is printed as a year ("2014/15", unit "year"); "benefit-cost-ratio" has unit "ratio".' }),
    inYear: z
      .literal(true)
      .optional()
      .meta({ description: 'Savings lines as the partners see them in each year: an on-going line counts in every year from the one it lands in, as papers total savings "over five years"; default: what lands in each year.' }),
    agreement: idSchema.optional().meta({ description: 'A cost-sharing agreement: its contributions (of `partner`, in `year` or `years`).' }),
    share: z
      .literal(true)
      .optional()
      .meta({ description: 'The selection’s share of the same selection over every partner, as a percentage (unit "%"): a line’s, a cost’s or an agreement’s split; needs `partner`.' }),
  })
  .meta({ description: 'What a published figure describes: a filter over the model’s cells, a staffing figure, an appraisal result, an agreement’s contributions or a share of any of them.' });

const publishedSchema = z
  .strictObject({
    id: idSchema.optional(),
    label: text,
    of: publishedSelectorSchema,
    value: z.union([amountSchema, yearSchema]).meta({ description: 'The number as printed, in `unit`; a payback year as printed, e.g. "2014/15".' }),
    unit: z.union([unitSchema, z.enum(['fte', 'headcount', '%', 'ratio', 'year'])]).optional(),
    sense: z
      .enum(SENSES)
      .optional()
      .meta({ description: 'What a money figure is in the paper’s own terms, so it is typed as printed: "saving" or "income" (positive when the partners gain), "cost" (positive when they pay). Absent: signed as the model signs it (savings and income positive, recurring costs negative, one-off costs positive).' }),
    bound: z
      .enum(BOUNDS)
      .optional()
      .meta({ description: 'A bound the paper states instead of a figure: "more than £1m" (more-than), "at least" (at-least), "up to" (up-to), "less than" (less-than); reconciled as within the bound or not.' }),
    variant: idSchema.optional().meta({ description: 'The figure is of this variant of the scenario (an option the paper sets beside the base).' }),
    variants: z.array(idSchema).min(1).optional().meta({ description: 'The figure sums these variants’ values (a figure that spans options); "base" names the scenario itself.' }),
    appraisal: appraisalOptionsSchema.optional().meta({ description: 'The appraisal options the paper used for an appraisal result; default the scenario’s.' }),
    precision: amountSchema.meta({ description: 'The precision it was printed to, e.g. "0.01".' }),
    sumOf: z.array(idSchema).optional().meta({ description: 'Ids of the printed figures this total was summed from.' }),
    approximate: z
      .enum(['round', 'over', 'under'])
      .optional()
      .meta({
        description:
          'How the paper qualified the number: "round" for a round figure ("£80m", "about £6m"), reconciled at its last non-zero digit (or at `precision` if coarser); "over" for a lower bound ("over £20m", "more than 1,800") and "under" for an upper bound ("up to £1m"), reconciled as within the bound when the model is at or beyond it on that side. Absent: printed to `precision`.',
      }),
  })
  .meta({ description: 'A number the paper printed, kept beside the computed one.' });

const costSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    type: z
      .enum(COST_TYPES)
      .default('other')
      .meta({ description: 'What the one-off cost is for.' }),
    heads: nonNegativeSchema.optional().meta({ description: 'Exit compensation: staff exiting.' }),
    costPerHead: nonNegativeSchema.optional().meta({ description: 'Exit compensation: cost per head, in the scenario unit.' }),
    amountPerYear: nonNegativeSchema.optional().meta({ description: 'A cost per year, for `years` years from `start`.' }),
    years: z.number().int().min(1).max(60).optional(),
    start: yearSchema.optional().meta({ description: 'The first year of the cost; default the first year of the scenario.' }),
    amount: nonNegativeSchema.optional().meta({ description: 'A stated total, in the scenario unit.' }),
    phasing: z.array(phasingEntry).min(1).optional(),
    unquantified: z.boolean().optional().meta({ description: 'Known to exist, no figure yet: carried as a caveat, never as zero.' }),
    attribution: lineAttributionSchema.optional().meta({ description: 'Who bears it; default equal.' }),
    note: z.string().optional(),
  })
  .meta({ description: 'A one-off cost of implementing the partnership.' });

const fundingSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    amount: nonNegativeSchema.optional().meta({ description: 'The funding, in the scenario unit; absent when not yet known.' }),
    unquantified: z.boolean().optional(),
    confirmed: z.boolean().default(false).meta({ description: 'Whether the funding is confirmed; unconfirmed funding is a caveat and is left out of the appraisal unless included.' }),
    offsets: z.array(idSchema).min(1).meta({ description: 'The costs it offsets.' }),
    note: z.string().optional(),
  })
  .meta({ description: 'External funding (seed funding, grants) offsetting named costs.' });

const indirectSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    driver: z.enum(['fte-removed']).default('fte-removed').meta({ description: 'What the rate is per: FTE removed by the lines.' }),
    low: nonNegativeSchema.meta({ description: 'The low rate per unit of the driver, in the scenario unit.' }),
    high: nonNegativeSchema.meta({ description: 'The high rate per unit.' }),
    central: nonNegativeSchema.optional().meta({ description: 'The central rate; default halfway.' }),
    driverValue: nonNegativeSchema
      .optional()
      .meta({
        description:
          'The driver as the paper states it (e.g. "114" FTE): the rates are applied to it rather than to the driver the model computes, and still placed where the computed driver falls; reconciliation reports the two side by side. Absent: the computed driver.',
      }),
    tier: z.enum(TIERS).default('possible'),
    note: z.string().optional(),
  })
  .meta({ description: 'An indirect saving: a rate per unit of a driver, as a low–high range.' });

const staffingSchema = z
  .strictObject({
    line: idSchema.optional(),
    service: idSchema.optional(),
    partner: idSchema.optional(),
    fte: nonNegativeSchema.optional().meta({ description: 'Current FTE.' }),
    headcount: nonNegativeSchema.optional().meta({ description: 'Current headcount.' }),
    reductions: z.array(z.strictObject({ year: yearSchema, fte: nonNegativeSchema })).default([]).meta({ description: 'Likely FTE reductions by year.' }),
    vacancies: nonNegativeSchema.optional().meta({ description: 'Vacant posts deleted.' }),
    vrRequests: nonNegativeSchema.optional().meta({ description: 'Voluntary-redundancy requests.' }),
  })
  .meta({ description: 'A staffing effect: current FTE and headcount, likely reductions, vacancies, VR requests.' });

const contextSchema = z
  .strictObject({
    id: idSchema,
    label: text,
    reduction: amountSchema.meta({ description: 'The reduction, in the scenario unit (money) or FTE.' }),
    measure: z.enum(['money', 'fte']).default('money'),
    of: selectorSchema.meta({ description: 'The baseline it is a percentage of (e.g. a controllable expenditure budget).' }),
  })
  .meta({ description: 'Budget context: a reduction as a percentage of a baseline.' });

const variantSchema = z
  .strictObject({
    name: idSchema,
    description: z.string().optional(),
    removePartners: z.array(idSchema).optional().meta({ description: 'Partners leaving the partnership: their baselines, amounts and shares are dropped.' }),
    set: z
      .array(
        z.strictObject({
          path: z.string().min(1).meta({ description: 'Where to set, e.g. "costs[exit].costPerHead", "appraisal.riskWeights.possible", "partners[hf].metrics.population".' }),
          value: z.unknown().meta({ description: 'The new value, as it would be written in the file.' }),
        }),
      )
      .optional(),
  })
  .meta({ description: 'A named variant: changes to the scenario, applied with applyVariant.' });

const coalitionSchema = z
  .strictObject({
    partners: z.array(idSchema).min(1).meta({ description: 'The partners in the group, by id, e.g. ["hf", "rbkc"].' }),
    saving: amountSchema.meta({ description: 'What the group would save on its own per year, in the scenario unit (on the model’s basis: on-going savings and income less recurring costs, once fully landed).' }),
    note: z.string().optional().meta({ description: 'Where the figure comes from.' }),
  })
  .meta({ description: 'What a smaller group of partners would save on its own per year: the value of that coalition, for the fairness analysis.' });

/** The scenario file, version 1. */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    title: text,
    source: z.string().optional().meta({ description: 'Where the figures come from: the paper, its date.' }),
    settings: settingsSchema,
    partners: z.array(partnerSchema).min(1),
    services: z.array(serviceSchema).default([]),
    lines: z.array(lineSchema).default([]),
    costs: z.array(costSchema).default([]),
    funding: z.array(fundingSchema).default([]),
    indirect: z.array(indirectSchema).default([]),
    staffing: z.array(staffingSchema).default([]),
    context: z.array(contextSchema).default([]),
    appraisal: appraisalOptionsSchema.optional(),
    published: z.array(publishedSchema).default([]),
    agreements: z
      .array(agreementSchema)
      .optional()
      .meta({ description: 'Cost-sharing agreements between the partners: each year’s running cost split by a rule that may change over time.' }),
    variants: z.array(variantSchema).default([]),
    coalitions: z
      .array(coalitionSchema)
      .optional()
      .meta({
        description:
          'Coalition values for the fairness analysis: what groups of partners would save on their own per year. Unstated: a single partner saves 0; the whole partnership saves the model’s on-going savings less recurring costs; any other group saves the sum of what its members save alone (no synergy until stated).',
      }),
  })
  .meta({ title: 'shared-services-model scenario', description: 'A shared-services business case: partners, services, baselines, proposals and published figures.' });

/** The scenario file as written (before defaults). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** The scenario file after schema checks and defaults (amounts still as written). */
export type ScenarioFile = z.output<typeof scenarioSchema>;
