import { InvalidArgumentError, Option, type Command } from 'commander';
import { tryParseAmount, type Decimal } from '../money/index.js';
import type { AppraiseOptions, DiscountScheduleInput } from '../appraisal/index.js';
import { RECONCILIATION_GROUPS, isReconciliationGroup, type ReconciliationGroup } from '../report/index.js';
import { DISCOUNT_SCHEDULE_NAMES, TIERS, isDiscountScheduleName, isTier, type Tier } from '../schema/index.js';
import { parseUnit } from './_unit.js';
import { formatHelp, formatNames } from './_formats.js';
import { DEFAULT_MAX_INPUT_MB, MAX_INPUT_MB } from './_files.js';

/** A decimal written plainly (`0.035`, `1`), or undefined. */
function decimal(value: string): Decimal | undefined {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? tryParseAmount(value.trim()) : undefined;
}

/** Reads `--discount-rate`: a rate from 0 to 1. */
export function parseRate(value: string): string {
  const d = decimal(value);
  if (d === undefined || d.isNegative() || d.greaterThan(1)) throw new InvalidArgumentError('expected a real discount rate from 0 to 1, such as 0.035 for 3.5%.');
  return d.toString();
}

/** Reads `--discount-schedule`: standard, reduced, flat, or stated steps `0:0.04,10:0.03` (from year: rate). */
export function parseSchedule(value: string): DiscountScheduleInput {
  const name = value.trim();
  if (isDiscountScheduleName(name)) return name;
  const hint = `expected ${DISCOUNT_SCHEDULE_NAMES.join(', ')}, or steps year:rate separated by commas from year 0, such as 0:0.04,10:0.03`;
  let previous = -1;
  return name.split(',').map((pair) => {
    const [year = '', rate = '', ...rest] = pair.split(':').map((x) => x.trim());
    const from = /^\d+$/.test(year) ? Number(year) : NaN;
    if (rest.length > 0 || !Number.isSafeInteger(from) || (previous < 0 ? from !== 0 : from <= previous)) throw new InvalidArgumentError(`${hint}; "${pair.trim()}" is not the next step.`);
    previous = from;
    return { fromYear: from, rate: parseRate(rate) };
  });
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A whole number from `min` to `max`, for `what`. */
export function wholeNumber(what: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number of ${what} from ${grouped(min)} to ${grouped(max)}.`);
    return n;
  };
}

/** Weights to show in help and messages: one per tier, so a tier added is a compile error here until it has one. */
const EXAMPLE: Readonly<Record<Tier, string>> = { assured: '1', projected: '0.8', possible: '0.5' };
const EXAMPLE_WEIGHTS = TIERS.map((t) => `${t}=${EXAMPLE[t]}`).join(',');

/** Reads `--risk-weights assured=1,projected=0.8,possible=0.5`: any of the tiers, each a non-negative weight. */
export function parseRiskWeights(value: string): Partial<Record<Tier, string>> {
  const out: Partial<Record<Tier, string>> = {};
  const hint = `expected tier=weight pairs separated by commas, such as ${EXAMPLE_WEIGHTS}`;
  for (const pair of value.split(',')) {
    const [name = '', weight = '', ...rest] = pair.split('=').map((x) => x.trim());
    if (!isTier(name)) throw new InvalidArgumentError(`${hint}; "${name}" is not a tier (${TIERS.join(', ')}).`);
    const d = rest.length === 0 ? decimal(weight) : undefined;
    if (d === undefined || d.isNegative()) throw new InvalidArgumentError(`${hint}; the weight of ${name}, "${weight}", is not a number of 0 or more.`);
    if (out[name] !== undefined) throw new InvalidArgumentError(`${hint}; ${name} is given twice.`);
    out[name] = d.toString();
  }
  return out;
}

/** Reads `--only discrepancies,arithmetic`: one or more of the reconciliation's groups, each once. */
export function parseOnly(value: string): ReconciliationGroup[] {
  const hint = `expected one or more of ${RECONCILIATION_GROUPS.join(', ')}, separated by commas`;
  const out: ReconciliationGroup[] = [];
  for (const name of value.split(',').map((x) => x.trim())) {
    if (!isReconciliationGroup(name)) throw new InvalidArgumentError(`${hint}; "${name}" is not one.`);
    if (out.includes(name)) throw new InvalidArgumentError(`${hint}; ${name} is given twice.`);
    out.push(name);
  }
  return out;
}

/** Reads `--seed`: a whole number from 0 to 2^64 − 1, kept as digits. */
export function parseSeed(value: string): string {
  const digits = value.trim();
  if (!/^\d+$/.test(digits) || BigInt(digits) > 2n ** 64n - 1n) throw new InvalidArgumentError('expected a whole number from 0 to 18446744073709551615, such as 2011.');
  return digits;
}

/** What the appraisal options read into. */
export interface AppraisalFlags {
  readonly discountRate?: string;
  readonly discountSchedule?: DiscountScheduleInput;
  readonly years?: number;
  readonly riskWeights?: Partial<Record<Tier, string>>;
}

/** Adds `--discount-rate`, `--discount-schedule`, `--years` and `--risk-weights`. */
export function addAppraisalOptions(command: Command): Command {
  return command
    .addOption(new Option('--discount-rate <rate>', 'real discount rate from 0 to 1: 0.035 the Green Book standard schedule, 0.015 its reduced one, another rate flat (default: the scenario’s, else 0.035)').argParser(parseRate))
    .addOption(new Option('--discount-schedule <schedule>', `${DISCOUNT_SCHEDULE_NAMES.join(', ')} (the --discount-rate every year), or steps year:rate such as 0:0.04,10:0.03 (default: the scenario’s, else what the rate names)`).argParser(parseSchedule))
    .addOption(new Option('--years <n>', 'appraisal period in financial years, 1 to 125 (default: the scenario’s)').argParser(wholeNumber('years', 1, 125)))
    .addOption(new Option('--risk-weights <weights>', `share of each tier counted, e.g. ${EXAMPLE_WEIGHTS} (default: 1 each)`).argParser(parseRiskWeights));
}

/** The appraisal options given on the command line (none: the scenario's own settings). */
export function appraisalOptions(flags: AppraisalFlags): AppraiseOptions {
  return {
    ...(flags.discountRate === undefined ? {} : { discountRate: flags.discountRate }),
    ...(flags.discountSchedule === undefined ? {} : { discountSchedule: flags.discountSchedule }),
    ...(flags.years === undefined ? {} : { years: flags.years }),
    ...(flags.riskWeights === undefined ? {} : { riskWeights: flags.riskWeights }),
  };
}

/**
 * Adds `--format`, `--unit` and `--out`, the options of every command that prints a report. Formats that
 * lay out a whole scenario (or draw a chart) are offered only `withEvaluation` (by `report`).
 */
export function addOutputOptions(command: Command, withEvaluation = false): Command {
  return command
    .addOption(new Option('--format <format>', 'the output format (default: the one --out names by its extension, else md)').choices(formatNames(withEvaluation)))
    .addOption(new Option('--unit <unit>', 'print money in £, £000 or £m (aliases gbp, k, m); default: the scenario unit').argParser(parseUnit))
    .option('--out <path>', 'write to this file instead of standard output')
    .option('--no-bom', 'CSV only: leave out the byte-order mark that tells Excel the file is UTF-8 (for tools that do not expect one)')
    .addHelpText('after', `\nFormats:\n${formatHelp(withEvaluation)}`);
}

/**
 * Adds `--max-input-mb`, the option of every command that reads files: a file larger than this is refused
 * before it is read, so a wrong path (a disk image, `/dev/zero`) cannot exhaust the memory.
 */
export function addInputOptions(command: Command): Command {
  return command.addOption(
    new Option('--max-input-mb <n>', `refuse an input file larger than this many MiB, 1 to ${MAX_INPUT_MB}`).argParser(wholeNumber('MiB', 1, MAX_INPUT_MB)).default(DEFAULT_MAX_INPUT_MB),
  );
}

/** How the formats for people may write a negative: the choices of `--negatives`. */
export const NEGATIVE_STYLES = ['brackets', 'minus'] as const;

/**
 * Adds `--decimals` and `--negatives`, how the formats for people (md, html, svg) show money: the options
 * of every command that offers `--decimals`.
 */
export function addDisplayOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--decimals <n>',
        'digits after the point for money in md, html and svg: figures are rounded for display so that every total is still the sum of the figures shown (default: the scenario’s settings.display.decimals, else exact)',
      ).argParser(wholeNumber('decimals', 0, 12)),
    )
    .addOption(
      new Option('--negatives <style>', 'how md and html write a negative: brackets, (2,890), as most council papers do, or minus, -2,890; csv and json always use a minus (default: the scenario’s settings.display.negatives, else brackets)').choices(
        NEGATIVE_STYLES,
      ),
    );
}
