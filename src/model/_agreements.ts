import type { InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { AgreementAttributionInput, AgreementRuleInput, ScenarioFile } from '../schema/index.js';
import { checkAgreementSchedule, type ScheduleContext, type StepPaths } from './_agreement-checks.js';
import { readDate, yearBoundsOf, yearIndexOf } from './_dates.js';
import { readRule } from './_rules.js';
import { dateFromDay } from './days.js';
import type { Agreement, AgreementCost, DriverYear, ScheduleStep } from './types.js';

/** What reading the agreements needs from the rest of the scenario. */
export interface AgreementsContext extends ScheduleContext {
  /** Quantum in pounds, and as the file states it for messages. */
  readonly quantum: Decimal;
  readonly quantumText: string;
  readonly serviceIds: ReadonlySet<string>;
  readonly show: (d: Decimal) => string;
}

type FileAgreement = NonNullable<ScenarioFile['agreements']>[number];

const yearsText = (years: readonly string[]): string => `a year from ${years[0]} to ${years[years.length - 1]}`;

/** An amount in the scenario unit, in pounds, on the quantum. */
function money(ctx: AgreementsContext, value: string | number, path: InputPath): Decimal {
  const pounds = ctx.c.pounds(value);
  ctx.c.onQuantum(pounds, ctx.quantum, path, value, ctx.quantumText);
  return pounds;
}

/** The running costs: a year of the scenario each, once; net, or gross and income; net = gross − income where all three are stated. */
function readCosts(ctx: AgreementsContext, a: FileAgreement, path: InputPath): AgreementCost[] {
  const { c, years, show } = ctx;
  const seen = new Set<number>();
  const out: AgreementCost[] = [];
  a.costs.forEach((k, i) => {
    const at = [...path, 'costs', i];
    const yearIndex = yearIndexOf(years, k.year);
    if (yearIndex < 0 || yearIndex >= years.length) c.addText('E_YEAR', [...at, 'year'], yearsText(years), `"${k.year}"`);
    else if (seen.has(yearIndex)) c.add('E_DUPLICATE_YEAR', [...at, 'year'], 'each year once', k.year);
    seen.add(yearIndex);
    const gross = k.gross === undefined ? undefined : money(ctx, k.gross, [...at, 'gross']);
    const income = k.income === undefined ? undefined : money(ctx, k.income, [...at, 'income']);
    const stated = k.net === undefined ? undefined : money(ctx, k.net, [...at, 'net']);
    if (gross === undefined && income !== undefined) c.addText('E_MISSING', [...at, 'gross'], 'a gross cost beside the income', 'income without a gross');
    if (gross === undefined && stated === undefined) {
      c.addText('E_MISSING', at, 'a net cost, or a gross (and income)', 'neither');
      return;
    }
    const derived = gross === undefined ? undefined : gross.minus(income ?? new Decimal(0));
    if (derived !== undefined && stated !== undefined && !derived.equals(stated)) {
      const gap = derived.minus(stated);
      c.addText('E_SUM', [...at, 'net'], `gross − income, ${show(derived)}`, `${show(stated)} (${gap.isPositive() ? 'short' : 'over'} by ${show(gap.abs())})`);
    }
    out.push({ yearIndex, ...(gross === undefined ? {} : { gross, income: income ?? new Decimal(0) }), net: stated ?? derived! });
  });
  return out.sort((x, y) => x.yearIndex - y.yearIndex);
}

/** Stand-alone costs per partner: known partners, once (every year) or by year (years of the scenario). */
function readStandAlone(ctx: AgreementsContext, record: NonNullable<FileAgreement['standAlone']>, path: InputPath): Map<string, (Decimal | undefined)[]> {
  const { c, years, partners } = ctx;
  const known = new Set(partners.map((p) => p.id));
  for (const key of Object.keys(record)) {
    if (!known.has(key)) c.add('E_UNKNOWN_REFERENCE', [...path, key], `a partner id (${[...known].join(', ')})`, key);
  }
  const out = new Map<string, (Decimal | undefined)[]>();
  for (const p of partners) {
    if (!Object.prototype.hasOwnProperty.call(record, p.id)) continue;
    const value = record[p.id]!;
    if (typeof value !== 'object') {
      const once = money(ctx, value, [...path, p.id]);
      out.set(p.id, years.map(() => once));
      continue;
    }
    const byYear: (Decimal | undefined)[] = years.map(() => undefined);
    for (const label of Object.keys(value)) {
      const at = yearIndexOf(years, label);
      if (at < 0 || at >= years.length) c.addText('E_YEAR', [...path, p.id, label], yearsText(years), `"${label}"`);
      else byYear[at] = money(ctx, value[label]!, [...path, p.id, label]);
    }
    out.set(p.id, byYear);
  }
  return out;
}

function driverYearOf(years: readonly string[], input: AgreementRuleInput): DriverYear | undefined {
  if (!('driverYear' in input) || input.driverYear === undefined) return undefined;
  return typeof input.driverYear === 'number' ? { offset: input.driverYear } : { year: yearIndexOf(years, input.driverYear) };
}

/**
 * The schedule of an agreement's rule: a plain rule is one step from 1 April of the first year; a
 * schedule's steps start on 1 April of their year or on a date within it, strictly in order. Returns
 * the steps and where each was written, or undefined where the dates cannot make a schedule.
 */
export function readSchedule(ctx: AgreementsContext, input: AgreementAttributionInput, path: InputPath): { steps: ScheduleStep[]; paths: StepPaths[] } | undefined {
  const { c, years, partners } = ctx;
  const rule = (r: AgreementRuleInput, at: InputPath): ScheduleStep['rule'] => readRule(c, r, partners, at, { agreement: true });
  const first = yearBoundsOf(years, 0).start;
  if (input.rule !== 'schedule') {
    const driverYear = driverYearOf(years, input);
    return { steps: [{ from: first, rule: rule(input, path), ...(driverYear === undefined ? {} : { driverYear }) }], paths: [{ rule: path }] };
  }
  let usable = true;
  const steps: ScheduleStep[] = [];
  const paths: StepPaths[] = [];
  input.steps.forEach((s, k) => {
    const at = [...path, 'steps', k];
    const yearIndex = yearIndexOf(years, s.year);
    const r = rule(s.attribution, [...at, 'attribution']);
    if (yearIndex < 0 || yearIndex >= years.length) {
      c.addText('E_YEAR', [...at, 'year'], yearsText(years), `"${s.year}"`);
      usable = false;
      return;
    }
    const { start, end } = yearBoundsOf(years, yearIndex);
    const from = s.from === undefined ? start : readDate(s.from);
    if (from < start || from >= end) {
      c.addText('E_YEAR', [...at, 'from'], `a date within ${s.year} (${dateFromDay(start)} to ${dateFromDay(end - 1)})`, `"${s.from!}", a date outside its year`);
      usable = false;
      return;
    }
    const before = steps[steps.length - 1];
    if (before !== undefined && from <= before.from) {
      const how = from === before.from ? `a step from ${dateFromDay(from)} too` : `a step from ${dateFromDay(from)}, before it`;
      c.addText('E_RANGE', at, `a step starting after the one before it (steps[${paths[paths.length - 1]!.index ?? 0}], from ${dateFromDay(before.from)})`, `${how}: overlapping rules`);
      usable = false;
    }
    if (k === 0 && from > first) {
      c.addText('E_MISSING', at, `a first step from 1 April of the first year (${dateFromDay(first)})`, `a first step from ${dateFromDay(from)}: no rule before it`);
      usable = false;
    }
    const driverYear = driverYearOf(years, s.attribution);
    steps.push({ from, rule: r, ...(driverYear === undefined ? {} : { driverYear }) });
    paths.push({ rule: [...at, 'attribution'], index: k });
  });
  return usable ? { steps, paths } : undefined;
}

/** Reads the cost-sharing agreements, checking each schedule against the drivers and memberships as the time kernel will. */
export function readAgreements(ctx: AgreementsContext, file: ScenarioFile): Agreement[] {
  const out: Agreement[] = [];
  (file.agreements ?? []).forEach((a, i) => {
    const path: InputPath = ['agreements', i];
    if (a.service !== undefined && !ctx.serviceIds.has(a.service)) {
      ctx.c.addText('E_UNKNOWN_REFERENCE', [...path, 'service'], `a service id (${[...ctx.serviceIds].join(', ') || 'none stated'})`, `"${a.service}"`);
    }
    const costs = readCosts(ctx, a, path);
    const standAlone = a.standAlone === undefined ? undefined : readStandAlone(ctx, a.standAlone, [...path, 'standAlone']);
    const schedule = readSchedule(ctx, a.attribution, [...path, 'attribution']);
    if (schedule !== undefined) checkAgreementSchedule(ctx, path, schedule.steps, schedule.paths);
    out.push({
      id: a.id,
      name: a.name,
      ...(a.service === undefined ? {} : { service: a.service }),
      ...(a.basis === undefined ? {} : { basis: a.basis }),
      ...(a.note === undefined ? {} : { note: a.note }),
      costs,
      schedule: schedule?.steps ?? [],
      ...(standAlone === undefined ? {} : { standAlone }),
    });
  });
  return out;
}
