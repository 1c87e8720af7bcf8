/**
 * Discount schedules. The Green Book's standard schedule is 3.5% for years 0–30, 3.0% for 31–75, 2.5% for
 * 76–125, 2.0% for 126–200, 1.5% for 201–300 and 1.0% from 301; its reduced schedule (health and risk
 * to life) 1.5%, 1.29%, 1.07%, 0.86%, 0.64% and 0.43% over the same years. It gives no schedule for any
 * other rate: such a rate is applied flat (the library once took 0.5 and 1 point off it after years 30
 * and 75, and said the Green Book did so).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal, appraise, discountFactors, evaluate, parseScenario, rateInYear } from '../../src/index.js';
import { discountSchedule, scheduleForRate } from '../../src/appraisal/index.js';

const STANDARD = scheduleForRate('0.035');
const REDUCED = scheduleForRate('0.015');

/** The factor of year t by its definition: the product over years k = 1 … t of 1 / (1 + r_k). */
function product(rateOf: (k: number) => string, t: number): Decimal {
  let f = new Decimal(1);
  for (let k = 1; k <= t; k++) f = f.dividedBy(new Decimal(1).plus(rateOf(k)));
  return f;
}
const standardRate = (k: number): string => (k <= 30 ? '0.035' : k <= 75 ? '0.03' : k <= 125 ? '0.025' : k <= 200 ? '0.02' : k <= 300 ? '0.015' : '0.01');

describe('the Green Book schedules', () => {
  it.each([
    [0, '0.035', '0.015'],
    [1, '0.035', '0.015'],
    [30, '0.035', '0.015'],
    [31, '0.03', '0.0129'],
    [75, '0.03', '0.0129'],
    [76, '0.025', '0.0107'],
    [125, '0.025', '0.0107'],
    [126, '0.02', '0.0086'],
    [200, '0.02', '0.0086'],
    [201, '0.015', '0.0064'],
    [300, '0.015', '0.0064'],
    [301, '0.01', '0.0043'],
    [1000, '0.01', '0.0043'],
  ])('year %i: standard %s, reduced %s', (t, standard, reduced) => {
    expect(rateInYear(STANDARD, t).toString()).toBe(standard);
    expect(rateInYear(REDUCED, t).toString()).toBe(reduced);
    // A bare rate of 3.5% or 1.5% stands for its schedule.
    expect(rateInYear(new Decimal('0.035'), t).toString()).toBe(standard);
    expect(rateInYear(new Decimal('0.015'), t).toString()).toBe(reduced);
  });

  it('names the same schedules as the bare rates stand for', () => {
    expect(discountSchedule('standard')).toEqual(STANDARD);
    expect(discountSchedule('reduced')).toEqual(REDUCED);
    expect([STANDARD.kind, REDUCED.kind, scheduleForRate('0.0350').kind]).toEqual(['standard', 'reduced', 'standard']);
  });

  // Year 30 ≈ 0.3563 as the Green Book prints it, and year 31 is that ÷ 1.03: the new rate first applies
  // to year 31 itself. The rest follow from the same product, worked here independently of the library.
  it.each([
    [1, '0.966184', '0.985222'],
    [30, '0.356278', '0.639762'],
    [31, '0.345901', '0.631615'],
    [75, '0.094214', '0.359354'],
    [76, '0.091916', '0.355550'],
    [125, '0.027411', '0.211062'],
    [126, '0.026873', '0.209262'],
    [200, '0.006207', '0.111042'],
    [201, '0.006116', '0.110336'],
    [300, '0.001401', '0.058671'],
    [301, '0.001387', '0.058420'],
  ])('factor of year %i: standard %s, reduced %s', (t, standard, reduced) => {
    const s = discountFactors(STANDARD, 302);
    const r = discountFactors(REDUCED, 302);
    expect(s[t]!.toFixed(6)).toBe(standard);
    expect(r[t]!.toFixed(6)).toBe(reduced);
  });

  it('takes year 30 as 0.3563 (the Green Book table) and year 31 as that ÷ 1.03', () => {
    const f = discountFactors(STANDARD, 32);
    expect(f[30]!.toFixed(4)).toBe('0.3563');
    expect(f[30]!.dividedBy(f[31]!).toDecimalPlaces(40).toString()).toBe('1.03');
    expect(f[29]!.dividedBy(f[30]!).toDecimalPlaces(40).toString()).toBe('1.035');
  });

  it('is, year by year, the product of 1 / (1 + that year’s rate), to the last of its 80 digits', () => {
    const f = discountFactors(STANDARD, 320);
    for (const t of [0, 1, 30, 31, 76, 125, 126, 201, 301, 319]) expect(f[t]!.toString()).toBe(product(standardRate, t).toString());
  });
});

