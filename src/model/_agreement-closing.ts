import type { InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { SettingsRead } from './_settings.js';
import type { Closing } from './types.js';

type BudgetInput = ScenarioFile['services'][number]['budgets'][number];

/** The closing form that names an agreement's contributions in a year (a year label is never an amount, so no per-partner record is mistaken for it). */
export function isAgreementClosing(closing: unknown): closing is { agreement: string; year: string } {
  if (typeof closing !== 'object' || closing === null) return false;
  const c = closing as Record<string, unknown>;
  return Object.keys(c).length === 2 && typeof c.agreement === 'string' && typeof c.year === 'string' && /^\d{4}\/\d{2}$/.test(c.year);
}

/**
 * A closing position read from a cost-sharing agreement: each partner's net contribution in one year of
 * it. The budget must count money, the agreement must exist and must state a running cost for the year;
 * the total is that year's net cost (net, or gross − income), which the contributions add up to. Where
 * a check fails the closing is still returned (total 0), so a line derived from the budget is not also
 * refused for lacking one: the scenario is refused for the first problem anyway.
 */
export function readAgreementClosing(ctx: Pick<SettingsRead, 'c' | 'years'>, file: ScenarioFile, b: BudgetInput, path: InputPath): Closing {
  const { c, years } = ctx;
  const cl = b.closing as { agreement: string; year: string };
  const at: InputPath = [...path, 'closing'];
  if (b.measure !== 'money') c.addText('E_MEASURE', at, 'a money budget (an agreement’s contributions are money)', `a budget of ${b.measure === 'fte' ? 'FTE' : b.measure}`);
  const agreements = file.agreements ?? [];
  const yearIndex = years.indexOf(cl.year);
  const agreement = agreements.find((a) => a.id === cl.agreement);
  if (agreement === undefined) {
    c.add('E_UNKNOWN_REFERENCE', [...at, 'agreement'], `an agreement id (${agreements.map((a) => a.id).join(', ') || 'none defined'})`, cl.agreement);
    return { kind: 'agreement', agreement: cl.agreement, yearIndex, total: new Decimal(0) };
  }
  const cost = yearIndex < 0 ? undefined : agreement.costs.find((k) => k.year === cl.year);
  if (cost === undefined) {
    const costed = agreement.costs.map((k) => k.year).filter((y) => years.includes(y));
    c.addText('E_YEAR', [...at, 'year'], `a year agreement "${agreement.id}" states a running cost for (${costed.join(', ') || 'none stated'})`, `"${cl.year}"`);
    return { kind: 'agreement', agreement: agreement.id, yearIndex, total: new Decimal(0) };
  }
  // A cost with neither net nor gross is refused where the agreement is read; its total here is then moot.
  const net = cost.net !== undefined ? c.pounds(cost.net) : cost.gross !== undefined ? c.pounds(cost.gross).minus(c.pounds(cost.income ?? 0)) : new Decimal(0);
  return { kind: 'agreement', agreement: agreement.id, yearIndex, total: net };
}
