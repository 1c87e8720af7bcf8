import { ErrorCode, InputError, makeIssue, type InputPath } from '../../errors/index.js';
import { Decimal, fromScaledBigInt, pow10, scaledBigInt } from '../../money/index.js';
import type { Scenario } from '../../model/index.js';
import { STEP_PLACES, coefficients, fromInput, scaledDiscount, makeEvaluator, newOutcome, evaluateOutcome, roundNet, DISCOUNT_RATE, copyFactors, getSlot, inputLabel, setSlot, slotOf, makeSetup, stepValue, type Factors, type Evaluator, type Outcome, type Setup } from '../outcome/index.js';
import { tornadoSpec } from './_tornado-spec.js';
import { defaultSensitivityRanges, type Sensitivity, type SensitivityOptions, type SensitivityRange, type SensitivityRow } from './types.js';

const STEP = 10 ** STEP_PLACES;

/** The step count next to the crossing at which `holds` is true, by bisection; null if both ends agree. */
function _breakEven(lo: number, hi: number, holds: (steps: number) => boolean): number | null {
  const atLow = holds(lo);
  if (atLow === holds(hi)) return null;
  let [a, b] = [lo, hi];
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (holds(mid) === atLow) a = mid;
    else b = mid;
  }
  return atLow ? a : b;
}

/** The outcome of an input at a value given in steps of 0.000001, memoised. */
function _varier(setup: Setup, base: Evaluator, r: SensitivityRange, path: InputPath): { base: Decimal | null; at: (steps: number) => Outcome } {
  const out = (f: Factors, ev: Evaluator): Outcome => {
    const coef = new Array<bigint>(setup.model.columns).fill(0n);
    coefficients(setup.model, setup.scales, f, coef);
    const o = newOutcome(setup.model);
    evaluateOutcome(ev, coef, o);
    return o;
  };
  const memo = (fn: (steps: number) => Outcome): ((steps: number) => Outcome) => {
    const seen = new Map<number, Outcome>();
    return (s) => seen.get(s) ?? seen.set(s, fn(s)).get(s)!;
  };
  if (r.input === DISCOUNT_RATE) {
    return { base: setup.rate, at: memo((s) => out(setup.base, makeEvaluator(setup.model, scaledDiscount(new Decimal(s).dividedBy(STEP), setup.years), setup.scales))) };
  }
  const slot = slotOf(setup.model, r.input);
  if (slot === undefined) throw new InputError(makeIssue(ErrorCode.OPTION, [...path, 'input'], 'an input of the scenario or "discountRate"', r.input));
  const lift = pow10(setup.scales.input - STEP_PLACES);
  const b = getSlot(setup.base, slot);
  return {
    base: b === null ? null : fromInput(b, setup.scales),
    at: memo((s) => {
      const f = copyFactors(setup.base);
      setSlot(f, slot, BigInt(s) * lift);
      return out(f, base);
    }),
  };
}

/**
 * Sensitivity of a scenario's appraisal to each of its uncertain inputs, one at a time: each input is
 * varied from the low to the high end of its range with everything else at its base, and the table gives
 * total NPV and each partner's net benefit at both ends, ordered by the swing in NPV (a tornado), with a
 * Vega-Lite spec of the tornado chart. It also finds, where one exists within the range, each input's
 * break-even value: where total NPV reaches zero, and where the partnership first pays back within
 * `paybackWithin` years ("possible savings must reach 38% for payback within 4 years").
 *
 * The scenario is evaluated once; every outcome is then computed exactly (integer arithmetic) as
 * {@link appraise} would compute it with the input set to that value.
 *
 * @param scenario - a parsed scenario
 * @param options - the inputs and ranges, the payback horizon, and appraisal options
 * @returns the tornado table, the base outcome, the chart spec, the conventions and the caveats
 * @throws {@link InputError} (`E_OPTION`) for an unknown input or a range it cannot use, with its path
 *
 * @example
 * ```ts
 * // Tri-borough: how far could every one-off cost grow before NPV falls to zero?
 * const s = sensitivity(scenario, { inputs: [{ input: 'costs', low: '1', high: '30' }] });
 * s.rows[0].breakEven.npv?.toString();
 * //=> '19.237415'
 * ```
 */
