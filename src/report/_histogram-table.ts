import type { SimulatedOutcome } from '../analysis/index.js';
import type { MeasureTable } from './measure-table.js';
import { column, dataRow, measureTable, totalRow } from './_measures.js';

/**
 * A simulated outcome's histogram of NPV as a table, a band a row: its lower edge (included), its upper
 * edge (not included) and the runs in it, then the simulation's runs (the counts add up to them). The
 * figures the chart draws, for a reader who cannot see it; nothing is computed.
 */
export function histogramTable(outcome: SimulatedOutcome, runs: number): MeasureTable {
  const { edges, counts } = outcome.npvHistogram;
  const rows = counts.map((n, i) => dataRow(String(i + 1), `Band ${i + 1}`, [edges[i]!, edges[i + 1]!, String(n)]));
  return measureTable(
    'Runs by band of total NPV',
    'Band',
    [column('from', 'NPV from', 'money'), column('to', 'to (not included)', 'money'), column('runs', 'Runs', 'text')],
    [...rows, totalRow([null, null, String(runs)], 'All runs')],
  );
}
