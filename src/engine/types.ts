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
  readonly lineCells: readonly LineCell[];
  readonly positionCells: readonly PositionCell[];
}
