import type { Evaluation } from './types.js';
import { lineBlocksOf, valueAt } from './_blocks.js';
import { contributionsJSON } from './_contributions-json.js';

/** Line cells straight from the engine's integer blocks, with no Decimal cell objects kept. */
function lineCellsJSON(evaluation: Evaluation): { line: string; partner: string; year: string; measure: string; value: string }[] {
  const out: { line: string; partner: string; year: string; measure: string; value: string }[] = [];
  for (const b of lineBlocksOf(evaluation)) {
    const nc = b.partners.length;
    for (let k = 0; k < b.units.length; k++) out.push({ line: b.line, partner: b.partners[k % nc]!, year: b.years[Math.floor(k / nc)]!, measure: b.measure, value: valueAt(b, k).toFixed() });
  }
  return out;
}

/**
 * The plain-JSON form of an evaluation: amounts as strings (exact, never numbers), cells in a fixed
 * order, so the same scenario always gives byte-identical JSON. Where the scenario states cost-sharing
 * agreements, `contributions` gives each one's years: the periods (dates, members, driver values read,
 * exact and stated shares as fractions, prior, movement, decision and reason), the year's shares, its
 * cost and each party's contribution.
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
  costCells: { cost: string; partner: string; year: string; value: string }[];
  fundingCells: { funding: string; partner: string; year: string; value: string }[];
  indirectCells: { indirect: string; range: string; partner: string; year: string; value: string }[];
  unquantifiedCosts: { id: string; name: string; note?: string }[];
  contributions?: Record<string, unknown>[];
} {
  const s = evaluation.scenario;
  return {
    title: s.title,
    unit: '£',
    partners: s.partners.map((p) => p.id),
    years: [...s.settings.years],
    lineCells: lineCellsJSON(evaluation),
    positionCells: evaluation.positionCells.map((c) => ({ budget: c.budget, service: c.service, partner: c.partner, position: c.position, measure: c.measure, value: c.value.toFixed() })),
    costCells: evaluation.costCells.map((c) => ({ cost: c.cost, partner: c.partner, year: c.year, value: c.value.toFixed() })),
    fundingCells: evaluation.fundingCells.map((c) => ({ funding: c.funding, partner: c.partner, year: c.year, value: c.value.toFixed() })),
    indirectCells: evaluation.indirectCells.map((c) => ({ indirect: c.indirect, range: c.range, partner: c.partner, year: c.year, value: c.value.toFixed() })),
    // Unquantified costs are carried as caveats in every output, never as zero.
    unquantifiedCosts: s.costs.filter((k) => k.unquantified).map((k) => ({ id: k.id, name: k.name, ...(k.note === undefined ? {} : { note: k.note }) })),
    // Only where the scenario states agreements, so that every other evaluation's JSON is unchanged.
    ...(evaluation.contributions === undefined ? {} : { contributions: contributionsJSON(evaluation.contributions, s.partners.map((p) => p.id), s.settings.firstYear) }),
  };
}
