import type { Decimal } from '../money/index.js';
import type { AgreementCost, Measure, Position, Scenario } from '../model/index.js';
import type { YearSplit } from '../attribution/index.js';

/**
 * One cell of a line: the part of one line that falls to one partner in one financial year, for one
 * measure. Money is in pounds and signed as net benefit: savings and income positive, costs negative.
 *
 * @example
 * ```ts
 * const cell: LineCell = { line: 'management', partner: 'hf', year: '2011/12', measure: 'money', value: new Decimal('684000') };
 * ```
 */
export interface LineCell {
  readonly line: string;
  readonly partner: string;
  readonly year: string;
  readonly measure: 'money' | 'fte';
  readonly value: Decimal;
}

/**
 * One cell of a service baseline: a budget's starting or closing position, or the change between them,
 * for one partner (or `null` where the paper gives only a total).
 *
 * @example
 * ```ts
 * const cell: PositionCell = { budget: 'management-staffing', service: 'management', partner: 'hf', position: 'closing', measure: 'money', value: new Decimal('438000') };
 * ```
 */
export interface PositionCell {
  readonly budget: string;
  readonly service: string;
  readonly partner: string | null;
  readonly position: Position;
  readonly measure: Measure;
  readonly value: Decimal;
}

/**
 * The result of {@link evaluate}: every cell of the scenario, exact. Every total in every view is a sum
 * of these cells, so totals add up along every axis.
 *
 * @example
 * ```ts
 * const evaluation: Evaluation = evaluate(scenario);
 * evaluation.lineCells.length;
 * ```
 */
export interface Evaluation {
  readonly scenario: Scenario;
  /**
   * Every line cell, as a plain object with a Decimal value. The engine holds line cells as integers and
   * makes this (frozen) array when it is first read, once; totals, views and analyses never need it, so
   * a large scenario pays for it only where a caller asks for every cell.
   */
  readonly lineCells: readonly LineCell[];
  readonly positionCells: readonly PositionCell[];
  /** One-off costs, positive amounts in pounds, per partner and year. */
  readonly costCells: readonly CostCell[];
  /** External funding, positive amounts in pounds, where the costs it offsets fall. */
  readonly fundingCells: readonly FundingCell[];
  /** Indirect savings per partner and year, for each of the low, central and high rates. */
  readonly indirectCells: readonly IndirectCell[];
  /**
   * Each cost-sharing agreement's split and contributions by year, in the scenario's order. Present only
   * when the scenario states agreements, so an evaluation of any other scenario is as it always was.
   */
  readonly contributions?: readonly AgreementContributions[];
}

/**
 * One partner's contribution to an agreement's running cost in one year, in pounds (a positive amount of
 * cost). Where the year's cost states a gross, `gross` and `income` are each apportioned and `net` is
 * exactly `gross − income`; `saving` is `standAlone − net` where the scenario states what the partner
 * would spend alone.
 *
 * @example
 * ```ts
 * const cell: ContributionCell = { agreement: 'contact-centre', partner: 'shdc', year: '2021/22', net: new Decimal('852000') };
 * ```
 */
export interface ContributionCell {
  readonly agreement: string;
  readonly partner: string;
  readonly year: string;
  readonly gross?: Decimal;
  readonly income?: Decimal;
  readonly net: Decimal;
  readonly standAlone?: Decimal;
  readonly saving?: Decimal;
}

/**
 * One financial year of an agreement: how the year was split (the periods, the driver values read, the
 * exact and stated shares, the prior, the movement and the decision) and the year's running cost
 * apportioned by that split: one cell per partner that is a party for some of the year.
 *
 * @example
 * ```ts
 * const year: AgreementYear = evaluate(scenario).contributions![0]!.years[0]!;
 * year.cells.map((c) => c.net.toString());
 * //=> ['852000', '348000']
 * ```
 */
export interface AgreementYear {
  /** The year's label, e.g. `'2022/23'`. */
  readonly year: string;
  /** The time kernel's split of the year. */
  readonly split: YearSplit;
  /** The running cost stated for the year; absent where none is (the split is still shown). */
  readonly cost?: AgreementCost;
  /** Each party's contribution; empty where no cost is stated. They add up to the cost exactly. */
  readonly cells: readonly ContributionCell[];
}

/**
 * One agreement's evaluation: every year of the scenario, in order.
 *
 * @example
 * ```ts
 * const [first] = evaluate(scenario).contributions!;
 * first.years.map((y) => y.year);
 * //=> ['2021/22', '2022/23', '2023/24']
 * ```
 */
export interface AgreementContributions {
  readonly agreement: string;
  readonly years: readonly AgreementYear[];
}

/**
 * One partner's part of a one-off cost in one year, in pounds (a positive amount of cost).
 *
 * @example
 * ```ts
 * const cell: CostCell = { cost: 'exit-compensation', partner: 'hf', year: '2011/12', value: new Decimal('785000') };
 * ```
 */
export interface CostCell {
  readonly cost: string;
  readonly partner: string;
  readonly year: string;
  readonly value: Decimal;
}

/**
 * One partner's part of external funding in one year, in pounds.
 *
 * @example
 * ```ts
 * const cell: FundingCell = { funding: 'seed', partner: 'tameside', year: '2021/22', value: new Decimal('25000') };
 * ```
 */
export interface FundingCell {
  readonly funding: string;
  readonly partner: string;
  readonly year: string;
  readonly value: Decimal;
}

/**
 * One partner's indirect saving in one year at one end of the range, in pounds.
 *
 * @example
 * ```ts
 * const cell: IndirectCell = { indirect: 'accommodation', range: 'low', partner: 'hf', year: '2011/12', value: new Decimal('120000') };
 * ```
 */
export interface IndirectCell {
  readonly indirect: string;
  readonly range: 'low' | 'central' | 'high';
  readonly partner: string;
  readonly year: string;
  readonly value: Decimal;
}
