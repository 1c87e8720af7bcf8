/** What a rule in a schedule reads: the driver year and the metrics (FTE removed: usesFteRemoved). */
import { assertNever } from '../errors/index.js';
import type { Rule, ScheduleStep } from './types.js';

/**
 * The year index whose driver values a step reads when it splits year `year`: that year, a stated
 * offset from it (-1 for last year's actuals), or a stated fixed year.
 *
 * @param step - the schedule step
 * @param year - the year index being split
 * @returns the year index read
 *
 * @example
 * ```ts
 * driverYearOf({ from: financialYearStart(2022), rule: { kind: 'metric', metric: 'calls' }, driverYear: { offset: -1 } }, 2);
 * //=> 1
 * ```
 */
export function driverYearOf(step: ScheduleStep, year: number): number {
  const dy = step.driverYear;
  if (dy === undefined) return year;
  return 'offset' in dy ? year + dy.offset : dy.year;
}

/**
 * The metrics a rule reads (a blend's parts included), each once, in the order met.
 *
 * @param rule - the rule
 * @returns the metric names
 *
 * @example
 * ```ts
 * metricsOf({ kind: 'blend', parts: [{ weight: new Decimal(1), rule: { kind: 'metric', metric: 'calls' } }, { weight: new Decimal(1), rule: { kind: 'equal' } }] });
 * //=> ['calls']
 * ```
 */
export function metricsOf(rule: Rule): string[] {
  const out = new Set<string>();
  const walk = (r: Rule): void => {
    switch (r.kind) {
      case 'metric':
        out.add(r.metric);
        return;
      case 'blend':
        for (const p of r.parts) walk(p.rule);
        return;
      case 'equal':
      case 'shares':
      case 'fte-removed':
        return;
      default:
        assertNever(r, 'attribution rule');
    }
  };
  walk(rule);
  return [...out];
}

