import fc from 'fast-check';
import { MONEY_UNITS, type MoneyUnit } from '../money/index.js';
import type { ScenarioInput } from '../schema/index.js';
import { scaled } from './_scaled.js';
import { budget, type UsableBudget } from './_scenario-budgets.js';
import { chance, pick, record, tieOrder, type Context, type Service } from './_scenario-context.js';
import { line } from './_scenario-lines.js';
import { published } from './_scenario-published.js';
import { withAgreements } from './_scenario-agreements.js';
import { weightsArbitrary } from './weights-arbitrary.js';

/**
 * Options for {@link scenarioArbitrary}.
 *
 * @example
 * ```ts
 * const options: ScenarioArbitraryOptions = { maxPartners: 3, maxLines: 4, published: false };
 * ```
 */
export interface ScenarioArbitraryOptions {
  /** The fewest partners. @defaultValue `1` */
  readonly minPartners?: number;
  /** The most partners. @defaultValue `6` */
  readonly maxPartners?: number;
  /** The fewest savings lines. @defaultValue `1` */
  readonly minLines?: number;
  /** The most savings lines. @defaultValue `8` */
  readonly maxLines?: number;
  /** The most services (each with up to three budgets). @defaultValue `3` */
  readonly maxServices?: number;
  /** The most financial years the model covers. @defaultValue `5` */
  readonly maxYears?: number;
  /** Whether to add published figures (per-partner figures and totals with `sumOf`). @defaultValue `true` */
  readonly published?: boolean;
  /**
   * Whether per-partner amounts of one line may differ in sign (an `actual` split or a budget change
   * where one partner's cost rises while the others fall). @defaultValue `true`
   */
  readonly mixedSigns?: boolean;
  /**
   * Whether to add cost-sharing agreements: a driver stated by year, partners joining and leaving on
   * dates, rules that change by year or from a date inside one, yearly running costs (net, or gross and
   * income) and stand-alone costs. Off by default, so the other scenarios a seed draws are unchanged.
   * @defaultValue `false`
   */
  readonly agreements?: boolean;
}

const QUANTA: Readonly<Record<MoneyUnit, readonly string[]>> = {
  '£': ['0.01', '0.01', '1', '0.5', '100', '0.25', '1e-2'],
  '£000': ['0.001', '1', '0.01', '0.5'],
  '£m': ['0.001', '0.0001', '0.01', '0.000001'],
};
const FTE_QUANTA = ['0.01', '0.1', '0.5', '1', '0.25'] as const;
const METRICS = ['population', 'staffing', 'caseload', 'calls', 'posts'] as const;

/**
 * Valid scenario files (version 1), as plain JSON-ready objects, for property tests of anything that
 * reads scenarios. Every value passes `parseScenario`: 1–6 partners with metrics; services with
 * money, FTE and headcount budgets (starting and closing positions per partner, or combined and
 * apportioned by a rule); savings lines with every attribution rule (equal, metric, actual amounts
 * summing to the line, shares summing exactly to 1, blends, a precision modifier, a prior split with a
 * tolerance), lines derived from budgets, phasing by amounts (summing exactly to the line) and by shares
 * (summing exactly to 1) over several years, line-level quanta and tie orders, FTE splits, and published
 * figures with `sumOf` totals. Amounts are decimal strings on their quantum, in £, £000 or £m.
 *
 * @param options - how many partners, lines, services and years; whether to add published figures and
 *   mixed-sign splits
 * @returns an arbitrary of scenario file objects
 *
 * @example
 * ```ts
 * fc.assert(fc.property(scenarioArbitrary({ maxPartners: 3 }), (file) => {
 *   const evaluation = evaluate(parseScenario(file));
 *   return checkEvaluationInvariants(evaluation).length === 0;
 * }));
 * //=> passes
 * ```
 */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<ScenarioInput> {
  const minPartners = Math.max(1, options.minPartners ?? 1);
  const maxPartners = Math.max(minPartners, options.maxPartners ?? 6);
  const minLines = Math.max(0, options.minLines ?? 1);
  const maxLines = Math.max(minLines, options.maxLines ?? 8);
  const maxServices = Math.max(0, options.maxServices ?? 3);
  const maxYears = Math.min(60, Math.max(1, options.maxYears ?? 5));
  const partnerId = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  return fc.gen().map((g) => {
    const unit = pick<MoneyUnit>(g, ['£', ...MONEY_UNITS]); // pounds twice as often
    const quantumText = pick(g, QUANTA[unit]);
    const fteQuantumText = pick(g, FTE_QUANTA);
    const first = g(fc.integer, { min: 1995, max: 2095 });
    const yearCount = g(fc.integer, { min: 1, max: maxYears });
    const years = Array.from({ length: yearCount }, (_, i) => `${first + i}/${String((first + i + 1) % 100).padStart(2, '0')}`);
    const partners = g(() => fc.uniqueArray(partnerId, { minLength: minPartners, maxLength: maxPartners }));
    const metrics = g(() => fc.subarray([...METRICS]));
    const metricValues = metrics.map(() => g(weightsArbitrary, partners.length));
    const ctx: Context = { g, partners, metrics, years, q: scaled(quantumText), fteQ: scaled(fteQuantumText), mixedSigns: options.mixedSigns ?? true };

    const settings: ScenarioInput['settings'] = { firstYear: years[0]!, years: yearCount };
    const s = settings as { unit?: MoneyUnit; quantum?: string; fteQuantum?: string; tieOrder?: string[]; currency?: 'GBP' };
    if (unit !== '£' || chance(g, 0.5)) s.unit = unit;
    if (quantumText !== '0.01' || chance(g, 0.5)) s.quantum = quantumText;
    if (fteQuantumText !== '0.01' || chance(g, 0.5)) s.fteQuantum = fteQuantumText;
    if (chance(g, 0.3)) s.tieOrder = tieOrder(ctx);
    if (chance(g, 0.2)) s.currency = 'GBP';

    const usable: UsableBudget[] = [];
    const services: Service[] = Array.from({ length: g(fc.integer, { min: 0, max: maxServices }) }, (_, si) => ({
      id: `svc-${si}`,
      name: `Service ${si}`,
      budgets: Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, bi) => budget(ctx, `b-${si}-${bi}`, usable)),
    }));
    const serviceIds = services.map((x) => x.id);
    const lines = Array.from({ length: g(fc.integer, { min: minLines, max: maxLines }) }, (_, li) => line(ctx, `line-${li}`, serviceIds, usable));

    const file: ScenarioInput = {
      version: 1,
      title: 'Generated scenario',
      settings,
      partners: partners.map((id, i) => ({ id, name: `Partner ${id}`, metrics: record(metrics, metricValues.map((v) => v[i]!)) })),
      services,
      lines,
    };
    if (options.published ?? true) {
      const figures = published(ctx, lines, serviceIds);
      if (figures.length > 0) file.published = figures;
    }
    return options.agreements === true ? withAgreements(ctx, file) : file;
  });
}