describe('other rates and schedules', () => {
  it.each([
    ['0.05', 31, '0.05'],
    ['0.05', 76, '0.05'],
    ['0.1', 200, '0.1'],
    ['0', 301, '0'],
  ])('a bare rate of %s is flat: year %i at %s', (rate, t, expected) => {
    const s = scheduleForRate(rate);
    expect(s.kind).toBe('flat');
    expect(rateInYear(s, t).toString()).toBe(expected);
    expect(rateInYear(new Decimal(rate), t).toString()).toBe(expected);
  });

  it('discounts a flat 5% as 1.05^−t in every year, past year 30', () => {
    const f = discountFactors(new Decimal('0.05'), 41);
    expect(f[40]!.times(new Decimal('1.05').pow(40)).toDecimalPlaces(60).toString()).toBe('1');
  });

  it('follows a stated schedule: each rate from its year', () => {
    const s = discountSchedule([
      { fromYear: 0, rate: '0.04' },
      { fromYear: 10, rate: '0.03' },
    ]);
    expect(s.kind).toBe('stated');
    expect([9, 10, 500].map((t) => rateInYear(s, t).toString())).toEqual(['0.04', '0.03', '0.03']);
    const f = discountFactors(s, 12);
    expect(f[11]!.toString()).toBe(product((k) => (k < 10 ? '0.04' : '0.03'), 11).toString());
  });

  it('takes "flat" as the discount rate in every year, 3.5% too', () => {
    const s = discountSchedule('flat', { rate: '0.035' });
    expect(s.kind).toBe('flat');
    expect(rateInYear(s, 31).toString()).toBe('0.035');
  });

  it.each([
    ['steady', ['discountSchedule']],
    [[], ['discountSchedule']],
    [[{ fromYear: 1, rate: '0.03' }], ['discountSchedule', 0, 'fromYear']],
    [[{ fromYear: 0, rate: '0.03' }, { fromYear: 0, rate: '0.02' }], ['discountSchedule', 1, 'fromYear']],
    [[{ fromYear: 0, rate: '0.03' }, { fromYear: 2.5, rate: '0.02' }], ['discountSchedule', 1, 'fromYear']],
    [[{ fromYear: 0, rate: '1.5' }], ['discountSchedule', 0, 'rate']],
    [[{ fromYear: 0, rate: 'abc' }], ['discountSchedule', 0, 'rate']],
  ])('refuses the schedule %j, naming %j', (input, path) => {
    expect(() => discountSchedule(input as never)).toThrow(expect.objectContaining({ code: 'E_OPTION', issues: [expect.objectContaining({ path })] }));
  });
});

