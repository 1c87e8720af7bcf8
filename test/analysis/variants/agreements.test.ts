/**
 * Variants of a scenario with cost-sharing agreements: a partner leaving (its share re-split by each
 * agreement's rule among the partners who stay) and a partner joining (a membership set by path), with
 * contributions worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, evaluate, isScenarioError, parseScenario, type Scenario, type ScenarioFile } from '../../../src/index.js';

const calls = (y1: string, y2: string): Record<string, string> => ({ '2021/22': y1, '2022/23': y2 });

/** Three councils; calls 60 / 30 / 10 in 2021/22 and 50 / 30 / 20 in 2022/23. */
function file(agreements: unknown[], c: Record<string, unknown> = { membership: { from: '2021-04-01' } }): Record<string, unknown> {
  return {
    version: 1,
    title: 'Three councils sharing teams',
    settings: { unit: '£', quantum: '1', firstYear: '2021/22', years: 2 },
    partners: [
      { id: 'a', name: 'A', metrics: { calls: calls('60', '50') } },
      { id: 'b', name: 'B', metrics: { calls: calls('30', '30') } },
      { id: 'c', name: 'C', metrics: { calls: calls('10', '20') }, ...c },
    ],
    lines: [],
    agreements,
  };
}

const team = {
  id: 'team',
  name: 'Shared team',
  costs: [{ year: '2021/22', net: '1000' }],
  attribution: { rule: 'shares', shares: { a: '0.5', b: '0.3', c: '0.2' } },
  standAlone: { a: '700', c: '300' },
};
const centre = {
  id: 'centre',
  name: 'Contact centre',
  costs: [{ year: '2021/22', net: '900' }, { year: '2022/23', gross: '1000', income: '80' }],
  attribution: { rule: 'metric', metric: 'calls' },
};
const hr = {
  id: 'hr',
  name: 'HR',
  costs: [{ year: '2021/22', net: '200' }],
  attribution: { rule: 'schedule', steps: [{ year: '2021/22', attribution: { rule: 'metric', metric: 'calls', precision: '0.01', prior: { a: '0.52', b: '0.28', c: '0.2' }, tolerance: '0.03' } }] },
};

/** Each partner's net contribution to agreement `at` in year `year` (0 for 2021/22). */
function nets(s: Scenario, at: number, year: number, axis: 'net' | 'gross' | 'income' = 'net'): Record<string, string> {
  const cells = evaluate(s).contributions![at]!.years[year]!.cells;
  return Object.fromEntries(cells.map((c) => [c.partner, c[axis]!.toString()]));
}

/** The file a scenario was read from. */
const fileOf = (s: Scenario): ScenarioFile => s.file as ScenarioFile;

const leaves = (s: Scenario, id: string): Scenario => applyVariant(s, { name: 'leaves', removePartners: [id] });

