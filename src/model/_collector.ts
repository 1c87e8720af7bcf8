import { makeIssue, issueWithText, type ErrorCode, type InputPath, type Issue } from '../errors/index.js';
import { Decimal, tryParseAmount, toPounds, unitExponent, type MoneyUnit } from '../money/index.js';

/** Collects every problem found while normalising, so all are reported at once. */
export class Collector {
  readonly issues: Issue[] = [];

  constructor(readonly unit: MoneyUnit) {}

  add(code: ErrorCode, path: InputPath, expected: string, received: unknown): void {
    this.issues.push(makeIssue(code, path, expected, received));
  }

  addText(code: ErrorCode, path: InputPath, expected: string, receivedText: string): void {
    this.issues.push(issueWithText(code, path, expected, receivedText));
  }

  /** A number as written; the schema has already refused anything unreadable. */
  decimal(value: string | number): Decimal {
    return tryParseAmount(value) ?? new Decimal(0);
  }

  /** An amount in the scenario unit, converted to pounds. */
  pounds(value: string | number): Decimal {
    return toPounds(this.decimal(value), this.unit);
  }

  /** Checks that `amount` (pounds) is a whole number of `quantum` (pounds). */
  onQuantum(amount: Decimal, quantum: Decimal, path: InputPath, raw: unknown, quantumText: string): void {
    if (!amount.mod(quantum).isZero()) {
      this.add('E_NOT_AT_QUANTUM', path, `an amount that is a whole multiple of the quantum ${quantumText}`, raw);
    }
  }
}

/** Money amounts in the file unit shown back to the user in that unit. */
export function inUnit(pounds: Decimal, unit: MoneyUnit): string {
  return pounds.dividedBy(new Decimal(10).pow(unitExponent(unit))).toString();
}
