import { makeIssue, issueWithText, type ErrorCode, type InputPath, type Issue } from '../errors/index.js';
import { Decimal, tryParseAmount, toPounds, unitExponent, type MoneyUnit } from '../money/index.js';

/** Collects every problem found while normalising, so all are reported at once. */
export class Collector {
  readonly issues: Issue[] = [];

  // Each distinct text is read once: a file repeats the same few figures (a phasing share of "0.1" in
  // every line, say), and the Decimals are immutable, so one object serves every place that wrote it.
  private readonly decimals = new Map<string, Decimal>();
  private readonly poundsByText = new Map<string, Decimal>();

  constructor(readonly unit: MoneyUnit) {}

  add(code: ErrorCode, path: InputPath, expected: string, received: unknown): void {
    this.issues.push(makeIssue(code, path, expected, received));
  }

  addText(code: ErrorCode, path: InputPath, expected: string, receivedText: string): void {
    this.issues.push(issueWithText(code, path, expected, receivedText));
  }

  /** A number as written; the schema has already refused anything unreadable. */
  decimal(value: string | number): Decimal {
    if (typeof value !== 'string') return tryParseAmount(value) ?? new Decimal(0);
    let d = this.decimals.get(value);
    if (d === undefined) {
      d = tryParseAmount(value) ?? new Decimal(0);
      this.decimals.set(value, d);
    }
    return d;
  }

  /** An amount in the scenario unit, converted to pounds. */
  pounds(value: string | number): Decimal {
    if (typeof value !== 'string') return toPounds(this.decimal(value), this.unit);
    let d = this.poundsByText.get(value);
    if (d === undefined) {
      d = toPounds(this.decimal(value), this.unit);
      this.poundsByText.set(value, d);
    }
    return d;
  }

  /**
   * Checks that `amount` (pounds) is a whole number of `quantum` (pounds). The path may be given as a
   * function, which is called only when there is a problem to report.
   */
  onQuantum(amount: Decimal, quantum: Decimal, path: InputPath | (() => InputPath), raw: unknown, quantumText: string): void {
    if (!isOnQuantum(amount, quantum)) {
      this.add('E_NOT_AT_QUANTUM', typeof path === 'function' ? path() : path, `an amount that is a whole multiple of the quantum ${quantumText}`, raw);
    }
  }
}

/** For a quantum of 10^-k (a penny, a pound, 0.001), k; else -1. Found once per quantum. */
const placesOfQuantum = new WeakMap<Decimal, number>();

function tenthsPlaces(quantum: Decimal): number {
  let k = placesOfQuantum.get(quantum);
  if (k === undefined) {
    const places = quantum.decimalPlaces();
    k = quantum.equals(new Decimal(10).pow(-places)) ? places : -1;
    placesOfQuantum.set(quantum, k);
  }
  return k;
}

/**
 * Whether `amount` is a whole number of `quantum`. For a quantum of 10^-k, exactly when the amount has at
 * most k decimal places (decimal.js counts them without trailing zeros), which needs no division.
 */
export function isOnQuantum(amount: Decimal, quantum: Decimal): boolean {
  const k = tenthsPlaces(quantum);
  return k >= 0 ? amount.decimalPlaces() <= k : amount.mod(quantum).isZero();
}

/** Money amounts in the file unit shown back to the user in that unit. */
export function inUnit(pounds: Decimal, unit: MoneyUnit): string {
  return pounds.dividedBy(new Decimal(10).pow(unitExponent(unit))).toString();
}
