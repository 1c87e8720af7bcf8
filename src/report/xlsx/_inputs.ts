import { Decimal } from '../../money/index.js';
import { rateInYear, type Appraisal } from '../../appraisal/index.js';
import type { Tier } from '../../model/index.js';
import { TIERS } from '../../schema/index.js';
import { columnLetters, countFormat } from './_number.js';
import type { SheetWriter } from './_sheet.js';

/** The name of the Inputs sheet, which the formulas of the Appraisal sheet refer to. */
export const INPUTS_SHEET = 'Inputs';

/** The defined names of the inputs, each naming one cell of the Inputs sheet. */
export const INPUT_NAMES = {
  discountRate: 'DiscountRate',
  optimismBias: 'OptimismBias',
  mitigation: 'Mitigation',
  costUplift: 'CostUplift',
  discountRates: 'DiscountRates',
  discountFactors: 'DiscountFactors',
} as const;

/** The defined name of a tier's risk weight: `RiskWeightAssured`. */
export const riskWeightName = (tier: Tier): string => `RiskWeight${tier.charAt(0).toUpperCase()}${tier.slice(1)}`;

/** Where the Appraisal sheet finds its inputs. */
export interface InputCells {
  /** Year t's discount factor (t from 0) as a reference from another sheet: `Inputs!$D$19`. */
  readonly factor: (t: number) => string;
}

const RATE_FORMAT = '0.0000%';
const FACTOR_FORMAT = '0.000000';
const WEIGHT_FORMAT = '0.00##########';

/** What an input may be, as the library refuses anything else (`E_OPTION`): a spreadsheet's validation of the cell. */
interface Range {
  readonly operator: 'between' | 'greaterThanOrEqual';
  readonly formulae: readonly number[];
  readonly error: string;
}
const RATE: Range = { operator: 'between', formulae: [0, 1], error: 'A rate or share from 0 to 1, such as 0.035.' };
const WEIGHT: Range = { operator: 'greaterThanOrEqual', formulae: [0], error: 'A weight of 0 or more, such as 0.5.' };
const BIAS: Range = { operator: 'greaterThanOrEqual', formulae: [-1], error: 'A bias of -1 or more, such as 0.2.' };
/** Blue, as finance models mark the cells a reader may change. */
const INPUT_COLOUR = { argb: 'FF0000FF' };

