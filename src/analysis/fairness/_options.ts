import type { Decimal } from '../../money/index.js';
import type { Scenario, Tier } from '../../model/index.js';
import { badOption, readInteger, readPrecision, readTiers } from './_shares.js';
import type { FairnessOptions } from './types.js';

/** The fairness options as `fairness` uses them: each given option checked, else its default. */
export interface ResolvedFairnessOptions {
  readonly tiers: readonly Tier[];
  readonly precision: Decimal;
  readonly rationality: 'net' | 'npv';
  readonly exactLimit: number;
  readonly samples: number;
  readonly seed: number;
  /** The money budgets whose starting positions make up the baseline. */
  readonly budgets: ReadonlySet<string>;
}

/**
 * Checks the options in a fixed order (tiers, precision, rationality, sampling, budgets), so the first
 * option that cannot be used is the one reported, and fills each gap with its default.
 */
export function resolveFairnessOptions(s: Scenario, options: FairnessOptions): ResolvedFairnessOptions {
  const tiers = readTiers(options.tiers);
  const precision = readPrecision(options.sharePrecision, '0.0001');
  const rationality = options.rationality ?? 'net';
  if (rationality !== 'net' && rationality !== 'npv') badOption('rationality', 'one of "net", "npv"', rationality);
  const exactLimit = readInteger('exactLimit', options.exactLimit, 12, 0, 16);
  const samples = readInteger('samples', options.samples, 10_000, 2, 10_000_000);
  const seed = readInteger('seed', options.seed, 1, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const moneyBudgets = s.budgets.filter((b) => b.measure === 'money').map((b) => b.id);
  const budgets = new Set(options.budgets ?? moneyBudgets);
  (options.budgets ?? []).forEach((id) => {
    if (!moneyBudgets.includes(id)) badOption('budgets', `the id of a money budget (${moneyBudgets.join(', ') || 'none defined'})`, id);
  });
  return { tiers, precision, rationality, exactLimit, samples, seed, budgets };
}
