import type { Decimal } from '../money/index.js';
import type { Evaluation } from '../engine/index.js';
import { partnerHeading, type Scenario } from '../model/index.js';
import type { MeasureCell, MeasureTable } from './measure-table.js';
import { cellPivot, column, dataRow, measureTable, sum, totalRow } from './_measures.js';
import { nonEmpty, type ViewParts } from './_views.js';

const NOT_QUANTIFIED = 'not quantified (a caveat, not zero)';

/** Money cells per partner and their total, from cells; null for every partner when `cells` is null (nothing quantified). */
function perPartner(s: Scenario, cells: readonly { readonly partner: string; readonly value: Decimal }[] | null): MeasureCell[] {
  if (cells === null) return [...s.partners.map(() => null), null];
  const values = s.partners.map((p) => sum(cells.filter((c) => c.partner === p.id).map((c) => c.value)));
  return [...values, sum(values)];
}

function partnerColumns(s: Scenario) {
  return [...s.partners.map((p) => column(p.id, partnerHeading(p), 'money')), column('total', 'Total', 'money')];
}

/** Each one-off cost by partner, with how it was stated; unquantified costs as rows without figures. */
function costsTable(e: Evaluation): MeasureTable {
  const s = e.scenario;
  const rows = s.costs.map((k) => {
    const basis = k.unquantified ? NOT_QUANTIFIED : (k.basis ?? '');
    return dataRow(k.id, k.name, [basis, ...perPartner(s, k.unquantified ? null : e.costCells.filter((c) => c.cost === k.id))]);
  });
  const quantified = s.costs.filter((k) => !k.unquantified);
  const label = quantified.length < s.costs.length ? 'Total of quantified costs' : 'Total';
  const total = totalRow(['', ...perPartner(s, quantified.length === 0 ? null : e.costCells)], label);
  return measureTable('One-off costs by partner', 'Cost', [column('basis', 'Basis', 'text'), ...partnerColumns(s)], rows.length === 0 ? [] : [...rows, total]);
}

/**
 * Each one-off cost by year (all partners), with its basis: the costs an appraisal over `years` counts,
 * before optimism bias. A year without a cell is blank; an unquantified cost has no figures.
 */
export function costsByYearTable(e: Evaluation, years: readonly string[], title: string): MeasureTable {
  const s = e.scenario;
  const inPeriod = e.costCells.filter((c) => years.includes(c.year));
  const yearly = (cells: readonly { year: string; value: Decimal }[]): MeasureCell[] => {
    const values = years.map((y) => (cells.some((c) => c.year === y) ? sum(cells.filter((c) => c.year === y).map((c) => c.value)) : null));
    return [...values, sum(values)];
  };
  const rows = s.costs.map((k) => dataRow(k.id, k.name, [k.unquantified ? NOT_QUANTIFIED : (k.basis ?? ''), ...(k.unquantified ? [...years, 'total'].map(() => null) : yearly(inPeriod.filter((c) => c.cost === k.id)))]));
  const quantified = s.costs.some((k) => !k.unquantified);
  const total = totalRow(['', ...(quantified ? yearly(inPeriod) : [...years, 'total'].map(() => null))], s.costs.every((k) => !k.unquantified) ? 'Total' : 'Total of quantified costs');
  const columns = [column('basis', 'Basis', 'text'), ...years.map((y) => column(y, y, 'money')), column('total', 'Total', 'money')];
  return measureTable(title, 'Cost', columns, rows.length === 0 ? [] : [...rows, total]);
}

/** External funding by partner, with the costs it offsets and whether it is confirmed. */
function fundingTable(e: Evaluation): MeasureTable {
  const s = e.scenario;
  const costName = new Map(s.costs.map((k) => [k.id, k.name]));
  const rows = s.funding.map((f) =>
    dataRow(f.id, f.name, [
      f.offsets.map((id) => costName.get(id) ?? id).join('; '),
      f.confirmed ? 'yes' : 'no',
      ...perPartner(s, f.amount === undefined ? null : e.fundingCells.filter((c) => c.funding === f.id)),
    ]),
  );
  const columns = [column('offsets', 'Offsets', 'text'), column('confirmed', 'Confirmed', 'text'), ...partnerColumns(s)];
  const quantified = s.funding.filter((f) => f.amount !== undefined);
  const label = quantified.length < s.funding.length ? 'Total of quantified funding' : 'Total';
  const total = totalRow(['', '', ...perPartner(s, quantified.length === 0 ? null : e.fundingCells)], label);
  return measureTable('Funding by partner', 'Funding', columns, rows.length === 0 ? [] : [...rows, total]);
}

/** Indirect savings a year once landed: each saving at its low, central and high rate, by partner. */
function indirectTable(e: Evaluation): MeasureTable {
  const s = e.scenario;
  const ranges = ['low', 'central', 'high'] as const;
  const rows = s.indirect.flatMap((x) =>
    ranges.map((r) => dataRow(`${x.id}.${r}`, `${x.name}: ${r}`, [x[r], ...perPartner(s, e.indirectCells.filter((c) => c.indirect === x.id && c.range === r))])),
  );
  const all = s.indirect.length < 2 ? [] : ranges.map((r) => totalRow([null, ...perPartner(s, e.indirectCells.filter((c) => c.range === r))], `All indirect savings: ${r}`, `all.${r}`));
  return measureTable('Indirect savings a year once landed, by partner', 'Indirect saving', [column('rate', 'Rate per FTE removed', 'money'), ...partnerColumns(s)], [...rows, ...all]);
}

/** One-off costs by partner (with their basis) and by year, funding, and indirect savings by partner. */
export function costsView(e: Evaluation): ViewParts {
  const s = e.scenario;
  const years = s.settings.years.map((y) => ({ key: y, label: y }));
  const partners = s.partners.map((p) => ({ key: p.id, label: partnerHeading(p) }));
  const byYear = cellPivot(
    e.costCells.map((c) => ({ row: c.year, column: c.partner, value: c.value })),
    { title: 'One-off costs by year', rowDimension: 'year', columnDimension: 'partner', rows: years, columns: partners },
  );
  const notes = [
    ...(s.costs.length === 0 ? ['The scenario states no one-off costs.'] : ['One-off costs are positive amounts, before optimism bias, split as the scenario says and in the years it says.']),
    ...(s.funding.length === 0 ? [] : ['Funding is shown where the costs it offsets fall; unconfirmed funding is left out of the appraisal unless it is included.']),
    ...(s.indirect.length === 0
      ? []
      : ['Indirect savings are a rate per FTE removed by the lines: each year’s FTE reductions add to the saving from that year on. They are not in the savings views; the appraisal counts the central rate.']),
  ];
  return { tables: nonEmpty<MeasureTable | typeof byYear>([costsTable(e), byYear, fundingTable(e), indirectTable(e)]), notes };
}
