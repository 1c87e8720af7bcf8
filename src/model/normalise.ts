import type { Issue } from '../errors/index.js';
import type { ScenarioFile } from '../schema/index.js';
import { readAppraisal, readContext, readCosts, readFunding, readIndirect, readStaffing, type ExtrasContext } from './_extras.js';
import { readCoalitions } from './_coalitions.js';
import { readAgreements } from './_agreements.js';
import { readSettings } from './_settings.js';
import { readPartners } from './_partners.js';
import { readServices } from './_budgets.js';
import { readLines } from './_lines.js';
import { readPhasing } from './_phasing.js';
import { checkSelector } from './_selectors.js';
import { readPublished } from './_published.js';
import { checkUnique, checkUniqueNames } from './_unique-ids.js';
import type { Scenario } from './types.js';

/**
 * Turns a schema-checked file into a {@link Scenario}, resolving every id and checking what the schema
 * cannot: references, sums, quanta, years. Returns every problem at once.
 */
export function normalise(file: ScenarioFile): { scenario: Scenario } | { issues: Issue[] } {
  // Later parts refer to earlier ones, and issues are reported in the order found: keep this order.
  const read = readSettings(file.settings);
  const { c, settings: s, years, quantum, fteQuantum, show } = read;
  const { partners, known, tieOrder, tieOrderFor } = readPartners(c, file, years);
  checkUniqueNames(c, file);
  const { services, budgets } = readServices({ ...read, partners, known }, file);
  const budgetById = new Map(budgets.map((b) => [b.id, b]));
  const serviceIds = new Set(services.map((x) => x.id));
  const resolved = { ...read, partners, known, tieOrder, tieOrderFor, serviceIds, budgetById };
  const lines = readLines(resolved, file);
  const published = readPublished(resolved, file);

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
    checkSelector: (of, path) => checkSelector(resolved, file, of, path),
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
  checkUnique(c, file.agreements ?? [], ['agreements'], 'agreement');
  const agreements = readAgreements({ c, years, partners, quantum, quantumText: ctx.quantumText, serviceIds, show }, file);

  if (c.issues.length > 0) return { issues: c.issues };
  return {
    scenario: {
      title: file.title,
      ...(file.source === undefined ? {} : { source: file.source }),
      settings: { currency: 'GBP', unit: s.unit, quantum, fteQuantum, firstYear: s.firstYear, years, tieOrder, ...(s.display === undefined ? {} : { display: s.display }) },
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
      agreements,
      file,
    },
  };
}
