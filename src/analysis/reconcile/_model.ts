import { Decimal } from '../../money/index.js';
import { evaluate, type Evaluation } from '../../engine/index.js';
import type { Scenario } from '../../model/index.js';

/**
 * How much finer than its own quanta the model is evaluated to find its values before rounding: a
 * millionth. Far below any precision a paper prints, so a printed figure within half its last digit of
 * the exact value is within it of this one too (short of a tie at the millionth, which no paper prints).
 */
const FINER = new Decimal('0.000001');

/**
 * The scenario with every quantum (the scenario's, the FTE quantum, each line's and each cost's) a
 * millionth of what it was: the same rules, shares and tie orders, so its cells are the model's own
 * values before they are rounded to the quantum. Every stated amount sits on the finer quantum too.
 */
function finerScenario(s: Scenario): Scenario {
  const fine = (q: Decimal): Decimal => q.times(FINER);
  return {
    ...s,
    settings: { ...s.settings, quantum: fine(s.settings.quantum), fteQuantum: fine(s.settings.fteQuantum) },
    lines: s.lines.map((l) => ({ ...l, quantum: fine(l.quantum) })),
    costs: s.costs.map((k) => ({ ...k, quantum: fine(k.quantum) })),
  };
}

/**
 * The model before its own rounding, made once and only when asked for: a paper that splits £0.200m
 * three ways prints 0.067 for each third, where the model, rounding to £1k, must give one partner 0.066
 * so that the parts add up. Reconciliation compares a printed figure with both.
 *
 * @param evaluation - the model as evaluated
 * @returns a function giving the unrounded evaluation, evaluated on first call
 */
export function unroundedModel(evaluation: Evaluation): () => Evaluation {
  let made: Evaluation | undefined;
  return () => (made ??= evaluate(finerScenario(evaluation.scenario)));
}

/**
 * The driver the model computes for an indirect saving: the FTE removed, as the engine places indirect
 * savings by it (each line's positive FTE cells, summed).
 *
 * @param evaluation - the model as evaluated
 * @returns the FTE removed by the lines
 */
export function computedFteRemoved(evaluation: Evaluation): Decimal {
  return evaluation.lineCells.reduce((a, c) => (c.measure === 'fte' && c.value.isPositive() && !c.value.isZero() ? a.plus(c.value) : a), new Decimal(0));
}
