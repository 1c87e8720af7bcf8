/**
 * Monte Carlo simulation: seeded and byte-identical, the same on any number of worker threads, exact
 * against the slow path (appraise) wherever the sampled inputs coincide with appraise's options.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  Decimal,
  appraise,
  evaluate,
  isSharedServicesError,
  parseScenario,
  simulate,
  simulationToJSON,
  type AppraiseOptions,
  type Distribution,
  type Scenario,
  type Simulation,
} from '../../../src/index.js';
import { Rng, normalCdf, runStream, seedKey } from '../../../src/analysis/simulation/_prng.js';
import { samplerPlan } from '../../../src/analysis/simulation/_sampler.js';
import { sample } from '../../../src/analysis/simulation/_draw.js';
import { makeSetup } from '../../../src/analysis/outcome/_setup.js';
import { copyFactors } from '../../../src/analysis/outcome/_inputs.js';
import { prepareSimulation } from '../../../src/analysis/simulation/_prepare.js';
import { runRange } from '../../../src/analysis/simulation/_core.js';
import { synthetic, syntheticOptions } from './_synthetic.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const TRI = path.join(root, 'examples/tri-borough-2011/scenario.json');
const tri = parseScenario(JSON.parse(readFileSync(TRI, 'utf8')));
const text = (s: Simulation): string => JSON.stringify(simulationToJSON(s));

/** Every input of a scenario fixed at a value: realisation and cost multipliers, and indirect positions. */
function fixed(s: Scenario, realisation: Record<string, string>, indirect?: '0' | '1'): Record<string, Distribution> {
  const out: Record<string, Distribution> = { costs: { type: 'fixed', value: '1' } };
  for (const [tier, value] of Object.entries(realisation)) out[`realisation.${tier}`] = { type: 'fixed', value };
  for (const k of s.costs) if (!k.unquantified) out[`cost.${k.id}`] = { type: 'fixed', value: '1' };
  if (indirect !== undefined) for (const x of s.indirect) out[`indirect.${x.id}`] = { type: 'fixed', value: indirect };
  return out;
}

/** The simulation's every statistic equals appraise's figure (all inputs fixed, so every run is the same). */
function expectAppraisal(sim: Simulation, s: Scenario, options: AppraiseOptions): void {
  const a = appraise(evaluate(s), options);
  const netOf = (years: readonly { net: Decimal }[]): string =>
    years.reduce((x, y) => x.plus(y.net), new Decimal(0)).dividedBy(s.settings.quantum).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(s.settings.quantum).toString();
  const outcomes = [...sim.partners, sim.total];
  [...a.partners, a.total].forEach((p, k) => {
    const o = outcomes[k]!;
    expect(o.partner).toBe(p.partner);
    for (const stat of [o.npv.p10, o.npv.p50, o.npv.p90, o.npv.mean]) expect(stat.toString()).toBe(p.npv.toString());
    for (const stat of [o.netBenefit.p10, o.netBenefit.p50, o.netBenefit.p90, o.netBenefit.mean]) expect(stat.toString()).toBe(netOf(p.years));
    expect(o.payback.p50).toBe(p.paybackYear);
    // Never paying back is what is spent and not recovered; with nothing spent there is nothing to pay back.
    expect(o.payback.neverShare.toString()).toBe(p.payback.kind === 'none' && p.payback.reason === 'never-recovered' ? '1' : '0');
    expect(o.probabilityNegativeNpv.toString()).toBe(p.npv.isNegative() && !p.npv.isZero() ? '1' : '0');
  });
}

