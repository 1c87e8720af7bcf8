import { Decimal, fromScaledBigInt, pow10 } from '../money/index.js';
import type { Line, Selector } from '../model/index.js';
import type { Evaluation, LineCell, PositionCell } from './types.js';
import { type LineBlock, lineBlocksOf, materialise, unitAt } from './_blocks.js';
import { sumByPartnerYear, sumCells } from './_block-sums.js';

/** Which cells a selector addresses. */
export type SelectorSource = 'lines' | 'positions' | 'costs' | 'funding' | 'indirect';

/**
 * Which cells a selector addresses: baselines when it names a budget, position, basis or
 * controllability; one-off costs, funding or indirect savings when it names one; else savings lines.
 *
 * @param s - a selector
 * @returns the source of its cells
 *
 * @example
 * ```ts
 * sourceOf({ budget: 'management-staffing', position: 'closing' });
 * //=> 'positions'
 * ```
 */
export function sourceOf(s: Selector): SelectorSource {
  if (s.cost !== undefined || s.costType !== undefined) return 'costs';
  if (s.funding !== undefined) return 'funding';
  if (s.indirect !== undefined || s.range !== undefined) return 'indirect';
  if (s.budget !== undefined || s.position !== undefined || s.basis !== undefined || s.controllable !== undefined) return 'positions';
  return 'lines';
}

/** True when a selector names a baseline (budget or position) rather than savings lines. */
export function isPositionSelector(s: Selector): boolean {
  return sourceOf(s) === 'positions';
}

/** Which lines (by id) and which of their cells a selector picks out (for the engine's own sums). */
export function lineFilter(evaluation: Evaluation, s: Selector): { block: (line: string, measure: 'money' | 'fte') => boolean; cell: (partner: string | undefined, year: string | undefined) => boolean } {
  const measure = s.measure ?? 'money';
  const picked = new Set(
    evaluation.scenario.lines
      .filter(
        (l) =>
          (s.line === undefined || l.id === s.line) &&
          (s.service === undefined || l.service === s.service) &&
          (s.tier === undefined || l.tier === s.tier) &&
          (s.kind === undefined || l.kind === s.kind) &&
          (s.category === undefined || l.category === s.category) &&
          (s.fund === undefined || l.fund === s.fund) &&
          (s.recurrence === undefined || l.recurrence === s.recurrence),
      )
      .map((l) => l.id),
  );
  return {
    block: (line, m) => m === measure && picked.has(line),
    // Where the partner or year is not given (summed over already), the selector does not name one.
    cell: (partner, year) => (s.partner === undefined || partner === s.partner) && (s.year === undefined || year === s.year),
  };
}

/**
 * What selections read of one evaluation, built once: the scenario's lines, budgets and cost types by id,
 * and the line blocks each set of line attributes picks out. Reconciling a scenario selects cells for
 * each of its hundreds of published figures (and for each year of some): without this, every selection
 * looked every line, budget and block over again.
 */
interface SelectIndex {
  readonly evaluation: Evaluation;
  /** What the index was built from: rebuilt when any of them is not the evaluation's now. */
  readonly scenario: Evaluation['scenario'];
  readonly blocks: readonly LineBlock[];
  readonly positionCells: readonly PositionCell[];
  readonly lines: ReadonlyMap<string, Line>;
  readonly budgets: ReadonlyMap<string, Evaluation['scenario']['budgets'][number]>;
  readonly costTypes: ReadonlyMap<string, string>;
  /** The position cells of each measure, and of each budget within it, in the evaluation's order. */
  readonly positions: ReadonlyMap<string, { readonly all: readonly PositionCell[]; readonly byBudget: ReadonlyMap<string, readonly PositionCell[]> }>;
  /** The blocks a selector's measure and line attributes pick out, by those attributes (`pickKey`). */
  readonly picked: Map<string, readonly LineBlock[]>;
  /** The sums of those blocks' cells by partner and year, by the same key, where they are few enough to hold. */
  readonly sums: Map<string, PickedSums | null>;
}

/**
 * The cells of a set of blocks summed at the finest places of any of them, in every way a selector can
 * ask: by partner and year, by partner, by year, and all. A sum is here when a selector naming it would
 * find a partner column or year row of one of the blocks (0 when those hold no cell), as `sumCells` makes
 * a group for each column or row its key names; a sum not here is undefined to the selector.
 */
interface PickedSums {
  readonly places: number;
  readonly cells: Map<string, Map<string, bigint>>;
  readonly partners: Map<string, bigint>;
  readonly years: Map<string, bigint>;
  readonly total: bigint;
}

/** The most cells of picked blocks whose sums are held (four BigInt sums a cell); beyond, each selection sums its cells. */
const MAX_HELD_CELLS = 1 << 14;

