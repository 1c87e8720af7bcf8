import { Decimal, fromPounds, unitExponent, type MoneyUnit } from '../../money/index.js';
import { describePayback, type PartnerAppraisal } from '../../appraisal/index.js';
import { TIERS } from '../../schema/index.js';
import { largest } from '../_largest.js';
import { INPUT_NAMES, riskWeightName, type InputCells } from './_inputs.js';
import type { LiveAppraisal, Unweighted } from './_live-appraisal.js';
import { columnLetters, countFormat, moneyFormat, sheetNumber } from './_number.js';
import type { SheetWriter } from './_sheet.js';

/** The sheet's view of a money amount: in the unit, to the decimals of the whole appraisal. */
interface Money {
  readonly format: string;
  readonly exactFormat: string;
  readonly value: (v: Decimal) => number | string;
  readonly result: (v: Decimal) => number;
  readonly inUnit: (v: Decimal) => Decimal;
}

const ZERO = new Decimal(0);
const FACTOR_FORMAT = countFormat(6);
const RATIO_FORMAT = countFormat(2);

/** Where a years table lies: its first year's row and its Total row. */
interface YearsPlace {
  readonly first: number;
  readonly total: number;
}

/** The columns of a years table, from 1: the year, each tier unweighted, then the measures. */
function yearColumns(): Readonly<Record<'tier0' | 'benefits' | 'costsBefore' | 'costs' | 'funding' | 'net' | 'cumulative' | 'factor' | 'exact' | 'pv', number>> {
  const t = TIERS.length;
  return { tier0: 2, benefits: 2 + t, costsBefore: 3 + t, costs: 4 + t, funding: 5 + t, net: 6 + t, cumulative: 7 + t, factor: 8 + t, exact: 9 + t, pv: 10 + t };
}

const at = (column: number, row: number): string => `${columnLetters(column)}${row}`;
const sumOf = (column: number, from: number, to: number): string => `SUM(${at(column, from)}:${at(column, to)})`;

/**
 * Writes one years table (a partner's, or the total's when `partners` gives the partners' tables):
 * unweighted tiers and costs before bias are the library's figures (for the total, sums of the
 * partners'); benefits, costs, net, cumulative, discount factor and the present value before rounding are
 * formulas; the present value is the library's rounded figure (for the total, the sum of the partners').
 */
