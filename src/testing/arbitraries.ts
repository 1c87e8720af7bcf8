import fc from 'fast-check';
import { Decimal } from '../money/index.js';
import type { MoneyUnit } from '../money/index.js';
import type { AttributionRuleInput, ScenarioInput } from '../schema/index.js';

// Every amount here is an integer count of some quantum, held as a BigInt with a decimal scale and only
// written out as a decimal string at the end, so nothing is ever computed in binary floating point.

/** An exact decimal as `n / 10^scale`. */
interface Scaled {
  readonly n: bigint;
  readonly scale: number;
}

/** Writes `n / 10^scale` as a plain decimal string, e.g. `(-1234n, 2)` as `'-12.34'`. */
function render(n: bigint, scale: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString();
  if (scale === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

function scaled(text: string): Scaled {
  const d = new Decimal(text);
  const scale = d.decimalPlaces();
  const fixed = d.toFixed(scale);
  return { n: BigInt(scale === 0 ? fixed : fixed.replace('.', '')), scale };
}

/** `count` quanta written as a decimal string. */
function times(q: Scaled, count: bigint): string {
  return render(count * q.n, q.scale);
}

/** Splits `total` (≥ 0) into `parts` non-negative integers summing to it, from raw cut points. */
function cutInto(total: bigint, raw: readonly bigint[]): bigint[] {
  const cuts = raw.map((r) => (r < 0n ? -r : r) % (total + 1n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: bigint[] = [];
  let previous = 0n;
  for (const c of cuts) {
    out.push(c - previous);
    previous = c;
  }
  out.push(total - previous);
  return out;
}

/**
 * Options for {@link amountArbitrary}.
 *
 * @example
 * ```ts
 * const options: AmountArbitraryOptions = { quantum: '0.001', min: '0', max: '10' };
 * ```
 */
export interface AmountArbitraryOptions {
  /** Every amount is a whole number of this quantum. @defaultValue `'0.01'` */
  readonly quantum?: string;
  /** The smallest amount. @defaultValue `'-1000000'` */
  readonly min?: string;
  /** The largest amount. @defaultValue `'1000000'` */
  readonly max?: string;
}

/**
 * Decimal amounts as strings, each a whole number of `quantum` between `min` and `max` (inclusive). Built
 * from `fc.bigInt` and the quantum's scale, so values are exact and shrink towards zero (or the bound
 * nearest it).
 *
 * @param options - quantum and bounds, as decimal strings
 * @returns an arbitrary of decimal strings such as `'1234.56'`
 * @throws `RangeError` when no whole number of quanta lies between `min` and `max`
 *
 * @example
 * ```ts
 * fc.sample(amountArbitrary({ quantum: '0.25', min: '0', max: '2' }), 3);
 * //=> e.g. ['1.75', '0.00', '0.50']
 * ```
 */
export function amountArbitrary(options: AmountArbitraryOptions = {}): fc.Arbitrary<string> {
  const quantum = options.quantum ?? '0.01';
  const q = new Decimal(quantum);
  if (!q.isPositive() || q.isZero()) throw new RangeError(`amountArbitrary: quantum must be positive, got ${quantum}`);
  const lo = new Decimal(options.min ?? '-1000000').dividedBy(q).ceil();
  const hi = new Decimal(options.max ?? '1000000').dividedBy(q).floor();
  if (lo.greaterThan(hi)) throw new RangeError(`amountArbitrary: no multiple of ${quantum} between ${options.min} and ${options.max}`);
  const qs = scaled(quantum);
  return fc.bigInt({ min: BigInt(lo.toFixed(0)), max: BigInt(hi.toFixed(0)) }).map((k) => times(qs, k));
}

/**
 * Options for {@link weightsArbitrary}.
 *
 * @example
 * ```ts
 * const options: WeightsArbitraryOptions = { maxScale: 0, allowZero: false };
 * ```
 */
export interface WeightsArbitraryOptions {
  /** The most decimal places a weight may have. @defaultValue `3` */
  readonly maxScale?: number;
  /** The largest weight, as a whole number. @defaultValue `10_000_000n` */
  readonly max?: bigint;
  /** Whether some (never all) weights may be zero. @defaultValue `true` */
  readonly allowZero?: boolean;
}

/**
 * Exactly `n` non-negative weights (metrics, drivers) as decimal strings, at least one above zero, so
 * they can always be apportioned by.
 *
 * @param n - how many weights (≥ 1)
 * @param options - scale, size and whether zeros appear
 * @returns an arbitrary of `n` decimal strings
 *
 * @example
 * ```ts
 * fc.sample(weightsArbitrary(3), 1);
 * //=> e.g. [['0', '12.5', '7']]
 * ```
 */
export function weightsArbitrary(n: number, options: WeightsArbitraryOptions = {}): fc.Arbitrary<string[]> {
  const maxScale = options.maxScale ?? 3;
  const max = options.max ?? 10_000_000n;
  const min = options.allowZero === false ? 1n : 0n;
  const one = fc.oneof(
    { arbitrary: fc.constant(min === 0n ? '0' : '1'), weight: 1 },
    { arbitrary: fc.bigInt({ min, max: 1000n < max ? 1000n : max }).map((k) => k.toString()), weight: 3 },
    {
      arbitrary: fc
        .integer({ min: 0, max: maxScale })
        .chain((s) => fc.bigInt({ min: min * 10n ** BigInt(s), max: max * 10n ** BigInt(s) }).map((k) => render(k, s))),
      weight: 3,
    },
  );
  return fc.array(one, { minLength: n, maxLength: n }).map((ws) => (ws.some((w) => !new Decimal(w).isZero()) ? ws : ['1', ...ws.slice(1)]));
}

/**
 * Options for {@link sharesArbitrary}.
 *
 * @example
 * ```ts
 * const options: SharesArbitraryOptions = { maxScale: 2 };
 * ```
 */
export interface SharesArbitraryOptions {
  /** The most decimal places a share may have. @defaultValue `4` */
  readonly maxScale?: number;
}

/**
 * Exactly `n` non-negative shares as decimal strings that sum exactly to 1 (some may be zero): agreed
 * splits, prior splits and phasing shares.
 *
 * @param n - how many shares (≥ 1)
 * @param options - how many decimal places
 * @returns an arbitrary of `n` decimal strings summing to exactly 1
 *
 * @example
 * ```ts
 * fc.sample(sharesArbitrary(3), 1);
 * //=> e.g. [['0.25', '0.70', '0.05']]
 * ```
 */
export function sharesArbitrary(n: number, options: SharesArbitraryOptions = {}): fc.Arbitrary<string[]> {
  const maxScale = options.maxScale ?? 4;
  return fc
    .tuple(fc.integer({ min: 0, max: maxScale }), fc.array(fc.bigInt({ min: 0n, max: 10n ** BigInt(maxScale) }), { minLength: n - 1, maxLength: n - 1 }))
    .map(([s, raw]) => cutInto(10n ** BigInt(s), raw).map((k) => render(k, s)));
}

/**
 * Options for {@link scenarioArbitrary}.
 *
 * @example
 * ```ts
 * const options: ScenarioArbitraryOptions = { maxPartners: 3, maxLines: 4, published: false };
 * ```
 */
export interface ScenarioArbitraryOptions {
  /** The fewest partners. @defaultValue `1` */
  readonly minPartners?: number;
  /** The most partners. @defaultValue `6` */
  readonly maxPartners?: number;
  /** The fewest savings lines. @defaultValue `1` */
  readonly minLines?: number;
  /** The most savings lines. @defaultValue `8` */
  readonly maxLines?: number;
  /** The most services (each with up to three budgets). @defaultValue `3` */
  readonly maxServices?: number;
  /** The most financial years the model covers. @defaultValue `5` */
  readonly maxYears?: number;
  /** Whether to add published figures (per-partner figures and totals with `sumOf`). @defaultValue `true` */
  readonly published?: boolean;
  /**
   * Whether per-partner amounts of one line may differ in sign (an `actual` split or a budget change
   * where one partner's cost rises while the others fall). @defaultValue `true`
   */
  readonly mixedSigns?: boolean;
}

type Line = NonNullable<ScenarioInput['lines']>[number];
type Service = NonNullable<ScenarioInput['services']>[number];
type Budget = NonNullable<Service['budgets']>[number];
type Published = NonNullable<ScenarioInput['published']>[number];
type Draw = fc.GeneratorValue;

const QUANTA: Readonly<Record<MoneyUnit, readonly string[]>> = {
  '£': ['0.01', '0.01', '1', '0.5', '100', '0.25', '1e-2'],
  '£000': ['0.001', '1', '0.01', '0.5'],
  '£m': ['0.001', '0.0001', '0.01', '0.000001'],
};
const FTE_QUANTA = ['0.01', '0.1', '0.5', '1', '0.25'] as const;
const METRICS = ['population', 'staffing', 'caseload', 'calls', 'posts'] as const;
const PRECISIONS = ['0.01', '0.001', '0.1', '0.05', '0.25', '0.5', '1', '0.2'] as const;
const TOLERANCES = ['0', '0.03', '0.1', '1'] as const;
const FUNDS = ['General Fund', 'DSG', 'HRA'] as const;

interface Context {
  readonly g: Draw;
  readonly partners: readonly string[];
  readonly metrics: readonly string[];
  readonly years: readonly string[];
  readonly q: Scaled;
  readonly fteQ: Scaled;
  readonly mixedSigns: boolean;
}

const pick = <T>(g: Draw, values: readonly T[]): T => g(fc.constantFrom, ...values);
const chance = (g: Draw, p: number): boolean => g(fc.integer, { min: 0, max: 999 }) < p * 1000;
const big = (g: Draw, min: bigint, max: bigint): bigint => g(fc.bigInt, { min, max });
const record = <T>(keys: readonly string[], values: readonly T[]): Record<string, T> => Object.fromEntries(keys.map((k, i) => [k, values[i]!]));

/** A line-sized count of quanta: often small (awkward remainders), sometimes large, negative or zero. */
function lineUnits(g: Draw): bigint {
  switch (pick(g, ['small', 'large', 'large', 'negative', 'zero'] as const)) {
    case 'small':
      return big(g, 0n, 50n);
    case 'large':
      return big(g, 0n, 100_000_000n);
    case 'negative':
      return -big(g, 1n, 10_000_000n);
    default:
      return 0n;
  }
}

/** A permutation of a subset of the partners, for a tie order. */
function tieOrder(ctx: Context): string[] {
  return ctx.g(() => fc.shuffledSubarray([...ctx.partners], { minLength: 1 }));
}

/** A rule that gives weights: equal, metric, shares or a blend, with optional precision and prior. */
function weightRule(ctx: Context, depth: number): AttributionRuleInput {
  const { g, partners, metrics } = ctx;
  const kinds = ['equal', 'shares', ...(metrics.length > 0 ? ['metric', 'metric'] : []), ...(depth === 0 ? ['blend', 'blend'] : [])] as const;
  const kind = pick(g, kinds);
  const modifiers = (): { precision?: string; prior?: Record<string, string>; tolerance?: string } => {
    const out: { precision?: string; prior?: Record<string, string>; tolerance?: string } = {};
    if (chance(g, 0.25)) out.precision = pick(g, PRECISIONS);
    if (chance(g, 0.25)) {
      out.prior = record(partners, g(sharesArbitrary, partners.length, { maxScale: 3 }));
      if (chance(g, 0.7)) out.tolerance = pick(g, TOLERANCES);
    }
    return out;
  };
  switch (kind) {
    case 'equal':
      return { rule: 'equal', ...modifiers() };
    case 'metric':
      return { rule: 'metric', metric: pick(g, metrics), ...modifiers() };
    case 'shares':
      return { rule: 'shares', shares: record(partners, g(sharesArbitrary, partners.length)) };
    default: {
      const count = g(fc.integer, { min: 1, max: 3 });
      const weights = g(weightsArbitrary, count, { maxScale: 2, max: 100n });
      return { rule: 'blend', parts: weights.map((weight) => ({ weight, attribution: weightRule(ctx, depth + 1) })), ...modifiers() };
    }
  }
}

/** Per-partner counts summing to `total`: all of its sign, or (when allowed) of either sign. */
function splitCounts(ctx: Context, total: bigint, n: number, allowMixed: boolean): bigint[] {
  const { g } = ctx;
  if (allowMixed && ctx.mixedSigns && n > 1 && chance(g, 0.4)) {
    const free = Array.from({ length: n - 1 }, () => big(g, -1000n, 1000n) * (chance(g, 0.5) ? 1000n : 1n));
    return [...free, total - free.reduce((a, b) => a + b, 0n)];
  }
  const raw = Array.from({ length: n - 1 }, () => big(g, 0n, 1n << 62n));
  const parts = cutInto(total < 0n ? -total : total, raw);
  return total < 0n ? parts.map((p) => -p) : parts;
}

/** A phasing over a few of the model's years: shares summing to 1, or amounts summing to the line. */
function phasing(ctx: Context, total: bigint | undefined, q: Scaled): Line['phasing'] {
  const { g, years } = ctx;
  const style = pick(g, total === undefined ? (['none', 'shares'] as const) : (['none', 'shares', 'amounts'] as const));
  if (style === 'none') return undefined;
  let chosen: string[] = g(() => fc.subarray([...years], { minLength: 1 }));
  if (chance(g, 0.2)) chosen = g(() => fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length }));
  if (style === 'shares') {
    const shares = g(sharesArbitrary, chosen.length);
    return chosen.map((year, i) => ({ year, share: shares[i]! }));
  }
  const raw = Array.from({ length: chosen.length - 1 }, () => big(g, 0n, 1n << 62n));
  const abs = cutInto(total! < 0n ? -total! : total!, raw);
  return chosen.map((year, i) => ({ year, amount: times(q, total! < 0n ? -abs[i]! : abs[i]!) }));
}

interface UsableBudget {
  readonly id: string;
  readonly measure: 'money' | 'fte';
  /** Starting − closing, in quanta of the scenario (money) or FTE quantum. */
  readonly change: bigint;
}

/** A budget with its starting and (usually) closing positions. */
function budget(ctx: Context, id: string, usable: UsableBudget[]): Budget {
  const { g, partners } = ctx;
  const measure = pick(g, ['money', 'money', 'money', 'fte', 'fte', 'headcount'] as const);
  const q = measure === 'money' ? ctx.q : measure === 'fte' ? ctx.fteQ : { n: 1n, scale: 0 };
  // Headcount is whole heads; apportioned closings use the FTE quantum, which divides 1.
  const max = measure === 'money' ? 10_000_000n : 400n;
  const amounts = (): bigint[] => partners.map(() => big(g, 0n, max));
  const out: Budget = { id, name: `Budget ${id}`, measure, starting: {} };
  const base = out as { basis?: Budget['basis']; controllable?: boolean; fund?: string; starting: Budget['starting']; closing?: Budget['closing'] };
  if (chance(g, 0.5)) base.basis = pick(g, ['staffing', 'gross', 'income', 'net', 'expenditure', 'other'] as const);
  if (chance(g, 0.3)) base.controllable = chance(g, 0.5);
  if (chance(g, 0.3)) base.fund = pick(g, FUNDS);
  let startingPer: bigint[] | null = null;
  if (chance(g, 0.9)) {
    startingPer = amounts();
    base.starting = record(partners, startingPer.map((k) => times(q, k)));
  } else base.starting = { combined: times(q, big(g, 0n, max * BigInt(partners.length))) };
  const closing = pick(g, ['none', 'amounts', 'amounts', 'rule', 'rule', 'actual', 'total'] as const);
  let closingTotal: bigint | null = null;
  if (closing === 'amounts') {
    const per = amounts();
    base.closing = record(partners, per.map((k) => times(q, k)));
    closingTotal = per.reduce((a, b) => a + b, 0n);
  } else if (closing === 'rule' || closing === 'actual') {
    const total = big(g, 0n, max * BigInt(partners.length));
    const attribution: AttributionRuleInput =
      closing === 'rule' ? weightRule(ctx, 0) : { rule: 'actual', amounts: record(partners, splitCounts(ctx, total, partners.length, false).map((k) => times(q, k))) };
    base.closing = { combined: times(q, total), attribution };
    closingTotal = total;
  } else if (closing === 'total') base.closing = { combined: times(q, big(g, 0n, max * BigInt(partners.length))) };
  if (measure !== 'headcount' && startingPer !== null && closingTotal !== null) {
    usable.push({ id, measure, change: startingPer.reduce((a, b) => a + b, 0n) - closingTotal });
  }
  return out;
}

/** The FTE reduced by a line: an amount with an optional rule, or derived from an FTE budget. */
function fte(ctx: Context, moneyIsActual: boolean, fteBudgets: readonly UsableBudget[]): Line['fte'] {
  const { g, partners } = ctx;
  const style = pick(g, ['none', 'none', 'amount', 'amount', ...(fteBudgets.length > 0 ? (['from'] as const) : [])] as const);
  if (style === 'none') return undefined;
  if (style === 'from') return { from: { budget: pick(g, fteBudgets).id } };
  const total = big(g, 0n, 300n);
  const own = moneyIsActual || chance(g, 0.5);
  if (!own) return { amount: times(ctx.fteQ, total) };
  const attribution: AttributionRuleInput = chance(g, 0.25)
    ? { rule: 'actual', amounts: record(partners, splitCounts(ctx, total, partners.length, false).map((k) => times(ctx.fteQ, k))) }
    : weightRule(ctx, 0);
  return { amount: times(ctx.fteQ, total), attribution };
}

function line(ctx: Context, id: string, serviceIds: readonly string[], usable: readonly UsableBudget[]): Line {
  const { g, partners } = ctx;
  const moneyBudgets = usable.filter((b) => b.measure === 'money');
  const fteBudgets = usable.filter((b) => b.measure === 'fte');
  const style = pick(g, ['rule', 'rule', 'rule', 'default', 'actual', 'actual-total-only', ...(moneyBudgets.length > 0 ? (['derived', 'derived'] as const) : [])] as const);
  const out: Record<string, unknown> = { id, name: `Line ${id}` };
  if (serviceIds.length > 0 && chance(g, 0.7)) out.service = pick(g, serviceIds);
  if (chance(g, 0.6)) out.kind = pick(g, ['saving', 'saving', 'income', 'cost'] as const);
  if (chance(g, 0.7)) out.tier = pick(g, ['assured', 'projected', 'possible'] as const);
  if (chance(g, 0.5)) out.category = pick(g, ['employees', 'other costs', 'income lost', 'additional income'] as const);
  if (chance(g, 0.4)) out.fund = pick(g, FUNDS);
  if (chance(g, 0.5)) out.recurrence = pick(g, ['ongoing', 'one-off'] as const);
  if (chance(g, 0.2)) out.basis = pick(g, ['A', 'B', 'C', 'D']);
  if (chance(g, 0.25)) out.tieOrder = tieOrder(ctx);

  if (style === 'derived') {
    const b = pick(g, moneyBudgets);
    // The budget's amounts sit on the scenario quantum, so on any tenth of it too.
    const finer = chance(g, 0.3);
    const q: Scaled = finer ? { n: ctx.q.n, scale: ctx.q.scale + 1 } : ctx.q;
    if (finer || chance(g, 0.2)) out.quantum = render(q.n, q.scale);
    out.from = { budget: b.id };
    const p = phasing(ctx, b.change * (finer ? 10n : 1n), q);
    if (p !== undefined) out.phasing = p;
    const f = fte(ctx, false, fteBudgets);
    if (f !== undefined) out.fte = f;
    return out as Line;
  }

  // The line's own quantum: the scenario's, a multiple of it, or a tenth of it.
  const lq = pick(g, ['same', 'same', 'same', 'coarser', 'finer'] as const);
  const q: Scaled = lq === 'same' ? ctx.q : lq === 'coarser' ? { n: ctx.q.n * pick(g, [10n, 100n, 3n]), scale: ctx.q.scale } : { n: ctx.q.n, scale: ctx.q.scale + 1 };
  if (lq !== 'same' || chance(g, 0.1)) out.quantum = render(q.n, q.scale);
  const total = lineUnits(g);
  let known: bigint | undefined = total;
  if (style === 'rule') {
    out.amount = times(q, total);
    out.attribution = weightRule(ctx, 0);
  } else if (style === 'default') {
    out.amount = times(q, total);
  } else {
    const amounts = splitCounts(ctx, total, partners.length, true);
    out.attribution = { rule: 'actual', amounts: record(partners, amounts.map((k) => times(q, k))) };
    if (style === 'actual') out.amount = times(q, total);
    else known = undefined;
  }
  const p = phasing(ctx, known, q);
  if (p !== undefined) out.phasing = p;
  const f = fte(ctx, style !== 'rule' && style !== 'default', fteBudgets);
  if (f !== undefined) out.fte = f;
  return out as Line;
}

function published(ctx: Context, lines: readonly Line[], serviceIds: readonly string[]): Published[] {
  const { g, partners, years } = ctx;
  const out: Published[] = [];
  const value = (): string => times(ctx.q, big(g, -1000n, 1_000_000n));
  const precision = (): string => pick(g, ['0.01', '0.001', '1', render(ctx.q.n, ctx.q.scale)]);
  for (const l of g(() => fc.subarray([...lines], { maxLength: Math.min(3, lines.length) }))) {
    const ids = partners.map((p) => `pub-${l.id}-${p}`);
    partners.forEach((p, i) => out.push({ id: ids[i], label: `${l.name}, ${p}`, of: { measure: 'money', line: l.id, partner: p }, value: value(), precision: precision() }));
    out.push({ id: `pub-${l.id}-total`, label: `${l.name}, total`, of: { line: l.id }, value: value(), precision: precision(), sumOf: ids });
  }
  if (chance(g, 0.5)) out.push({ label: 'Assured savings', of: { tier: 'assured' }, value: value(), precision: precision(), unit: pick(g, ['£', '£000', '£m'] as const) });
  if (chance(g, 0.3)) out.push({ label: 'One partner, one year', of: { partner: pick(g, partners), year: pick(g, years) }, value: value(), precision: precision() });
  if (chance(g, 0.3) && serviceIds.length > 0) out.push({ label: 'Service change', of: { service: pick(g, serviceIds), position: 'change' }, value: value(), precision: precision() });
  if (chance(g, 0.2)) out.push({ label: 'Not modelled', of: { tier: 'possible', category: 'income lost', fund: 'Nowhere' }, value: value(), precision: precision() });
  return out;
}

/**
 * Valid scenario files (version 1), as plain JSON-ready objects, for property tests of anything that
 * reads scenarios. Every value passes `parseScenario`: 1–6 partners with metrics; services with
 * money, FTE and headcount budgets (starting and closing positions per partner, or combined and
 * apportioned by a rule); savings lines with every attribution rule (equal, metric, actual amounts
 * summing to the line, shares summing exactly to 1, blends, a precision modifier, a prior split with a
 * tolerance), lines derived from budgets, phasing by amounts (summing exactly to the line) and by shares
 * (summing exactly to 1) over several years, line-level quanta and tie orders, FTE splits, and published
 * figures with `sumOf` totals. Amounts are decimal strings on their quantum, in £, £000 or £m.
 *
 * @param options - how many partners, lines, services and years; whether to add published figures and
 *   mixed-sign splits
 * @returns an arbitrary of scenario file objects
 *
 * @example
 * ```ts
 * fc.assert(fc.property(scenarioArbitrary({ maxPartners: 3 }), (file) => {
 *   const evaluation = evaluate(parseScenario(file));
 *   return checkEvaluationInvariants(evaluation).length === 0;
 * }));
 * //=> passes
 * ```
 */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<ScenarioInput> {
  const minPartners = Math.max(1, options.minPartners ?? 1);
  const maxPartners = Math.max(minPartners, options.maxPartners ?? 6);
  const minLines = Math.max(0, options.minLines ?? 1);
  const maxLines = Math.max(minLines, options.maxLines ?? 8);
  const maxServices = Math.max(0, options.maxServices ?? 3);
  const maxYears = Math.min(60, Math.max(1, options.maxYears ?? 5));
  const partnerId = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  return fc.gen().map((g) => {
    const unit = pick(g, ['£', '£', '£000', '£m'] as const);
    const quantumText = pick(g, QUANTA[unit]);
    const fteQuantumText = pick(g, FTE_QUANTA);
    const first = g(fc.integer, { min: 1995, max: 2095 });
    const yearCount = g(fc.integer, { min: 1, max: maxYears });
    const years = Array.from({ length: yearCount }, (_, i) => `${first + i}/${String((first + i + 1) % 100).padStart(2, '0')}`);
    const partners = g(() => fc.uniqueArray(partnerId, { minLength: minPartners, maxLength: maxPartners }));
    const metrics = g(() => fc.subarray([...METRICS]));
    const metricValues = metrics.map(() => g(weightsArbitrary, partners.length));
    const ctx: Context = { g, partners, metrics, years, q: scaled(quantumText), fteQ: scaled(fteQuantumText), mixedSigns: options.mixedSigns ?? true };

    const settings: ScenarioInput['settings'] = { firstYear: years[0]!, years: yearCount };
    const s = settings as { unit?: MoneyUnit; quantum?: string; fteQuantum?: string; tieOrder?: string[]; currency?: 'GBP' };
    if (unit !== '£' || chance(g, 0.5)) s.unit = unit;
    if (quantumText !== '0.01' || chance(g, 0.5)) s.quantum = quantumText;
    if (fteQuantumText !== '0.01' || chance(g, 0.5)) s.fteQuantum = fteQuantumText;
    if (chance(g, 0.3)) s.tieOrder = tieOrder(ctx);
    if (chance(g, 0.2)) s.currency = 'GBP';

    const usable: UsableBudget[] = [];
    const services: Service[] = Array.from({ length: g(fc.integer, { min: 0, max: maxServices }) }, (_, si) => ({
      id: `svc-${si}`,
      name: `Service ${si}`,
      budgets: Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, bi) => budget(ctx, `b-${si}-${bi}`, usable)),
    }));
    const serviceIds = services.map((x) => x.id);
    const lines = Array.from({ length: g(fc.integer, { min: minLines, max: maxLines }) }, (_, li) => line(ctx, `line-${li}`, serviceIds, usable));

    const file: ScenarioInput = {
      version: 1,
      title: 'Generated scenario',
      settings,
      partners: partners.map((id, i) => ({ id, name: `Partner ${id}`, metrics: record(metrics, metricValues.map((v) => v[i]!)) })),
      services,
      lines,
    };
    if (options.published ?? true) {
      const figures = published(ctx, lines, serviceIds);
      if (figures.length > 0) file.published = figures;
    }
    return file;
  });
}