/** Marks a cell as an input: blue, and validated as the library validates the option. */
function editable(w: SheetWriter, row: number, column: number, range: Range): void {
  const cell = w.sheet.getCell(row, column);
  cell.font = { ...cell.font, color: INPUT_COLOUR };
  cell.dataValidation = { type: 'decimal', allowBlank: false, operator: range.operator, formulae: [...range.formulae], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Not an input the appraisal can use', error: range.error };
}

/** A rate, weight or bias as the spreadsheet number the text states (at most 15 significant digits in any option a user gives). */
const num = (text: string): number => Number(new Decimal(text).toString());

/**
 * Writes the Inputs sheet: the appraisal's options as cells with defined names (the first-years discount
 * rate, each tier's risk weight, optimism bias and its mitigation, and the cost uplift they make), then
 * the discount schedule year by year (each year's rate, the first step's years a formula `=DiscountRate`
 * so one cell changes them all, and each year's factor a formula over the year before), then what is
 * fixed (the years and the quantum). The Appraisal sheet's formulas refer to these cells, so changing one
 * recalculates it. The sheet is finished (widths, view, printing) here.
 *
 * @param w - a writer on the Inputs sheet
 * @param appraisal - the appraisal the workbook shows, whose conventions are the inputs
 * @param unit - the unit money is shown in, for the quantum
 * @param quantumInUnit - the scenario's quantum in that unit
 * @returns where the discount factors are
 */
export function writeInputs(w: SheetWriter, appraisal: Appraisal, unit: string, quantumInUnit: Decimal): InputCells {
  const c = appraisal.conventions;
  const book = w.sheet.workbook;
  const name = (row: number, column: number, defined: string): void => book.definedNames.add(`${INPUTS_SHEET}!$${columnLetters(column)}$${row}`, defined);
  w.text(w.row, 1, 'Appraisal inputs', { bold: true, size: 14 }, false);
  w.row += 1;
  w.text(w.row, 1, 'Change a blue value in column B, or a year\'s rate below, and the Appraisal sheet recalculates: benefits, costs, net benefit, the cumulative position, discount factors, present values before rounding and the total NPV follow. See the Notes sheet for the cells that keep the figures as printed.', { wrap: true }, false);
  w.row += 2;

  w.text(w.row, 1, 'Options', { bold: true, size: 12 }, false);
  w.row += 1;
  const header = w.row;
  ['Input', 'Value', 'Name', 'What it does'].forEach((h, j) => w.text(w.row, j + 1, h, { bold: true, right: j === 1 }));
  w.row += 1;
  const option = (label: string, value: number, format: string, defined: string, what: string, formula?: string, range?: Range): void => {
    if (formula === undefined) w.number(w.row, 2, value, format);
    else w.formula(w.row, 2, formula, value, format);
    if (range !== undefined) editable(w, w.row, 2, range);
    w.text(w.row, 1, label);
    w.text(w.row, 3, defined);
    w.text(w.row, 4, what, {}, false);
    name(w.row, 2, defined);
    w.row += 1;
  };
  option('Discount rate', num(c.discountRate), RATE_FORMAT, INPUT_NAMES.discountRate, 'The real rate of the schedule\'s first years: each of those years below is this cell.', undefined, RATE);
  for (const tier of TIERS) option(`Risk weight: ${tier}`, num(c.riskWeights[tier]), WEIGHT_FORMAT, riskWeightName(tier), `The share of ${tier} savings (and their income, recurring costs and indirect savings) counted.`, undefined, WEIGHT);
  option('Optimism bias', num(c.optimismBias), WEIGHT_FORMAT, INPUT_NAMES.optimismBias, 'The uplift on one-off costs before mitigation.', undefined, BIAS);
  option('Mitigation', num(c.mitigation), WEIGHT_FORMAT, INPUT_NAMES.mitigation, 'The share of the optimism bias mitigated, 0 to 1.', undefined, RATE);
  const uplift = new Decimal(1).plus(new Decimal(c.optimismBias).times(new Decimal(1).minus(c.mitigation)));
  option('Cost uplift', Number(uplift.toString()), WEIGHT_FORMAT, INPUT_NAMES.costUplift, 'What one-off costs are multiplied by: 1 + bias × (1 − mitigation). A formula.', `1+${INPUT_NAMES.optimismBias}*(1-${INPUT_NAMES.mitigation})`);
  w.table({ header, lastRow: w.row - 1, firstColumn: 1, lastColumn: 4 });
  w.row += 1;

  w.text(w.row, 1, 'Discount schedule', { bold: true, size: 12 }, false);
  w.row += 1;
  w.text(w.row, 1, `As appraised: ${c.schedule}; the first year is not discounted.`, { wrap: false }, false);
  w.row += 1;
  const scheduleHeader = w.row;
  ['Year', 'Financial year', 'Discount rate', 'Discount factor'].forEach((h, j) => w.text(w.row, j + 1, h, { bold: true, right: j !== 1 }));
  w.row += 1;
  const first = w.row;
  const schedule = { kind: c.discountSchedule.kind, steps: c.discountSchedule.steps.map((s) => ({ fromYear: s.fromYear, rate: new Decimal(s.rate) })) };
  const secondStep = schedule.steps[1]?.fromYear ?? Number.POSITIVE_INFINITY;
  appraisal.total.years.forEach((y, t) => {
    const row = first + t;
    w.number(row, 1, t, countFormat(0));
    w.text(row, 2, y.year);
    const rate = Number(rateInYear(schedule, t).toString());
    if (t < secondStep) w.formula(row, 3, INPUT_NAMES.discountRate, rate, RATE_FORMAT);
    else w.number(row, 3, rate, RATE_FORMAT);
    editable(w, row, 3, RATE);
    if (t === 0) w.number(row, 4, 1, FACTOR_FORMAT);
    else w.formula(row, 4, `D${row - 1}/(1+C${row})`, Number(y.discountFactor.toString()), FACTOR_FORMAT);
  });
  const last = first + appraisal.total.years.length - 1;
  book.definedNames.add(`${INPUTS_SHEET}!$C$${first}:$C$${last}`, INPUT_NAMES.discountRates);
  book.definedNames.add(`${INPUTS_SHEET}!$D$${first}:$D$${last}`, INPUT_NAMES.discountFactors);
  w.table({ header: scheduleHeader, lastRow: last, firstColumn: 1, lastColumn: 4 });
  w.row = last + 2;

  w.text(w.row, 1, 'Fixed in this workbook', { bold: true, size: 12 }, false);
  w.row += 1;
  const fixed: [string, string][] = [
    ['Period', `${c.period}: one row per year on the Appraisal sheet. Another period needs the report run again (--years).`],
    ['Rounding quantum', `${quantumInUnit.toString()} (${unit}): present values are rounded to it once, for the whole grid of partners and years, by the library.`],
    ['Unconfirmed funding', c.unconfirmedFundingIncluded ? 'included' : 'not included'],
    ['Indirect savings', c.indirect],
  ];
  for (const [key, value] of fixed) {
    w.text(w.row, 1, key, { bold: true });
    w.text(w.row, 2, value, {}, false);
    w.row += 1;
  }
  w.finish({ 1: 24, 2: 14, 3: 22, 4: 40 });
  return { factor: (t) => `${INPUTS_SHEET}!$D$${first + t}` };
}
