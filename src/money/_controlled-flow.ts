/**
 * The kernel of controlled rounding: which cells of a table round up. A minimum-cost flow, solved by
 * successive shortest paths on a graph compressed to the columns and two more nodes.
 *
 * The flow: a source `s` sends to each row as many units as the row has cells rounded up; a row sends
 * one unit to column `j` when its cell `(i, j)` rounds up; each column passes its units to a sink `t`,
 * and `t` returns them to `s`. The bounds: row `i` between `rowLo[i]` and `rowLo[i] + 1` (only
 * `rowLo[i]` when its total is an exact multiple), the same for each column and for the grand total.
 * Any integral circulation is a controlled rounding (Bacharach 1966), and one always exists.
 *
 * The cost, in units where a whole step is `scale`: rounding a cell up instead of down moves it by
 * `scale − 2·remainder` (negative when its remainder is more than half); the optional unit of a total
 * costs the same from the total's remainder. The minimum is the rounding nearest in the sum of the
 * distances of every cell and every total from its exact value.
 *
 * Rows are many and columns few (10,000 × 33), so a path never stores a row as a node: a hop from column
 * `j` to column `k` through row `i` un-rounds `(i, j)` and rounds `(i, k)` up, and the cheapest row for
 * each hop comes from a heap of candidates kept per pair of nodes (stale entries dropped when met).
 */

/** One row of the problem: its cells' remainders (0 for a cell that is exact or absent). */
export interface FlowProblem {
  readonly rows: number;
  readonly columns: number;
  /** Remainder of each cell in `[0, scale)`, row by row; 0 means the cell stays as it is. */
  readonly remainder: Float64Array;
  /** The cost of rounding cell `(i, j)` up instead of down, row by row. */
  readonly cost: Float64Array;
  readonly rowLo: Int32Array;
  readonly rowOpen: Uint8Array;
  readonly rowCost: Float64Array;
  readonly columnLo: Int32Array;
  readonly columnOpen: Uint8Array;
  readonly columnCost: Float64Array;
  readonly grandLo: number;
  readonly grandOpen: boolean;
  readonly grandCost: number;
}

/** A min-heap of rows keyed by (cost, row): on equal cost the earlier row comes first. */
class RowHeap {
  private readonly keys: number[] = [];
  private readonly ids: number[] = [];
  private less(a: number, b: number): boolean {
    return this.keys[a]! < this.keys[b]! || (this.keys[a] === this.keys[b] && this.ids[a]! < this.ids[b]!);
  }
  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
  }
  push(key: number, id: number): void {
    this.keys.push(key);
    this.ids.push(id);
    if (!this.building) this.up(this.keys.length - 1);
  }
  /** While building, entries are only appended; {@link RowHeap.build} then orders them all at once. */
  private building = true;
  build(): void {
    this.building = false;
    for (let n = (this.keys.length >> 1) - 1; n >= 0; n--) this.down(n);
  }
  private up(from: number): void {
    for (let n = from; n > 0; ) {
      const p = (n - 1) >> 1;
      if (!this.less(n, p)) break;
      this.swap(n, p);
      n = p;
    }
  }
  /** The cheapest entry still `valid`, dropping stale ones on the way; undefined when none is left. */
  top(valid: (id: number) => boolean): { key: number; id: number } | undefined {
    while (this.keys.length > 0 && !valid(this.ids[0]!)) this.pop();
    return this.keys.length === 0 ? undefined : { key: this.keys[0]!, id: this.ids[0]! };
  }
  private pop(): void {
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.ids.pop();
    this.down(0);
  }
  private down(from: number): void {
    for (let n = from; ; ) {
      const l = 2 * n + 1;
      const r = l + 1;
      let m = n;
      if (l < this.keys.length && this.less(l, m)) m = l;
      if (r < this.keys.length && this.less(r, m)) m = r;
      if (m === n) break;
      this.swap(n, m);
      n = m;
    }
  }
}

/**
 * Which cells round up (1) in the nearest controlled rounding, row by row. Throws if the flow cannot be
 * balanced, which the theorem rules out: it would be a defect here, never a property of the input.
 */
