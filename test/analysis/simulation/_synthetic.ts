/**
 * Small synthetic scenarios for the analysis properties: one to three partners, one to four years,
 * lines of every kind, tier and recurrence, one-off costs, funding (confirmed or not) and indirect
 * savings; and appraisal options (risk weights on the step 0.000001, optimism bias, discount rates,
 * periods shorter and longer than the scenario).
 */
import fc from 'fast-check';

const TIERS = ['assured', 'projected', 'possible'] as const;
const year = (t: number): string => `${2020 + t}/${String((21 + t) % 100).padStart(2, '0')}`;

/** An amount of k quanta, written as a decimal string. */
function amount(quantum: string, k: bigint): string {
  const places = quantum.includes('.') ? quantum.length - quantum.indexOf('.') - 1 : 0;
  const units = k * BigInt(quantum.replace('.', ''));
  const digits = units.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** A small scenario file. */
export function synthetic(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      quantum: fc.constantFrom('1', '0.01', '1000', '0.05'),
      years: fc.integer({ min: 1, max: 4 }),
      partners: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 3 }),
      lines: fc.array(
        fc.record({
          kind: fc.constantFrom('saving', 'saving', 'income', 'cost'),
          tier: fc.constantFrom(...TIERS),
          recurrence: fc.constantFrom('ongoing', 'one-off'),
          k: fc.bigInt({ min: 0n, max: 10n ** 7n }),
          byStaff: fc.boolean(),
          start: fc.nat(3),
          spread: fc.boolean(),
          fte: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      costs: fc.array(fc.record({ k: fc.bigInt({ min: 1n, max: 10n ** 7n }), start: fc.nat(3), byStaff: fc.boolean() }), { maxLength: 2 }),
      funding: fc.option(fc.record({ k: fc.bigInt({ min: 1n, max: 10n ** 6n }), confirmed: fc.boolean() }), { nil: undefined }),
      indirect: fc.array(fc.record({ low: fc.integer({ min: 0, max: 5000 }), extra: fc.integer({ min: 0, max: 5000 }), tier: fc.constantFrom(...TIERS) }), { maxLength: 2 }),
    })
    .map((g) => {
      const last = g.years - 1;
      const lines = g.lines.map((l, i) => {
        const start = Math.min(l.start, last);
        const phasing = l.spread && start < last ? [{ year: year(start), share: '0.4' }, { year: year(start + 1), share: '0.6' }] : [{ year: year(start), share: '1' }];
        return {
          id: `l${i}`,
          name: `Line ${i}`,
          kind: l.kind,
          tier: l.tier,
          recurrence: l.recurrence,
          amount: amount(g.quantum, l.k),
          attribution: l.byStaff ? { rule: 'metric', metric: 'staff' } : { rule: 'equal' },
          phasing,
          ...(l.fte === undefined ? {} : { fte: { amount: (l.fte / 100).toFixed(2) } }),
        };
      });
      const costs = g.costs.map((k, i) => ({
        id: `k${i}`,
        name: `Cost ${i}`,
        type: 'set-up',
        amount: amount(g.quantum, k.k),
        start: year(Math.min(k.start, last)),
        attribution: k.byStaff ? { rule: 'metric', metric: 'staff' } : { rule: 'equal' },
      }));
      const hasFte = lines.some((l) => 'fte' in l);
      return {
        version: 1,
        title: 'Synthetic',
        settings: { unit: '£', quantum: g.quantum, firstYear: '2020/21', years: g.years },
        partners: g.partners.map((staff, i) => ({ id: `p${i}`, name: `Partner ${i}`, metrics: { staff: String(staff) } })),
        lines,
        costs,
        funding: g.funding === undefined || costs.length === 0 ? [] : [{ id: 'f', name: 'Grant', amount: amount(g.quantum, g.funding.k), confirmed: g.funding.confirmed, offsets: ['k0'] }],
        indirect: hasFte ? g.indirect.map((x, i) => ({ id: `x${i}`, name: `Indirect ${i}`, low: String(x.low), high: String(x.low + x.extra), tier: x.tier })) : [],
      };
    });
}

/** A decimal on the step 0.000001 from 0 to 2. */
const share = fc.integer({ min: 0, max: 2_000_000 }).map((n) => (n / 1e6).toFixed(6).replace(/\.?0+$/, '') || '0');

/** Risk weights, an indirect position (low, high or central) and appraisal options. */
export function syntheticOptions(): fc.Arbitrary<{
  riskWeights: Record<(typeof TIERS)[number], string>;
  indirect: '0' | '1' | undefined;
  appraisal: { discountRate: string; optimismBias: string; mitigation: string; years: number; includeUnconfirmedFunding: boolean };
}> {
  return fc.record({
    riskWeights: fc.record({ assured: share, projected: share, possible: share }),
    indirect: fc.constantFrom('0' as const, '1' as const, undefined),
    appraisal: fc.record({
      discountRate: fc.constantFrom('0', '0.035', '0.06', '0.1234'),
      optimismBias: fc.constantFrom('0', '0.2', '0.44'),
      mitigation: fc.constantFrom('0', '0.5'),
      years: fc.integer({ min: 1, max: 6 }),
      includeUnconfirmedFunding: fc.boolean(),
    }),
  });
}
