import { describe, expect, it } from 'vitest';
import { buildView, pivot, renderMarkdown } from '../../src/index.js';
import { smallEvaluation } from './_scenarios.js';

const e = smallEvaluation();

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildView(e, 'partners'));
  const lines = md.split('\n');

  it('prints a title, a heading per table with its unit, and the notes', () => {
    expect(lines[0]).toBe('# Two councils \\| shared team');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Assured savings (£)', '## Projected savings (£)', '## Possible savings (£)', '## All tiers (£)', '## Notes']);
    expect(md.endsWith('- Savings and income are positive; recurring costs are negative.\n- Reconciliation — 3 published figures: 1 discrepancy; 1 printed total does not equal the sum of its printed parts; 0\n  not modelled; 2 exact. The reconcile view lists each figure.\n')).toBe(true);
  });

  it('gives every row of a table the same number of cells, numbers aligned right', () => {
    const table = lines.slice(lines.indexOf('## All tiers (£)') + 2, lines.indexOf('## All tiers (£)') + 8);
    expect(table).toEqual([
      '| Tier      | Alpha, "North" Council |  Beta | Total |',
      '| --------- | ---------------------: | ----: | ----: |',
      '| Assured   |                    550 |    50 |   600 |',
      '| Projected |                    501 |   500 | 1,001 |',
      '| Possible  |                  (150) | (150) | (300) |',
      '| Total     |                    901 |   400 | 1,301 |',
    ]);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
  });

  it('escapes pipes and joins line breaks inside cells', () => {
    expect(md).toContain('| Management \\| team |');
    expect(md).toContain('| IT phased |');
  });

  it('prints FTE to 2 decimals and a dash where a cell has no value', () => {
    const years = renderMarkdown(buildView(e, 'years'));
    expect(years).toContain('| Running cost       |   (300) |       – | (300) |');
    const staffing = renderMarkdown(buildView(e, 'staffing'));
    expect(staffing).toContain('| Management \\| team |                   4.00 | 0.50 |  4.50 |');
  });

  it('prints a bare table under a top-level heading, in pounds by default', () => {
    const t = pivot(e, { rows: 'line', columns: 'partner', filter: { tier: 'possible' }, title: 'Costs' });
    expect(renderMarkdown(t)).toBe(
      [
        '# Costs (£)',
        '',
        '| Line         | Alpha, "North" Council |     Beta |    Total |',
        '| ------------ | ---------------------: | -------: | -------: |',
        '| Running cost |               (150.00) | (150.00) | (300.00) |',
        '| Total        |               (150.00) | (150.00) | (300.00) |',
        '',
      ].join('\n'),
    );
  });
});
