import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildView, evaluate, parseScenario, pivot, render, renderMarkdown, type Evaluation } from '../../src/index.js';
import { smallScenario } from './_scenarios.js';

const tri = (): Evaluation => evaluate(parseScenario(JSON.parse(readFileSync('examples/tri-borough-2011/scenario.json', 'utf8'))));

/** The small scenario, its partners given short labels and the display settings given. */
function labelled(display?: Record<string, unknown>): Evaluation {
  const s = smallScenario(display === undefined ? {} : { display });
  const partners = [
    { id: 'a', name: 'Alpha, "North" Council', short: 'ANC' },
    { id: 'b', name: 'Beta' },
  ];
  return evaluate(parseScenario({ ...s, partners }));
}

describe('short labels', () => {
  const e = labelled();

  it('head the partner columns, and one note lists each with the name it stands for', () => {
    const report = buildView(e, 'tiers');
    const md = renderMarkdown(report);
    expect(md).toContain('| Tier      |   ANC |  Beta | Total |');
    expect(report.notes.filter((n) => n.includes('ANC'))).toEqual(['ANC: Alpha, "North" Council.']);
    expect(render(report, 'csv').split('\r\n')[1]).toBe('Tier,ANC,Beta,Total');
  });

  it('head partner rows (fairness) and the partner columns of measure tables (costs)', () => {
    const fairness = buildView(e, 'fairness');
    expect(fairness.tables[0]!.kind === 'measures' && fairness.tables[0]!.rows.map((r) => r.label)).toEqual(['ANC', 'Beta', 'Total']);
    expect(fairness.notes).toContain('ANC: Alpha, "North" Council.');
    const costs = buildView(tri(), 'costs');
    expect(costs.tables.filter((t) => t.kind === 'measures' && t.columns.some((c) => c.label === 'RBKC')).length).toBeGreaterThan(0);
    expect(costs.notes.filter((n) => n.startsWith('H&F: '))).toHaveLength(1);
  });

  it('are listed only where a report shows one: the reconciliation heads no partner', () => {
    expect(buildView(e, 'reconcile').notes.some((n) => n.includes('ANC:'))).toBe(false);
    expect(buildView(labelled(), 'tiers').notes.some((n) => n.startsWith('ANC: '))).toBe(true);
  });

  it('in the tri-borough example are the paper’s own: H&F, RBKC, CoW', () => {
    const report = buildView(tri(), 'partners');
    expect(report.notes).toContain('H&F: London Borough of Hammersmith & Fulham; RBKC: Royal Borough of Kensington and Chelsea; CoW: City of Westminster.');
  });
});

describe('cells as papers print them', () => {
  it('prints plain figures with the unit in the title, negatives in brackets by default', () => {
    const md = renderMarkdown(buildView(labelled(), 'tiers'), { unit: '£000' });
    expect(md).toContain('## Savings by tier (£000)');
    expect(md).toContain('| Possible  | (0.150) | (0.150) | (0.300) |');
    expect(md.split('\n').filter((l) => l.startsWith('|') && l.includes('£'))).toEqual([]);
  });

  it('writes negatives with a minus when the option or the scenario says so, the option first', () => {
    expect(renderMarkdown(buildView(labelled(), 'tiers'), { negatives: 'minus' })).toContain('| Possible  | -150 | -150 |  -300 |');
    const minus = buildView(labelled({ negatives: 'minus' }), 'tiers');
    expect(renderMarkdown(minus)).toContain('| Possible  | -150 | -150 |  -300 |');
    expect(renderMarkdown(minus, { negatives: 'brackets' })).toContain('| Possible  | (150) | (150) | (300) |');
  });

  it('leaves CSV and JSON plain, with a minus sign, whatever negatives says', () => {
    const report = buildView(labelled({ negatives: 'brackets' }), 'tiers');
    expect(render(report, 'csv', { negatives: 'brackets' })).toContain('Possible,-150,-150,-300');
    expect(JSON.parse(render(report, 'json')).tables[0].rows[2].values).toEqual(['-150', '-150']);
  });

  it('groups thousands in every cell for people', () => {
    const t = pivot(labelled(), { rows: 'tier', columns: 'partner', title: 'T' });
    expect(renderMarkdown(t, { unit: '£' })).toContain('| Total     |   901.00 |   400.00 | 1,301.00 |');
  });
});

