/** The cells view: every cell in one long table that pandas or Power BI reads as it is. */
import { describe, expect, it } from 'vitest';
import { Decimal, buildView, evaluate, parseScenario, render } from '../../src/index.js';
import { analysisScenario } from './_analysis-scenario.js';

const evaluation = evaluate(parseScenario(analysisScenario()));

/** The CSV's records, split on commas (the fixture's ids and words hold none). */
function records(csv: string): string[][] {
  return csv.split('\r\n').filter((l) => l !== '').map((l) => l.split(','));
}

describe('the cells view', () => {
  const csv = render(buildView(evaluation, 'cells'), 'csv') as string;
  const [header, ...rows] = records(csv);

  it('writes CSV as its header and rows alone: no title line above, no caveats below', () => {
    expect(header).toEqual(['Item', 'Kind', 'Partner', 'Year', 'Measure', 'Value']);
    // ICT integration is unquantified: a caveat in every other view, not a row here.
    expect(csv).not.toContain('Caveats');
    expect(rows.every((r) => r.length === 6)).toBe(true);
  });

  it('holds every cell once, summing to what the other views sum', () => {
    const sum = (kind: string, measure: string): string => rows.filter((r) => r[1] === kind && r[4] === measure).reduce((s, r) => s.plus(r[5]!), new Decimal(0)).toString();
    // Team £1,000 a year from 2020/21 and ICT £600 from 2021/22 land once each: £1,600; 2 FTE.
    expect(sum('line', 'money (£)')).toBe('1600');
    expect(sum('line', 'fte')).toBe('2');
    // Exit compensation 3 × £100, and the grant of £100.
    expect(sum('one-off cost', 'money (£)')).toBe('300');
    expect(sum('funding', 'money (£)')).toBe('100');
    expect(new Set(rows.map((r) => r.slice(0, 5).join('|'))).size).toBe(rows.length);
    expect(rows.length).toBe(evaluation.lineCells.length + evaluation.costCells.length + evaluation.fundingCells.length);
  });

  it('keeps its title and notes in markdown', () => {
    const md = render(buildView(evaluation, 'cells'), 'md') as string;
    expect(md).toContain('## Every cell');
    expect(md).toContain('One row per cell');
  });
});
