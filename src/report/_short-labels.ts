import { assertNever } from '../errors/index.js';
import type { Partner } from '../model/index.js';
import type { ReportTable } from './report.js';
import { rowSourceOf } from './_lazy-rows.js';

/** Every piece of text a table heads something with: its column headings, row labels and words in cells. */
function headings(table: ReportTable): string[] {
  switch (table.kind) {
    case 'pivot':
      return [...table.columns.map((c) => c.label), ...table.rows.map((r) => r.label)];
    case 'measures': {
      // A table whose rows are made as they are read (the cells view) lists its texts without making them.
      const source = rowSourceOf(table.rows);
      if (source !== undefined) return [...table.columns.map((c) => c.label), ...source.texts()];
      return [...table.columns.map((c) => c.label), ...table.rows.flatMap((r) => [r.label, ...r.values.filter((v): v is string => typeof v === 'string')])];
    }
    case 'reconciliation':
      return [];
    default:
      return assertNever(table, 'table');
  }
}

/** The labels a text shows: itself, what comes before a colon (`H&F: low`), and each part of a group written `A + B`. */
const labelsIn = (text: string): string[] => [text.trim(), text.split(': ')[0]!.trim(), ...text.split(' + ').map((x) => x.trim())];

/**
 * The note that says what each short label a report's tables show stands for, in the partners' order:
 * `H&F: London Borough of Hammersmith & Fulham; RBKC: Royal Borough of Kensington and Chelsea.` None
 * where no table shows one (or every label shown is the name itself). Every report lists short labels
 * through this one function.
 *
 * @param partners - the partners of the scenarios the report is of (the first with a label wins)
 * @param tables - the report's tables
 * @returns the note, or no note
 */
export function shortLabelNotes(partners: readonly Pick<Partner, 'name' | 'short'>[], tables: readonly ReportTable[]): string[] {
  const shown = new Set(tables.flatMap(headings).flatMap(labelsIn));
  const listed = new Map<string, string>();
  for (const p of partners) if (p.short !== undefined && p.short !== p.name && shown.has(p.short) && !listed.has(p.short)) listed.set(p.short, p.name);
  return listed.size === 0 ? [] : [`${[...listed].map(([short, name]) => `${short}: ${name}`).join('; ')}.`];
}