function writeYears(w: SheetWriter, m: Money, unit: MoneyUnit, inputs: InputCells, title: string, p: PartnerAppraisal, unweighted: Unweighted | null, partners: readonly YearsPlace[]): YearsPlace {
  const col = yearColumns();
  const labels = [...TIERS.map((tier) => `${tier.charAt(0).toUpperCase()}${tier.slice(1)}, unweighted`), 'Benefits', 'Costs before optimism bias', 'Costs', 'Funding', 'Net benefit', 'Cumulative', 'Discount factor', 'Present value before rounding', 'Present value'];
  w.text(w.row, 1, `${title} (${unit})`, { bold: true, size: 12 }, false);
  w.row += 1;
  const header = w.row;
  w.text(header, 1, 'Year', { bold: true });
  labels.forEach((label, j) => w.text(header, j + 2, label, { bold: true, right: true }));
  const first = header + 1;
  const across = (column: number, row: number): string => partners.map((q) => at(column, q.first + (row - first))).join('+');
  p.years.forEach((y, t) => {
    const r = first + t;
    w.text(r, 1, y.year);
    TIERS.forEach((_, k) => {
      if (unweighted === null) w.formula(r, col.tier0 + k, across(col.tier0 + k, r), 0, m.format);
      else w.number(r, col.tier0 + k, m.value(unweighted.tiers[k]![t]!), m.format);
    });
    if (unweighted === null) {
      w.formula(r, col.benefits, across(col.benefits, r), m.result(y.benefits), m.format);
      w.formula(r, col.costsBefore, across(col.costsBefore, r), 0, m.format);
      w.formula(r, col.costs, across(col.costs, r), m.result(y.costs), m.format);
      w.formula(r, col.funding, across(col.funding, r), m.result(y.funding), m.format);
      w.formula(r, col.pv, across(col.pv, r), m.result(y.presentValue), m.format);
    } else {
      w.formula(r, col.benefits, TIERS.map((tier, k) => `${at(col.tier0 + k, r)}*${riskWeightName(tier)}`).join('+'), m.result(y.benefits), m.format);
      w.number(r, col.costsBefore, m.value(unweighted.costs[t]!), m.format);
      w.formula(r, col.costs, `${at(col.costsBefore, r)}*${INPUT_NAMES.costUplift}`, m.result(y.costs), m.format);
      w.number(r, col.funding, m.value(y.funding), m.format);
      w.number(r, col.pv, m.value(y.presentValue), m.format);
    }
    w.formula(r, col.net, `${at(col.benefits, r)}-${at(col.costs, r)}+${at(col.funding, r)}`, m.result(y.net), m.format);
    w.formula(r, col.cumulative, t === 0 ? at(col.net, r) : `${at(col.cumulative, r - 1)}+${at(col.net, r)}`, m.result(y.cumulative), m.format);
    w.formula(r, col.factor, inputs.factor(t), Number(y.discountFactor.toString()), FACTOR_FORMAT);
    w.formula(r, col.exact, `${at(col.net, r)}*${at(col.factor, r)}`, Number(m.inUnit(y.net.times(y.discountFactor)).toString()), m.exactFormat);
  });
  const last = first + p.years.length - 1;
  // The unweighted tiers and costs before bias of the total are filled in by the caller's sums of the partners'.
  const total = last + 1;
  w.text(total, 1, 'Total', { bold: true });
  const sums: readonly [number, Decimal | null][] = [
    ...TIERS.map((_, k): [number, Decimal | null] => [col.tier0 + k, unweighted === null ? null : sum(unweighted.tiers[k]!)]),
    [col.benefits, sum(p.years.map((y) => y.benefits))],
    [col.costsBefore, unweighted === null ? null : sum(unweighted.costs)],
    [col.costs, sum(p.years.map((y) => y.costs))],
    [col.funding, sum(p.years.map((y) => y.funding))],
    [col.net, sum(p.years.map((y) => y.net))],
    [col.exact, sum(p.years.map((y) => y.net.times(y.discountFactor)))],
    [col.pv, p.npv],
  ];
  for (const [column, v] of sums) {
    const result = v === null ? 0 : column === col.exact ? Number(m.inUnit(v).toString()) : m.result(v);
    w.formula(total, column, sumOf(column, first, last), result, column === col.exact ? m.exactFormat : m.format, { bold: true });
  }
  w.table({ header, lastRow: last, firstColumn: 1, lastColumn: col.pv });
  w.row = total + 2;
  return { first, total };
}

const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** The stored results of the total's unweighted tiers and costs before bias: sums of the partners' cells. */
function fillTotalResults(w: SheetWriter, total: YearsPlace, live: LiveAppraisal, m: Money): void {
  const col = yearColumns();
  const n = live.appraisal.years.length;
  const set = (row: number, column: number, v: Decimal): void => {
    const cell = w.sheet.getCell(row, column);
    cell.value = { formula: (cell.value as { formula: string }).formula, result: m.result(v) };
  };
  for (let t = 0; t <= n; t++) {
    const pick = (f: (u: Unweighted) => readonly Decimal[]): Decimal => sum(live.unweighted.map((u) => (t === n ? sum(f(u)) : f(u)[t]!)));
    TIERS.forEach((_, k) => set(total.first + t, col.tier0 + k, pick((u) => u.tiers[k]!)));
    set(total.first + t, col.costsBefore, pick((u) => u.costs));
  }
}

/**
 * The rounding of the total NPV as a formula: `ROUND(x,3)` where the quantum in the sheet's unit is a
 * power of ten (Excel and LibreOffice round a half away from zero, as the library's half-up does), else
 * to a multiple of the quantum.
 */
function roundFormula(x: string, quantum: Decimal): string {
  // The places a power of ten stands for, guessed in floating point and then checked exactly: a quantum
  // the guess does not give back (0.05, say) takes the general formula.
  const k = -Math.round(Math.log10(Number(quantum.toString())));
  return new Decimal(10).pow(-k).equals(quantum) ? `ROUND(${x},${k})` : `ROUND(${x}/${quantum.toString()},0)*${quantum.toString()}`;
}

/**
 * Writes the appraisal view live: the summary, the total's cash flows, the view's other tables (written
 * by `others`), then each partner's cash flows, every derived figure a formula (see the Notes sheet).
 *
 * @param w - a writer on the Appraisal sheet, at the row of the first table
 * @param live - from {@link liveAppraisal}
 * @param names - each partner's name by id
 * @param unit - the unit money is shown in
 * @param decimals - the fewest decimals of money
 * @param quantum - the scenario's quantum in that unit
 * @param inputs - where the Inputs sheet holds the discount factors
 * @param others - writes the view's other tables (the one-off costs) between the total's and the partners'
 */
