import type { InputPath, Issue } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { readAppraisal, readContext, readCosts, readFunding, readIndirect, readStaffing, type ExtrasContext } from './_extras.js';
import { readCoalitions } from './_coalitions.js';
import { readSettings } from './_settings.js';
import { readPartners } from './_partners.js';
import { readServices } from './_budgets.js';
import { readLines } from './_lines.js';
import { readPhasing } from './_phasing.js';
import { checkUnique } from './_unique-ids.js';
import type { PublishedFigure, Scenario } from './types.js';

/**
 * Turns a schema-checked file into a {@link Scenario}, resolving every id and checking what the schema
 * cannot: references, sums, quanta, years. Returns every problem at once.
 */
export function normalise(file: ScenarioFile): { scenario: Scenario } | { issues: Issue[] } {
  // Later parts refer to earlier ones, and issues are reported in the order found: keep this order.
  const read = readSettings(file.settings);
  const { c, settings: s, years, quantum, fteQuantum, show } = read;
  const { partners, known, tieOrder, tieOrderFor } = readPartners(c, file);
  const { services, budgets } = readServices({ ...read, partners, known }, file);
  const budgetById = new Map(budgets.map((b) => [b.id, b]));
  const serviceIds = new Set(services.map((x) => x.id));

  const resolved = { ...read, partners, known, tieOrder, tieOrderFor, serviceIds, budgetById };
  const lines = readLines(resolved, file);

  /** A printed precision: a positive step such as "0.01". */
  function positive(value: string | number, path: InputPath): Decimal {
    const d = c.decimal(value);
    if (!d.isPositive() || d.isZero()) c.add('E_OPTION', path, 'a positive precision such as "0.01"', value);
    return d;
  }

  /** Every id a selector names must exist; a year must be in range. */
  function checkSelector(o: ScenarioFile['published'][number]['of'], path: InputPath): void {
    const idsOf = (items: readonly { id?: string | undefined }[]): Set<string> => new Set(items.flatMap((x) => (x.id === undefined ? [] : [x.id])));
    const ref = (value: string | undefined, set: ReadonlySet<string>, key: string, what: string): void => {
      if (value !== undefined && !set.has(value)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a ${what} id${set.size > 0 && set.size <= 12 ? ` (${[...set].join(', ')})` : ''}`, value);
    };
    ref(o.line, idsOf(file.lines), 'line', 'line');
    ref(o.service, serviceIds, 'service', 'service');
    ref(o.budget, new Set(budgetById.keys()), 'budget', 'budget');
    ref(o.partner, known, 'partner', 'partner');
    ref(o.cost, idsOf(file.costs), 'cost', 'cost');
    ref(o.funding, idsOf(file.funding), 'funding', 'funding');
    ref(o.indirect, idsOf(file.indirect), 'indirect', 'indirect saving');
    ref(o.context, idsOf(file.context), 'context', 'budget context');
    if (o.year !== undefined && !years.includes(o.year)) c.addText('E_YEAR', [...path, 'year'], `a year from ${years[0]} to ${years[years.length - 1]}`, `"${o.year}"`);
  }

  // Published figures
  const published = readPublished();
  function readPublished(): PublishedFigure[] {
    const ids = checkUnique(c, file.published, ['published'], 'published figure');
    const lineIds = new Set(lines.map((l) => l.id));
    return file.published.map((f, i) => {
      const path: InputPath = ['published', i];
      const o = f.of;
      checkSelector(o, [...path, 'of']);
      (f.sumOf ?? []).forEach((id, j) => {
        if (!ids.has(id)) c.add('E_UNKNOWN_REFERENCE', [...path, 'sumOf', j], 'the id of another published figure', id);
      });
      const measure = o.measure ?? (o.budget !== undefined ? budgetById.get(o.budget)?.measure : undefined) ?? 'money';
      const unit = f.unit ?? (measure === 'money' ? s.unit : measure);
      return {
        ...(f.id === undefined ? {} : { id: f.id }),
        index: i,
        label: f.label,
        of: { ...o, measure },
        value: c.decimal(f.value),
        unit,
        precision: positive(f.precision, [...path, 'precision']),
        ...(f.sumOf === undefined ? {} : { sumOf: f.sumOf }),
      };
    });
  }

  const ctx: ExtrasContext = {
    c,
    years,
    partners,
    quantum,
    quantumText: `${s.quantum} (${s.unit})`,
    lineIds: new Set(lines.map((l) => l.id)),
    serviceIds,
    show,
    tieOrder,
    readPhasing: (input, total, q, path, quantumText) => readPhasing(read, input, total, q, path, quantumText),
    checkSelector,
  };
  checkUnique(c, file.costs, ['costs'], 'cost');
  checkUnique(c, file.funding, ['funding'], 'funding');
  checkUnique(c, file.indirect, ['indirect'], 'indirect saving');
  checkUnique(c, file.context, ['context'], 'context');
  const costs = readCosts(ctx, file);
  const funding = readFunding(ctx, file, new Set(costs.map((k) => k.id)));
  const indirect = readIndirect(ctx, file);
  const staffing = readStaffing(ctx, file);
  const context = readContext(ctx, file);
  const appraisal = readAppraisal(ctx, file);
  const coalitions = readCoalitions(ctx, file);

  if (c.issues.length > 0) return { issues: c.issues };
  return {
    scenario: {
      title: file.title,
      ...(file.source === undefined ? {} : { source: file.source }),
      settings: { currency: 'GBP', unit: s.unit, quantum, fteQuantum, firstYear: s.firstYear, years, tieOrder },
      partners,
      services,
      budgets,
      lines,
      published,
      costs,
      funding,
      indirect,
      staffing,
      context,
      appraisal,
      coalitions,
      file,
    },
  };
}

