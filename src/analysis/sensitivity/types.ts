import type { AmountInput, Decimal } from '../../money/index.js';
import type { AppraisalConventions, AppraiseOptions } from '../../appraisal/index.js';
import type { Scenario } from '../../model/index.js';
import { toText, type AmountsAsText } from '../outcome/index.js';

/**
 * One input of a sensitivity analysis and the range it is varied over, in the input's own terms: a share
 * for `realisation.<tier>`, a multiplier for `costs` and `cost.<id>`, a position (0 low, 1 high) for
 * `indirect.<id>`, a rate for `discountRate`. Values on the step 0.000001.
 *
 * @example
 * ```ts
 * const range: SensitivityRange = { input: 'realisation.possible', low: '0', high: '1' };
 * ```
 */
export interface SensitivityRange {
  readonly input: string;
  readonly low: AmountInput;
  readonly high: AmountInput;
}

/**
 * Options for {@link sensitivity}. The appraisal options fall back to the scenario's settings, then to
 * `appraise`'s defaults, as {@link appraise} resolves them.
 *
 * @example
 * ```ts
 * const options: SensitivityOptions = { paybackWithin: 2, inputs: [{ input: 'discountRate', low: '0.015', high: '0.06' }] };
 * ```
 */
export interface SensitivityOptions extends Omit<AppraiseOptions, 'indirect'> {
  /** The inputs to vary. @defaultValue {@link defaultSensitivityRanges} of the scenario */
  readonly inputs?: readonly SensitivityRange[];
  /** The payback break-even asks for payback within this many years. @defaultValue the appraisal period */
  readonly paybackWithin?: number;
}

/**
 * One row of the tornado: an input varied from low to high with everything else at its base.
 *
 * @example
 * ```ts
 * const row: SensitivityRow = sensitivity(scenario).rows[0];
 * row.swing.toString();
 * ```
 */
export interface SensitivityRow {
  readonly input: string;
  readonly label: string;
  /** The base value; null for an indirect saving at its central rate. */
  readonly base: Decimal | null;
  readonly low: Decimal;
  readonly high: Decimal;
  /** Total NPV with the input at each end, in pounds. */
  readonly npv: { readonly low: Decimal; readonly high: Decimal };
  /** |NPV at high − NPV at low|: the length of the tornado's bar. */
  readonly swing: Decimal;
  /** Each partner's net benefit over the period (undiscounted) with the input at each end, in pounds. */
  readonly netBenefit: readonly { readonly partner: string; readonly low: Decimal; readonly high: Decimal }[];
  /**
   * Break-even values within the range, or null where the condition holds at both ends or at neither:
   * `npv`, the value at which total NPV reaches zero; `payback`, the value at which the partnership
   * first pays back within `paybackWithin` years.
   */
  readonly breakEven: { readonly npv: Decimal | null; readonly payback: Decimal | null };
}

/**
 * The result of {@link sensitivity}.
 *
 * @example
 * ```ts
 * const s: Sensitivity = sensitivity(scenario);
 * s.rows.map((r) => r.input);
 * ```
 */
export interface Sensitivity {
  readonly conventions: {
    readonly appraisal: AppraisalConventions;
    readonly ranges: string;
    readonly order: string;
    readonly rounding: string;
    readonly breakEven: string;
  };
  /** The outcome with every input at its base. */
  readonly base: {
    readonly npv: Decimal;
    readonly netBenefit: readonly { readonly partner: string; readonly value: Decimal }[];
    readonly paybackYear: string | null;
    /** Each partner's NPV and payback year, as {@link appraise} gives them with the same options. */
    readonly partners: readonly { readonly partner: string; readonly npv: Decimal; readonly paybackYear: string | null }[];
  };
  readonly paybackWithin: number;
  /** One row per input, by swing, largest first (ties in the order given). */
  readonly rows: readonly SensitivityRow[];
  /** A Vega-Lite v5 spec of the tornado: NPV and each partner's net benefit, as a plain object. */
  readonly chart: Readonly<Record<string, unknown>>;
  readonly caveats: readonly string[];
}

/**
 * The ranges {@link sensitivity} uses when it is given none: the realisation of projected and of possible
 * savings from 0 to 100%; each quantified one-off cost (exit compensation's cost per head, change
 * management, …) from 75% to 125% of its estimate; each indirect saving from its low to its high rate;
 * the discount rate from 1.5% to 6%.
 *
 * @param scenario - a parsed scenario
 * @returns the ranges, in that order
 *
 * @example
 * ```ts
 * defaultSensitivityRanges(scenario).map((r) => r.input);
 * //=> ['realisation.projected', 'realisation.possible', 'cost.exit-compensation', 'cost.change-management', 'indirect.accommodation', 'indirect.ict-per-computer', 'discountRate']
 * ```
 */
export function defaultSensitivityRanges(scenario: Scenario): SensitivityRange[] {
  return [
    { input: 'realisation.projected', low: '0', high: '1' },
    { input: 'realisation.possible', low: '0', high: '1' },
    ...scenario.costs.filter((k) => !k.unquantified && k.money !== undefined).map((k) => ({ input: `cost.${k.id}`, low: '0.75', high: '1.25' })),
    ...scenario.indirect.map((x) => ({ input: `indirect.${x.id}`, low: '0', high: '1' })),
    { input: 'discountRate', low: '0.015', high: '0.06' },
  ];
}

/**
 * The plain-JSON form of a sensitivity analysis: amounts as strings, the chart as it is.
 *
 * @example
 * ```ts
 * const json: SensitivityJSON = sensitivityToJSON(sensitivity(scenario));
 * ```
 */
export type SensitivityJSON = AmountsAsText<Sensitivity>;

/**
 * Writes a sensitivity analysis as plain JSON: every amount as a string of plain digits.
 *
 * @param result - from {@link sensitivity}
 * @returns a JSON-serialisable object
 *
 * @example
 * ```ts
 * sensitivityToJSON(sensitivity(scenario)).rows[0].npv.low;
 * //=> '31613000'
 * ```
 */
export function sensitivityToJSON(result: Sensitivity): SensitivityJSON {
  return toText(result) as SensitivityJSON;
}