export function writeLiveAppraisal(w: SheetWriter, live: LiveAppraisal, names: ReadonlyMap<string, string>, unit: MoneyUnit, decimals: number, quantum: Decimal, inputs: InputCells, others: () => void): void {
  const a = live.appraisal;
  const all = [...live.unweighted.flatMap((u) => [...u.tiers.flat(), ...u.costs]), ...[...a.partners, a.total].flatMap((p) => [...p.years.flatMap((y) => [y.benefits, y.costs, y.funding, y.net, y.cumulative, y.presentValue]), p.npv, p.pvBenefits, p.pvCosts])];
  const dp = largest(all.map((v) => fromPounds(v, unit).decimalPlaces()), decimals);
  // Exact present values have more digits than an amount may (they are never stated), so divided here.
  const scale = new Decimal(10).pow(unitExponent(unit));
  const inUnit = (v: Decimal): Decimal => v.dividedBy(scale);
  const m: Money = {
    format: moneyFormat(unit, dp),
    exactFormat: moneyFormat(unit, Math.min(15, dp + 3)),
    inUnit,
    value: (v) => sheetNumber(inUnit(v), dp),
    result: (v) => {
      const n = sheetNumber(inUnit(v), dp);
      return typeof n === 'number' ? n : Number(inUnit(v).toString());
    },
  };

  // The summary first, its formulas filled in once the tables they refer to are placed.
  w.text(w.row, 1, `Appraisal summary (${unit})`, { bold: true, size: 12 }, false);
  w.row += 1;
  const summaryHeader = w.row;
  ['Partner', 'NPV', 'PV of benefits', 'PV of costs net of funding', 'Benefit–cost ratio', 'Payback year', 'NPV before rounding'].forEach((h, j) => w.text(summaryHeader, j + 1, h, { bold: true, right: j !== 0 && j !== 5 }));
  const summaryFirst = summaryHeader + 1;
  const summaryTotal = summaryFirst + a.partners.length;
  w.row = summaryTotal + 2;

  // The total's table adds up the partners' tables, so its rows are kept (title, header, a row a year,
  // Total, a blank row) and it is written once they are placed.
  const totalTop = w.row;
  w.row += a.years.length + 4;
  others();
  const places = a.partners.map((p, j) => writeYears(w, m, unit, inputs, `Cash flows by year: ${names.get(p.partner) ?? p.partner}`, p, live.unweighted[j]!, []));
  const end = w.row;
  w.row = totalTop;
  const total = writeYears(w, m, unit, inputs, 'Cash flows by year: Total', a.total, null, places);
  fillTotalResults(w, total, live, m);
  w.row = end;

  const col = yearColumns();
  const row = (r: number, label: string, p: PartnerAppraisal, place: YearsPlace, isTotal: boolean): void => {
    const look = { bold: isTotal };
    w.text(r, 1, label, look);
    const exact = at(col.exact, place.total);
    if (isTotal) {
      w.formula(r, 2, roundFormula(exact, quantum), m.result(p.npv), m.format, look);
      const benefits = `SUMPRODUCT(${at(col.benefits, place.first)}:${at(col.benefits, place.total - 1)},${at(col.factor, place.first)}:${at(col.factor, place.total - 1)})`;
      w.formula(r, 3, roundFormula(benefits, quantum), m.result(p.pvBenefits), m.format, look);
    } else {
      w.formula(r, 2, at(col.pv, place.total), m.result(p.npv), m.format, look);
      w.number(r, 3, m.value(p.pvBenefits), m.format, look);
    }
    w.formula(r, 4, `C${r}-B${r}`, m.result(p.pvCosts), m.format, look);
    if (p.benefitCostRatio !== null) w.formula(r, 5, `ROUND(C${r}/D${r},2)`, Number(p.benefitCostRatio.toString()), RATIO_FORMAT, look);
    w.text(r, 6, describePayback(p.payback), look);
    const exactNpv = sum(p.years.map((y) => y.net.times(y.discountFactor)));
    w.formula(r, 7, exact, Number(inUnit(exactNpv).toString()), m.exactFormat, look);
  };
  a.partners.forEach((p, j) => row(summaryFirst + j, names.get(p.partner) ?? p.partner, p, places[j]!, false));
  row(summaryTotal, 'Total', a.total, total, true);
  w.table({ header: summaryHeader, lastRow: summaryTotal - 1, firstColumn: 1, lastColumn: 7 });
}
