import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVariant, evaluate, fairness, isScenarioError, parseScenario, safeParseScenario, type FairnessOptions } from '../../../src/index.js';
import { add, coreShortfalls, exactShapley, reduce, type Game, type Rational } from '../../../src/analysis/fairness/_game.js';
import { Xoshiro128, sampledShapley } from '../../../src/analysis/fairness/_sample.js';

/** A one-year scenario: partners `ids`, one saving line split as `agreed` (whole pounds), coalitions as given. */
function file(ids: readonly string[], agreed: readonly number[], coalitions?: readonly { partners: string[]; saving: string }[], extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    title: 'Game',
    settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 1 },
    partners: ids.map((id) => ({ id, name: id.toUpperCase() })),
    lines: [{ id: 'saving', name: 'Saving', attribution: { rule: 'actual', amounts: Object.fromEntries(ids.map((id, i) => [id, String(agreed[i])])) } }],
    ...(coalitions === undefined ? {} : { coalitions }),
    ...extra,
  };
}

const run = (f: unknown, options?: FairnessOptions) => fairness(evaluate(parseScenario(f)), options);
const shapleyOf = (f: unknown, options?: FairnessOptions) => run(f, options).partners.map((p) => p.shapley?.toString());
const r = (num: bigint, den = 1n): Rational => reduce({ num, den });
const eq = (a: Rational, b: Rational): boolean => a.num * b.den === b.num * a.den;

describe('fairness: the Shapley value of textbook games, exact', () => {
  it('the glove game: one left glove (a), two right gloves (b, c); a pair is worth £600', () => {
    // v(ab) = v(ac) = v(abc) = 600, every other group 0: φ = (2/3, 1/6, 1/6) × 600.
    const f = run(file(['a', 'b', 'c'], [200, 200, 200], [
      { partners: ['a', 'b'], saving: '600' },
      { partners: ['c', 'a'], saving: '600' },
    ]));
    expect(f.partners.map((p) => [p.partner, p.shapley?.toString(), p.difference?.toString()])).toEqual([
      ['a', '400', '-200'],
      ['b', '100', '100'],
      ['c', '100', '100'],
    ]);
    expect(f.game?.method).toBe('exact');
    expect(f.game?.grandValueStated).toBe(false);
    expect(f.game?.grandValue.toString()).toBe('600');
    expect(f.game?.core.agreed.violations.map((v) => [v.partners, v.shortfall.toString()])).toEqual([
      [['a', 'b'], '200'],
      [['a', 'c'], '200'],
    ]);
  });

  it('a three-party joint venture: v(ab) = 90, v(ac) = 80, v(bc) = 70, v(abc) = 120', () => {
    // φa = 90/6 + 80/6 + (120 − 70)/3 = 45; φb = 90/6 + 70/6 + (120 − 80)/3 = 40; φc = 35.
    const game = [
      { partners: ['a', 'b'], saving: '90' },
      { partners: ['a', 'c'], saving: '80' },
      { partners: ['b', 'c'], saving: '70' },
      { partners: ['a', 'b', 'c'], saving: '120' },
    ];
    expect(shapleyOf(file(['a', 'b', 'c'], [50, 40, 30], game))).toEqual(['45', '40', '35']);
  });

  it('rounds thirds to the quantum by largest remainder, in the tie order, so the values add up', () => {
    const f = file(['a', 'b', 'c'], [100, 0, 0], [{ partners: ['a'], saving: '0' }], { settings: { unit: '£', quantum: '0.01', firstYear: '2020/21', years: 1, tieOrder: ['b'] } });
    expect(shapleyOf(f)).toEqual(['33.33', '33.34', '33.33']);
  });

  it('gives a dummy partner what it saves alone, and symmetric partners equal values', () => {
    // d adds exactly its own 30 to every group; b and c are interchangeable.
    const ids = ['a', 'b', 'c', 'd'];
    const game = [
      { partners: ['d'], saving: '30' },
      { partners: ['a', 'b'], saving: '60' },
      { partners: ['a', 'c'], saving: '60' },
      { partners: ['a', 'b', 'd'], saving: '90' },
      { partners: ['a', 'c', 'd'], saving: '90' },
      { partners: ['a', 'b', 'c', 'd'], saving: '150' },
      { partners: ['a', 'b', 'c'], saving: '120' },
    ];
    // On a, b, c alone: φa = 120/6 + 120/3 = 60, φb = φc = 60/6 + 60/3 = 30.
    const f = run(file(ids, [40, 40, 40, 30], game));
    expect(f.partners.map((p) => p.shapley?.toString())).toEqual(['60', '30', '30', '30']);
    expect(f.partners[3]!.alone?.toString()).toBe('30');
  });
});