function pickedSums(blocks: readonly LineBlock[]): PickedSums | null {
  if (blocks.reduce((n, b) => n + b.units.length, 0) > MAX_HELD_CELLS) return null;
  const places = blocks.reduce((m, b) => Math.max(m, b.places), 0);
  const cells = new Map<string, Map<string, bigint>>();
  const partners = new Map<string, bigint>();
  const years = new Map<string, bigint>();
  let total = 0n;
  for (const b of blocks) {
    const factor = b.q * pow10(places - b.places);
    const nc = b.partners.length;
    for (const p of b.partners) if (!partners.has(p)) partners.set(p, 0n);
    for (const y of b.years) if (!years.has(y)) years.set(y, 0n);
    for (let j = 0; j < nc; j++) {
      const p = b.partners[j]!;
      let row = cells.get(p);
      if (row === undefined) cells.set(p, (row = new Map()));
      for (let i = 0; i < b.years.length; i++) {
        const y = b.years[i]!;
        const u = unitAt(b.units, i * nc + j) * factor;
        row.set(y, (row.get(y) ?? 0n) + u);
        partners.set(p, partners.get(p)! + u);
        years.set(y, years.get(y)! + u);
        total += u;
      }
    }
  }
  return { places, cells, partners, years, total };
}

const INDEXES = new WeakMap<Evaluation, SelectIndex>();

/**
 * The evaluation's index, built when first needed. An evaluation made by `evaluate` keeps its blocks, so
 * its index is built once; one built by hand makes new blocks from its cells at each read, and so gets a
 * new index at each selection, as it got new blocks before.
 */
function indexOf(evaluation: Evaluation): SelectIndex {
  const blocks = lineBlocksOf(evaluation);
  const cached = INDEXES.get(evaluation);
  if (cached !== undefined && cached.blocks === blocks && cached.scenario === evaluation.scenario && cached.positionCells === evaluation.positionCells) return cached;
  const scenario = evaluation.scenario;
  const index: SelectIndex = {
    evaluation,
    scenario,
    blocks,
    positionCells: evaluation.positionCells,
    lines: new Map(scenario.lines.map((l) => [l.id, l])),
    budgets: new Map(scenario.budgets.map((b) => [b.id, b])),
    costTypes: new Map(scenario.costs.map((k) => [k.id, k.type])),
    positions: positionsByMeasure(evaluation.positionCells),
    picked: new Map(),
    sums: new Map(),
  };
  INDEXES.set(evaluation, index);
  return index;
}

function positionsByMeasure(cells: readonly PositionCell[]): SelectIndex['positions'] {
  const out = new Map<string, { all: PositionCell[]; byBudget: Map<string, PositionCell[]> }>();
  for (const c of cells) {
    let m = out.get(c.measure);
    if (m === undefined) out.set(c.measure, (m = { all: [], byBudget: new Map() }));
    m.all.push(c);
    let b = m.byBudget.get(c.budget);
    if (b === undefined) m.byBudget.set(c.budget, (b = []));
    b.push(c);
  }
  return out;
}

/** The measure and line attributes of a selector, as one key: selectors that agree on them pick the same blocks. */
function pickKey(s: Selector): string {
  return JSON.stringify([s.measure ?? 'money', s.line, s.service, s.tier, s.kind, s.category, s.fund, s.recurrence]);
}

/** The line blocks of the selector's measure whose lines its attributes pick out, in block order. */
function pickedBlocks(index: SelectIndex, s: Selector): readonly LineBlock[] {
  const key = pickKey(s);
  let picked = index.picked.get(key);
  if (picked === undefined) {
    const { block } = lineFilter(index.evaluation, s);
    index.picked.set(key, (picked = index.blocks.filter((b) => block(b.line, b.measure))));
  }
  return picked;
}

/**
 * The sum of the line cells a selector picks out (undefined when none does): the blocks its line
 * attributes pick, from the index, and their sums by partner and year, made once for all selectors with
 * those attributes (for blocks of more cells than are held, their cells summed at each selection). The
 * same sum as summing every block through `lineFilter`.
 */
function sumLines(evaluation: Evaluation, s: Selector): Decimal | undefined {
  const index = indexOf(evaluation);
  const blocks = pickedBlocks(index, s);
  if (blocks.length === 0) return undefined;
  const key = pickKey(s);
  let held = index.sums.get(key);
  if (held === undefined) index.sums.set(key, (held = pickedSums(blocks)));
  if (held !== null) {
    const sum =
      s.partner === undefined ? (s.year === undefined ? held.total : held.years.get(s.year)) : s.year === undefined ? held.partners.get(s.partner) : held.cells.get(s.partner)?.get(s.year);
    return sum === undefined ? undefined : fromScaledBigInt(sum, held.places);
  }
  const byPartner = s.partner !== undefined;
  const byYear = s.year !== undefined;
  return sumCells(blocks, {
    byPartner,
    byYear,
    key: (_line, _m, partner, year) => ((!byPartner || partner === s.partner) && (!byYear || year === s.year) ? '' : undefined),
  }).get('');
}

/** The line cells a selector picks out. */
export function selectLineCells(evaluation: Evaluation, s: Selector): LineCell[] {
  const { block, cell } = lineFilter(evaluation, s);
  return materialise(lineBlocksOf(evaluation).filter((b) => block(b.line, b.measure))).filter((c) => cell(c.partner, c.year));
}

