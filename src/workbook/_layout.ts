import type { CellKind, FieldRules } from './_fields.js';

/**
 * One step from the scenario's root to a sheet's row: a property; an element of an array named by its id
 * (or name) in a column; an element named by its row number on its own sheet; or the next element of the
 * array, in the order of the rows.
 */
export type Step =
  | { readonly prop: string }
  | { readonly parent: string; readonly by: 'id' | 'name'; readonly sheet: string }
  | { readonly number: string; readonly sheet: string }
  | { readonly row: true };

/** A key column of a long table: a record's key (a partner, a metric, a year, which figure). */
export interface KeyColumn {
  readonly heading: string;
  readonly about: string;
  /** Blank means the value is stated once (a metric for every year). */
  readonly optional?: boolean;
  /** The keys allowed (a validation list). */
  readonly values?: readonly string[];
  /** Partner ids (a validation list of the partners). */
  readonly partners?: boolean;
}

/** A value column of a long table, at a path below the row's element that names key columns. */
export interface ValueColumn {
  readonly heading: string;
  readonly about: string;
  readonly kind: CellKind;
  readonly path: readonly (string | { readonly key: string })[];
  /** Whether the object at the key's place is a record of keys (not `{ combined }` or `{ agreement, year }`). */
  readonly keyed?: 'positions';
}

/** A sheet: where its rows are in the scenario, and its columns (derived from the schema, or a long table's keys and values). */
export interface SheetSpec {
  readonly name: string;
  readonly about: string;
  readonly steps: readonly Step[];
  /** A table of elements: its columns are the element's fields. */
  readonly own?: FieldRules;
  /** A long table: keys and values. */
  readonly keys?: readonly KeyColumn[];
  readonly values?: readonly ValueColumn[];
  /** The places of the schema this sheet holds, for the completeness test (`lines[].phasing[]`, `partners[].metrics{}`). */
  readonly covers: readonly string[];
}

const FIGURES = ['shares', 'amounts', 'prior'] as const;
const PARTNER: KeyColumn = { heading: 'Partner', about: 'The partner’s id, as on the Partners sheet.', partners: true };
const FIGURE: KeyColumn = { heading: 'Figure', about: 'Which per-partner figure of the rule: its shares (summing to 1), its amounts (an actual split), or its prior split.', values: FIGURES };
const ruleRecords = (base: string): string[] => [`${base}.shares{}`, `${base}.amounts{}`, `${base}.prior{}`];
const ruleValue = (prefix: readonly string[]): ValueColumn => ({
  heading: 'Value',
  about: 'The partner’s share, amount or prior share.',
  kind: 'amount',
  path: [...prefix, { key: 'Figure' }, { key: 'Partner' }],
});
const line = { parent: 'Line', by: 'id', sheet: 'Lines' } as const;
const cost = { parent: 'Cost', by: 'id', sheet: 'Costs' } as const;
const agreement = { parent: 'Agreement', by: 'id', sheet: 'Agreements' } as const;
const service = { parent: 'Service', by: 'id', sheet: 'Services' } as const;
const budget = { parent: 'Budget', by: 'id', sheet: 'Budgets' } as const;

