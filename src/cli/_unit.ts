import { InvalidArgumentError } from 'commander';
import { MONEY_UNITS, type MoneyUnit } from '../money/index.js';

const ALIASES: Readonly<Record<string, MoneyUnit>> = {
  '£': '£',
  gbp: '£',
  pounds: '£',
  '£000': '£000',
  '000': '£000',
  k: '£000',
  gbp000: '£000',
  '£m': '£m',
  m: '£m',
  gbpm: '£m',
};

/** Reads `--unit`: `£`, `£000` or `£m`, or an alias easier to type (`gbp`, `k`, `m`). */
export function parseUnit(value: string): MoneyUnit {
  const key = value.trim().toLowerCase();
  if (Object.hasOwn(ALIASES, key)) return ALIASES[key]!;
  throw new InvalidArgumentError(`expected ${MONEY_UNITS.slice(0, -1).join(', ')} or ${MONEY_UNITS[MONEY_UNITS.length - 1]!} (or gbp, k, m).`);
}