describe('fairness: shares, individual rationality, conventions', () => {
  const base = {
    ...file(['a', 'b', 'c'], [500, 300, 200]),
    services: [{ id: 'svc', name: 'Service', budgets: [{ id: 'staff', name: 'Staffing', starting: { a: '5000', b: '3000', c: '4000' } }, { id: 'total-only', name: 'Total', starting: { combined: '9999' } }] }],
    costs: [{ id: 'setup', name: 'Set-up', amount: '1500', attribution: { rule: 'shares', shares: { a: '0.2', b: '0.2', c: '0.6' } } }],
  };

  it('states each partner’s share of savings, of one-off costs and of the baseline, summing to 1', () => {
    const f = run(base);
    expect(f.partners.map((p) => [p.savingsShare?.toString(), p.costShare?.toString(), p.baselineShare?.toString()])).toEqual([
      ['0.5', '0.2', '0.4167'],
      ['0.3', '0.2', '0.25'],
      ['0.2', '0.6', '0.3333'],
    ]);
    expect(f.totals.baseline.toString()).toBe('12000');
    expect(run(base, { sharePrecision: '0.01' }).partners.map((p) => p.baselineShare?.toString())).toEqual(['0.42', '0.25', '0.33']);
  });

  it('finds a partner worse off over the appraisal period (c pays 900, saves 200 a year for 2 years)', () => {
    const f = run({ ...base, settings: { ...base.settings, years: 2 } }, { appraisal: { discountRate: '0' } });
    expect(f.partners.map((p) => [p.netBenefit.toString(), p.individuallyRational])).toEqual([
      ['700', true],
      ['300', true],
      ['-500', false],
    ]);
    expect(f.notes[0]).toBe('C is worse off over the appraisal period: net benefit -£500.');
    expect(f.game).toBeNull();
    expect(f.partners[0]!.shapley).toBeNull();
  });

  it('leaves shares out when the total is zero, and counts only the tiers asked for', () => {
    const f = run(base, { tiers: ['possible'] });
    expect(f.partners.map((p) => p.savingsShare)).toEqual([null, null, null]);
    expect(f.totals.savings.toString()).toBe('0');
  });

  it('does not change its input, and gives the same answer twice', () => {
    const freeze = <T,>(v: T): T => {
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const k of Reflect.ownKeys(v)) freeze((v as Record<PropertyKey, unknown>)[k]);
      }
      return v;
    };
    const e = evaluate(parseScenario({ ...base, coalitions: [{ partners: ['a', 'b'], saving: '900' }] }));
    const first = JSON.stringify(fairness(e));
    freeze(e);
    expect(JSON.stringify(fairness(e))).toBe(first);
  });

  it.each<[FairnessOptions, string]>([
    [{ sharePrecision: '0.003' }, 'sharePrecision'],
    [{ exactLimit: 17 }, 'exactLimit'],
    [{ samples: 1 }, 'samples'],
    [{ seed: 1.5 }, 'seed'],
    [{ budgets: ['nope'] }, 'budgets'],
    [{ tiers: ['sure' as never] }, 'tiers'],
    [{ rationality: 'irr' as never }, 'rationality'],
  ])('refuses %j with E_OPTION naming the option', (options, name) => {
    expect(() => run(base, options)).toThrowError(expect.objectContaining({ code: 'E_OPTION', issues: [expect.objectContaining({ path: expect.arrayContaining([name]) })] }));
  });
});

