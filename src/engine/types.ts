import type { Decimal } from '../money/index.js';
import type { Measure, Position, Scenario } from '../model/index.js';

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
