import { InvariantError } from '../errors/index.js';
import { scaledBigInt, fromScaledBigInt, type Decimal } from '../money/index.js';
import { ruleWeights, type Drivers } from '../attribution/index.js';
import type { Line, Partner, Scenario, Split } from '../model/index.js';
import { roundGrid, roundGridBigInt } from './_grid.js';
import { roundGridFlat } from './_grid-numbers.js';
import { packUnits, type LineBlock } from './_blocks.js';
import type { AxisTally } from './_tally.js';
import { rankFor, scaleOf, splitUnits, toUnits, type Scale } from './_units.js';

/** The per-partner totals of a line's measure, in units of `scale`, with the weights for its grid. */
function partnerUnits(split: Split, scale: Scale, line: Line, scenario: Scenario, changes: Map<string, Map<string, Decimal>>, drivers: Drivers): { total: bigint; parts: bigint[]; weights: bigint[] } {
  const { partners } = scenario;
  const rank = rankFor(line.tieOrder, partners);
  if (split.kind === 'rule') {
    const total = toUnits(split.total, scale);
    if (total === undefined) throw new InvariantError(`line ${line.id}: total is not on its quantum`);
    const weights = ruleWeights(split.rule, partners, rank, drivers);
    return { total, parts: splitUnits(total, weights, rank), weights };
  }
  const amounts = split.kind === 'fixed' ? split.perPartner : changes.get(split.budget);
  if (amounts === undefined) throw new InvariantError(`line ${line.id}: budget ${split.kind === 'derived' ? split.budget : ''} has no per-partner change`);
  const parts = partners.map((p) => {
    const u = toUnits(amounts.get(p.id)!, scale);
    if (u === undefined) throw new InvariantError(`line ${line.id}: ${p.id}'s amount is not on the quantum`);
    return u;
  });
  const total = parts.reduce((a, b) => a + b, 0n);
  // Signed: where partners' amounts differ in sign, each year holds every partner's own part of it.
  return { total, parts, weights: parts };
}

/** The weights a line's total is split over its years by; undefined where the years' amounts are stated. */
function yearWeights(line: Line, moneyYears: readonly bigint[] | undefined): bigint[] | undefined {
  const p = line.phasing;
  if (p.kind === 'amounts' && moneyYears === undefined) return undefined;
  if (moneyYears !== undefined) return moneyYears.map((u) => (u < 0n ? -u : u));
  const places = p.kind === 'shares' ? p.years.reduce((m, y) => Math.max(m, y.share.decimalPlaces()), 0) : 0;
  return p.kind === 'shares' ? p.years.map((y) => scaledBigInt(y.share, places)) : [];
}

/** Year totals of a line in units: the stated amounts, or the total split by the phasing shares. */
function yearUnits(line: Line, total: bigint, scale: Scale, moneyYears: readonly bigint[] | undefined): bigint[] {
  const weights = yearWeights(line, moneyYears);
  if (weights === undefined) return line.phasing.years.map((y) => toUnits((y as { amount: Decimal }).amount, scale)!);
  if (weights.every((w) => w === 0n)) return weights.map((_, i) => (i === 0 ? total : 0n));
  return splitUnits(total, weights, weights.map((_, i) => i));
}

/** A line's years × partners grid, row-major: safe integers as doubles where the rounding ran on them, else BigInts. */
type FlatGrid = Float64Array | bigint[];

/**
 * The years × partners grid of a line. Where the partners' amounts cancel out (a total of zero from
 * parts of both signs), each partner's own amount is spread over the years by the phasing instead.
 */
function lineGrid(line: Line, split: Split, partners: readonly Partner[], total: bigint, years: readonly bigint[], parts: readonly bigint[], weights: readonly bigint[], moneyYears: readonly bigint[] | undefined): FlatGrid {
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  if (years.length === 1) return abs(parts);
  if (total === 0n && parts.some((p) => p !== 0n)) {
    const w = yearWeights(line, moneyYears) ?? years.map((y) => (y < 0n ? -y : y));
    const byYear = w.every((x) => x === 0n) ? w.map((_, i) => (i === 0 ? 1n : 0n)) : w;
    const transposed = roundGrid(parts, years, byYear, byYear.map((_, i) => i));
    return years.flatMap((_, i) => parts.map((_, j) => transposed[j]![i]!));
  }
  const args = [abs(years), abs(parts), split.kind === 'rule' ? weights : abs(weights), rankFor(line.tieOrder, partners)] as const;
  return roundGridFlat(...args) ?? roundGridBigInt(...args).flat();
}

