/** Small builders shared by the time-kernel tests. */
import { Decimal } from '../../../src/money/index.js';
import type { DriverLookup, Fraction, YearSplit } from '../../../src/attribution/index.js';

export const d = (x: string | number): Decimal => new Decimal(x);

/** Driver values from a table: `values[metric][year]` lists each partner's value (null: not stated). */
export function table(values: Record<string, Record<number, readonly (number | string | null)[]>>): DriverLookup {
  return (partner, metric, year) => {
    const v = values[metric]?.[year]?.[partner];
    return v === undefined || v === null ? undefined : new Decimal(v);
  };
}

/** Fractions written as 'n/d' strings, so expectations read like the hand arithmetic. */
export const written = (fs: readonly Fraction[] | undefined): string[] | undefined => fs?.map((f) => `${f.numerator}/${f.denominator}`);
export const one = (f: Fraction | undefined): string | undefined => (f === undefined ? undefined : `${f.numerator}/${f.denominator}`);

/** A year's periods as [first date, last date, days, decision, reason?], for compact assertions. */
export function outline(year: YearSplit): (string | number)[][] {
  return year.periods.map((p) => {
    const when = [new Date(p.from * 86_400_000).toISOString().slice(0, 10), new Date(p.until * 86_400_000).toISOString().slice(0, 10), p.days];
    return 'reason' in p.decision ? [...when, p.decision.decision, p.decision.reason] : [...when, p.decision.decision];
  });
}
