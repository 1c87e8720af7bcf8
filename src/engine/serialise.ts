import type { Evaluation } from './types.js';

/**
 * The plain-JSON form of an evaluation: amounts as strings (exact, never numbers), cells in a fixed
 * order, so the same scenario always gives byte-identical JSON.
 *
 * @param evaluation - from {@link evaluate}
 * @returns a JSON-serialisable object
 *
 * @example
 * ```ts
 * JSON.stringify(evaluationToJSON(evaluate(scenario))) === JSON.stringify(evaluationToJSON(evaluate(scenario)));
 * //=> true
 * ```
 */
export function evaluationToJSON(evaluation: Evaluation): {
  title: string;
  unit: string;
  partners: string[];
  years: string[];
  lineCells: { line: string; partner: string; year: string; measure: string; value: string }[];
  positionCells: { budget: string; service: string; partner: string | null; position: string; measure: string; value: string }[];
} {
  const s = evaluation.scenario;
  return {
    title: s.title,
    unit: '£',
    partners: s.partners.map((p) => p.id),
    years: [...s.settings.years],
    lineCells: evaluation.lineCells.map((c) => ({ line: c.line, partner: c.partner, year: c.year, measure: c.measure, value: c.value.toFixed() })),
    positionCells: evaluation.positionCells.map((c) => ({ budget: c.budget, service: c.service, partner: c.partner, position: c.position, measure: c.measure, value: c.value.toFixed() })),
  };
}