/**
 * Sums the line cells a selector picks out into groups, exactly (see `sumCells`): `keyOf` names a
 * cell's group from its line, partner and year; it is given '' for the partner or year unless `by` says
 * the group depends on it, and cells are then summed over that axis first.
 */
export function sumSelectedLineCells(
  evaluation: Evaluation,
  s: Selector,
  keyOf: (line: Line, partner: string, year: string) => string,
  by: { readonly partner: boolean; readonly year: boolean } = { partner: false, year: false },
): Map<string, Decimal> {
  const lines = new Map<string, Line>(evaluation.scenario.lines.map((l) => [l.id, l]));
  const { block, cell } = lineFilter(evaluation, s);
  const byPartner = by.partner || s.partner !== undefined;
  const byYear = by.year || s.year !== undefined;
  return sumCells(lineBlocksOf(evaluation), {
    block,
    byPartner,
    byYear,
    key: (line, _m, partner, year) => (cell(byPartner ? partner : undefined, byYear ? year : undefined) ? keyOf(lines.get(line)!, partner, year) : undefined),
  });
}

/**
 * Line cells summed, exactly, by partner (the scenario's, in order) and year (`years`, in order) within
 * groups of lines: `groupOf` names a line's group for a measure, or leaves it out with undefined.
 * Returns `[partner][year]` per group.
 */
export function sumLinesByPartnerYear(evaluation: Evaluation, years: readonly string[], groupOf: (line: Line, measure: 'money' | 'fte') => string | undefined): Map<string, Decimal[][]> {
  const lines = new Map<string, Line>(evaluation.scenario.lines.map((l) => [l.id, l]));
  const partners = evaluation.scenario.partners.map((p) => p.id);
  return sumByPartnerYear(lineBlocksOf(evaluation), partners, years, (id, measure) => {
    const line = lines.get(id);
    return line === undefined ? undefined : groupOf(line, measure);
  });
}

/** The position cells a selector picks out. Without a partner, the partner cells and any total-only cell. */
export function selectPositionCells(evaluation: Evaluation, s: Selector): PositionCell[] {
  const measure = s.measure ?? 'money';
  const { budgets, positions } = indexOf(evaluation);
  const ofMeasure = positions.get(measure);
  // Only the cells of the selector's measure (and budget, where it names one), in the evaluation's order.
  const candidates = ofMeasure === undefined ? [] : s.budget === undefined ? ofMeasure.all : (ofMeasure.byBudget.get(s.budget) ?? []);
  return candidates.filter((c) => {
    const b = budgets.get(c.budget);
    return (
      c.measure === measure &&
      (s.budget === undefined || c.budget === s.budget) &&
      (s.service === undefined || c.service === s.service) &&
      (s.position === undefined || c.position === s.position) &&
      (s.partner === undefined || c.partner === s.partner) &&
      (s.fund === undefined || b?.fund === s.fund) &&
      (s.basis === undefined || b?.basis === s.basis) &&
      (s.controllable === undefined || b?.controllable === s.controllable)
    );
  });
}

/** The cost, funding or indirect cells a selector picks out. */
function selectOtherCells(evaluation: Evaluation, s: Selector, source: SelectorSource): { value: Decimal }[] {
  const common = (c: { partner: string; year: string }): boolean => (s.partner === undefined || c.partner === s.partner) && (s.year === undefined || c.year === s.year);
  if (source === 'costs') {
    const { costTypes: types } = indexOf(evaluation);
    return evaluation.costCells.filter((c) => common(c) && (s.cost === undefined || c.cost === s.cost) && (s.costType === undefined || types.get(c.cost) === s.costType));
  }
  if (source === 'funding') return evaluation.fundingCells.filter((c) => common(c) && c.funding === s.funding);
  const range = s.range ?? 'central';
  return evaluation.indirectCells.filter((c) => common(c) && c.range === range && (s.indirect === undefined || c.indirect === s.indirect));
}

/**
 * The model's value of whatever a selector describes: the sum of the cells it picks out, in pounds
 * (money) or in FTE / heads. `undefined` when no cell matches (the model cannot say).
 *
 * @param evaluation - from {@link evaluate}
 * @param selector - a filter over cells, as published figures use
 * @returns the exact sum, or undefined
 *
 * @example
 * ```ts
 * selectTotal(evaluation, { tier: 'assured', partner: 'hf' })?.toString();
 * //=> '3910000'
 * ```
 */
export function selectTotal(evaluation: Evaluation, selector: Selector): Decimal | undefined {
  const source = sourceOf(selector);
  if (source === 'lines') return sumLines(evaluation, selector);
  const cells: readonly { value: Decimal }[] = source === 'positions' ? selectPositionCells(evaluation, selector) : selectOtherCells(evaluation, selector, source);
  if (cells.length === 0) return undefined;
  return cells.reduce((a, c) => a.plus(c.value), new Decimal(0));
}