describe('simulate: seeded, byte-identical output', () => {
  const options = { runs: 2000, seed: 2011 };
  const once = text(simulate(tri, options));

  it('gives byte-identical JSON for the same seed', () => {
    expect(text(simulate(tri, options))).toBe(once);
    expect(text(simulate(parseScenario(JSON.parse(readFileSync(TRI, 'utf8'))), { ...options, seed: '2011' }))).toBe(once);
  });

  it('gives different results for a different seed', () => {
    expect(text(simulate(tri, { ...options, seed: 2012 }))).not.toBe(once);
  });

  it('gives the same runs whatever the order of the distributions', () => {
    const d = { 'realisation.possible': { type: 'uniform', min: '0', max: '1' }, 'cost.exit-compensation': { type: 'uniform', min: '1', max: '2' } } as const;
    const reversed = Object.fromEntries(Object.entries(d).reverse());
    expect(text(simulate(tri, { ...options, distributions: reversed }))).toBe(text(simulate(tri, { ...options, distributions: d })));
  });

  it('orders percentiles, keeps the mean within the runs, and states probabilities as shares', () => {
    const sim = simulate(tri, options);
    for (const o of [...sim.partners, sim.total]) {
      for (const st of [o.npv, o.netBenefit]) {
        expect(st.p10.lessThanOrEqualTo(st.p50) && st.p50.lessThanOrEqualTo(st.p90)).toBe(true);
      }
      for (const p of [o.probabilityWorseOff, o.probabilityNegativeNpv, o.payback.neverShare]) expect(p.greaterThanOrEqualTo(0) && p.lessThanOrEqualTo(1)).toBe(true);
    }
    expect(sim.total.npv.p10.lessThan(sim.total.npv.p90)).toBe(true);
    expect(sim.conventions.percentiles).toMatch(/nearest rank/);
  });

  it('reports progress up to the total', () => {
    const calls: [number, number][] = [];
    simulate(tri, { runs: 2500, seed: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });
});

describe('simulate against the slow path', () => {
  it('reproduces appraise exactly with every input fixed at 1 (indirect savings central, low and high)', () => {
    const ones = { assured: '1', projected: '1', possible: '1' };
    expectAppraisal(simulate(tri, { runs: 3, seed: 1, distributions: fixed(tri, ones) }), tri, {});
    expectAppraisal(simulate(tri, { runs: 3, seed: 1, distributions: fixed(tri, ones, '0') }), tri, { indirect: 'low' });
    expectAppraisal(simulate(tri, { runs: 3, seed: 1, distributions: fixed(tri, ones, '1') }), tri, { indirect: 'high' });
  });

  it('reproduces appraise with realisations as risk weights, optimism bias and another discount rate', () => {
    const weights = { assured: '0.95', projected: '0.7', possible: '0.333333' };
    const options = { optimismBias: '0.44', mitigation: '0.25', discountRate: '0.06', years: 6 };
    expectAppraisal(simulate(tri, { runs: 2, seed: 9, distributions: fixed(tri, weights), ...options }), tri, { ...options, riskWeights: weights });
  });

  it('rounds exact half quanta half-up, away from zero, as appraise does', () => {
    const s = parseScenario({
      version: 1,
      title: 'Ties',
      settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2 },
      partners: [{ id: 'a', name: 'A' }],
      lines: [
        { id: 'up', name: 'Saving', amount: '3', tier: 'assured' },
        { id: 'down', name: 'Running cost', kind: 'cost', amount: '4', tier: 'possible', recurrence: 'one-off' },
      ],
    });
    const weights = { assured: '0.5', projected: '1', possible: '0.5' };
    const sim = simulate(s, { runs: 1, seed: 0, distributions: fixed(s, weights), discountRate: '0' });
    // Year 0: 1.5 − 2 = −0.5, which rounds to −1; year 1: 1.5, which rounds to 2.
    expect(sim.total.npv.p50.toString()).toBe('1');
    expectAppraisal(sim, s, { riskWeights: weights, discountRate: '0' });
  });

  it('gives appraise’s NPV and payback, run by run, for the inputs each run drew', () => {
    const u = (min: string, max: string): Distribution => ({ type: 'uniform', min, max });
    const distributions = { 'realisation.assured': u('0', '1'), 'realisation.projected': u('0', '1'), 'realisation.possible': u('0', '1'), costs: u('0.5', '20') };
    const options = { runs: 12, seed: 5, distributions };
    const { plan } = prepareSimulation(tri, options);
    const runs = runRange(plan, 0, 12);
    const width = tri.partners.length + 1;
    const evaluation = evaluate(tri);
    for (let i = 0; i < 12; i++) {
      const f = copyFactors(plan.sampler.base);
      sample(plan.sampler, runStream(plan.seedKey, i), f, [0], []);
      const [assured, projected, possible] = f.realisation.map((v) => new Decimal(v.toString()).dividedBy(1e6));
      // A multiplier m on every cost is optimism bias m − 1.
      const a = appraise(evaluation, { riskWeights: { assured, projected, possible }, optimismBias: new Decimal(f.costs.toString()).dividedBy(1e6).minus(1) });
      [...a.partners, a.total].forEach((p, k) => {
        expect(new Decimal(runs.npv[i * width + k]!.toString()).times(tri.settings.quantum).toString()).toBe(p.npv.toString());
        expect(runs.payback[i * width + k]! < 0 ? null : a.years[runs.payback[i * width + k]!]).toBe(p.paybackYear);
      });
    }
  });

  it('property: on small synthetic scenarios, runs with every input fixed equal appraise', () => {
    fc.assert(
      fc.property(synthetic(), syntheticOptions(), (file, o) => {
        const s = parseScenario(file);
        const sim = simulate(s, { runs: 1, seed: 0, distributions: fixed(s, o.riskWeights, o.indirect), ...o.appraisal });
        expectAppraisal(sim, s, { ...o.appraisal, riskWeights: o.riskWeights, indirect: o.indirect === '0' ? 'low' : o.indirect === '1' ? 'high' : 'central' });
      }),
      { numRuns: 150 },
    );
  });
});

describe('the seeded generator and the copula', () => {
  it('draws a run’s numbers from the seed and the run index alone', () => {
    const key = seedKey(42n);
    const draw = (i: number): number[] => {
      const r = runStream(key, i);
      return [r.nextUint32(), r.nextUint32(), r.nextUint32()];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(0)).toMatchInlineSnapshot(`
      [
        653063703,
        996884065,
        1970168244,
      ]
    `);
    const u = new Rng(1, 2, 3, 4).uniform();
    expect(u > 0 && u < 1).toBe(true);
  });

  it('has a normal CDF accurate to 1e-14', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(Math.abs(normalCdf(1.959963984540054) - 0.975)).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(-3) - 0.0013498980316301)).toBeLessThan(1e-14);
  });

  it('correlates the normal scores of two inputs as stated', () => {
    const setup = makeSetup(tri, {});
    const d = { type: 'uniform', min: '0', max: '1' } as const;
    const plan = samplerPlan(setup, { 'realisation.possible': d, 'realisation.projected': d }, [{ between: ['realisation.possible', 'realisation.projected'], coefficient: '0.8' }]);
    const key = seedKey(3n);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const f = copyFactors(plan.base);
      sample(plan, runStream(key, i), f, [0, 0, 0], [0, 0]);
      xs.push(Number(f.realisation[2]!) / 1e6);
      ys.push(Number(f.realisation[1]!) / 1e6);
    }
    const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
    const r = cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
    // For uniform marginals the value correlation is (6/π)·asin(ρ/2) = 0.786 for ρ = 0.8.
    expect(Math.abs(r - 0.786)).toBeLessThan(0.03);
  });
});