export function evaluateMeasure(
  line: Line,
  measure: 'money' | 'fte',
  scenario: Scenario,
  changes: Map<string, Map<string, Decimal>>,
  moneyYears: readonly bigint[] | undefined,
  out: LineBlock[],
  drivers: Drivers = {},
  tally?: AxisTally,
): bigint[] {
  const split = measure === 'money' ? line.money : line.fte!;
  const scale = scaleOf(measure === 'money' ? pickQuantum(line, split, scenario, changes) : scenario.settings.fteQuantum);
  const { partners, settings } = scenario;
  const { total, parts, weights } = partnerUnits(split, scale, line, scenario, changes, drivers);
  const years = yearUnits(line, total, scale, moneyYears);
  const negative = total < 0n;
  const abs = (xs: readonly bigint[]): bigint[] => xs.map((x) => (negative ? -x : x));
  const grid = lineGrid(line, split, partners, total, years, parts, weights, moneyYears);
  checkLine(line, measure, grid, abs(years), abs(parts));
  // Cells are signed as net benefit: a cost line's money counts against it. (0 − u, not −u: no −0.)
  const flip = negative !== (line.kind === 'cost' && measure === 'money');
  let units: Float64Array | readonly bigint[];
  if (grid instanceof Float64Array) {
    if (flip) for (let k = 0; k < grid.length; k++) grid[k] = 0 - grid[k]!;
    units = grid;
  } else units = packUnits(flip ? grid.map((u) => -u) : grid);
  const block: LineBlock = {
    line: line.id,
    measure,
    years: line.phasing.years.map((y) => settings.years[y.year]!),
    partners: partnerIds(partners),
    units,
    q: scale.q,
    places: scale.places,
  };
  out.push(block);
  tally?.addBlock(block, line);
  return years;
}

/** Partner ids, one shared array per partner list, so that millions of cells need not repeat them. */
const IDS = new WeakMap<readonly Partner[], readonly string[]>();
function partnerIds(partners: readonly Partner[]): readonly string[] {
  let ids = IDS.get(partners);
  if (ids === undefined) IDS.set(partners, (ids = Object.freeze(partners.map((p) => p.id))));
  return ids;
}

/**
 * A derived line uses its own quantum if every partner's change sits on it, else the scenario's if the
 * changes and any phased amounts sit on that, else the largest quantum both divide (starting positions
 * sit on the line's quantum, apportioned closings on the scenario's).
 */
function pickQuantum(line: Line, split: Split, scenario: Scenario, changes: Map<string, Map<string, Decimal>>): Decimal {
  if (split.kind !== 'derived') return line.quantum;
  const fits = (q: Decimal, values: readonly Decimal[]): boolean => values.every((v) => toUnits(v, scaleOf(q)) !== undefined);
  const change = changes.get(split.budget);
  if (change !== undefined && fits(line.quantum, [...change.values()])) return line.quantum;
  const q = scenario.settings.quantum;
  const amounts = line.phasing.kind === 'amounts' ? line.phasing.years.map((y) => y.amount) : [];
  if (fits(q, [...(change?.values() ?? []), ...amounts])) return q;
  const places = Math.max(q.decimalPlaces(), line.quantum.decimalPlaces());
  let [a, b] = [scaledBigInt(q, places), scaledBigInt(line.quantum, places)];
  while (b !== 0n) [a, b] = [b, a % b];
  return fromScaledBigInt(a, places);
}

/** The line's own invariant: its grid adds up to its year totals and its partner totals. */
function checkLine(line: Line, measure: string, grid: FlatGrid, years: readonly bigint[], parts: readonly bigint[]): void {
  const nc = parts.length;
  const { rows, cols } = grid instanceof Float64Array ? (marginsOfDoubles(grid, years.length, nc) ?? marginsOfBigInts(Array.from(grid, BigInt), years.length, nc)) : marginsOfBigInts(grid, years.length, nc);
  rows.forEach((sum, i) => {
    if (sum !== years[i]) throw new InvariantError(`line ${line.id} (${measure}): year ${i} does not add up`);
  });
  cols.forEach((sum, j) => {
    if (sum !== parts[j]) throw new InvariantError(`line ${line.id} (${measure}): partner ${j} does not add up`);
  });
}

interface Margins {
  readonly rows: bigint[];
  readonly cols: bigint[];
}

function marginsOfBigInts(grid: readonly bigint[], nr: number, nc: number): Margins {
  const rows = new Array<bigint>(nr).fill(0n);
  const cols = new Array<bigint>(nc).fill(0n);
  grid.forEach((u, k) => {
    rows[Math.floor(k / nc)]! += u;
    cols[k % nc]! += u;
  });
  return { rows, cols };
}

/** Row and column sums on doubles, exact when the magnitudes add up to a safe integer; else undefined. */
function marginsOfDoubles(grid: Float64Array, nr: number, nc: number): Margins | undefined {
  let magnitude = 0;
  for (let k = 0; k < grid.length; k++) magnitude += Math.abs(grid[k]!);
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined;
  const rows = new Array<number>(nr).fill(0);
  const cols = new Array<number>(nc).fill(0);
  for (let k = 0; k < grid.length; k++) {
    rows[Math.floor(k / nc)]! += grid[k]!;
    cols[k % nc]! += grid[k]!;
  }
  return { rows: rows.map(BigInt), cols: cols.map(BigInt) };
}
