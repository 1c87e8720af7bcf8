import { startYearOf } from '../model/index.js';
import { fractionOf, fractionText, percentOf, type AgreementContributions, type AgreementYear, type Evaluation } from '../engine/index.js';
import type { ExactSplit, Fraction, PeriodSplit } from '../attribution/index.js';
import { dateFromDay, financialYearLabel, partnerHeading, type Agreement, type Scenario } from '../model/index.js';
import type { Decimal } from '../money/index.js';
import { assertNever } from '../errors/index.js';
import type { MeasureCell, MeasureTable } from './measure-table.js';
import { cellPivot, column, dataRow, measureTable, sum, totalRow, type KeyedCell } from './_measures.js';
import type { ReportTable } from './report.js';
import type { ViewParts } from './_views.js';

const share = (split: ExactSplit, j: number): Fraction => fractionOf(split.weights[j]!, split.total);
const percent = (split: ExactSplit | undefined, j: number): MeasureCell => (split === undefined ? null : percentOf(share(split, j)));

/** The decision in the paper's words. */
function decisionWords(p: PeriodSplit): [string, string | null] {
  const d = p.decision;
  switch (d.decision) {
    case 'as-calculated':
      return ['as calculated', null];
    case 'reset':
      return ['reset', d.reason];
    case 'kept':
      return ['kept', d.reason];
    default:
      return assertNever(d, 'decision');
  }
}

/** The driver a period read (metric and year), and each partner's count: one number, or words for several metrics. */
function driverOf(p: PeriodSplit, j: number, firstYear: number): { driver: string; count: MeasureCell } {
  if (p.drivers.length === 0) return { driver: 'no driver (the rule states the split)', count: null };
  const driver = p.drivers.map((d) => `${d.metric} (${financialYearLabel(firstYear + d.year)})`).join(' + ');
  const values = p.drivers.map((d) => d.values[j]);
  if (values.length === 1) return { driver, count: values[0] ?? null };
  return { driver, count: p.drivers.map((d, k) => `${d.metric} ${values[k]?.toFixed() ?? '–'}`).join('; ') };
}

/** Per year, period and party: the driver, counts, exact and stated shares, prior, movement and the decision. */
function splitsTable(s: Scenario, agreement: Agreement, years: readonly AgreementYear[]): MeasureTable {
  const firstYear = startYearOf(s.settings.firstYear);
  const rows = years.flatMap((y) =>
    y.split.periods.flatMap((p, k) => {
      const period = `${dateFromDay(p.from)} to ${dateFromDay(p.until)} (${p.days} days)`;
      const [decision, reason] = decisionWords(p);
      const movement = p.movement === undefined ? null : percentOf(p.movement);
      const tolerance = p.tolerance === undefined ? null : p.tolerance.times(100);
      return p.members.map((j) => {
        const partner = s.partners[j]!;
        const { driver, count } = driverOf(p, j, firstYear);
        const exact = share(p.exact, j);
        return dataRow(`${y.year}/${k}/${partner.id}`, partnerHeading(partner), [y.year, period, driver, count, percentOf(exact), fractionText(exact), percent(p.stated, j), percent(p.prior, j), movement, tolerance, decision, reason]);
      });
    }),
  );
  return measureTable(`${agreement.name}: drivers and splits`, 'Partner', [
    column('year', 'Year', 'text'),
    column('period', 'Period', 'text'),
    column('driver', 'Driver (year read)', 'text'),
    column('count', 'Count', 'number'),
    { ...column('exact', 'Exact %', 'percent', 2), jsonDecimals: 6 },
    column('fraction', 'Exact share', 'text'),
    column('stated', 'Stated %', 'percent', 2),
    column('prior', 'Prior %', 'percent', 2),
    { ...column('movement', 'Movement (points)', 'number', 2), jsonDecimals: 6 },
    column('tolerance', 'Tolerance (points)', 'number'),
    column('decision', 'Decision', 'text'),
    column('reason', 'Reason', 'text'),
  ], rows);
}

