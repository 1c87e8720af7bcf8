/**
 * Reading time and agreements: metrics by year, memberships in days, an agreement's costs, stand-alone
 * costs and schedule, each worked by hand on small scenarios; every problem reported at once.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, safeParseScenario, type Scenario } from '../../src/index.js';
import { dayFromDate, financialYearStart } from '../../src/model/index.js';

const partners = [
  { id: 'a', name: 'A', metrics: { calls: { '2020/21': '80', '2021/22': '70', '2022/23': '60' }, posts: '3' } },
  { id: 'b', name: 'B', metrics: { calls: { '2020/21': '20', '2021/22': '30', '2022/23': '40' }, posts: '1' }, membership: { from: '2021-10-01' } },
];

function file(extra: object, over: object = {}): object {
  return { version: 1, title: 'Time', settings: { firstYear: '2021/22', years: 2, unit: '£000', quantum: '0.001' }, partners, ...over, ...extra };
}

function parsed(input: object): Scenario {
  const r = safeParseScenario(input);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('\n'));
  return r.data;
}

function problems(input: object): string[] {
  const r = safeParseScenario(input);
  if (r.success) throw new Error('accepted');
  return r.error.issues.map((i) => `${i.code} ${formatPath(i.path)}`);
}

describe('time in the normalised model', () => {
  it('leaves a scenario without agreements as it was: no agreements, no metrics by year, no membership', () => {
    const s = parsed(file({}, { partners: [{ id: 'a', name: 'A', metrics: { posts: '3' } }] }));
    expect(s.agreements).toEqual([]);
    expect(s.partners[0]!.metricsByYear.size).toBe(0);
    expect(s.partners[0]!.membership).toBeUndefined();
    expect(s.partners[0]!.metrics.get('posts')!.toString()).toBe('3');
  });

  it('reads metrics by year into year indexes (-1 the year before the first), and a membership into days', () => {
    const [a, b] = parsed(file({})).partners;
    expect([...a!.metricsByYear.get('calls')!].map(([y, v]) => [y, v.toString()])).toEqual([[-1, '80'], [0, '70'], [1, '60']]);
    expect(a!.metrics.has('calls')).toBe(false);
    expect(a!.metrics.get('posts')!.toString()).toBe('3');
    expect(b!.membership).toEqual({ from: dayFromDate(2021, 10, 1) });
  });

  it('reads an agreement: costs in pounds (the file states £000) with net from gross − income, a plain rule as one step from 1 April, stand-alone costs by partner and year', () => {
    const s = parsed(
      file({
        agreements: [
          {
            id: 'cc',
            name: 'Contact centre',
            basis: 'calls',
            costs: [{ year: '2022/23', gross: '1.3', income: '0.05' }, { year: '2021/22', net: '1.2' }],
            attribution: { rule: 'metric', metric: 'calls', driverYear: -1, precision: '0.01', tolerance: '0.03' },
            standAlone: { a: '0.9', b: { '2022/23': '0.46' } },
          },
        ],
      }),
    );
    const [cc] = s.agreements;
    expect(cc!.costs.map((k) => [k.yearIndex, k.gross?.toString(), k.income?.toString(), k.net.toString()])).toEqual([
      [0, undefined, undefined, '1200'],
      [1, '1300', '50', '1250'],
    ]);
    expect(cc!.schedule).toHaveLength(1);
    expect(cc!.schedule[0]!.from).toBe(financialYearStart(2021));
    expect(cc!.schedule[0]!.driverYear).toEqual({ offset: -1 });
    const rule = cc!.schedule[0]!.rule;
    expect(rule.kind === 'metric' && [rule.metric, rule.precision?.toString(), rule.tolerance?.toString(), rule.prior]).toEqual(['calls', '0.01', '0.03', undefined]);
    expect([...cc!.standAlone!].map(([id, ys]) => [id, ys.map((v) => v?.toString())])).toEqual([
      ['a', ['900', '900']],
      ['b', [undefined, '460']],
    ]);
    expect(cc!.basis).toBe('calls');
  });

  it('reads a schedule: a step from 1 April of its year, a step from a date, a fixed driver year and a prior among some partners', () => {
    const s = parsed(
      file({
        agreements: [
          {
            id: 'hr',
            name: 'HR',
            attribution: {
              rule: 'schedule',
              steps: [
                { year: '2021/22', attribution: { rule: 'shares', shares: { a: '0.74', b: '0.26' } } },
                { year: '2022/23', from: '2022-10-03', attribution: { rule: 'metric', metric: 'calls', driverYear: '2021/22', prior: { a: '1' } } },
              ],
            },
          },
        ],
      }),
    );
    const steps = s.agreements[0]!.schedule;
    expect(steps.map((x) => [x.from, x.rule.kind, x.driverYear])).toEqual([
      [financialYearStart(2021), 'shares', undefined],
      [dayFromDate(2022, 10, 3), 'metric', { year: 0 }],
    ]);
    const prior = steps[1]!.rule.kind === 'metric' ? steps[1]!.rule.prior : undefined;
    expect([...prior!].map(([k, v]) => [k, v.toString()])).toEqual([['a', '1']]);
  });

  it('reports every problem of the agreements at once, each at its path', () => {
    const bad = file({
      agreements: [
        {
          id: 'x',
          name: 'X',
          service: 'nowhere',
          costs: [{ year: '2021/22', gross: '1', income: '0.2', net: '0.7' }, { year: '2021/22', net: '1' }, { year: '2021/22', income: '1' }],
          attribution: {
            rule: 'schedule',
            steps: [
              { year: '2021/22', from: '2021-05-01', attribution: { rule: 'equal' } },
              { year: '2022/23', attribution: { rule: 'metric', metric: 'calls', driverYear: 1 } },
              { year: '2022/23', from: '2022-04-01', attribution: { rule: 'equal' } },
            ],
          },
          standAlone: { c: '1', a: { '2030/31': '1' } },
        },
      ],
    });
    expect(problems(bad)).toEqual([
      'E_UNKNOWN_REFERENCE agreements[0].service',
      'E_SUM agreements[0].costs[0].net',
      'E_DUPLICATE_YEAR agreements[0].costs[1].year',
      'E_DUPLICATE_YEAR agreements[0].costs[2].year',
      'E_MISSING agreements[0].costs[2].gross',
      'E_MISSING agreements[0].costs[2]',
      'E_UNKNOWN_REFERENCE agreements[0].standAlone.c',
      'E_YEAR agreements[0].standAlone.a["2030/31"]',
      'E_MISSING agreements[0].attribution.steps[0]',
      'E_RANGE agreements[0].attribution.steps[2]',
    ]);
  });

  it('checks a clean schedule against the drivers and memberships: driver years, missing values, no parties, zero weights', () => {
    const agreement = (attribution: object): object => file({ agreements: [{ id: 'x', name: 'X', attribution }] });
    expect(problems(agreement({ rule: 'metric', metric: 'calls', driverYear: -2 }))).toEqual(['E_YEAR agreements[0].attribution.driverYear']);
    expect(problems(agreement({ rule: 'metric', metric: 'calls', driverYear: 1 }))).toEqual(['E_YEAR agreements[0].attribution.driverYear']);
    const gap = [partners[0], { id: 'b', name: 'B', metrics: { calls: { '2022/23': '40' } } }];
    expect(problems(file({ agreements: [{ id: 'x', name: 'X', attribution: { rule: 'metric', metric: 'calls' } }] }, { partners: gap }))).toEqual(['E_MISSING partners[1].metrics.calls']);
    expect(problems(agreement({ rule: 'metric', metric: 'rooms' }))).toEqual(['E_MISSING partners[0].metrics.rooms', 'E_MISSING partners[1].metrics.rooms']);
    expect(problems(agreement({ rule: 'shares', shares: { b: '1' } }))).toEqual(['E_WEIGHTS agreements[0].attribution']);
    expect(problems(file({ agreements: [{ id: 'x', name: 'X', attribution: { rule: 'equal' } }] }, { partners: [{ id: 'a', name: 'A', membership: { until: '2022-01-31' } }] }))).toEqual(['E_MISSING partners']);
  });

  it('reads a value for a partner only while it is a party: B joins on 1 April 2022 and states nothing before', () => {
    const joining = [partners[0], { id: 'b', name: 'B', metrics: { calls: { '2022/23': '40' } }, membership: { from: '2022-04-01' } }];
    expect(parsed(file({ agreements: [{ id: 'x', name: 'X', attribution: { rule: 'metric', metric: 'calls' } }] }, { partners: joining })).agreements).toHaveLength(1);
  });

  it('refuses a metric value for a year after the last, and a year written wrongly', () => {
    const late = [{ id: 'a', name: 'A', metrics: { calls: { '2023/24': '1' } } }];
    expect(problems(file({}, { partners: late }))).toEqual(['E_YEAR partners[0].metrics.calls["2023/24"]']);
    expect(problems(file({}, { partners: [{ id: 'a', name: 'A', metrics: { calls: { '2021-22': '1' } } }] }))).toEqual(['E_SCHEMA partners[0].metrics.calls']);
    expect(problems(file({}, { partners: [{ id: 'a', name: 'A', metrics: { calls: '-1' } }] }))).toEqual(['E_NEGATIVE partners[0].metrics.calls']);
  });

  it('refuses a rule an agreement cannot split by, and options only an agreement has', () => {
    expect(problems(file({ agreements: [{ id: 'x', name: 'X', attribution: { rule: 'fte-removed' } }] }))).toEqual(['E_SCHEMA agreements[0].attribution.rule']);
    expect(problems(file({ lines: [{ id: 'l', name: 'L', amount: '1', attribution: { rule: 'blend', parts: [{ weight: '1', attribution: { rule: 'metric', metric: 'posts', driverYear: -1 } }] } }] }))).toEqual(['E_UNKNOWN_KEY lines[0].attribution.parts[0].attribution']);
    expect(problems(file({ agreements: [{ id: 'x', name: 'X', attribution: { rule: 'blend', parts: [{ weight: '1', attribution: { rule: 'fte-removed' } }] } }] }))).toEqual(['E_RULE agreements[0].attribution.parts[0].attribution.rule']);
  });
});