describe('shares as percentages', () => {
  const report = buildView(tri(), 'fairness');

  it('prints shares as percentages for people, each column to the same places', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('| H&F     |          5.316 |           44.99% |         1.028 |         41.12% |');
    expect(md).toContain('| RBKC    |          4.005 |           33.89% |         0.925 |         37.00% |');
  });

  it('keeps the fractions in CSV and JSON, and says so in the heading', () => {
    const csv = render(report, 'csv').split('\r\n');
    expect(csv[1]).toBe('Partner,Annual savings,Share of savings (fraction of 1),One-off costs,Share of costs (fraction of 1),Baseline,Share of baseline (fraction of 1),Net benefit over the period,NPV,No worse off');
    expect(csv[2]).toBe('H&F,5.316,0.4499,1.028,0.4112,50.666,0.4219,21.452,20.346,yes');
    const json = JSON.parse(render(report, 'json'));
    expect(json.tables[0].columns[1]).toEqual({ key: 'savingsShare', label: 'Share of savings (fraction of 1)', kind: 'number', unit: null });
    expect(json.tables[0].rows[0].values[1]).toBe('0.4499');
  });
});

describe('markdown width', () => {
  const e = tri();

  it('fits every line of the tri-borough report in 120 characters, the long label cut with a key beneath', () => {
    const md = renderMarkdown(buildView(e, 'partners'));
    expect(md.split('\n').filter((l) => l.length > 120)).toEqual([]);
    expect(md).toContain('| Projected savings from combined procurement of supported accommodation for… [1] | 0.160 | 0.120 | 0.120 | 0.400 |');
    expect(md).toContain('\n- [1] Projected savings from combined procurement of supported accommodation for care leavers (current spend £3.9m)\n');
  });

  it('cuts nothing in a table narrow enough', () => {
    const md = renderMarkdown(buildView(e, 'tiers'));
    expect(md).not.toContain('…');
    expect(md).toContain('| Assured   | 3.910 | 2.636 | 1.130 |  7.676 |');
  });

  it('fits a narrower width (72): labels cut at a word, each key once, notes wrapped with their continuation indented', () => {
    const md = renderMarkdown(buildView(e, 'partners'), { width: 72 });
    const lines = md.split('\n');
    const tableLines = lines.filter((l) => l.startsWith('|'));
    expect(tableLines.filter((l) => l.length > 72)).toEqual([]);
    expect(md).toContain('| Single management team             | 0.684 | 0.339 | 0.066 | 1.089 |');
    expect(md).toContain('| Single adoption and fostering… [1] | 0.070 | 0.065 | 0.065 | 0.200 |');
    expect(md).toContain('| Single local Children\'s… [3]       | 0.070 | 0.050 | 0.070 | 0.190 |');
    expect(md).toContain('- [1] Single adoption and fostering team (reduced staffing)');
    expect(md).toContain('- [3] Single local Children\'s safeguarding Board (admin overhead)');
    // Prose lines fit (a heading cannot wrap); a continuation line starts with two spaces.
    expect(lines.filter((l) => l.length > 72 && !l.startsWith('|') && !l.startsWith('#'))).toEqual([]);
    const notes = lines.slice(lines.indexOf('## Notes') + 2, -1);
    expect(notes.every((l) => l.startsWith('- ') || l.startsWith('  '))).toBe(true);
  });

  it('refuses a width that is not a whole number of 40 or more', () => {
    expect(() => renderMarkdown(buildView(e, 'tiers'), { width: 10 })).toThrow(/width/);
    expect(() => renderMarkdown(buildView(e, 'tiers'), { width: 80.5 })).toThrow(/width/);
  });
});
