import type { InputPath } from '../errors/index.js';
import type { Decimal } from '../money/index.js';
import { TIERS, type ScenarioFile } from '../schema/index.js';
import type { Collector } from './_collector.js';
import type { AppraisalSettings, Tier } from './types.js';

/** Reads appraisal options as written (the scenario's, or a published figure's): each given option, exactly. */
export function readAppraisalSettings(c: Collector, a: ScenarioFile['appraisal'], path: InputPath): AppraisalSettings {
  if (a === undefined) return {};
  const d = (v: string | number | undefined): Decimal | undefined => (v === undefined ? undefined : c.decimal(v));
  const weights: Partial<Record<Tier, Decimal>> = {};
  for (const t of TIERS) {
    const w = d(a.riskWeights?.[t]);
    if (w !== undefined) weights[t] = w;
  }
  const out: { -readonly [K in keyof AppraisalSettings]: AppraisalSettings[K] } = {};
  if (a.discountRate !== undefined) out.discountRate = d(a.discountRate)!;
  const schedule = a.discountSchedule;
  if (typeof schedule === 'string') out.discountSchedule = schedule;
  else if (schedule !== undefined) {
    schedule.forEach((step, i) => {
      const previous = i === 0 ? undefined : schedule[i - 1]!.fromYear;
      if (previous === undefined ? step.fromYear !== 0 : step.fromYear <= previous) {
        c.add('E_SCHEMA', [...path, 'discountSchedule', i, 'fromYear'], previous === undefined ? 'year 0: a schedule starts with the first year' : `a year after ${previous}`, step.fromYear);
      }
    });
    out.discountSchedule = schedule.map((step) => ({ fromYear: step.fromYear, rate: d(step.rate)! }));
  }
  if (a.years !== undefined) out.years = a.years;
  if (a.riskWeights !== undefined) out.riskWeights = weights;
  if (a.optimismBias !== undefined) out.optimismBias = d(a.optimismBias)!;
  if (a.mitigation !== undefined) out.mitigation = d(a.mitigation)!;
  if (a.includeUnconfirmedFunding !== undefined) out.includeUnconfirmedFunding = a.includeUnconfirmedFunding;
  return out;
}