describe('simulate refuses options it cannot use, naming the path', () => {
  it.each([
    [{ runs: 0, seed: 1 }, 'runs'],
    [{ runs: 10, seed: -1 }, 'seed'],
    [{ runs: 10, seed: 1.5 }, 'seed'],
    [{ runs: 10, seed: 1, discountRate: '2' }, 'discountRate'],
    [{ runs: 10, seed: 1, years: 200 }, 'years'],
    [{ runs: 10, seed: 1, distributions: { 'realisation.maybe': { type: 'fixed', value: '1' } } }, 'distributions["realisation.maybe"]'],
    [{ runs: 10, seed: 1, distributions: { 'realisation.possible': { type: 'uniform', min: '0', max: '0.1234567' } } }, 'distributions["realisation.possible"].max'],
    [{ runs: 10, seed: 1, distributions: { 'indirect.accommodation': { type: 'uniform', min: '0', max: '2' } } }, 'distributions["indirect.accommodation"].max'],
    [{ runs: 10, seed: 1, distributions: { 'realisation.possible': { type: 'triangular', min: '0', mode: '2', max: '1' } } }, 'distributions["realisation.possible"].mode'],
    [{ runs: 10, seed: 1, distributions: { 'realisation.possible': { type: 'normal' } } }, 'distributions["realisation.possible"].type'],
    [{ runs: 10, seed: 1, correlations: [{ between: ['realisation.possible', 'costs'], coefficient: '0.5' }] }, 'correlations[0].between[1]'],
    [{ runs: 10, seed: 1, correlations: [{ between: ['realisation.possible', 'realisation.projected'], coefficient: '1' }] }, 'correlations[0].coefficient'],
  ])('%j → %s', (options, where) => {
    let caught: unknown;
    try {
      simulate(tri, options as never);
    } catch (e) {
      caught = e;
    }
    expect(isSharedServicesError(caught)).toBe(true);
    const e = caught as { code: string; issues: { message: string }[] };
    expect(e.code).toBe('E_OPTION');
    expect(e.issues[0]!.message.startsWith(`${where}: expected`)).toBe(true);
  });

  it('refuses correlations that cannot hold together', () => {
    const d = { type: 'uniform', min: '0', max: '1' } as const;
    const distributions = { 'realisation.assured': d, 'realisation.projected': d, 'realisation.possible': d };
    const correlations = [
      { between: ['realisation.assured', 'realisation.projected'], coefficient: '0.9' },
      { between: ['realisation.projected', 'realisation.possible'], coefficient: '0.9' },
      { between: ['realisation.assured', 'realisation.possible'], coefficient: '-0.9' },
    ] as const;
    expect(() => simulate(tri, { runs: 10, seed: 1, distributions, correlations })).toThrow(/positive definite/);
  });
});

describe('simulateParallel (the built package, in a child process)', () => {
  beforeAll(() => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/simulate-worker.js']) {
      if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does)`);
    }
  });

  it('gives byte-identical JSON on 1, 2 and 3 threads, from ESM and CommonJS, and as simulate does', () => {
    const fixture = fileURLToPath(new URL('./fixtures/simulate-threads.mjs', import.meta.url));
    const out = JSON.parse(execFileSync(process.execPath, [fixture, TRI, '3001', '77'], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out['one']).toBe(out['main']);
    expect(out['two']).toBe(out['main']);
    expect(out['three']).toBe(out['main']);
    expect(out['fromCjs']).toBe(out['main']);
    // The source and the built package agree too.
    expect(out['main']).toBe(text(simulate(tri, { runs: 3001, seed: '77' })));
    const progress = out['progress'] as [number, number][];
    expect(progress[progress.length - 1]).toEqual([3001, 3001]);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);
  });
});
