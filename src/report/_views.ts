import { pivot, type Evaluation, type PivotOptions, type TableModel as PivotTable } from '../engine/index.js';
import { perTier, type Tier } from '../schema/index.js';
import type { ReportTable } from './report.js';

/** What a view builds: its tables, in order, and notes of its own. */
export interface ViewParts {
  readonly tables: readonly ReportTable[];
  readonly notes: readonly string[];
}

/** The word for a tier, capitalised. */
export function tierWord(tier: Tier): string {
  return tier.charAt(0).toUpperCase() + tier.slice(1);
}

/** Words to print for keys that are codes rather than names. */
const LABELS: Readonly<Record<string, string>> = {
  ...perTier(tierWord),
  starting: 'Starting position',
  closing: 'Closing position',
  change: 'Change (starting − closing)',
};

/** A pivot with its coded row labels (tiers, positions) replaced by words. Values are untouched. */
export function labelledPivot(evaluation: Evaluation, options: PivotOptions): PivotTable {
  const table = pivot(evaluation, options);
  const word = (key: string, label: string): string => (label === key && Object.hasOwn(LABELS, key) ? LABELS[key]! : label);
  return { ...table, rows: table.rows.map((r) => ({ ...r, label: word(r.key, r.label) })) };
}

/** Only the tables that have rows. */
export function nonEmpty<T extends { readonly rows: readonly unknown[] }>(tables: readonly T[]): T[] {
  return tables.filter((t) => t.rows.length > 0);
}
