/**
 * Checks a simulation's distributions and correlations and turns them into a plan of plain numbers, from
 * which `_draw.ts` draws each run's input values.
 */
import { ErrorCode, InputError, makeIssue, type InputPath } from '../../errors/index.js';
import { Decimal, parseAmount, pow10 } from '../../money/index.js';
import { STEP_PLACES, toInput, copyFactors, inputNames, setSlot, slotOf, stepValue, type Slot, type Setup } from '../outcome/index.js';
import type { SampledInput, SamplerPlan } from './_draw.js';
import type { Correlation, Distribution } from './distributions.js';

const fail = (path: InputPath, expected: string, received: unknown): never => {
  throw new InputError(makeIssue(ErrorCode.OPTION, path, expected, received));
};

/** The range an input's values may take. */
function bounds(slot: Slot): [Decimal, Decimal] {
  return [new Decimal(0), new Decimal(slot.kind === 'indirect' ? 1 : 100)];
}

const steps = (d: Decimal): number => d.times(pow10(STEP_PLACES).toString()).toNumber();

/** Checks the distributions and correlations against the model and builds the plan. */
export function samplerPlan(setup: Setup, distributions: Readonly<Record<string, Distribution>>, correlations: readonly Correlation[]): SamplerPlan {
  const { model, scales } = setup;
  const base = copyFactors(setup.base);
  const sampled: Omit<SampledInput, 'normal'>[] = [];
  for (const name of Object.keys(distributions).sort()) {
    const path = ['distributions', name];
    const slot = slotOf(model, name);
    if (slot === undefined) fail(path, `an input of the scenario (${inputNames(model).join(', ')})`, name);
    const d = distributions[name] as Record<string, unknown>;
    const [lo, hi] = bounds(slot!);
    const read = (key: string): Decimal => stepValue(d[key], [...path, key], lo, hi);
    if (d?.type === 'fixed') setSlot(base, slot!, toInput(read('value'), scales));
    else if (d?.type === 'uniform' || d?.type === 'triangular') {
      const min = read('min');
      const max = read('max');
      const mode = d.type === 'triangular' ? read('mode') : min;
      if (max.lessThan(min)) fail([...path, 'max'], `a value of at least min (${min.toString()})`, d.max);
      if (mode.lessThan(min) || mode.greaterThan(max)) fail([...path, 'mode'], `a value from min to max`, d.mode);
      sampled.push({ name, slot: slot!, triangular: d.type === 'triangular', min: steps(min), mode: steps(mode), max: steps(max) });
    } else fail([...path, 'type'], 'one of fixed, uniform, triangular', d?.type);
  }
  const { names, cholesky } = correlationPlan(sampled.map((s) => s.name), correlations);
  return {
    inputs: sampled.map((s) => ({ ...s, normal: names.indexOf(s.name) })),
    base,
    correlated: names.length,
    cholesky,
    lift: pow10(scales.input - STEP_PLACES),
  };
}

/** The correlated inputs (by name) and the Cholesky factor of their correlation matrix. */
function correlationPlan(sampled: readonly string[], correlations: readonly Correlation[]): { names: string[]; cholesky: number[] } {
  const pairs = new Map<string, number>();
  correlations.forEach((c, i) => {
    const path = ['correlations', i];
    const [a, b] = Array.isArray(c?.between) ? c.between : [];
    for (const [j, x] of [a, b].entries()) if (typeof x !== 'string' || !sampled.includes(x)) fail([...path, 'between', j], `a sampled input (${sampled.join(', ') || 'none'})`, x);
    if (a === b) fail([...path, 'between'], 'two different inputs', `${String(a)} twice`);
    const r = parseAmount(c.coefficient, [...path, 'coefficient']);
    if (!r.greaterThan(-1) || !r.lessThan(1)) fail([...path, 'coefficient'], 'a coefficient strictly between -1 and 1', c.coefficient);
    const key = [a!, b!].sort().join('\u0000');
    if (pairs.has(key)) fail(path, 'each pair of inputs correlated once', `${a} and ${b} again`);
    pairs.set(key, r.toNumber());
  });
  const names = [...new Set([...pairs.keys()].flatMap((k) => k.split('\u0000')))].sort();
  const k = names.length;
  const L: number[] = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = i === j ? 1 : (pairs.get([names[i]!, names[j]!].sort().join('\u0000')) ?? 0);
      for (let m = 0; m < j; m++) s -= L[i * k + m]! * L[j * k + m]!;
      if (i === j) {
        if (!(s > 1e-12)) fail(['correlations'], 'coefficients that together form a valid (positive definite) correlation matrix', 'a set that cannot hold at once');
        L[i * k + i] = Math.sqrt(s);
      } else L[i * k + j] = s / L[j * k + j]!;
    }
  }
  return { names, cholesky: L };
}
