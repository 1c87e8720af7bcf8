import type { InputPath } from '../errors/index.js';
import { Decimal, formatMoney } from '../money/index.js';
import { TIERS, type ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import { readTimedSplit } from './_lines.js';
import { readAppraisalSettings } from './_appraisal-settings.js';
import type { AppraisalSettings, ContextFigure, Cost, Funding, IndirectSaving, Partner, Phasing, StaffingEffect, Tier } from './types.js';

/** What the costs, funding, indirect savings, staffing and context readers need from the rest. */
export interface ExtrasContext {
  readonly c: Collector;
  readonly years: readonly string[];
  readonly partners: readonly Partner[];
  readonly quantum: Decimal;
  readonly quantumText: string;
  readonly lineIds: ReadonlySet<string>;
  readonly serviceIds: ReadonlySet<string>;
  readonly show: (d: Decimal) => string;
  readonly tieOrder: readonly string[];
  readonly checkSelector: (of: ScenarioFile['published'][number]['of'], path: InputPath) => void;
  readonly readPhasing: (input: ScenarioFile['lines'][number]['phasing'], total: Decimal | undefined, q: Decimal, path: InputPath, quantumText: string) => Phasing;
}

function yearsFrom(ctx: ExtrasContext, start: string | undefined, count: number, path: InputPath): number[] {
  const first = start === undefined ? 0 : ctx.years.indexOf(start);
  if (first < 0) ctx.c.addText('E_YEAR', [...path, 'start'], `a year from ${ctx.years[0]} to ${ctx.years[ctx.years.length - 1]}`, `"${start}"`);
  if (first >= 0 && first + count > ctx.years.length) {
    ctx.c.addText('E_YEAR', [...path, 'years'], `years within the scenario (to ${ctx.years[ctx.years.length - 1]})`, `${count} years from ${ctx.years[first]}`);
  }
  return Array.from({ length: count }, (_, i) => Math.max(first, 0) + i).filter((y) => y < ctx.years.length);
}

export function readCosts(ctx: ExtrasContext, file: ScenarioFile): Cost[] {
  const { c } = ctx;
  return file.costs.map((k, i): Cost => {
    const path: InputPath = ['costs', i];
    const base = { id: k.id, name: k.name, type: k.type, quantum: ctx.quantum, tieOrder: ctx.tieOrder, ...(k.note === undefined ? {} : { note: k.note }) };
    const stated = [k.amount, k.amountPerYear, k.costPerHead].filter((x) => x !== undefined).length;
    if (k.unquantified === true) {
      if (stated > 0) c.addText('E_CONFLICT', [...path, 'unquantified'], 'no amount on an unquantified cost', 'an amount as well');
      return { ...base, unquantified: true, phasing: { kind: 'shares', years: [] } };
    }
    if (stated !== 1) c.addText('E_MISSING', path, 'exactly one of amount, amountPerYear (with years) or heads with costPerHead (or "unquantified": true)', stated === 0 ? 'none' : 'several');
    let total: Decimal | undefined;
    let basis: string | undefined;
    let phasing: Phasing | undefined;
    if (k.costPerHead !== undefined) {
      if (k.heads === undefined) c.addText('E_MISSING', [...path, 'heads'], 'the number of staff exiting', 'none');
      const heads = c.decimal(k.heads ?? 0);
      total = heads.times(c.pounds(k.costPerHead));
      basis = `${heads.toString()} × ${formatMoney(c.pounds(k.costPerHead))} per head`;
    } else if (k.amountPerYear !== undefined) {
      if (k.years === undefined) c.addText('E_MISSING', [...path, 'years'], 'how many years the cost runs', 'none');
      const perYear = c.pounds(k.amountPerYear);
      const ys = yearsFrom(ctx, k.start, k.years ?? 1, path);
      total = perYear.times(ys.length);
      basis = `${formatMoney(perYear)} a year for ${ys.length} year${ys.length === 1 ? '' : 's'}`;
      phasing = { kind: 'amounts', years: ys.map((y) => ({ year: y, amount: perYear })) };
      if (k.phasing !== undefined) c.addText('E_CONFLICT', [...path, 'phasing'], 'no phasing with amountPerYear (the years give it)', 'a phasing');
    } else if (k.amount !== undefined) total = c.pounds(k.amount);
    if (total !== undefined) c.onQuantum(total, ctx.quantum, [...path, 'amount'], ctx.show(total), ctx.quantumText);
    if (phasing === undefined) {
      phasing = k.phasing === undefined && k.start !== undefined
        ? { kind: 'shares', years: yearsFrom(ctx, k.start, 1, path).map((y) => ({ year: y, share: new Decimal(1) })) }
        : ctx.readPhasing(k.phasing, total, ctx.quantum, [...path, 'phasing'], ctx.quantumText);
    }
    const money = readTimedSplit(ctx, k.attribution ?? { rule: 'equal' }, total, [...path, 'attribution'], (v) => c.pounds(v), ctx.show);
    return { ...base, unquantified: false, ...(basis === undefined ? {} : { basis }), ...(k.heads === undefined ? {} : { heads: c.decimal(k.heads) }), money, phasing };
  });
}

export function readFunding(ctx: ExtrasContext, file: ScenarioFile, costIds: ReadonlySet<string>): Funding[] {
  return file.funding.map((f, i) => {
    f.offsets.forEach((id, j) => {
      if (!costIds.has(id)) ctx.c.add('E_UNKNOWN_REFERENCE', ['funding', i, 'offsets', j], 'the id of a cost', id);
    });
    if (f.amount === undefined && f.unquantified !== true) ctx.c.addText('E_MISSING', ['funding', i, 'amount'], 'an amount, or "unquantified": true', 'neither');
    const amount = f.amount === undefined ? undefined : ctx.c.pounds(f.amount);
    if (amount !== undefined) ctx.c.onQuantum(amount, ctx.quantum, ['funding', i, 'amount'], f.amount, ctx.quantumText);
    return { id: f.id, name: f.name, confirmed: f.confirmed, offsets: f.offsets, ...(amount === undefined ? {} : { amount }), ...(f.note === undefined ? {} : { note: f.note }) };
  });
}

export function readIndirect(ctx: ExtrasContext, file: ScenarioFile): IndirectSaving[] {
  return file.indirect.map((x, i) => {
    const low = ctx.c.pounds(x.low);
    const high = ctx.c.pounds(x.high);
    if (high.lessThan(low)) ctx.c.addText('E_RANGE', ['indirect', i, 'high'], `a high rate at least the low rate (${x.low})`, String(x.high));
    const central = x.central === undefined ? low.plus(high).dividedBy(2) : ctx.c.pounds(x.central);
    if (central.lessThan(low) || central.greaterThan(high)) ctx.c.addText('E_RANGE', ['indirect', i, 'central'], 'a central rate between the low and the high', String(x.central));
    const driverValue = x.driverValue === undefined ? undefined : ctx.c.decimal(x.driverValue);
    return { id: x.id, name: x.name, driver: x.driver, low, central, high, ...(driverValue === undefined ? {} : { driverValue }), tier: x.tier, ...(x.note === undefined ? {} : { note: x.note }) };
  });
}

export function readStaffing(ctx: ExtrasContext, file: ScenarioFile): StaffingEffect[] {
  const known = new Set(ctx.partners.map((p) => p.id));
  return file.staffing.map((s, i) => {
    const path: InputPath = ['staffing', i];
    if (s.line !== undefined && !ctx.lineIds.has(s.line)) ctx.c.add('E_UNKNOWN_REFERENCE', [...path, 'line'], 'a line id', s.line);
    if (s.service !== undefined && !ctx.serviceIds.has(s.service)) ctx.c.add('E_UNKNOWN_REFERENCE', [...path, 'service'], 'a service id', s.service);
    if (s.partner !== undefined && !known.has(s.partner)) ctx.c.add('E_UNKNOWN_REFERENCE', [...path, 'partner'], 'a partner id', s.partner);
    s.reductions.forEach((r, j) => {
      if (!ctx.years.includes(r.year)) ctx.c.addText('E_YEAR', [...path, 'reductions', j, 'year'], `a year from ${ctx.years[0]} to ${ctx.years[ctx.years.length - 1]}`, `"${r.year}"`);
    });
    const d = (v: string | number | undefined): Decimal | undefined => (v === undefined ? undefined : ctx.c.decimal(v));
    const opt = <K extends string>(k: K, v: Decimal | undefined): Partial<Record<K, Decimal>> => (v === undefined ? {} : ({ [k]: v } as Record<K, Decimal>));
    return {
      index: i,
      ...(s.line === undefined ? {} : { line: s.line }),
      ...(s.service === undefined ? {} : { service: s.service }),
      ...(s.partner === undefined ? {} : { partner: s.partner }),
      ...opt('fte', d(s.fte)),
      ...opt('headcount', d(s.headcount)),
      reductions: s.reductions.map((r) => ({ year: r.year, fte: ctx.c.decimal(r.fte) })),
      ...opt('vacancies', d(s.vacancies)),
      ...opt('vrRequests', d(s.vrRequests)),
    };
  });
}

export function readContext(ctx: ExtrasContext, file: ScenarioFile): ContextFigure[] {
  file.context.forEach((x, i) => ctx.checkSelector(x.of, ['context', i, 'of']));
  return file.context.map((x) => ({
    id: x.id,
    label: x.label,
    measure: x.measure,
    reduction: x.measure === 'money' ? ctx.c.pounds(x.reduction) : ctx.c.decimal(x.reduction),
    of: { ...x.of, measure: x.of.measure ?? x.measure },
  }));
}

export function readAppraisal(ctx: ExtrasContext, file: ScenarioFile): AppraisalSettings {
  return readAppraisalSettings(ctx.c, file.appraisal, ['appraisal']);
}
