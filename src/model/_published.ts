import { assertNever, type InputPath } from '../errors/index.js';
import { Decimal } from '../money/index.js';
import type { ScenarioFile } from '../schema/index.js';
import { readAppraisalSettings } from './_appraisal-settings.js';
import type { Collector } from './_collector.js';
import { checkSelector, type SelectorContext } from './_selectors.js';
import type { SettingsRead } from './_settings.js';
import { checkUnique } from './_unique-ids.js';
import { startYearOf } from './days.js';
import type { FigureQuantity, FigureSource, FigureUnit, PublishedFigure, PublishedSelector } from './types.js';

/** What the published-figure reader needs from the rest of the normaliser. */
export type PublishedContext = SelectorContext & Pick<SettingsRead, 'settings'>;

type FigureInput = ScenarioFile['published'][number];
type SelectorInput = FigureInput['of'];

/** The selector keys that pick cells other than savings lines' (baselines, costs, funding, indirect savings). */
const CELL_SOURCE_KEYS = ['budget', 'position', 'basis', 'controllable', 'cost', 'costType', 'funding', 'indirect', 'range'] as const;
/** The selector keys that filter savings lines. */
const LINE_KEYS = ['line', 'service', 'tier', 'kind', 'category', 'fund', 'recurrence', 'measure'] as const;
/** The keys that say where a figure comes from when it is not the model's cells. */
const SOURCE_KEYS = ['context', 'staffing', 'appraisal', 'agreement'] as const;

/** The name the variants list uses for the scenario itself. */
export const BASE_VARIANT = 'base';

/** Reads the figures a paper published: what each describes, its value, unit, sense and printed precision. */
export function readPublished(ctx: PublishedContext, file: ScenarioFile): PublishedFigure[] {
  const { c } = ctx;
  const ids = checkUnique(c, file.published, ['published'], 'published figure');
  checkSumsAcyclic(c, file.published);
  return file.published.map((f, i) => {
    const path: InputPath = ['published', i];
    const o = f.of;
    checkSelector(ctx, file, o, [...path, 'of']);
    (f.sumOf ?? []).forEach((id, j) => {
      if (!ids.has(id)) c.add('E_UNKNOWN_REFERENCE', [...path, 'sumOf', j], 'the id of another published figure', id);
    });
    const source = sourceOf(c, o, [...path, 'of']);
    checkSource(ctx, file, f, source, path);
    const measure = o.measure ?? (o.budget !== undefined ? ctx.budgetById.get(o.budget)?.measure : undefined) ?? 'money';
    const quantity = quantityOf(source, o, measure);
    const unit = readUnit(ctx, f, source, quantity, measure, path);
    const years = o.years === undefined ? undefined : yearRange(ctx, o.years, [...path, 'of', 'years']);
    if (o.years !== undefined && o.year !== undefined) c.addText('E_CONFLICT', [...path, 'of', 'years'], 'either a year or a range of years, not both', 'both');
    const { years: _range, ...rest } = o;
    const of: PublishedSelector = { ...rest, measure, ...(years === undefined ? {} : { years }) };
    return {
      ...(f.id === undefined ? {} : { id: f.id }),
      index: i,
      label: f.label,
      of,
      source,
      quantity,
      value: readValue(c, f, quantity, [...path, 'value']),
      unit,
      precision: positive(c, f.precision, [...path, 'precision']),
      ...(f.sumOf === undefined ? {} : { sumOf: f.sumOf }),
      ...(f.approximate === undefined ? {} : { approximate: f.approximate }),
      ...(f.sense === undefined ? {} : { sense: f.sense }),
      ...(f.bound === undefined ? {} : { bound: f.bound }),
      ...readVariants(c, file, f, path),
      ...(f.appraisal === undefined ? {} : { appraisal: readAppraisalSettings(c, f.appraisal, [...path, 'appraisal']) }),
    };
  });
}

/** Where a figure's value comes from: at most one of context, staffing, appraisal and agreement, else the cells. */
function sourceOf(c: Collector, o: SelectorInput, path: InputPath): FigureSource {
  const named = SOURCE_KEYS.filter((k) => o[k] !== undefined);
  if (named.length > 1) c.addText('E_CONFLICT', [...path, named[1]!], `one of ${SOURCE_KEYS.join(', ')}`, named.join(' and '));
  const first = named[0];
  return first === undefined ? 'cells' : first;
}