export function roundUpCells(p: FlowProblem): Uint8Array {
  const { rows: R, columns: C } = p;
  const S = C;
  const T = C + 1;
  const N = C + 2;
  const up = new Uint8Array(R * C);
  const count = new Int32Array(R);
  const open = (i: number, j: number): boolean => p.remainder[i * C + j]! > 0;

  // Each row alone at its cheapest: its `lo` cheapest open cells, or one more and the total's optional unit.
  for (let i = 0; i < R; i++) {
    const cells: number[] = [];
    for (let j = 0; j < C; j++) if (open(i, j)) cells.push(j);
    cells.sort((a, b) => p.cost[i * C + a]! - p.cost[i * C + b]! || a - b);
    let n = p.rowLo[i]!;
    if (p.rowOpen[i] === 1 && p.cost[i * C + cells[n]!]! + p.rowCost[i]! < 0) n++;
    for (let k = 0; k < n; k++) up[i * C + cells[k]!] = 1;
    count[i] = n;
  }
  const atLo = (i: number): boolean => p.rowOpen[i] === 1 && count[i] === p.rowLo[i];
  const atHi = (i: number): boolean => p.rowOpen[i] === 1 && count[i] === p.rowLo[i]! + 1;

  // Each total's optional unit taken where it pays; what the rows send that the totals do not pass on is excess.
  const columnCount = new Int32Array(C);
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) columnCount[j]! += up[i * C + j]!;
  const toSink = Int32Array.from({ length: C }, (_, j) => p.columnLo[j]! + (p.columnOpen[j] === 1 && p.columnCost[j]! < 0 ? 1 : 0));
  let back = p.grandLo + (p.grandOpen && p.grandCost < 0 ? 1 : 0);
  const excess = new Float64Array(N);
  let sent = 0;
  for (let i = 0; i < R; i++) sent += count[i]!;
  for (let j = 0; j < C; j++) excess[j] = columnCount[j]! - toSink[j]!;
  excess[T] = toSink.reduce((a, b) => a + b, 0) - back;
  excess[S] = back - sent;

  // Candidates for each hop: pair[j][k] (column to column), fromS[k] (a row at lo adds k), toS[j] (a row at hi drops j).
  const pair = Array.from({ length: C * C }, () => new RowHeap());
  const fromS = Array.from({ length: C }, () => new RowHeap());
  const toS = Array.from({ length: C }, () => new RowHeap());
  const cost = (i: number, j: number): number => p.cost[i * C + j]!;
  const offer = (i: number): void => {
    for (let j = 0; j < C; j++) {
      if (up[i * C + j] === 1) {
        for (let k = 0; k < C; k++) if (up[i * C + k] === 0 && open(i, k)) pair[j * C + k]!.push(cost(i, k) - cost(i, j), i);
        if (atHi(i)) toS[j]!.push(-cost(i, j) - p.rowCost[i]!, i);
      } else if (open(i, j) && atLo(i)) fromS[j]!.push(cost(i, j) + p.rowCost[i]!, i);
    }
  };
  for (let i = 0; i < R; i++) offer(i);
  for (const heap of [...pair, ...fromS, ...toS]) heap.build();

  const potential = new Float64Array(N);
  /** The cheapest hop u → v now: its cost and the row it goes through (-1 for none, -2 for a total's edge). */
  const hop = (u: number, v: number): { key: number; row: number } | undefined => {
    if (u < C && v < C) {
      const top = pair[u * C + v]!.top((i) => up[i * C + u] === 1 && up[i * C + v] === 0);
      return top && { key: top.key, row: top.id };
    }
    if (u === S && v < C) {
      const top = fromS[v]!.top((i) => atLo(i) && up[i * C + v] === 0);
      return top && { key: top.key, row: top.id };
    }
    if (u < C && v === S) {
      const top = toS[u]!.top((i) => atHi(i) && up[i * C + u] === 1);
      return top && { key: top.key, row: top.id };
    }
    if (u < C && v === T) return p.columnOpen[u] === 1 && toSink[u] === p.columnLo[u] ? { key: p.columnCost[u]!, row: -2 } : undefined;
    if (u === T && v < C) return p.columnOpen[v] === 1 && toSink[v] === p.columnLo[v]! + 1 ? { key: -p.columnCost[v]!, row: -2 } : undefined;
    if (u === T && v === S) return p.grandOpen && back === p.grandLo ? { key: p.grandCost, row: -2 } : undefined;
    if (u === S && v === T) return p.grandOpen && back === p.grandLo + 1 ? { key: -p.grandCost, row: -2 } : undefined;
    return undefined;
  };

  for (;;) {
    const source = excess.findIndex((x) => x > 0);
    if (source < 0) break;
    const dist = new Float64Array(N).fill(Infinity);
    const parent = new Int32Array(N).fill(-1);
    const via = new Int32Array(N).fill(-1);
    const done = new Uint8Array(N);
    dist[source] = 0;
    let target = -1;
    for (;;) {
      let u = -1;
      for (let v = 0; v < N; v++) if (done[v] === 0 && dist[v]! < Infinity && (u < 0 || dist[v]! < dist[u]!)) u = v;
      if (u < 0) break;
      done[u] = 1;
      if (excess[u]! < 0) {
        target = u;
        break;
      }
      for (let v = 0; v < N; v++) {
        if (done[v] === 1 || v === u) continue;
        const h = hop(u, v);
        if (h === undefined) continue;
        const d = dist[u]! + h.key + potential[u]! - potential[v]!;
        if (d < dist[v]!) {
          dist[v] = d;
          parent[v] = u;
          via[v] = h.row;
        }
      }
    }
    if (target < 0) throw new Error('controlled rounding: no path balances the table; the bounds admit no rounding');
    const reach = dist[target]!;
    for (let v = 0; v < N; v++) potential[v]! += Math.min(dist[v]!, reach);
    for (let v = target; v !== source; v = parent[v]!) apply(parent[v]!, v, via[v]!);
    excess[source]!--;
    excess[target]!++;
  }
  return up;

  function apply(u: number, v: number, row: number): void {
    if (u < C && v < C) {
      up[row * C + u] = 0;
      up[row * C + v] = 1;
    } else if (u === S && v < C) {
      count[row]!++;
      up[row * C + v] = 1;
    } else if (u < C && v === S) {
      count[row]!--;
      up[row * C + u] = 0;
    } else if (u < C) toSink[u]!++;
    else if (v < C) toSink[v]!--;
    else if (v === S) back++;
    else back--;
    if (row >= 0) offer(row);
  }
}
