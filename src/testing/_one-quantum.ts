/**
 * Whether a years × partners grid can be rounded with every cell the floor or the ceiling of its exact
 * value `years[i] · weights[j] / W` (all in whole quanta) while its rows add up to `years` and its columns
 * to `partners`. The two sets of totals are each rounded on their own, and with very unequal weights they
 * can rule such a rounding out; the engine then lets a cell go a second quantum, and the checker needs to
 * know which case it is in. Written here apart from the engine: a b-matching by depth-first search.
 */
export function oneQuantumRoundingExists(years: readonly bigint[], partners: readonly bigint[], weights: readonly bigint[]): boolean {
  let W = weights.reduce((a, b) => a + b, 0n);
  if (W === 0n) return true;
  const w = W < 0n ? weights.map((x) => -x) : [...weights];
  if (W < 0n) W = -W;
  const floorDiv = (a: bigint): bigint => (a >= 0n ? a / W : -((-a + W - 1n) / W));
  const rowNeed = years.map(() => 0n);
  const colNeed = [...partners];
  const fractional = years.map((y, i) =>
    w.map((x, j) => {
      const f = floorDiv(y * x);
      rowNeed[i] = rowNeed[i]! + f;
      colNeed[j] = colNeed[j]! - f;
      return y * x - f * W !== 0n;
    }),
  );
  const rowLeft = years.map((y, i) => y - rowNeed[i]!);
  if (rowLeft.some((n) => n < 0n) || colNeed.some((n) => n < 0n)) return false;
  // Each row must take rowLeft[i] quanta, at most one per fractional cell; each column gives colNeed[j].
  const taken = years.map(() => w.map(() => false));
  const given = colNeed.map(() => 0n);
  const place = (i: number, seen: Set<number>): boolean => {
    for (let j = 0; j < w.length; j++) {
      if (!fractional[i]![j] || taken[i]![j] || seen.has(j)) continue;
      seen.add(j);
      if (given[j]! < colNeed[j]!) {
        taken[i]![j] = true;
        given[j] = given[j]! + 1n;
        return true;
      }
      // Column j is full: move one of its quanta from another row to another column, if that row can.
      for (let k = 0; k < years.length; k++) {
        if (k === i || !taken[k]![j]) continue;
        taken[k]![j] = false;
        if (place(k, seen)) {
          taken[i]![j] = true;
          return true;
        }
        taken[k]![j] = true;
      }
    }
    return false;
  };
  for (let i = 0; i < years.length; i++) for (let n = 0n; n < rowLeft[i]!; n++) if (!place(i, new Set())) return false;
  return true;
}