describe('fairness: the core', () => {
  const majority = [
    { partners: ['a', 'b'], saving: '300' },
    { partners: ['a', 'c'], saving: '300' },
    { partners: ['b', 'c'], saving: '300' },
  ];

  it('the majority game has an empty core: every split of the whole leaves some pair short', () => {
    const f = run(file(['a', 'b', 'c'], [100, 100, 100], majority));
    expect(f.game?.core.agreed.inCore).toBe(false);
    expect(f.game?.core.agreed.violations.map((v) => [v.partners.join('+'), v.value.toString(), v.allocated.toString(), v.shortfall.toString()])).toEqual([
      ['a+b', '300', '200', '100'],
      ['a+c', '300', '200', '100'],
      ['b+c', '300', '200', '100'],
    ]);
    expect(f.game?.core.shapley.inCore).toBe(false);
    expect(f.notes).toContain('A + B would save £300 a year on their own, £100 more than the agreed attribution gives (£200).');
    // Any allocation at all of the 300: some pair gets at most 200.
    const game: Game = { n: 3, singles: [0n, 0n, 0n], groups: [3n, 5n, 6n].map((mask, index) => ({ mask, value: 300n, index })), grand: 300n };
    fc.assert(
      fc.property(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -1000n, max: 1000n }), (x, y) => {
        expect(coreShortfalls(game, [r(x), r(y), r(300n - x - y)]).length).toBeGreaterThan(0);
      }),
    );
  });

  it('a game with a one-point core: the agreed split (50, 40, 30) is in it, the Shapley value (45, 40, 35) is not', () => {
    const f = run(file(['a', 'b', 'c'], [50, 40, 30], [
      { partners: ['a', 'b'], saving: '90' },
      { partners: ['a', 'c'], saving: '80' },
      { partners: ['b', 'c'], saving: '70' },
    ]));
    expect(f.game?.core.agreed).toEqual({ inCore: true, efficient: true, violations: [] });
    expect(f.game?.core.shapley.violations.map((v) => [v.partners, v.allocated.toString(), v.shortfall.toString(), v.stated])).toEqual([[['a', 'b'], '85', '5', true]]);
  });

  it('checks every partner alone against what it saves alone, stated or 0', () => {
    const f = run(file(['a', 'b'], [130, -10], [{ partners: ['a'], saving: '150' }]));
    expect(f.game?.core.agreed.violations.map((v) => [v.partners, v.stated, v.shortfall.toString()])).toEqual([
      [['a'], true, '20'],
      [['b'], false, '10'],
    ]);
  });

  it('says when the stated whole differs from the agreed total (not efficient)', () => {
    const f = run(file(['a', 'b'], [60, 40], [{ partners: ['a', 'b'], saving: '120' }]));
    expect(f.game?.core.agreed).toMatchObject({ inCore: false, efficient: false });
    expect(f.partners.map((p) => p.shapley?.toString())).toEqual(['60', '60']);
    expect(f.notes[0]).toMatch(/^The stated value of the whole partnership \(£120 a year\) differs/);
  });
});

/** A random game on n players as a full table of values (v(∅) = 0), in the Game form. */
const gameArb = (n: number): fc.Arbitrary<Game> =>
  fc.array(fc.bigInt({ min: -10_000n, max: 10_000n }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }).map((vs) => tableGame(n, [0n, ...vs]));

function tableGame(n: number, table: readonly bigint[]): Game {
  const full = (1 << n) - 1;
  const groups = [];
  for (let m = 1; m < full; m++) if ((m & (m - 1)) !== 0) groups.push({ mask: BigInt(m), value: table[m]!, index: m });
  return { n, singles: Array.from({ length: n }, (_, i) => table[1 << i]!), groups, grand: table[full]! };
}

function tableOf(g: Game): bigint[] {
  const size = 1 << g.n;
  const t = Array.from({ length: size }, (_, m) => g.singles.reduce((a, v, i) => ((m >> i) & 1 ? a + v : a), 0n));
  for (const x of g.groups) t[Number(x.mask)] = x.value;
  t[size - 1] = g.grand;
  return t;
}

describe('Shapley value properties (exact rationals, random games of up to 6 players)', () => {
  const sized = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(gameArb(n), gameArb(n)));

  it('is efficient: the values sum to v(N)', () => {
    fc.assert(fc.property(sized, ([g]) => eq(exactShapley(g).reduce(add, r(0n)), r(g.grand))));
  });

  it('is additive: φ(v + w) = φ(v) + φ(w)', () => {
    fc.assert(
      fc.property(sized, ([v, w]) => {
        const sum = tableGame(v.n, tableOf(v).map((x, m) => x + tableOf(w)[m]!));
        const [pv, pw, ps] = [exactShapley(v), exactShapley(w), exactShapley(sum)];
        return ps.every((x, i) => eq(x, add(pv[i]!, pw[i]!)));
      }),
    );
  });

  it('treats symmetric players alike and gives a dummy its value alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.bigInt({ min: -999n, max: 999n }), { minLength: n + 1, maxLength: n + 1 }), fc.bigInt({ min: -99n, max: 99n }))), ([n, bySize, own]) => {
        // A symmetric game on n players (v depends only on |S|) plus a dummy worth `own` to every group.
        const size = 1 << (n + 1);
        const table = Array.from({ length: size }, (_, m) => {
          const core = m & ((1 << n) - 1);
          return (core === 0 ? 0n : bySize[popcount(core)]!) + ((m >> n) & 1 ? own : 0n);
        });
        const phi = exactShapley(tableGame(n + 1, table));
        return phi.slice(1, n).every((x) => eq(x, phi[0]!)) && eq(phi[n]!, r(own));
      }),
    );
  });
});

function popcount(x: number): number {
  let c = 0;
  for (let y = x; y; y &= y - 1) c++;
  return c;
}

