import type { InputPath, Issue } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/scenario.js';
import { readSplit } from './_rules.js';
import { refuseFteRemoved } from './_fte-removed-rule.js';
import { readAppraisal, readContext, readCosts, readFunding, readIndirect, readStaffing, type ExtrasContext } from './_extras.js';
import { readCoalitions } from './_coalitions.js';
import { readSettings } from './_settings.js';
import { readPartners } from './_partners.js';
import { readServices } from './_budgets.js';
import { readPhasing } from './_phasing.js';
import { checkUnique } from './_unique-ids.js';
import type { Line, PublishedFigure, Scenario, Service, Split } from './types.js';

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

  // Lines
  checkUnique(c, file.lines, ['lines'], 'line');
  const lines: Line[] = file.lines.map((l, li) => readLine(l, li));

  function derivedTotal(budgetId: string, path: InputPath, measure: 'money' | 'fte'): Decimal | undefined {
    const b = budgetById.get(budgetId);
    if (b === undefined) {
      c.add('E_UNKNOWN_REFERENCE', path, `a budget id (${[...budgetById.keys()].join(', ') || 'none defined'})`, budgetId);
      return undefined;
    }
    const wanted = measure === 'money' ? 'money' : 'fte';
    if (b.measure !== wanted) c.addText('E_MEASURE', path, `a ${wanted} budget`, `"${budgetId}", a ${b.measure} budget`);
    if (b.closing === undefined) c.addText('E_MISSING', path, `a budget with a closing position`, `"${budgetId}" has none`);
    if (b.starting.perPartner === null) c.addText('E_MISSING', path, `a budget with a starting position per partner`, `"${budgetId}" has a total only`);
    if (b.closing?.kind === 'amounts' && b.closing.amounts.perPartner === null) c.addText('E_MISSING', path, `a budget with a closing position per partner or apportioned`, `"${budgetId}" has a total only`);
    const closingTotal = b.closing === undefined ? new Decimal(0) : b.closing.kind === 'combined' ? b.closing.total : b.closing.amounts.total;
    return b.starting.total.minus(closingTotal);
  }

  function readLine(l: ScenarioFile['lines'][number], li: number): Line {
    const path: InputPath = ['lines', li];
    if (l.service !== undefined && !serviceIds.has(l.service)) c.add('E_UNKNOWN_REFERENCE', [...path, 'service'], `a service id (${[...serviceIds].join(', ') || 'none defined'})`, l.service);
    const lineQuantum = l.quantum === undefined ? quantum : c.pounds(l.quantum);
    if (l.quantum !== undefined && (!lineQuantum.isPositive() || lineQuantum.isZero())) c.add('E_OPTION', [...path, 'quantum'], 'a positive quantum', l.quantum);
    const quantumText = `${l.quantum ?? s.quantum} (${s.unit})`;
    const convert = (v: string | number): Decimal => c.pounds(v);
    let money: Split;
    let total: Decimal | undefined;
    if (l.from !== undefined) {
      if (l.amount !== undefined) c.addText('E_CONFLICT', [...path, 'amount'], 'either an amount or "from", not both', 'both');
      if (l.attribution !== undefined) c.addText('E_CONFLICT', [...path, 'attribution'], 'no attribution on a line derived from a budget (the budget says where it falls)', 'an attribution');
      total = derivedTotal(l.from.budget, [...path, 'from', 'budget'], 'money');
      money = { kind: 'derived', budget: l.from.budget };
      const b = budgetById.get(l.from.budget);
      for (const [id, v] of [...(b?.starting.perPartner ?? []), ...(b?.closing?.kind === 'amounts' ? (b.closing.amounts.perPartner ?? []) : [])]) {
        c.onQuantum(v, lineQuantum, [...path, 'from', 'budget'], `${show(v)} for ${id} in budget "${l.from.budget}"`, quantumText);
      }
    } else {
      if (l.amount !== undefined) {
        total = c.pounds(l.amount);
        c.onQuantum(total, lineQuantum, [...path, 'amount'], l.amount, quantumText);
      }
      const rule = l.attribution ?? { rule: 'equal' as const };
      money = readSplit(c, rule, total, partners, [...path, 'attribution'], convert, show);
      refuseFteRemoved(c, money, [...path, 'attribution']);
      if (money.kind === 'fixed') {
        for (const [id, v] of money.perPartner) c.onQuantum(v, lineQuantum, [...path, 'attribution', 'amounts', id], show(v), quantumText);
        total ??= [...money.perPartner.values()].reduce((a, b) => a.plus(b), new Decimal(0));
      }
    }
    let fte: Split | undefined;
    if (l.fte !== undefined) {
      if ('from' in l.fte) {
        derivedTotal(l.fte.from.budget, [...path, 'fte', 'from', 'budget'], 'fte');
        fte = { kind: 'derived', budget: l.fte.from.budget };
        const b = budgetById.get(l.fte.from.budget);
        if (b?.measure === 'fte') {
          for (const [id, v] of [...(b.starting.perPartner ?? []), ...(b.closing?.kind === 'amounts' ? (b.closing.amounts.perPartner ?? []) : [])]) {
            c.onQuantum(v, fteQuantum, [...path, 'fte', 'from', 'budget'], `${v.toString()} for ${id} in budget "${b.id}"`, `${s.fteQuantum} FTE`);
          }
        }
      } else {
        const fteTotal = c.decimal(l.fte.amount);
        c.onQuantum(fteTotal, fteQuantum, [...path, 'fte', 'amount'], l.fte.amount, `${s.fteQuantum} FTE`);
        fte = readSplit(c, l.fte.attribution ?? l.attribution ?? { rule: 'equal' }, fteTotal, partners, [...path, 'fte', 'attribution'], (v) => c.decimal(v), (d) => d.toString());
        refuseFteRemoved(c, fte, [...path, 'fte', 'attribution']);
        if (fte.kind === 'fixed') {
          for (const [id, v] of fte.perPartner) c.onQuantum(v, fteQuantum, [...path, 'fte', 'attribution', 'amounts', id], v.toString(), `${s.fteQuantum} FTE`);
        }
      }
    }
    const phasing = readPhasing(read, l.phasing, total, lineQuantum, [...path, 'phasing'], quantumText);
    return {
      id: l.id,
      name: l.name,
      ...(l.service === undefined ? {} : { service: l.service }),
      kind: l.kind,
      tier: l.tier,
      category: l.category,
      fund: l.fund,
      recurrence: l.recurrence,
      ...(l.basis === undefined ? {} : { basis: l.basis }),
      money,
      ...(fte === undefined ? {} : { fte }),
      phasing,
      quantum: lineQuantum,
      tieOrder: l.tieOrder === undefined ? tieOrder : tieOrderFor(l.tieOrder, [...path, 'tieOrder']),
    };
  }

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

