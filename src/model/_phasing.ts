import type { InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import type { SettingsRead } from './_settings.js';
import type { Phasing } from './types.js';

/** What the phasing reader needs from the rest of the normaliser. */
export type PhasingContext = Pick<SettingsRead, 'c' | 'years' | 'show'>;

const indexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/** Each year label's index (its first, as indexOf gives), found once per list of years: every line asks. */
function yearIndexes(years: readonly string[]): ReadonlyMap<string, number> {
  let m = indexes.get(years);
  if (m === undefined) {
    const byLabel = new Map<string, number>();
    years.forEach((y, i) => {
      if (!byLabel.has(y)) byLabel.set(y, i);
    });
    m = byLabel;
    indexes.set(years, m);
  }
  return m;
}

/**
 * Reads when a line (or cost) lands: all in the first year if unstated, else amounts that sum to `total`
 * and sit on the quantum `q`, or shares that sum to 1. Each year once, and within the scenario.
 */
export function readPhasing(ctx: PhasingContext, input: ScenarioFile['lines'][number]['phasing'], total: Decimal | undefined, q: Decimal, path: InputPath, quantumText: string): Phasing {
  const { c, years, show } = ctx;
  if (input === undefined || input.length === 0) return { kind: 'shares', years: [{ year: 0, share: new Decimal(1) }] };
  const seen = new Set<number>();
  const indexOf = yearIndexes(years);
  const yearIndex = (y: string, i: number): number => {
    const at = indexOf.get(y) ?? -1;
    if (at < 0) c.addText('E_YEAR', [...path, i, 'year'], `a year from ${years[0]} to ${years[years.length - 1]}`, `"${y}"`);
    else if (seen.has(at)) c.add('E_DUPLICATE_YEAR', [...path, i, 'year'], 'each year once', y);
    seen.add(at);
    return Math.max(at, 0);
  };
  const amounts = input.filter((e) => 'amount' in e);
  if (amounts.length > 0 && amounts.length < input.length) {
    c.addText('E_PHASING', path, 'all amounts or all shares', 'a mixture');
  }
  if (amounts.length === input.length) {
    const list = input.map((e, i) => {
      const amount = c.pounds((e as { amount: string | number }).amount);
      c.onQuantum(amount, q, () => [...path, i, 'amount'], (e as { amount: string | number }).amount, quantumText);
      return { year: yearIndex(e.year, i), amount };
    });
    const sum = list.reduce((a, e) => a.plus(e.amount), new Decimal(0));
    if (total === undefined) c.addText('E_PHASING', path, 'shares (the line total is only known per partner)', 'amounts');
    else if (!sum.equals(total)) c.addText('E_SUM', path, `amounts summing to the line, ${show(total)}`, `${show(sum)} (${total.minus(sum).isPositive() ? 'short' : 'over'} by ${show(total.minus(sum).abs())})`);
    if (total !== undefined && list.some((e) => !e.amount.isZero() && e.amount.isNegative() !== total.isNegative())) {
      c.addText('E_PHASING', path, 'amounts with the same sign as the line', 'amounts of both signs');
    }
    return { kind: 'amounts', years: list };
  }
  const list = input.map((e, i) => ({ year: yearIndex(e.year, i), share: c.decimal((e as { share: string | number }).share) }));
  const sum = list.reduce((a, e) => a.plus(e.share), new Decimal(0));
  if (!sum.equals(1)) c.addText('E_SUM', path, 'shares summing to exactly 1', `shares summing to ${sum.toString()}`);
  return { kind: 'shares', years: list };
}
