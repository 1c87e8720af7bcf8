import { describe, expect, it } from 'vitest';
import { buildView, render, type MoneyUnit } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

/** The unit in the title of the tiers view, then its Total row, as markdown cells. */
function totalRow(unit: MoneyUnit | undefined, settings: Record<string, unknown>): string[] {
  const md = render(buildView(smallEvaluation(settings), 'tiers'), 'md', unit === undefined ? {} : { unit });
  const title = md.split('\n').find((l) => l.startsWith('## Savings by tier'))!;
  const line = md.split('\n').find((l) => l.startsWith('| Total'))!;
  return [title.slice('## Savings by tier '.length), ...line.split('|').slice(2, -1).map((c) => c.trim())];
}

describe('units and precision', () => {
  it.each([
    // unit asked, scenario settings, expected unit in the title and Total row: papers print the unit in
    // the heading and plain figures in the cells
    [undefined, { unit: '£', quantum: '1' }, ['(£)', '901', '400', '1,301']],
    ['£000' as const, { unit: '£', quantum: '1' }, ['(£000)', '0.901', '0.400', '1.301']],
    ['£m' as const, { unit: '£', quantum: '1' }, ['(£m)', '0.000901', '0.000400', '0.001301']],
    [undefined, { unit: '£', quantum: '0.01' }, ['(£)', '900.50', '400.50', '1,301.00']],
    // In £000 the scenario's amounts are thousands: 550 is £550,000.
    [undefined, { unit: '£000', quantum: '1' }, ['(£000)', '901', '400', '1,301']],
    ['£m' as const, { unit: '£000', quantum: '1' }, ['(£m)', '0.901', '0.400', '1.301']],
    ['£' as const, { unit: '£000', quantum: '1' }, ['(£)', '901,000', '400,000', '1,301,000']],
    [undefined, { unit: '£m', quantum: '0.001' }, ['(£m)', '900.500', '400.500', '1,301.000']],
  ])('in %s with %o', (unit, settings, expected) => {
    expect(totalRow(unit, settings)).toEqual(expected);
  });

  it('prints £m with a £1,000 quantum to 3 decimals, negatives in parentheses', () => {
    const md = render(buildView(smallEvaluation({ unit: '£000', quantum: '1' }), 'tiers'), 'md', { unit: '£m' });
    expect(md).toContain('## Savings by tier (£m)');
    expect(md).toContain('| Possible  |                (0.150) | (0.150) | (0.300) |');
  });

  it('heads each table with the unit it prints in', () => {
    const report = buildView(smallEvaluation(), 'services');
    expect(render(report, 'md', { unit: '£000' })).toContain('## Shared team: Staffing (£000)');
    expect(render(report, 'md', { unit: '£000' })).toContain('## Shared team: Staff (FTE)');
    expect(render(report, 'csv', { unit: '£m' }).split('\r\n')[0]).toBe('Shared team: Staffing (£m)');
  });

  it('never rounds a value away unless decimals are asked for', () => {
    const md = render(buildView(smallEvaluation(), 'tiers'), 'md', { unit: '£000' });
    expect(md).toContain('| Total     |                  0.901 |   0.400 |   1.301 |');
    expect(md).toContain('| Possible  |                (0.150) | (0.150) | (0.300) |');
  });

  it('with decimals asked for, rounds for display so that the totals add up (display rounding)', () => {
    const md = render(buildView(smallEvaluation(), 'tiers'), 'md', { unit: '£000', decimals: 0 });
    expect(md).toContain('| Projected |                      1 |    0 |     1 |');
    expect(md).toContain('| Total     |                      1 |    0 |     1 |');
  });
});
