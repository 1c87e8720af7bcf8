/**
 * Whether a game's core is empty, decided exactly: the least total that gives every stated group and
 * every player alone at least its value, found by a small linear programme in integer arithmetic.
 *
 * The primal: minimise Σxᵢ subject to x(S) ≥ v(S) for every stated group S and every player alone (an
 * unstated group is worth the sum of its members alone, so it is implied). The core is non-empty iff
 * that minimum is at most v(N). Writing xᵢ = v({i}) + yᵢ, it becomes: minimise Σyᵢ, y ≥ 0, y(S) ≥ e(S)
 * where e(S) = v(S) − Σ_{i∈S} v({i}) is the group's gain over its members alone; a group with no gain is
 * implied by y ≥ 0 and dropped. Its dual is a packing problem, maximise Σ e(S)λ_S subject to
 * Σ_{S∋i} λ_S ≤ 1 for every player i, λ ≥ 0, whose slack basis is feasible from the start, so the simplex
 * needs no first phase. We solve the dual (Dantzig's rule, falling back to Bland's so that it cannot
 * cycle) and read the primal point off the final objective row. Both come out as certificates: the
 * point x satisfies every group, and the weights (λ, with each player's slack as the weight of that
 * player alone) are balanced, every player counted exactly once, with Σλ_S v(S) equal to the least
 * total (Bondareva–Shapley).
 */
import type { Game, Rational } from './_game.js';
import { reduce } from './_game.js';

/** A group (or a player alone) in the balanced weights, with its weight. */
export interface WeightedGroup {
  readonly mask: bigint;
  readonly value: bigint;
  readonly weight: Rational;
  /** Where the group was stated; -1 for a player alone whose value was not stated. */
  readonly index: number;
}

/** The least total and its two certificates. */
export interface LeastTotal {
  /** min Σxᵢ subject to every stated group and every player alone getting at least its value. */
  readonly total: Rational;
  /** A point attaining it: x(S) ≥ v(S) for every stated group and player alone, Σxᵢ = total. */
  readonly point: readonly Rational[];
  /** Balanced weights attaining it: every player in groups of total weight 1, Σ weight × value = total. */
  readonly weights: readonly WeightedGroup[];
}

/**
 * Dantzig's rule (the most negative reduced cost) takes far fewer pivots than Bland's on these problems
 * (12 partners with all 4,082 groups stated: about 40 pivots against 500), but can cycle on a
 * degenerate vertex; after this many degenerate pivots in a row, Bland's rule (the lowest index enters,
 * ties leave by the lowest basic index) takes over until the objective moves again. Bland's rule cannot
 * cycle, and a pivot that moves the objective never returns to an earlier basis, so the method ends.
 */
export const DANTZIG_STREAK = 8;

/**
 * The largest programme the exact check takes on: at most this many players (the most for which the
 * Shapley value can be exact), and at most this many stated groups worth more than their members alone.
 * At the limit a check takes under a second (measured: 12 partners with all 4,082 groups stated, about
 * 0.1 to 0.3 s; 16 partners with 4,096 groups, 0.1 to 0.8 s). Beyond it, whether the core is empty is
 * reported as not determined, with the reason (unless no stated group is worth more than its members
 * alone: then nothing is pivoted, whatever the size).
 */
export const LEAST_TOTAL_LIMIT = { players: 16, groups: 4096 } as const;

/** Players, and stated groups worth more than their members alone: the size of the programme. */
export function leastTotalSize(game: Game): { readonly players: number; readonly groups: number } {
  return { players: game.n, groups: gainGroups(game).length };
}

function gainGroups(game: Game): { mask: bigint; value: bigint; index: number; gain: bigint; members: number[] }[] {
  const out = [];
  for (const g of game.groups) {
    const members: number[] = [];
    for (let i = 0; i < game.n; i++) if ((g.mask >> BigInt(i)) & 1n) members.push(i);
    if (members.length < 2) continue;
    const gain = g.value - members.reduce((a, i) => a + game.singles[i]!, 0n);
    if (gain > 0n) out.push({ ...g, gain, members });
  }
  return out;
}