describe('Shapley value by sampling, beyond the exact limit', () => {
  // 14 symmetric partners: each saves 100 alone, any smaller group the sum, the whole 14,000 a year.
  const ids = Array.from({ length: 14 }, (_, i) => `p${i + 1}`);
  const fourteen = file(ids, ids.map(() => 1000), ids.map((id) => ({ partners: [id], saving: '100' })));

  it('estimates each value within four standard errors (and 5%) of v(N)/n = 1,000, with the error stated', () => {
    expect(run(fourteen).game).toMatchObject({ method: 'sampled', samples: 10_000, seed: 1 });
    const f = run(fourteen, { samples: 100_000 });
    expect(f.partners.reduce((a, p) => a + Number(p.shapley), 0)).toBe(14_000);
    for (const p of f.partners) {
      const se = Number(p.standardError);
      // The exact standard error is 12,600 × √(p(1 − p)/m) with p = 1/14, m = 100,000: about 10.3.
      expect(se).toBeGreaterThan(9);
      expect(se).toBeLessThan(12);
      expect(Math.abs(Number(p.shapley) - 1000)).toBeLessThanOrEqual(Math.min(4 * se, 50));
    }
    expect(f.conventions.shapley).toMatch(/^Sampled: the mean marginal contribution over 100000 random orders of the 14 partners \(drawn from seed 1, so the same seed gives the same values\)/);
  });

  it('is deterministic for a seed, and another seed gives another estimate', () => {
    const text = (seed: number) => JSON.stringify(run(fourteen, { seed, samples: 2000 }).partners.map((p) => [p.shapley, p.standardError]));
    expect(text(7)).toBe(text(7));
    expect(text(7)).not.toBe(text(8));
  });

  it('agrees with the exact value on a small game when sampling is forced', () => {
    const glove = file(['a', 'b', 'c'], [200, 200, 200], [{ partners: ['a', 'b'], saving: '600' }, { partners: ['a', 'c'], saving: '600' }]);
    const f = run(glove, { exactLimit: 0, samples: 20_000, seed: 3 });
    const exact = [400, 100, 100];
    f.partners.forEach((p, i) => expect(Math.abs(Number(p.shapley) - exact[i]!)).toBeLessThanOrEqual(4 * Number(p.standardError)));
    const means = sampledShapley({ n: 3, singles: [0n, 0n, 0n], groups: [{ mask: 3n, value: 600n, index: 0 }, { mask: 5n, value: 600n, index: 1 }], grand: 600n }, 500, 3).means;
    expect(eq(means.reduce(add, r(0n)), r(600n))).toBe(true);
  });

  it('uses xoshiro128**, matching the reference vectors (Rust rand_xoshiro, from Vigna’s C code)', () => {
    const g = Xoshiro128.fromState([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, () => g.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });
});

describe('coalitions in the scenario file', () => {
  it('refuses bad groups with path-named errors', () => {
    const result = safeParseScenario(
      file(['a', 'b', 'c'], [1, 1, 1], [
        { partners: ['a', 'x'], saving: '10' },
        { partners: ['b', 'b'], saving: '10' },
        { partners: ['c', 'a'], saving: '10' },
        { partners: ['a', 'c'], saving: '10.5' },
      ]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(isScenarioError(result.error)).toBe(true);
    expect(result.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['E_UNKNOWN_REFERENCE', 'coalitions.0.partners.1'],
      ['E_DUPLICATE_ID', 'coalitions.1.partners.1'],
      ['E_DUPLICATE_COALITION', 'coalitions.3.partners'],
      ['E_NOT_AT_QUANTUM', 'coalitions.3.saving'],
    ]);
    expect(result.error.issues[2]!.message).toBe('coalitions[3].partners: expected a group not stated before, found the same group as coalitions[2]: a, c');
  });

  it.each([
    [{ partners: [], saving: '1' }, 'coalitions.0.partners'],
    [{ partners: ['a'], saving: 'lots' }, 'coalitions.0.saving'],
    [{ partners: ['a'], saving: '1', synergy: true }, 'coalitions.0'],
  ])('refuses %j at the schema', (group, path) => {
    const result = safeParseScenario(file(['a', 'b'], [1, 1], [group as never]));
    expect(result.success || result.error.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it('reads savings in the scenario unit, groups in partner order', () => {
    const s = parseScenario({ ...file(['a', 'b'], [1000, 1000], [{ partners: ['b', 'a'], saving: '2.5' }]), settings: { unit: '£000', quantum: '0.001', firstYear: '2020/21', years: 1 } });
    expect(s.coalitions.map((g) => [g.partners, g.saving.toString()])).toEqual([[['a', 'b'], '2500']]);
  });

  it('drops groups with a partner who leaves in a variant', () => {
    const s = parseScenario(file(['a', 'b', 'c'], [1, 1, 1], [{ partners: ['a', 'b'], saving: '5' }, { partners: ['b', 'c'], saving: '4' }]));
    expect(applyVariant(s, { name: 'a-leaves', removePartners: ['a'] }).coalitions.map((g) => g.partners)).toEqual([['b', 'c']]);
  });
});
