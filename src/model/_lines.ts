import type { InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { AgreementAttributionInput, AttributionRuleInput, LineAttributionInput, ScenarioFile } from '../schema/index.js';
import { checkAgreementSchedule } from './_agreement-checks.js';
import { readSchedule, type AgreementsContext } from './_agreements.js';
import { readSplit } from './_rules.js';
import { refuseFteRemoved } from './_fte-removed-rule.js';
import { readPhasing } from './_phasing.js';
import type { PartnersRead } from './_partners.js';
import type { SettingsRead } from './_settings.js';
import { checkUnique } from './_unique-ids.js';
import type { Budget, Line, Partner, Split } from './types.js';

/** What the line reader needs from the rest of the normaliser. */
export type LineContext = SettingsRead &
  PartnersRead & {
    readonly serviceIds: ReadonlySet<string>;
    readonly budgetById: ReadonlyMap<string, Budget>;
  };

type LineInput = ScenarioFile['lines'][number];

/** Reads the savings lines: ids once each, every reference resolved, every amount on its quantum. */
export function readLines(ctx: LineContext, file: ScenarioFile): Line[] {
  checkUnique(ctx.c, file.lines, ['lines'], 'line');
  return file.lines.map((l, li) => readLine(ctx, l, li));
}

function readLine(ctx: LineContext, l: LineInput, li: number): Line {
  const { c, settings: s, serviceIds } = ctx;
  const path: InputPath = ['lines', li];
  if (l.service !== undefined && !serviceIds.has(l.service)) c.add('E_UNKNOWN_REFERENCE', [...path, 'service'], `a service id (${[...serviceIds].join(', ') || 'none defined'})`, l.service);
  const lineQuantum = l.quantum === undefined ? ctx.quantum : c.pounds(l.quantum);
  if (l.quantum !== undefined && (!lineQuantum.isPositive() || lineQuantum.isZero())) c.add('E_OPTION', [...path, 'quantum'], 'a positive quantum', l.quantum);
  const quantumText = `${l.quantum ?? s.quantum} (${s.unit})`;
  const { money, total } = readMoney(ctx, l, path, lineQuantum, quantumText);
  const fte = l.fte === undefined ? undefined : readFte(ctx, l, l.fte, path);
  const phasing = readPhasing(ctx, l.phasing, total, lineQuantum, [...path, 'phasing'], quantumText);
  // Built key by key in the order a reader sees (the order of the Line type), without spreading an
  // object per optional key: a file of many lines makes one of these per line.
  const line: { -readonly [K in keyof Line]: Line[K] } = { id: l.id, name: l.name } as Line;
  if (l.service !== undefined) line.service = l.service;
  line.kind = l.kind;
  line.tier = l.tier;
  line.category = l.category;
  line.fund = l.fund;
  line.recurrence = l.recurrence;
  if (l.basis !== undefined) line.basis = l.basis;
  line.money = money;
  if (fte !== undefined) line.fte = fte;
  line.phasing = phasing;
  line.quantum = lineQuantum;
  line.tieOrder = l.tieOrder === undefined ? ctx.tieOrder : ctx.tieOrderFor(l.tieOrder, [...path, 'tieOrder']);
  if (l.needs !== undefined) line.needs = readNeeds(ctx, l.needs, [...path, 'needs']);
  return line;
}

/** The partners a line depends on: each a partner of the scenario, named once. */
function readNeeds(ctx: LineContext, needs: readonly string[], path: InputPath): string[] {
  const seen = new Set<string>();
  needs.forEach((id, i) => {
    if (!ctx.known.has(id)) ctx.c.add('E_UNKNOWN_REFERENCE', [...path, i], `a partner id (${[...ctx.known].join(', ')})`, id);
    else if (seen.has(id)) ctx.c.addText('E_DUPLICATE_ID', [...path, i], 'each partner named once', `"${id}" again`);
    seen.add(id);
  });
  return [...seen];
}

/** A line's money: derived from a budget, or an amount split by its attribution. The total is unknown where only per-partner amounts are. */
function readMoney(ctx: LineContext, l: LineInput, path: InputPath, lineQuantum: Decimal, quantumText: string): { money: Split; total: Decimal | undefined } {
  const { c, show } = ctx;
  if (l.from !== undefined) {
    if (l.amount !== undefined) c.addText('E_CONFLICT', [...path, 'amount'], 'either an amount or "from", not both', 'both');
    if (l.attribution !== undefined) c.addText('E_CONFLICT', [...path, 'attribution'], 'no attribution on a line derived from a budget (the budget says where it falls)', 'an attribution');
    const total = derivedTotal(ctx, l.from.budget, [...path, 'from', 'budget'], 'money');
    for (const [id, v] of statedPositions(ctx.budgetById.get(l.from.budget))) {
      c.onQuantum(v, lineQuantum, [...path, 'from', 'budget'], `${show(v)} for ${id} in budget "${l.from.budget}"`, quantumText);
    }
    return { money: { kind: 'derived', budget: l.from.budget }, total };
  }
  let total: Decimal | undefined;
  if (l.amount !== undefined) {
    total = c.pounds(l.amount);
    c.onQuantum(total, lineQuantum, () => [...path, 'amount'], l.amount, quantumText);
  }
  const money = readTimedSplit(timeContext(ctx), l.attribution ?? { rule: 'equal' as const }, total, [...path, 'attribution'], (v) => c.pounds(v), show);
  refuseFteRemoved(c, money, [...path, 'attribution']);
  if (money.kind === 'fixed') {
    for (const [id, v] of money.perPartner) c.onQuantum(v, lineQuantum, [...path, 'attribution', 'amounts', id], show(v), quantumText);
    total ??= [...money.perPartner.values()].reduce((a, b) => a.plus(b), new Decimal(0));
  }
  return { money, total };
}

/** A line's FTE: derived from an FTE budget, or an amount split by its own attribution (else the line's). */
function readFte(ctx: LineContext, l: LineInput, input: NonNullable<LineInput['fte']>, path: InputPath): Split {
  const { c, settings: s, fteQuantum } = ctx;
  if ('from' in input) {
    derivedTotal(ctx, input.from.budget, [...path, 'fte', 'from', 'budget'], 'fte');
    const b = ctx.budgetById.get(input.from.budget);
    if (b?.measure === 'fte') {
      for (const [id, v] of statedPositions(b)) {
        c.onQuantum(v, fteQuantum, [...path, 'fte', 'from', 'budget'], `${v.toString()} for ${id} in budget "${b.id}"`, `${s.fteQuantum} FTE`);
      }
    }
    return { kind: 'derived', budget: input.from.budget };
  }
  const fteTotal = c.decimal(input.amount);
  c.onQuantum(fteTotal, fteQuantum, [...path, 'fte', 'amount'], input.amount, `${s.fteQuantum} FTE`);
  const fte = readTimedSplit(timeContext(ctx), input.attribution ?? l.attribution ?? { rule: 'equal' }, fteTotal, [...path, 'fte', 'attribution'], (v) => c.decimal(v), (d) => d.toString());
  refuseFteRemoved(c, fte, [...path, 'fte', 'attribution']);
  if (fte.kind === 'fixed') {
    for (const [id, v] of fte.perPartner) c.onQuantum(v, fteQuantum, [...path, 'fte', 'attribution', 'amounts', id], v.toString(), `${s.fteQuantum} FTE`);
  }
  return fte;
}

/**
 * The change in a budget a line is derived from (starting − closing), once the budget is known to exist,
 * to be of the line's measure, and to have the positions per partner that the change is split by.
 */
function derivedTotal(ctx: LineContext, budgetId: string, path: InputPath, measure: 'money' | 'fte'): Decimal | undefined {
  const { c, budgetById } = ctx;
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
  const closingTotal = b.closing === undefined ? new Decimal(0) : b.closing.kind === 'amounts' ? b.closing.amounts.total : b.closing.total;
  return b.starting.total.minus(closingTotal);
}

/** A budget's positions as stated per partner (starting, then closing), which a derived line's quantum must fit. */
function statedPositions(b: Budget | undefined): [string, Decimal][] {
  return [...(b?.starting.perPartner ?? []), ...(b?.closing?.kind === 'amounts' ? (b.closing.amounts.perPartner ?? []) : [])];
}

const timeContexts = new WeakMap<LineContext, AgreementsContext>();

/** The reading context of a schedule, from the line reader's (made once per context: every line asks). */
function timeContext(ctx: LineContext): AgreementsContext {
  let t = timeContexts.get(ctx);
  if (t === undefined) {
    t = { c: ctx.c, years: ctx.years, partners: ctx.partners, quantum: ctx.quantum, quantumText: `${ctx.settings.quantum} (${ctx.settings.unit})`, serviceIds: ctx.serviceIds, show: ctx.show };
    timeContexts.set(ctx, t);
  }
  return t;
}

/** The metrics a rule reads, through its blend's parts. */
function metricsRead(input: LineAttributionInput): string[] {
  switch (input.rule) {
    case 'metric':
      return [input.metric];
    case 'blend':
      return input.parts.flatMap((p) => metricsRead(p.attribution));
    case 'schedule':
      return input.steps.flatMap((s) => metricsRead(s.attribution));
    default:
      return [];
  }
}

/** Whether a rule (or a part of a blend) splits by FTE removed or by stated amounts, which keep today's reading. */
function untimed(input: LineAttributionInput): boolean {
  if (input.rule === 'actual' || input.rule === 'fte-removed') return true;
  return input.rule === 'blend' && input.parts.some((p) => untimed(p.attribution));
}

/**
 * Whether a line's (or a cost's) rule is split year by year by the time kernel: a schedule, a rule that
 * reads another year's drivers or a metric stated by year, or any rule where the scenario states when a
 * partner is a party (so that no partner has a share of a year it is never a party in). An `actual` or
 * `fte-removed` rule never is.
 */
function isTimed(input: LineAttributionInput, partners: readonly Partner[]): boolean {
  if (input.rule === 'schedule') return true;
  if (untimed(input)) return false;
  const { anyMembership, metricsByYear } = partnersTiming(partners);
  if (anyMembership) return true;
  if ('driverYear' in input && input.driverYear !== undefined) return true;
  return metricsRead(input).some((m) => metricsByYear.has(m));
}

/** What {@link isTimed} asks of the partners, found once per list of partners (every line asks it). */
const timings = new WeakMap<readonly Partner[], { anyMembership: boolean; metricsByYear: ReadonlySet<string> }>();

function partnersTiming(partners: readonly Partner[]): { anyMembership: boolean; metricsByYear: ReadonlySet<string> } {
  let t = timings.get(partners);
  if (t === undefined) {
    t = { anyMembership: partners.some((p) => p.membership !== undefined), metricsByYear: new Set(partners.flatMap((p) => [...p.metricsByYear.keys()])) };
    timings.set(partners, t);
  }
  return t;
}

/**
 * Reads the split of a line or a one-off cost. A rule the time kernel must split (see {@link isTimed}) is
 * read as an agreement's is, with the same schedule checks at its paths; any other as it always was.
 */
export function readTimedSplit(ctx: AgreementsContext, input: LineAttributionInput, total: Decimal | undefined, path: InputPath, convert: (v: string | number) => Decimal, show: (d: Decimal) => string): Split {
  const { c, partners } = ctx;
  if (!isTimed(input, partners)) return readSplit(c, input as AttributionRuleInput, total, partners, path, convert, show);
  if (total === undefined) return readSplit(c, { rule: 'equal' }, total, partners, path, convert, show);
  // Neither `actual` nor `fte-removed` reaches here (isTimed), so the rule is one an agreement may state.
  const schedule = readSchedule(ctx, input as AgreementAttributionInput, path);
  if (schedule !== undefined) checkAgreementSchedule(ctx, path, schedule.steps, schedule.paths);
  const steps = schedule?.steps ?? [];
  return { kind: 'rule', total, rule: steps[0]?.rule ?? { kind: 'equal' }, schedule: steps };
}