/**
 * The sheets of the input workbook, in order, after the README and Settings sheets. A parent sheet comes
 * before the sheets whose rows name its elements.
 */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'Partners',
    about: 'The authorities taking part: one row each, with the dates of membership where a partner joins or leaves.',
    steps: [{ prop: 'partners' }, { row: true }],
    own: { elsewhere: ['metrics{}'] },
    covers: ['partners[]'],
  },
  {
    name: 'Metrics',
    about: 'The partners’ drivers (population, staffing, calls, …), one value a row: Year blank for a value stated once for every year, or one row per financial year.',
    steps: [{ prop: 'partners' }, { parent: 'Partner', by: 'id', sheet: 'Partners' }],
    keys: [{ heading: 'Metric', about: 'The driver’s name, e.g. population.' }, { heading: 'Year', about: 'The financial year, e.g. 2021/22; blank: the value of every year.', optional: true }],
    values: [{ heading: 'Value', about: 'The driver’s value (not negative).', kind: 'amount', path: ['metrics', { key: 'Metric' }, { key: 'Year' }] }],
    covers: ['partners[].metrics{}', 'partners[].metrics{}{}'],
  },
  {
    name: 'Services',
    about: 'The services (workstreams) being shared.',
    steps: [{ prop: 'services' }, { row: true }],
    own: { elsewhere: ['budgets[]'] },
    covers: ['services[]'],
  },
  {
    name: 'Budgets',
    about: 'The baselines of each service: a starting position and a closing position (per partner on the Budget positions sheet, or combined here).',
    steps: [{ prop: 'services' }, service, { prop: 'budgets' }, { row: true }],
    own: { elsewhere: ['starting{}', 'closing{}', ...ruleRecords('closing.attribution')] },
    covers: ['services[].budgets[]'],
  },
  {
    name: 'Budget positions',
    about: 'The starting and closing positions of a budget per partner, one partner a row (leave Closing blank where the closing is combined or an agreement’s).',
    steps: [{ prop: 'services' }, service, { prop: 'budgets' }, budget],
    keys: [PARTNER],
    values: [
      { heading: 'Starting', about: 'The partner’s starting position.', kind: 'amount', path: ['starting', { key: 'Partner' }], keyed: 'positions' },
      { heading: 'Closing', about: 'The partner’s closing position.', kind: 'amount', path: ['closing', { key: 'Partner' }], keyed: 'positions' },
    ],
    covers: ['services[].budgets[].starting{}', 'services[].budgets[].closing{}'],
  },
  {
    name: 'Budget shares',
    about: 'The per-partner figures of the rule that apportions a combined closing position.',
    steps: [{ prop: 'services' }, service, { prop: 'budgets' }, budget],
    keys: [FIGURE, PARTNER],
    values: [ruleValue(['closing', 'attribution'])],
    covers: ruleRecords('services[].budgets[].closing.attribution'),
  },
  {
    name: 'Lines',
    about: 'The savings lines: one proposal’s saving, income or recurring cost a row, with its tier, category, fund, recurrence, amount and attribution rule.',
    steps: [{ prop: 'lines' }, { row: true }],
    own: { elsewhere: ['phasing[]', ...ruleRecords('attribution')], partners: ['needs', 'tieOrder'] },
    covers: ['lines[]'],
  },
  {
    name: 'Phasing',
    about: 'When each line lands: one row per line and financial year, with an amount or a share.',
    steps: [{ prop: 'lines' }, line, { prop: 'phasing' }, { row: true }],
    own: {},
    covers: ['lines[].phasing[]'],
  },
  {
    name: 'Line shares',
    about: 'The per-partner figures of a line’s rule: shares, actual amounts, or a prior split.',
    steps: [{ prop: 'lines' }, line],
    keys: [FIGURE, PARTNER],
    values: [ruleValue(['attribution'])],
    covers: ruleRecords('lines[].attribution'),
  },
  {
    name: 'Costs',
    about: 'The one-off costs of implementing the partnership (unquantified: known to exist, no figure yet).',
    steps: [{ prop: 'costs' }, { row: true }],
    own: { elsewhere: ['phasing[]', ...ruleRecords('attribution')] },
    covers: ['costs[]'],
  },
  {
    name: 'Cost phasing',
    about: 'When each one-off cost falls: one row per cost and financial year.',
    steps: [{ prop: 'costs' }, cost, { prop: 'phasing' }, { row: true }],
    own: {},
    covers: ['costs[].phasing[]'],
  },
  {
    name: 'Cost shares',
    about: 'The per-partner figures of a cost’s rule.',
    steps: [{ prop: 'costs' }, cost],
    keys: [FIGURE, PARTNER],
    values: [ruleValue(['attribution'])],
    covers: ruleRecords('costs[].attribution'),
  },
  { name: 'Funding', about: 'External funding (grants, seed funding) offsetting named costs.', steps: [{ prop: 'funding' }, { row: true }], own: {}, covers: ['funding[]'] },
  { name: 'Indirect', about: 'Indirect savings: a rate per FTE removed, as a low–high range.', steps: [{ prop: 'indirect' }, { row: true }], own: {}, covers: ['indirect[]'] },
  {
    name: 'Staffing',
    about: 'Staffing effects: current FTE and headcount, vacancies, voluntary-redundancy requests (reductions by year on Staffing reductions).',
    steps: [{ prop: 'staffing' }, { row: true }],
    own: { elsewhere: ['reductions[]'], partners: ['partner'] },
    covers: ['staffing[]'],
  },
  {
    name: 'Staffing reductions',
    about: 'Likely FTE reductions by year; Staffing row is the number of the effect’s row on the Staffing sheet (1 for the first).',
    steps: [{ prop: 'staffing' }, { number: 'Staffing row', sheet: 'Staffing' }, { prop: 'reductions' }, { row: true }],
    own: {},
    covers: ['staffing[].reductions[]'],
  },
  { name: 'Context', about: 'Budget context: a reduction as a percentage of a baseline.', steps: [{ prop: 'context' }, { row: true }], own: { partners: ['of.partner'] }, covers: ['context[]'] },
  {
    name: 'Published',
    about: 'The figures the paper printed, one a row, with what each describes (the Of columns).',
    steps: [{ prop: 'published' }, { row: true }],
    own: { partners: ['of.partner'] },
    covers: ['published[]'],
  },
  {
    name: 'Agreements',
    about: 'Cost-sharing agreements: a shared team’s running cost split among the partners each year by a rule.',
    steps: [{ prop: 'agreements' }, { row: true }],
    own: { elsewhere: ['costs[]', 'standAlone{}', ...ruleRecords('attribution')] },
    covers: ['agreements[]'],
  },
  {
    name: 'Agreement costs',
    about: 'The running cost of each agreement by year: net, or gross and income.',
    steps: [{ prop: 'agreements' }, agreement, { prop: 'costs' }, { row: true }],
    own: {},
    covers: ['agreements[].costs[]'],
  },
  {
    name: 'Agreement shares',
    about: 'The per-partner figures of an agreement’s rule.',
    steps: [{ prop: 'agreements' }, agreement],
    keys: [FIGURE, PARTNER],
    values: [ruleValue(['attribution'])],
    covers: ruleRecords('agreements[].attribution'),
  },
  {
    name: 'Stand-alone costs',
    about: 'What each partner would spend on its own: Year blank for every year, or one row per year.',
    steps: [{ prop: 'agreements' }, agreement],
    keys: [PARTNER, { heading: 'Year', about: 'The financial year; blank: every year.', optional: true }],
    values: [{ heading: 'Amount', about: 'The stand-alone cost.', kind: 'amount', path: ['standAlone', { key: 'Partner' }, { key: 'Year' }] }],
    covers: ['agreements[].standAlone{}', 'agreements[].standAlone{}{}'],
  },
  {
    name: 'Variants',
    about: 'Named variants of the scenario: partners leaving, and changes (on Variant changes).',
    steps: [{ prop: 'variants' }, { row: true }],
    own: { elsewhere: ['set[]'], partners: ['removePartners'] },
    covers: ['variants[]'],
  },
  {
    name: 'Variant changes',
    about: 'What each variant sets: a path in the scenario and its new value (text, or JSON for a number, true/false or a structure).',
    steps: [{ prop: 'variants' }, { parent: 'Variant', by: 'name', sheet: 'Variants' }, { prop: 'set' }, { row: true }],
    own: {},
    covers: ['variants[].set[]'],
  },
  {
    name: 'Coalitions',
    about: 'What smaller groups of partners would save on their own per year, for the fairness analysis.',
    steps: [{ prop: 'coalitions' }, { row: true }],
    own: { partners: ['partners'] },
    covers: ['coalitions[]'],
  },
];

/** The Settings sheet: the scenario's top-level values, its settings and its appraisal options, one a row. */
export const SETTINGS_SHEET = 'Settings';
export const README_SHEET = 'README';
/** The first words of the Settings sheet's keys that are dropped (`firstYear` for `settings.firstYear`). */
export const SETTINGS_PREFIX = 'settings';

/**
 * The structures kept as a JSON text cell (rarely used, deep: a blend's parts, a schedule's steps, a
 * discount schedule's steps), the one list: each sheet's JSON columns are made from it, and the README
 * sheet and docs/workbook.md list it.
 */
export const JSON_FALLBACKS: readonly string[] = [
  'appraisal.discountSchedule',
  'published[].appraisal.discountSchedule',
  'services[].budgets[].closing.attribution.parts',
  'lines[].attribution.parts',
  'lines[].attribution.steps',
  'lines[].fte.attribution',
  'costs[].attribution.parts',
  'costs[].attribution.steps',
  'agreements[].attribution.parts',
  'agreements[].attribution.steps',
];