/** The selector keys a source cannot use, each refused at its path. */
function checkSource(ctx: PublishedContext, file: ScenarioFile, f: FigureInput, source: FigureSource, path: InputPath): void {
  const { c } = ctx;
  const o = f.of;
  const refuse = (keys: readonly (keyof SelectorInput)[], why: string): void => {
    for (const k of keys) if (o[k] !== undefined) c.addText('E_CONFLICT', [...path, 'of', k], why, `"${k}" as well`);
  };
  switch (source) {
    case 'cells':
      if (o.inYear === true && CELL_SOURCE_KEYS.some((k) => o[k] !== undefined)) c.addText('E_CONFLICT', [...path, 'of', 'inYear'], 'savings lines only: baselines, costs, funding and indirect savings land in their years', 'another source');
      if (o.share === true && o.partner === undefined) c.addText('E_MISSING', [...path, 'of', 'partner'], 'the partner whose share it is (a share needs "partner")', 'none');
      if (o.share === true && CELL_SOURCE_KEYS.some((k) => o[k] !== undefined && k !== 'cost' && k !== 'costType')) {
        c.addText('E_CONFLICT', [...path, 'of', 'share'], 'a share of savings lines, one-off costs or an agreement', 'a share of baselines, funding or an indirect saving');
      }
      break;
    case 'context':
      refuse([...CELL_SOURCE_KEYS, ...LINE_KEYS, 'partner', 'year', 'years', 'share', 'inYear'], 'nothing else: a budget-context figure is the percentage it computes');
      break;
    case 'staffing':
      refuse([...CELL_SOURCE_KEYS, 'tier', 'kind', 'category', 'fund', 'recurrence', 'measure', 'share', 'inYear'], 'only "line", "service", "partner" and, for reductions, "year" or "years"');
      if (o.staffing !== 'reductions') refuse(['year', 'years'], 'no year: only reductions are stated by year');
      break;
    case 'appraisal': {
      refuse([...CELL_SOURCE_KEYS, ...LINE_KEYS, 'years', 'share', 'inYear'], 'only "partner" and, for "cumulative" and "net", "year": an appraisal result is of a partner or of the partnership');
      const byYear = o.appraisal === 'cumulative' || o.appraisal === 'net';
      if (byYear && o.year === undefined) c.addText('E_MISSING', [...path, 'of', 'year'], `the year whose ${o.appraisal === 'net' ? 'net benefit' : 'cumulative position'} it is`, 'none');
      if (!byYear) refuse(['year'], `no year: "${o.appraisal}" is over the whole appraisal period`);
      break;
    }
    case 'agreement':
      refuse([...CELL_SOURCE_KEYS, ...LINE_KEYS, 'inYear'], 'only "partner", "year" or "years" and "share": an agreement’s contributions');
      if (o.share === true && o.partner === undefined) c.addText('E_MISSING', [...path, 'of', 'partner'], 'the partner whose share it is (a share needs "partner")', 'none');
      if (o.agreement !== undefined && !(file.agreements ?? []).some((a) => a.id === o.agreement)) {
        const known = (file.agreements ?? []).map((a) => a.id);
        c.add('E_UNKNOWN_REFERENCE', [...path, 'of', 'agreement'], `an agreement id${known.length > 0 ? ` (${known.join(', ')})` : ' (none defined)'}`, o.agreement);
      }
      break;
    default:
      assertNever(source, 'figure source');
  }
  if (f.appraisal !== undefined && source !== 'appraisal') c.addText('E_CONFLICT', [...path, 'appraisal'], 'appraisal options only on an appraisal result ("of": {"appraisal": …})', 'options on another figure');
  if (f.bound !== undefined && f.approximate !== undefined) c.addText('E_CONFLICT', [...path, 'bound'], 'either a bound or an approximate figure, not both', 'both');
}

/** What kind of number a figure is, from where it comes and what it selects. */
function quantityOf(source: FigureSource, o: SelectorInput, measure: string): FigureQuantity {
  if (o.share === true || source === 'context') return 'percentage';
  switch (source) {
    case 'cells':
      return measure === 'money' ? 'money' : 'count';
    case 'staffing':
      return 'count';
    case 'agreement':
      return 'money';
    case 'appraisal':
      return o.appraisal === 'payback-year' ? 'year' : o.appraisal === 'benefit-cost-ratio' ? 'ratio' : 'money';
    default:
      return assertNever(source, 'figure source');
  }
}

/** The units that can describe a kind of number. */
function unitsFor(quantity: FigureQuantity): readonly FigureUnit[] {
  switch (quantity) {
    case 'money':
      return ['£', '£000', '£m'];
    case 'count':
      return ['fte', 'headcount'];
    case 'percentage':
      return ['%'];
    case 'ratio':
      return ['ratio'];
    case 'year':
      return ['year'];
    default:
      return assertNever(quantity, 'figure quantity');
  }
}

/** The words for a kind of number, in messages. */
const QUANTITY_WORDS: Readonly<Record<FigureQuantity, string>> = { money: 'money', count: 'a count', percentage: 'a percentage', ratio: 'a ratio', year: 'a year' };

/** The figure's unit: as stated, if it can describe what is selected (else E_UNIT), or the natural one. */
function readUnit(ctx: PublishedContext, f: FigureInput, source: FigureSource, quantity: FigureQuantity, measure: string, path: InputPath): FigureUnit {
  const allowed = unitsFor(quantity);
  const natural: FigureUnit = quantity === 'money' ? ctx.settings.unit : quantity === 'count' ? (source === 'staffing' ? (f.of.staffing === 'headcount' ? 'headcount' : 'fte') : (measure as FigureUnit)) : allowed[0]!;
  if (f.sense !== undefined && quantity !== 'money') ctx.c.addText('E_CONFLICT', [...path, 'sense'], 'a sense only on a money figure', `"${f.sense}" on ${QUANTITY_WORDS[quantity]}`);
  if (f.unit === undefined) return natural;
  if (!allowed.includes(f.unit)) {
    const share = quantity === 'money' && f.unit === '%' ? '; for a partner’s share of it, add "share": true' : '';
    ctx.c.addText('E_UNIT', [...path, 'unit'], `a unit for ${QUANTITY_WORDS[quantity]} (${allowed.map((u) => `"${u}"`).join(', ')}), as the figure selects ${QUANTITY_WORDS[quantity]}${share}`, `"${f.unit}"`);
  }
  return f.unit;
}

