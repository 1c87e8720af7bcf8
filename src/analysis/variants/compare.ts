import { Decimal } from '../../money/index.js';
import { sumLinesByPartnerYear, type Evaluation } from '../../engine/index.js';
import { appraise, type AppraiseOptions } from '../../appraisal/index.js';

/**
 * One compared figure: its value in A and in B (null where a side lacks it) and B − A.
 *
 * @example
 * ```ts
 * const d: Difference = { key: 'hf', label: 'H&F', a: new Decimal(5), b: new Decimal(4), difference: new Decimal(-1) };
 * ```
 */
export interface Difference {
  readonly key: string;
  readonly label: string;
  readonly a: Decimal | null;
  readonly b: Decimal | null;
  /** B − A, counting a missing side as zero. */
  readonly difference: Decimal;
}

/**
 * Two evaluations side by side: savings per partner, net benefit per year, NPV per partner and the
 * payback years. Money in pounds.
 *
 * @example
 * ```ts
 * const c: Comparison = compare(evaluate(a), evaluate(b));
 * c.npv.find((d) => d.key === 'total')?.difference.toString();
 * ```
 */
export interface Comparison {
  readonly titles: readonly [string, string];
  /** Savings and income less recurring costs, per partner (one year's worth of every line). */
  readonly savings: readonly Difference[];
  /** Net benefit per financial year of the appraisal, in total. */
  readonly netByYear: readonly Difference[];
  /** NPV per partner and in total (key `total`). */
  readonly npv: readonly Difference[];
  /** Payback year per partner and in total. */
  readonly payback: readonly { readonly key: string; readonly label: string; readonly a: string | null; readonly b: string | null }[];
}

const ZERO = new Decimal(0);

function diff(key: string, label: string, a: Decimal | null, b: Decimal | null): Difference {
  return { key, label, a, b, difference: (b ?? ZERO).minus(a ?? ZERO) };
}

/** Each partner's line money over every year of the scenario, exactly. */
function moneyByPartner(e: Evaluation): Decimal[] {
  const byPartner = sumLinesByPartnerYear(e, e.scenario.settings.years, (_l, measure) => (measure === 'money' ? 'money' : undefined)).get('money');
  return e.scenario.partners.map((_, i) => (byPartner?.[i] ?? []).reduce((s, v) => s.plus(v), ZERO));
}

/**
 * Compares two evaluations (two scenarios, or a scenario and a variant of it): savings per partner, net
 * benefit by year, NPV and payback per partner and in total. Both are appraised with the same options.
 *
 * @param a - the base evaluation
 * @param b - the evaluation compared with it
 * @param options - appraisal options applied to both
 * @returns the difference tables
 *
 * @example
 * ```ts
 * const c = compare(evaluate(scenario), evaluate(applyVariant(scenario, 'westminster-leaves')));
 * c.savings.map((d) => d.key);
 * //=> ['hf', 'rbkc', 'cow', 'total']
 * ```
 */
export function compare(a: Evaluation, b: Evaluation, options: AppraiseOptions = {}): Comparison {
  const pa = appraise(a, options);
  const pb = appraise(b, options);
  const names = new Map<string, string>();
  for (const p of [...a.scenario.partners, ...b.scenario.partners]) if (!names.has(p.id)) names.set(p.id, p.name);
  const ids = [...names.keys()];
  const money = new Map([a, b].map((e) => [e, moneyByPartner(e)]));
  const savingsOf = (e: Evaluation, id: string): Decimal | null => {
    const at = e.scenario.partners.findIndex((p) => p.id === id);
    return at < 0 ? null : money.get(e)![at]!;
  };
  const total = (e: Evaluation): Decimal => money.get(e)!.reduce((s, v) => s.plus(v), ZERO);
  const years = [...new Set([...pa.years, ...pb.years])];
  const netIn = (p: typeof pa, y: string): Decimal | null => p.total.years.find((r) => r.year === y)?.net ?? null;
  const npvOf = (p: typeof pa, id: string): Decimal | null => p.partners.find((x) => x.partner === id)?.npv ?? null;
  const paybackOf = (p: typeof pa, id: string): string | null => p.partners.find((x) => x.partner === id)?.paybackYear ?? null;
  return {
    titles: [a.scenario.title, b.scenario.title],
    savings: [...ids.map((id) => diff(id, names.get(id)!, savingsOf(a, id), savingsOf(b, id))), diff('total', 'Total', total(a), total(b))],
    netByYear: years.map((y) => diff(y, y, netIn(pa, y), netIn(pb, y))),
    npv: [...ids.map((id) => diff(id, names.get(id)!, npvOf(pa, id), npvOf(pb, id))), diff('total', 'Total', pa.total.npv, pb.total.npv)],
    payback: [...ids.map((id) => ({ key: id, label: names.get(id)!, a: paybackOf(pa, id), b: paybackOf(pb, id) })), { key: 'total', label: 'Total', a: pa.total.paybackYear, b: pb.total.paybackYear }],
  };
}
