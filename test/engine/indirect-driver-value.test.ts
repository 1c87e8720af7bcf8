/**
 * Indirect savings on a driver the scenario states (`driverValue`): the rates apply to the stated driver,
 * the saving is placed where the lines' FTE fall, and reconciliation reports the stated driver beside the
 * computed one. Without it, the rates apply to the FTE the lines remove.
 */
import { describe, expect, it } from 'vitest';
import { Decimal, evaluate, parseScenario, reconcile, reconciliationTable, describeReconciliation, safeParseScenario, type Evaluation } from '../../src/index.js';

const file = (driverValue?: string, lines?: object[]): object => ({
  version: 1,
  title: 'Indirect savings on a stated driver',
  settings: { unit: '£', quantum: '1', firstYear: '2020/21', years: 2 },
  partners: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  // 6 FTE removed by A and 4 by B: 10 in all.
  lines: lines ?? [{ id: 'team', name: 'Team', amount: '100000', attribution: { rule: 'actual', amounts: { a: '60000', b: '40000' } }, fte: { amount: '10', attribution: { rule: 'actual', amounts: { a: '6', b: '4' } } } }],
  indirect: [{ id: 'desks', name: 'Desks', low: '1000', high: '3000', ...(driverValue === undefined ? {} : { driverValue }) }],
});

const cells = (e: Evaluation, range: 'low' | 'central' | 'high'): string[] => e.indirectCells.filter((c) => c.range === range).map((c) => `${c.partner} ${c.year} ${c.value.toString()}`);

describe('indirect savings and their driver', () => {
  it('without a stated driver: the rates × the FTE removed (10)', () => {
    const e = evaluate(parseScenario(file()));
    expect(cells(e, 'low')).toEqual(['a 2020/21 6000', 'b 2020/21 4000']);
    expect(cells(e, 'high')).toEqual(['a 2020/21 18000', 'b 2020/21 12000']);
    expect(reconcile(e).drivers).toEqual([]);
  });

  it('with a stated driver of 12: the rates × 12, placed 6 : 4 where the FTE fall', () => {
    const e = evaluate(parseScenario(file('12')));
    // £1,000 × 12 = £12,000 split 6 : 4 = 7,200 / 4,800; £3,000 × 12 = £36,000 = 21,600 / 14,400.
    expect(cells(e, 'low')).toEqual(['a 2020/21 7200', 'b 2020/21 4800']);
    expect(cells(e, 'central')).toEqual(['a 2020/21 14400', 'b 2020/21 9600']);
    expect(cells(e, 'high')).toEqual(['a 2020/21 21600', 'b 2020/21 14400']);
  });

  it('reports the stated driver beside the computed one, and names the gap in the summary', () => {
    const r = reconcile(evaluate(parseScenario(file('12'))));
    expect(r.drivers.map((d) => [d.indirect, d.driver, d.stated.toString(), d.computed.toString(), d.difference.toString()])).toEqual([['desks', 'fte-removed', '12', '10', '2']]);
    expect(describeReconciliation(reconciliationTable(r))).toContain("the indirect saving desks applies its rates to 12 fte as stated; the model's lines remove 10");
  });

  it('says nothing more in the summary when the stated driver is the computed one', () => {
    const r = reconcile(evaluate(parseScenario(file('10'))));
    expect(r.drivers[0]!.difference.isZero()).toBe(true);
    expect(describeReconciliation(reconciliationTable(r))).toBe('0 published figures: 0 discrepancies; every printed total equals the sum of its printed parts; 0 not modelled; 0 exact.');
  });

  it('publishes the range: a published figure of `range: "high"` is the high rate × the stated driver', () => {
    const withFigures = { ...(file('12') as Record<string, unknown>), published: [{ id: 'high', label: 'high', of: { range: 'high' }, value: '36000', precision: '1' }] };
    const row = reconcile(evaluate(parseScenario(withFigures))).rows[0]!;
    expect([row.verdict, row.computed?.toString()]).toEqual(['exact', new Decimal(3000).times(12).toString()]);
  });

  it('refuses a stated driver with no FTE removed anywhere to place it, rather than dropping it', () => {
    const noFte = file('12', [{ id: 'team', name: 'Team', amount: '100000', attribution: { rule: 'equal' } }]);
    expect(() => evaluate(parseScenario(noFte))).toThrowError(/indirect\.0\.driverValue|no FTE removed/);
  });

  it('refuses a negative stated driver, naming the path', () => {
    const result = safeParseScenario(file('-3'));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(['indirect.0.driverValue']);
  });
});