/** The printed value: a number, or for a payback year the year as printed, read as the calendar year it starts in. */
function readValue(c: Collector, f: FigureInput, quantity: FigureQuantity, path: InputPath): Decimal {
  const isYear = typeof f.value === 'string' && /^\d{4}\/\d{2}$/.test(f.value);
  if (quantity === 'year') {
    if (!isYear) c.add('E_SCHEMA', path, 'a financial year as printed, such as "2014/15"', f.value);
    return isYear ? new Decimal(startYearOf(f.value as string)) : new Decimal(0);
  }
  if (isYear) c.add('E_SCHEMA', path, `a number (a year is the value of a payback year only)`, f.value);
  return isYear ? new Decimal(0) : c.decimal(f.value);
}

/** The years of a range, both ends included, each a year of the scenario. */
function yearRange(ctx: PublishedContext, range: NonNullable<SelectorInput['years']>, path: InputPath): string[] | undefined {
  const { c, years } = ctx;
  const at = (y: string | undefined, key: 'from' | 'to', fallback: number): number => {
    if (y === undefined) return fallback;
    const i = years.indexOf(y);
    if (i < 0) c.addText('E_YEAR', [...path, key], `a year from ${years[0]} to ${years[years.length - 1]}`, `"${y}"`);
    return i;
  };
  const from = at(range.from, 'from', 0);
  const to = at(range.to, 'to', years.length - 1);
  if (from < 0 || to < 0) return undefined;
  if (from > to) {
    c.addText('E_RANGE', [...path, 'to'], `a year from ${years[from]} on`, `"${years[to]}"`);
    return undefined;
  }
  return years.slice(from, to + 1);
}

/** The variants a figure is of: one (`variant`), or several summed (`variants`, where `base` is the scenario itself). */
function readVariants(c: Collector, file: ScenarioFile, f: FigureInput, path: InputPath): { variants?: readonly string[] } {
  if (f.variant !== undefined && f.variants !== undefined) c.addText('E_CONFLICT', [...path, 'variants'], 'either "variant" or "variants", not both', 'both');
  const names = f.variants ?? (f.variant === undefined ? undefined : [f.variant]);
  if (names === undefined) return {};
  const known = new Set(file.variants.map((v) => v.name));
  const key = f.variants === undefined ? 'variant' : 'variants';
  names.forEach((name, j) => {
    const ok = known.has(name) || (key === 'variants' && name === BASE_VARIANT);
    if (!ok) c.add('E_UNKNOWN_VARIANT', key === 'variant' ? [...path, key] : [...path, key, j], `a variant of the scenario${key === 'variants' ? ' or "base"' : ''}${known.size > 0 ? ` (${[...known].join(', ')})` : ' (none defined)'}`, name);
  });
  if (new Set(names).size !== names.length) c.addText('E_DUPLICATE_ID', [...path, key], 'each variant once', names.join(', '));
  return { variants: names };
}

/** A printed precision: a positive step such as "0.01". */
function positive(c: Collector, value: string | number, path: InputPath): Decimal {
  const d = c.decimal(value);
  if (!d.isPositive() || d.isZero()) c.add('E_OPTION', path, 'a positive precision such as "0.01"', value);
  return d;
}

/**
 * A total summed from printed figures cannot be among its own parts, directly or through another total:
 * reconciliation would compare a figure with a sum that contains it. Each figure on such a cycle is named.
 */
function checkSumsAcyclic(c: Collector, published: ScenarioFile['published']): void {
  const parts = new Map<string, readonly string[]>();
  for (const f of published) if (f.id !== undefined && f.sumOf !== undefined && !parts.has(f.id)) parts.set(f.id, f.sumOf);
  published.forEach((f, i) => {
    if (f.id === undefined || f.sumOf === undefined) return;
    // The shortest route back to this figure, found breadth first over its parts.
    const from = new Map<string, string>();
    const queue = [...new Set(f.sumOf)];
    for (const id of queue) from.set(id, f.id);
    for (let k = 0; k < queue.length; k++) {
      const at = queue[k]!;
      if (at === f.id) {
        const route = [f.id];
        for (let back = from.get(f.id)!; back !== f.id; back = from.get(back)!) route.unshift(back);
        route.unshift(f.id);
        c.addText('E_CYCLE', ['published', i, 'sumOf'], 'ids of other printed figures, none of which sums this one', route.map((x) => JSON.stringify(x)).join(' → '));
        return;
      }
      for (const next of parts.get(at) ?? []) {
        if (!from.has(next)) {
          from.set(next, at);
          queue.push(next);
        }
      }
    }
  });
}
