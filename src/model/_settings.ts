import type { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import { Collector, inUnit } from './_collector.js';

/** The settings once read, which every other reader needs: where issues go, the years, the quanta. */
export interface SettingsRead {
  readonly c: Collector;
  readonly settings: ScenarioFile['settings'];
  /** Financial year labels, such as "2024/25", from the first year on. */
  readonly years: string[];
  /** Quantum in pounds. */
  readonly quantum: Decimal;
  readonly fteQuantum: Decimal;
  /** Money in pounds shown back in the file's unit, so messages quote figures as the user wrote them. */
  readonly show: (d: Decimal) => string;
}

function yearLabels(first: string, count: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${start + i}/${String((start + i + 1) % 100).padStart(2, '0')}`);
}

/** Reads the settings. Each quantum must be positive, as amounts are whole numbers of it. */
export function readSettings(settings: ScenarioFile['settings']): SettingsRead {
  const c = new Collector(settings.unit);
  const show = (d: Decimal): string => inUnit(d, settings.unit);
  const years = yearLabels(settings.firstYear, settings.years);
  const quantum = c.pounds(settings.quantum);
  if (!quantum.isPositive() || quantum.isZero()) c.add('E_OPTION', ['settings', 'quantum'], 'a positive quantum', settings.quantum);
  const fteQuantum = c.decimal(settings.fteQuantum);
  if (!fteQuantum.isPositive() || fteQuantum.isZero()) c.add('E_OPTION', ['settings', 'fteQuantum'], 'a positive quantum', settings.fteQuantum);
  return { c, settings, years, quantum, fteQuantum, show };
}