export function sensitivity(scenario: Scenario, options: SensitivityOptions = {}): Sensitivity {
  const setup = makeSetup(scenario, options);
  const { model } = setup;
  const within = options.paybackWithin ?? setup.years;
  if (!Number.isInteger(within) || within < 1 || within > setup.years) {
    throw new InputError(makeIssue(ErrorCode.OPTION, ['paybackWithin'], `a whole number of years from 1 to the period (${setup.years})`, within));
  }
  const ev = makeEvaluator(model, scaledDiscount(setup.schedule, setup.years), setup.scales);
  const quantum = scenario.settings.quantum;
  const pounds = (quanta: bigint): Decimal => quantum.times(quanta.toString());
  const net = (o: Outcome, k: number): Decimal => pounds(roundNet(ev, o.net[k]!));
  const np = model.partners.length;
  const ranges = options.inputs ?? defaultSensitivityRanges(scenario);
  const rows = ranges.map((r, i): SensitivityRow => {
    const path = ['inputs', i];
    const { base, at } = _varier(setup, ev, r, path);
    const max = new Decimal(r.input === DISCOUNT_RATE || r.input.startsWith('indirect.') ? 1 : 100);
    const low = stepValue(r.low, [...path, 'low'], new Decimal(0), max);
    const high = stepValue(r.high, [...path, 'high'], low, max);
    const [lo, hi] = [low, high].map((d) => Number(scaledBigInt(d, STEP_PLACES))) as [number, number];
    const [oLow, oHigh] = [at(lo), at(hi)];
    const value = (s: number | null): Decimal | null => (s === null ? null : fromScaledBigInt(BigInt(s), STEP_PLACES));
    const paysBack = (s: number): boolean => {
      const t = at(s).payback[np]!;
      return t >= 0 && t < within;
    };
    return {
      input: r.input,
      label: inputLabel(scenario, r.input),
      base,
      low,
      high,
      npv: { low: pounds(oLow.npv[np]!), high: pounds(oHigh.npv[np]!) },
      swing: pounds(oHigh.npv[np]! - oLow.npv[np]!).abs(),
      netBenefit: model.partners.map((partner, k) => ({ partner, low: net(oLow, k), high: net(oHigh, k) })),
      breakEven: { npv: value(_breakEven(lo, hi, (s) => at(s).npv[np]! >= 0n)), payback: value(_breakEven(lo, hi, paysBack)) },
    };
  });
  const order = rows.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => b.swing.comparedTo(a.swing) || i - j);
  const sorted = order.map(([r]) => r);
  const baseOutcome = newOutcome(model);
  const coef = new Array<bigint>(model.columns).fill(0n);
  coefficients(model, setup.scales, setup.base, coef);
  evaluateOutcome(ev, coef, baseOutcome);
  const a = setup.appraisal;
  const q = `£${quantum.toString()}`;
  const partnerBase = model.partners.map((partner, k) => ({ partner, value: net(baseOutcome, k) }));
  return {
    conventions: {
      appraisal: a.conventions,
      ranges: 'each input is varied alone from the low to the high end of its range; every other input stays at its base (the risk weights, cost multipliers of 1, the central indirect rates, the discount rate)',
      order: 'rows by swing, |NPV at high − NPV at low|, largest first; ties keep the order the inputs were given in',
      rounding: `NPV exactly as appraise computes it (present values rounded once to ${q} over partners and years: the total NPV is the exact NPV rounded half-up); net benefit over the period, undiscounted, rounded half-up to ${q}`,
      breakEven: `on the step 0.000001, the value nearest the crossing at which the condition holds (total NPV at or above zero; payback within ${within} years), by bisection between the ends of the range when it holds at one end and not the other, else null; NPV is linear in every input but the discount rate, so it crosses zero once, up to the rounding of present values`,
    },
    base: {
      npv: pounds(baseOutcome.npv[np]!),
      netBenefit: partnerBase,
      paybackYear: baseOutcome.payback[np]! < 0 ? null : model.years[baseOutcome.payback[np]!]!,
      partners: a.partners.map((p) => ({ partner: p.partner, npv: p.npv, paybackYear: p.paybackYear })),
    },
    paybackWithin: within,
    rows: sorted,
    chart: tornadoSpec(scenario.title, scenario.settings.unit, sorted, pounds(baseOutcome.npv[np]!), scenario.partners.map((p, k) => ({ id: p.id, name: p.name, base: partnerBase[k]!.value }))),
    caveats: a.caveats,
  };
}