/**
 * Solves the linear programme exactly. Entries stay integers throughout (fraction-free pivoting: every
 * entry is a determinant of the starting tableau over the current denominator, so each division is
 * exact).
 *
 * @param dantzigStreak - degenerate pivots in a row before Bland's rule takes over (0: Bland's rule
 *   throughout, as the tests use to check that path) @defaultValue {@link DANTZIG_STREAK}
 */
export function leastTotal(game: Game, dantzigStreak = DANTZIG_STREAK): LeastTotal {
  const n = game.n;
  const groups = gainGroups(game);
  const m = groups.length;
  const width = m + n + 1; // λ for each group, a slack for each player, the right-hand side
  const rhs = m + n;
  const rows: bigint[][] = Array.from({ length: n }, (_, i) => {
    const row = new Array<bigint>(width).fill(0n);
    row[m + i] = 1n;
    row[rhs] = 1n;
    return row;
  });
  groups.forEach((g, j) => g.members.forEach((i) => (rows[i]![j] = 1n)));
  const objective = new Array<bigint>(width).fill(0n);
  groups.forEach((g, j) => (objective[j] = -g.gain));
  const basis = Array.from({ length: n }, (_, i) => m + i);
  let den = 1n;
  let degenerate = 0; // pivots in a row that left the objective where it was

  for (;;) {
    const c = degenerate < dantzigStreak ? mostNegative(objective, rhs) : objective.findIndex((x, j) => j < rhs && x < 0n);
    if (c < 0) break;
    let r = -1;
    for (let i = 0; i < n; i++) {
      const a = rows[i]![c]!;
      if (a <= 0n) continue;
      if (r < 0) {
        r = i;
        continue;
      }
      // rows[i].rhs / a against rows[r].rhs / rows[r][c], ties to the lower basic index (Bland).
      const x = rows[i]![rhs]! * rows[r]![c]!;
      const y = rows[r]![rhs]! * a;
      if (x < y || (x === y && basis[i]! < basis[r]!)) r = i;
    }
    // Every column of a group has a 1 in some row, so the packing problem is bounded: r is found.
    const pivot = rows[r]!;
    const p = pivot[c]!;
    for (const row of [...rows.filter((_, i) => i !== r), objective]) {
      const f = row[c]!;
      for (let j = 0; j < width; j++) row[j] = exact(row[j]! * p - f * pivot[j]!, den);
    }
    degenerate = pivot[rhs] === 0n ? degenerate + 1 : 0;
    basis[r] = c;
    den = p;
  }

  const over = (num: bigint): Rational => reduce({ num, den });
  const lambda = new Array<bigint>(m + n).fill(0n);
  basis.forEach((b, i) => (lambda[b] = rows[i]![rhs]!));
  const stated = new Map(game.groups.map((g) => [g.mask, g.index]));
  const weights: WeightedGroup[] = [
    ...groups.flatMap((g, j) => (lambda[j]! > 0n ? [{ mask: g.mask, value: g.value, weight: over(lambda[j]!), index: g.index }] : [])),
    ...game.singles.flatMap((value, i) => {
      const mask = 1n << BigInt(i);
      return lambda[m + i]! > 0n ? [{ mask, value, weight: over(lambda[m + i]!), index: stated.get(mask) ?? -1 }] : [];
    }),
  ];
  const singles = game.singles.reduce((a, b) => a + b, 0n);
  return {
    total: over(singles * den + objective[rhs]!),
    point: game.singles.map((v, i) => over(v * den + objective[m + i]!)),
    weights,
  };
}

/** The column with the most negative reduced cost (Dantzig's rule), -1 when none is negative. */
function mostNegative(objective: readonly bigint[], end: number): number {
  let c = -1;
  for (let j = 0; j < end; j++) if (objective[j]! < 0n && (c < 0 || objective[j]! < objective[c]!)) c = j;
  return c;
}

function exact(a: bigint, b: bigint): bigint {
  if (a % b !== 0n) throw new Error(`Fraction-free pivot: ${a} is not a multiple of ${b}`);
  return a / b;
}