describe('appraise: which schedule, stated in its conventions', () => {
  const tri = evaluate(parseScenario(JSON.parse(readFileSync(new URL('../../examples/tri-borough-2011/scenario.json', import.meta.url), 'utf8'))));

  it('uses the standard schedule by default and says so', () => {
    const c = appraise(tri).conventions;
    expect(c.discountRate).toBe('0.035');
    expect(c.discountSchedule.kind).toBe('standard');
    expect(c.discountSchedule.steps).toEqual([
      { fromYear: 0, rate: '0.035' },
      { fromYear: 31, rate: '0.03' },
      { fromYear: 76, rate: '0.025' },
      { fromYear: 126, rate: '0.02' },
      { fromYear: 201, rate: '0.015' },
      { fromYear: 301, rate: '0.01' },
    ]);
    expect(c.schedule).toBe(
      'HM Treasury Green Book standard schedule: 3.5% for years 0–30, 3% for years 31–75, 2.5% for years 76–125, 2% for years 126–200, 1.5% for years 201–300 and 1% from year 301; each year’s factor is the previous year’s ÷ (1 + that year’s rate)',
    );
  });

  it('gives the same figures for the bare 3.5% and the named standard schedule, as before the schedules were named', () => {
    const bare = appraise(tri, { years: 100, discountRate: '0.035' });
    const named = appraise(tri, { years: 100, discountSchedule: 'standard' });
    expect(named.total.years.map((y) => y.discountFactor.toString())).toEqual(bare.total.years.map((y) => y.discountFactor.toString()));
    expect(named.total.npv.toString()).toBe(bare.total.npv.toString());
    expect(bare.total.years.map((y) => y.discountFactor.toString())).toEqual(bare.total.years.map((_, t) => product(standardRate, t).toString()));
  });

  it('follows the reduced schedule for a bare 1.5% and says so', () => {
    const a = appraise(tri, { years: 40, discountRate: '0.015' });
    expect(a.conventions.discountSchedule.kind).toBe('reduced');
    expect(a.conventions.schedule).toMatch(/^HM Treasury Green Book reduced schedule \(health and risk to life\): 1\.5% for years 0–30, 1\.29% for years 31–75/);
    expect(a.total.years[31]!.discountFactor.toString()).toBe(a.total.years[30]!.discountFactor.dividedBy('1.0129').toString());
  });

  it('applies any other bare rate flat, and says it is not a Green Book schedule', () => {
    const a = appraise(tri, { years: 40, discountRate: '0.05' });
    expect(a.conventions.discountSchedule).toEqual({ kind: 'flat', steps: [{ fromYear: 0, rate: '0.05' }] });
    expect(a.conventions.schedule).toMatch(/^a flat 5% in every year, not a Green Book schedule/);
    expect(a.total.years[35]!.discountFactor.toString()).toBe(a.total.years[34]!.discountFactor.dividedBy('1.05').toString());
  });

  it('takes a schedule by name, "flat" with the rate, or stated steps', () => {
    expect(appraise(tri, { discountSchedule: 'reduced' }).conventions.discountRate).toBe('0.015');
    const flat = appraise(tri, { years: 40, discountRate: '0.035', discountSchedule: 'flat' });
    expect(flat.conventions.discountSchedule.kind).toBe('flat');
    expect(flat.total.years[31]!.discountFactor.toString()).toBe(flat.total.years[30]!.discountFactor.dividedBy('1.035').toString());
    const stated = appraise(tri, { years: 12, discountSchedule: [{ fromYear: 0, rate: '0.04' }, { fromYear: 10, rate: '0.03' }] });
    expect(stated.conventions.schedule).toBe('a schedule as stated: 4% for years 0–9 and 3% from year 10; each year’s factor is the previous year’s ÷ (1 + that year’s rate)');
    expect(stated.conventions.discountRate).toBe('0.04');
  });

  it('refuses a rate that contradicts the schedule given with it, rather than ignore one', () => {
    expect(() => appraise(tri, { discountRate: '0.05', discountSchedule: 'standard' })).toThrow(/^discountRate: expected the first rate of the discount schedule \(0\.035\), or no rate/);
    expect(appraise(tri, { discountRate: '0.035', discountSchedule: 'standard' }).conventions.discountSchedule.kind).toBe('standard');
  });
});