/** Per costed year and party: the year's share, the contribution (gross, income, net) and the saving; a total per year. */
function contributionsTable(s: Scenario, agreement: Agreement, years: readonly AgreementYear[]): MeasureTable {
  const costed = years.filter((y) => y.cost !== undefined);
  const gross = costed.some((y) => y.cost!.gross !== undefined);
  const alone = costed.some((y) => y.cells.some((c) => c.standAlone !== undefined));
  const name = new Map(s.partners.map((p) => [p.id, partnerHeading(p)]));
  const index = new Map(s.partners.map((p, j) => [p.id, j]));
  const money = (cells: readonly MeasureCell[]): MeasureCell[] => [...(gross ? cells.slice(0, 2) : []), cells[2]!, ...(alone ? cells.slice(3) : [])];
  const rows = costed.flatMap((y) => {
    const parties = y.cells.map((c) => {
      const f = share(y.split.split, index.get(c.partner)!);
      return dataRow(`${y.year}/${c.partner}`, name.get(c.partner)!, [y.year, percentOf(f), fractionText(f), ...money([c.gross ?? null, c.income ?? null, c.net, c.standAlone ?? null, c.saving ?? null])]);
    });
    const every = y.cells.every((c) => c.standAlone !== undefined);
    const total = (pick: (c: (typeof y.cells)[number]) => Decimal | undefined, all = true): MeasureCell => (all ? sum(y.cells.map(pick)) : null);
    const withGross = y.cost!.gross !== undefined;
    return [...parties, totalRow([y.year, null, null, ...money([total((c) => c.gross, withGross), total((c) => c.income, withGross), total((c) => c.net), total((c) => c.standAlone, every), total((c) => c.saving, every)])], `Total ${y.year}`, `total/${y.year}`)];
  });
  return measureTable(`${agreement.name}: contributions`, 'Partner', [
    column('year', 'Year', 'text'),
    { ...column('share', 'Share of the year %', 'percent', 2), jsonDecimals: 6 },
    column('fraction', 'Share of the year', 'text'),
    ...(gross ? [column('gross', 'Gross', 'money'), column('income', 'Income', 'money')] : []),
    column('net', 'Contribution (net)', 'money'),
    ...(alone ? [column('standAlone', 'Stand-alone cost', 'money'), column('saving', 'Saving', 'money')] : []),
  ], rows);
}

/** A summary pivot of every agreement's cells: partners (or agreements) by year. */
function summaries(s: Scenario, all: readonly AgreementContributions[]): ReportTable[] {
  const cells = all.flatMap((a) => a.years.flatMap((y) => y.cells));
  const years = s.settings.years.map((y) => ({ key: y, label: y }));
  const partners = s.partners.map((p) => ({ key: p.id, label: partnerHeading(p) }));
  const agreements = s.agreements.map((a) => ({ key: a.id, label: a.name }));
  const keyed = (row: (c: (typeof cells)[number]) => string, value: (c: (typeof cells)[number]) => Decimal | undefined): KeyedCell[] =>
    cells.flatMap((c) => {
      const v = value(c);
      return v === undefined ? [] : [{ row: row(c), column: c.year, value: v }];
    });
  const tables: ReportTable[] = [
    cellPivot(keyed((c) => c.partner, (c) => c.net), { title: 'Contributions by partner and year', rowDimension: 'partner', columnDimension: 'year', rows: partners, columns: years }),
    cellPivot(keyed((c) => c.agreement, (c) => c.net), { title: 'Contributions by agreement and year', rowDimension: 'agreement', columnDimension: 'year', rows: agreements, columns: years }),
  ];
  if (cells.some((c) => c.saving !== undefined)) {
    tables.push(cellPivot(keyed((c) => c.partner, (c) => c.saving), { title: 'Savings against stand-alone costs by partner and year', rowDimension: 'partner', columnDimension: 'year', rows: partners, columns: years }));
  }
  return tables.filter((t) => t.rows.length > 0);
}

/** The notes of the view: how to read the tables. */
const NOTES = [
  'Exact % is each partner’s share as the rule defines it (shown to 2 decimals; the exact share is the fraction beside it); Stated % is the split the agreement states for the period: the exact share to the rule’s precision, or the prior kept.',
  'Movement is the largest difference, in percentage points, between a partner’s exact share and its prior; a split is kept while no share moves by more than the tolerance, and reset otherwise.',
  'A year with several periods (a change of rule or a partner joining or leaving) is split by the days in each; each year’s running cost is apportioned by that split, to the scenario’s quantum, so each year’s contributions add up to its cost exactly.',
];

/** The contributions view: per agreement its splits by year and period, its contributions by year; then summaries. */
export function contributionsView(evaluation: Evaluation): ViewParts {
  const s = evaluation.scenario;
  const all = evaluation.contributions ?? [];
  if (all.length === 0) return { tables: [], notes: ['The scenario states no cost-sharing agreements.'] };
  const perAgreement = all.flatMap((a, i) => {
    const agreement = s.agreements[i]!;
    const contributions = contributionsTable(s, agreement, a.years);
    return [splitsTable(s, agreement, a.years), ...(contributions.rows.length === 0 ? [] : [contributions])];
  });
  const bases = s.agreements.flatMap((a) => (a.basis === undefined ? [] : [`${a.name}: ${a.basis}`]));
  const notes = s.agreements.flatMap((a) => (a.note === undefined ? [] : [`${a.name}: ${a.note}`]));
  return { tables: [...perAgreement, ...summaries(s, all)], notes: [...bases, ...notes, ...NOTES] };
}
