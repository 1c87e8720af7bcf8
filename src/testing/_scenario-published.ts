import fc from 'fast-check';
import { MONEY_UNITS } from '../money/index.js';
import { render, times } from './_scaled.js';
import { big, chance, pick, type Context, type Line, type Published } from './_scenario-context.js';

/** Published figures: each partner's figure and a `sumOf` total for a few lines, then a few by tier, partner and year, or service. */
export function published(ctx: Context, lines: readonly Line[], serviceIds: readonly string[]): Published[] {
  const { g, partners, years } = ctx;
  const out: Published[] = [];
  const value = (): string => times(ctx.q, big(g, -1000n, 1_000_000n));
  const precision = (): string => pick(g, ['0.01', '0.001', '1', render(ctx.q.n, ctx.q.scale)]);
  for (const l of g(() => fc.subarray([...lines], { maxLength: Math.min(3, lines.length) }))) {
    const ids = partners.map((p) => `pub-${l.id}-${p}`);
    partners.forEach((p, i) => out.push({ id: ids[i], label: `${l.name}, ${p}`, of: { measure: 'money', line: l.id, partner: p }, value: value(), precision: precision() }));
    out.push({ id: `pub-${l.id}-total`, label: `${l.name}, total`, of: { line: l.id }, value: value(), precision: precision(), sumOf: ids });
  }
  if (chance(g, 0.5)) out.push({ label: 'Assured savings', of: { tier: 'assured' }, value: value(), precision: precision(), unit: pick(g, MONEY_UNITS) });
  if (chance(g, 0.3)) out.push({ label: 'One partner, one year', of: { partner: pick(g, partners), year: pick(g, years) }, value: value(), precision: precision() });
  if (chance(g, 0.3) && serviceIds.length > 0) out.push({ label: 'Service change', of: { service: pick(g, serviceIds), position: 'change' }, value: value(), precision: precision() });
  if (chance(g, 0.2)) out.push({ label: 'Not modelled', of: { tier: 'possible', category: 'income lost', fund: 'Nowhere' }, value: value(), precision: precision() });
  // What papers print beyond a cell: totals over years, shares, appraisal results, signs and bounds.
  const from = pick(g, years);
  if (chance(g, 0.3)) out.push({ label: 'In-year savings over the years', of: { inYear: true, years: { from } }, value: value(), precision: precision(), ...(chance(g, 0.5) ? { sense: pick(g, ['saving', 'cost'] as const) } : {}) });
  if (chance(g, 0.3) && lines.length > 0) out.push({ label: 'A partner’s share', of: { line: pick(g, lines).id, partner: pick(g, partners), share: true }, value: String(big(g, 0n, 100n)), unit: '%', precision: '1' });
  if (chance(g, 0.3)) out.push({ label: 'NPV', of: { appraisal: pick(g, ['npv', 'pv-benefits', 'pv-costs'] as const), ...(chance(g, 0.5) ? { partner: pick(g, partners) } : {}) }, value: value(), precision: precision(), ...(chance(g, 0.5) ? { appraisal: { discountRate: '0', discountSchedule: 'flat' as const } } : {}) });
  if (chance(g, 0.2)) out.push({ label: 'Cumulative', of: { appraisal: 'cumulative', year: pick(g, years) }, value: value(), precision: precision() });
  if (chance(g, 0.2)) out.push({ label: 'Payback', of: { appraisal: 'payback-year' }, value: pick(g, years), unit: 'year', precision: '1' });
  if (chance(g, 0.2)) out.push({ label: 'A bound', of: { years: { from } }, value: value(), precision: precision(), bound: pick(g, ['more-than', 'at-least', 'up-to', 'less-than'] as const) });
  if (chance(g, 0.2)) out.push({ label: 'Staff at risk', of: { staffing: 'at-risk' }, value: String(big(g, 0n, 100n)), precision: '1' });
  return out;
}
