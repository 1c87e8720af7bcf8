/**
 * Hand-made scenarios with cost-sharing agreements, built as the normalised model: a small parsed
 * scenario with the partners' driver values by year, memberships and the agreements put in.
 */
import { Decimal, evaluate, parseScenario, type Evaluation, type Scenario } from '../../../src/index.js';
import { dayFromDate, type Agreement, type AgreementCost, type Membership, type Rule, type ScheduleStep } from '../../../src/model/index.js';

export interface PartnerSpec {
  readonly id: string;
  /** metric → year index → value */
  readonly byYear?: Readonly<Record<string, Readonly<Record<number, string>>>>;
  readonly membership?: Membership;
}

export const d = (s: string): Decimal => new Decimal(s);
export const day = (iso: string): number => {
  const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
  return dayFromDate(y, m, dd);
};
export const shares = (entries: Record<string, string>): ReadonlyMap<string, Decimal> => new Map(Object.entries(entries).map(([k, v]) => [k, d(v)]));
export const step = (from: string, rule: Rule): ScheduleStep => ({ from: day(from), rule });
export const cost = (yearIndex: number, c: { net?: string; gross?: string; income?: string }): AgreementCost => {
  if (c.gross === undefined) return { yearIndex, net: d(c.net!) };
  const income = d(c.income ?? '0');
  return { yearIndex, gross: d(c.gross), income, net: d(c.gross).minus(income) };
};

/** A scenario of `years` years from `firstYear`, its partners and agreements as given; quantum £1 unless told. */
export function agreementScenario(firstYear: string, years: number, partners: readonly PartnerSpec[], agreements: readonly Agreement[], settings: Record<string, unknown> = {}): Scenario {
  const base = parseScenario({
    version: 1,
    title: 'Cost sharing',
    settings: { unit: '£', quantum: '1', firstYear, years, ...settings },
    partners: partners.map((p) => ({ id: p.id, name: `Council ${p.id.toUpperCase()}` })),
    lines: [{ id: 'team', name: 'Team', amount: '1000', attribution: { rule: 'equal' } }],
  });
  return {
    ...base,
    partners: base.partners.map((p, j) => {
      const spec = partners[j]!;
      const byYear = new Map(Object.entries(spec.byYear ?? {}).map(([metric, values]) => [metric, new Map(Object.entries(values).map(([y, v]) => [Number(y), d(v)]))]));
      return { ...p, metricsByYear: byYear, ...(spec.membership === undefined ? {} : { membership: spec.membership }) };
    }),
    agreements,
  };
}

export const evaluated = (s: Scenario): Evaluation => evaluate(s);
