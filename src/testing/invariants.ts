import { Decimal, type AmountInput } from '../money/index.js';

/**
 * One way a split breaks the apportionment guarantees, as found by {@link checkApportionment}.
 *
 * @example
 * ```ts
 * const v: ApportionmentViolation = { rule: 'sum', message: 'shares sum to 0.99, not 1.00' };
 * ```
 */
export interface ApportionmentViolation {
  /** Which guarantee: the shares sum to the total, each is on the quantum, each is within one quantum of exact, zero weight gets zero. */
  readonly rule: 'sum' | 'quantum' | 'bound' | 'zero-weight';
  /** What was found. */
  readonly message: string;
}

// Sums and products of the inputs can need more than the library's 80 digits (shares of 41 integer digits
// and 40 decimals, or weights 1e40 and 1e-40). Addition, subtraction, multiplication and `mod` do not round
// below this precision, so every comparison below is exact.
const Exact = Decimal.clone({ precision: 1e9 });

/**
 * Checks a split against the guarantees of largest-remainder apportionment: the shares sum exactly to
 * the total, every share is a whole number of quanta, every share is within one quantum of its exact
 * proportional value, and a zero weight got zero. Use it in your own tests of partner splits.
 *
 * @param total - the amount that was split
 * @param weights - the weights it was split by
 * @param parts - the shares produced, in the same order
 * @param quantum - the quantum used @defaultValue `'0.01'`
 * @returns every violation found; empty when the split is sound
 *
 * @example
 * ```ts
 * checkApportionment('1.00', [1, 1, 1], ['0.34', '0.33', '0.33']);
 * //=> []
 * checkApportionment('1.00', [1, 1, 1], ['0.34', '0.34', '0.33'])[0].rule;
 * //=> 'sum'
 * ```
 */
export function checkApportionment(
  total: AmountInput,
  weights: readonly AmountInput[],
  parts: readonly AmountInput[],
  quantum: AmountInput = '0.01',
): ApportionmentViolation[] {
  const out: ApportionmentViolation[] = [];
  const t = new Exact(total);
  const q = new Exact(quantum);
  const w = weights.map((x) => new Exact(x));
  const p = parts.map((x) => new Exact(x));
  const sum = p.reduce((a, b) => a.plus(b), new Exact(0));
  if (!sum.equals(t)) out.push({ rule: 'sum', message: `shares sum to ${sum.toString()}, not ${t.toString()}` });
  const wSum = w.reduce((a, b) => a.plus(b), new Exact(0));
  p.forEach((share, i) => {
    if (!share.mod(q).isZero()) out.push({ rule: 'quantum', message: `share ${i} (${share.toString()}) is not a multiple of ${q.toString()}` });
    if (w[i]!.isZero() && !share.isZero()) out.push({ rule: 'zero-weight', message: `share ${i} has zero weight but got ${share.toString()}` });
    // |share − t·w/W| < q  ⇔  |share·W − t·w| < q·W (exact, no division)
    if (!wSum.isZero() && share.times(wSum).minus(t.times(w[i]!)).abs().greaterThanOrEqualTo(q.times(wSum))) {
      out.push({ rule: 'bound', message: `share ${i} (${share.toString()}) is a quantum or more from its exact value` });
    }
  });
  return out;
}