describe('a partner leaving an agreement (removePartners)', () => {
  const before = parseScenario(file([team, centre, hr]));
  const after = leaves(before, 'c');

  it('splits among all three as stated before it leaves', () => {
    expect(nets(before, 0, 0)).toEqual({ a: '500', b: '300', c: '200' });
    expect(nets(before, 1, 0)).toEqual({ a: '540', b: '270', c: '90' });
    // 2022/23: 50 / 30 / 20 of gross 1000 and income 80.
    expect(nets(before, 1, 1, 'gross')).toEqual({ a: '500', b: '300', c: '200' });
    expect(nets(before, 1, 1, 'income')).toEqual({ a: '40', b: '24', c: '16' });
    // HR: exact 0.6 / 0.3 / 0.1 moves 0.1 from the prior 0.52 / 0.28 / 0.2, beyond 0.03: reset.
    expect(nets(before, 2, 0)).toEqual({ a: '120', b: '60', c: '20' });
  });

  it('re-normalises a shares rule exactly: 0.5 and 0.3 each divided by 0.8, what 0.2 leaves', () => {
    const agreements = fileOf(after).agreements!;
    expect(agreements[0]!.attribution).toEqual({ rule: 'shares', shares: { a: '0.625', b: '0.375' } });
    expect(nets(after, 0, 0)).toEqual({ a: '625', b: '375' });
  });

  it('drops its stand-alone cost and its membership; a saving is still stand-alone less contribution', () => {
    expect(fileOf(after).agreements![0]!.standAlone).toEqual({ a: '700' });
    expect(after.partners.map((p) => p.id)).toEqual(['a', 'b']);
    expect(fileOf(after).partners.some((p) => p.membership !== undefined)).toBe(false);
    const cell = evaluate(after).contributions![0]!.years[0]!.cells.find((x) => x.partner === 'a')!;
    expect(cell.saving!.toString()).toBe('75');
  });

  it('re-splits a metric rule by the drivers of those who stay: 60 / 30, then 50 / 30', () => {
    expect(fileOf(after).agreements![1]!.attribution).toEqual(centre.attribution);
    expect(nets(after, 1, 0)).toEqual({ a: '600', b: '300' });
    expect(nets(after, 1, 1, 'gross')).toEqual({ a: '625', b: '375' });
    expect(nets(after, 1, 1, 'income')).toEqual({ a: '50', b: '30' });
    expect(nets(after, 1, 1)).toEqual({ a: '575', b: '345' });
  });

  it('re-normalises a prior: 0.52 / 0.28 over 0.8 is 0.65 / 0.35, which the exact 2/3 and 1/3 keep (1.67 points)', () => {
    const step = (fileOf(after).agreements![2]!.attribution as { steps: { attribution: { prior: unknown } }[] }).steps[0]!;
    expect(step.attribution.prior).toEqual({ a: '0.65', b: '0.35' });
    expect(evaluate(after).contributions![2]!.years[0]!.split.periods[0]!.decision).toMatchObject({ decision: 'kept' });
    expect(nets(after, 2, 0)).toEqual({ a: '130', b: '70' });
  });

  it('refuses a stated split that cannot be re-normalised exactly, at its path', () => {
    const third = { ...team, attribution: { rule: 'schedule', steps: [{ year: '2021/22', attribution: { rule: 'equal' } }, { year: '2022/23', attribution: { rule: 'shares', shares: { a: '0.4', b: '0.3', c: '0.3' } } }] } };
    const s = parseScenario(file([third]));
    let thrown: unknown;
    try {
      leaves(s, 'c');
    } catch (e) {
      thrown = e;
    }
    expect(isScenarioError(thrown)).toBe(true);
    const issues = (thrown as { issues: { code: string; path: unknown; message: string }[] }).issues;
    expect(issues.map((i) => [i.code, i.path])).toEqual([['E_SHARES', ['agreements', 0, 'attribution', 'steps', 1, 'attribution', 'shares']]]);
    expect(issues[0]!.message).toContain("a's 0.4 / 0.7");
  });

  it('refuses a prior the leaving partner held whole: nothing is left to re-split', () => {
    const whole = { ...hr, attribution: { rule: 'metric', metric: 'calls', prior: { c: '1' }, tolerance: '0.03' } };
    const s = parseScenario(file([whole]));
    expect(() => leaves(s, 'c')).toThrow(/agreements\[0\]\.attribution\.prior: .*c holding the whole split/);
  });
});

describe('a partner joining, and a cost changed, by setting paths', () => {
  it('sets a membership where there was none: C a party from 1 October 2022, paying for its 182 days of 365', () => {
    const s = parseScenario(file([centre], {}));
    const joins = applyVariant(s, { name: 'c-joins', set: [{ path: 'partners[c].membership.from', value: '2022-10-01' }] });
    expect(joins.partners[2]!.membership).toBeDefined();
    // 2021/22: A and B only, 60 / 30 of 900.
    expect(nets(joins, 0, 0)).toEqual({ a: '600', b: '300' });
    // 2022/23: 183 days at 50/80 and 30/80, 182 days at 0.5 / 0.3 / 0.2. A: (183 × 0.625 + 182 × 0.5) / 365
    // = 205.375 / 365; B: 123.225 / 365; C: 36.4 / 365. Gross 1000: 562.67, 337.60, 99.73, floors 998, the
    // two quanta to C and A; income 80: 45.01, 27.01, 7.98, floors 79, the quantum to C.
    expect(nets(joins, 0, 1, 'gross')).toEqual({ a: '563', b: '337', c: '100' });
    expect(nets(joins, 0, 1, 'income')).toEqual({ a: '45', b: '27', c: '8' });
    expect(nets(joins, 0, 1)).toEqual({ a: '518', b: '310', c: '92' });
  });

  it('moves a stated join: C from 1 April 2022 pays a full year', () => {
    const s = parseScenario(file([centre], { membership: { from: '2022-10-01' } }));
    const earlier = applyVariant(s, { name: 'earlier', set: [{ path: 'partners[c].membership.from', value: '2022-04-01' }] });
    expect(nets(earlier, 0, 1, 'gross')).toEqual({ a: '500', b: '300', c: '200' });
  });

  it('refuses a join set after the leave, at the partner\'s path', () => {
    const s = parseScenario(file([centre], { membership: { until: '2022-03-31' } }));
    expect(() => applyVariant(s, { name: 'late', set: [{ path: 'partners[c].membership.from', value: '2022-10-01' }] })).toThrow(/partners\[2\]\.membership: .*a join after a leave/);
  });

  it("sets an agreement's cost by its id: 2000 split 0.5 / 0.3 / 0.2", () => {
    const s = parseScenario(file([team]));
    const dearer = applyVariant(s, { name: 'dearer', set: [{ path: 'agreements[team].costs[0].net', value: '2000' }] });
    expect(nets(dearer, 0, 0)).toEqual({ a: '1000', b: '600', c: '400' });
    expect(nets(s, 0, 0)).toEqual({ a: '500', b: '300', c: '200' });
  });
});
