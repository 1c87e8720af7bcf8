import type { InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import { readPerPartner, readSplit } from './_rules.js';
import { isAgreementClosing, readAgreementClosing } from './_agreement-closing.js';
import { refuseFteRemoved } from './_fte-removed-rule.js';
import { checkUnique } from './_unique-ids.js';
import type { PartnersRead } from './_partners.js';
import type { SettingsRead } from './_settings.js';
import type { Budget, Closing, PartnerAmounts, Service } from './types.js';

/** What the budget reader needs from the rest of the normaliser. */
export type BudgetContext = SettingsRead & Pick<PartnersRead, 'partners' | 'known'>;

type BudgetInput = ScenarioFile['services'][number]['budgets'][number];
type Convert = (v: string | number) => Decimal;

/** Reads the services and their budgets. A budget id is used once across all services, as lines name budgets alone. */
export function readServices(ctx: BudgetContext, file: ScenarioFile): { services: Service[]; budgets: Budget[] } {
  const { c } = ctx;
  checkUnique(c, file.services, ['services'], 'service');
  const budgetSeen = new Map<string, number>();
  const services: Service[] = [];
  const budgets: Budget[] = [];
  file.services.forEach((svc, si) => {
    checkUnique(c, svc.budgets, ['services', si, 'budgets'], 'budget', budgetSeen);
    services.push({ id: svc.id, name: svc.name, budgets: svc.budgets.map((b) => b.id) });
    svc.budgets.forEach((b, bi) => budgets.push(readBudget(ctx, file, b, svc.id, ['services', si, 'budgets', bi])));
  });
  return { services, budgets };
}

function readBudget(ctx: BudgetContext, file: ScenarioFile, b: BudgetInput, service: string, path: InputPath): Budget {
  const convert: Convert = (v) => (b.measure === 'money' ? ctx.c.pounds(v) : ctx.c.decimal(v));
  const starting = readAmounts(ctx, b.starting, [...path, 'starting'], 'a starting position', convert);
  const closing = b.closing === undefined ? undefined : isAgreementClosing(b.closing) ? readAgreementClosing(ctx, file, b, path) : readClosing(ctx, b, path, convert);
  if (b.measure !== 'money') checkNonNegative(ctx, b, path, starting, closing);
  return {
    id: b.id,
    name: b.name,
    service,
    measure: b.measure,
    basis: b.basis,
    ...(b.controllable === undefined ? {} : { controllable: b.controllable }),
    ...(b.fund === undefined ? {} : { fund: b.fund }),
    starting,
    ...(closing === undefined ? {} : { closing }),
  };
}

/** A position per partner, or as a total only where the file gives just "combined". */
function readAmounts(ctx: BudgetContext, input: Record<string, string | number> | { combined: string | number }, path: InputPath, what: string, convert: Convert): PartnerAmounts {
  if ('combined' in input && Object.keys(input).length === 1 && !ctx.known.has('combined')) {
    return { perPartner: null, total: convert(input.combined as string | number) };
  }
  const per = readPerPartner(ctx.c, input as Record<string, string | number>, ctx.partners, path, convert, what);
  return { perPartner: per, total: [...per.values()].reduce((a, x) => a.plus(x), new Decimal(0)) };
}

/** A closing position: per partner, a total only, or a combined total with the attribution that splits it. */
function readClosing(ctx: BudgetContext, b: BudgetInput, path: InputPath, convert: Convert): Closing | undefined {
  const { c, settings } = ctx;
  const cl = b.closing as Record<string, unknown>;
  // "combined" names the combined form (it can be no partner's id), so the record read as per-partner
  // amounts may still be a combined position whose rule the schema could not read as one.
  if ('combined' in cl && cl.attribution !== undefined && (typeof cl.attribution !== 'object' || cl.attribution === null || Array.isArray(cl.attribution))) {
    c.add('E_SCHEMA', [...path, 'closing', 'attribution'], 'an attribution rule, such as {"rule": "equal"}', cl.attribution);
    return undefined;
  }
  if (!('combined' in cl) || cl.attribution === undefined) {
    return { kind: 'amounts', amounts: readAmounts(ctx, b.closing as never, [...path, 'closing'], 'a closing position', convert) };
  }
  const money = b.measure === 'money';
  const total = convert(cl.combined as string | number);
  const split = readSplit(c, cl.attribution as never, total, ctx.partners, [...path, 'closing', 'attribution'], convert, ctx.show);
  if (split.kind === 'rule') {
    // Apportioned to the scenario's quantum (money) or the FTE quantum (FTE, heads), so it must sit on it.
    const [q, qText] = money ? [ctx.quantum, `${settings.quantum} (${settings.unit})`] : [ctx.fteQuantum, `${settings.fteQuantum} ${b.measure}`];
    c.onQuantum(total, q, [...path, 'closing', 'combined'], cl.combined, qText);
    if (!money && total.isNegative()) c.add('E_NEGATIVE', [...path, 'closing', 'combined'], `a non-negative ${b.measure}`, cl.combined);
  }
  refuseFteRemoved(c, split, [...path, 'closing', 'attribution']);
  if (split.kind === 'rule') return { kind: 'combined', total, rule: split.rule };
  if (split.kind === 'fixed') return { kind: 'amounts', amounts: { perPartner: split.perPartner, total } };
  return undefined;
}

/** FTE and heads count people, so no position of theirs may be negative. */
function checkNonNegative(ctx: BudgetContext, b: BudgetInput, path: InputPath, starting: PartnerAmounts, closing: Closing | undefined): void {
  const { c } = ctx;
  const negatives = [...(starting.perPartner?.entries() ?? [])].filter(([, v]) => v.isNegative());
  for (const [id, v] of negatives) c.add('E_NEGATIVE', [...path, 'starting', id], `a non-negative ${b.measure}`, v.toString());
  if (starting.total.isNegative()) c.add('E_NEGATIVE', [...path, 'starting'], `a non-negative ${b.measure}`, starting.total.toString());
  if (closing?.kind === 'amounts') {
    for (const [id, v] of closing.amounts.perPartner ?? []) if (v.isNegative()) c.add('E_NEGATIVE', [...path, 'closing', id], `a non-negative ${b.measure}`, v.toString());
  }
}
